/**
 * Sentence splitting with offsets. Intl.Segmenter (ICU) finds the candidate breaks; it
 * breaks after every abbreviation and dateline, so those pieces are joined to the
 * sentence that follows ("Mr. | Ritter", "BAKU, March 14. | /TASS/. | There is...").
 */
export interface Sentence {
  text: string;
  /** Offsets into the text that was split; text === source.slice(start, end). */
  start: number;
  end: number;
}

const segmenter = new Intl.Segmenter("en", { granularity: "sentence" });

// "alex": the brokerage Alex. Brown and Sons writes its first name so.
const ABBREVIATIONS = new Set(
  "mr mrs ms dr prof gen col lt sgt capt cmdr adm sen rep gov pres amb st jr sr inc ltd co corp dept est vs etc approx fig jan feb mar apr jun jul aug sep sept oct nov dec u.s u.k u.n e.g i.e a.m p.m alex".split(" "),
);
/** Pieces with fewer words than this are datelines or fragments, not sentences. */
const MIN_WORDS = 3;

/** A firm's legal form, abbreviated: it ends a sentence where the next opens as a sentence does. */
const LEGAL_FORMS = new Set(["inc", "ltd", "co", "corp"]);
/** Words that open a sentence and go on no firm's name: "... a new corporate name, Aon Corp. It said aon is a Gaelic word". */
const OPENS_SENTENCE = /^\s*["“]?(?:It|Its|The|He|She|They|Their|This|That|These|Those|We|But|However|Meanwhile|A|An)\s/u;

/** A position's abbreviations, before its degrees: "in position Lat. 25 57 N., Long. 75 06 W.". */
const COORDINATES = new Set(["lat", "long"]);
/** A compass point after a position's figures, which ends a sentence where the next opens as one does ("75 06 W. It is diverting"). */
const COMPASS_POINTS = new Set(["n", "s", "e", "w"]);
const AFTER_FIGURES = /\d\s+\p{L}\.\s*$/u;

function endsWithAbbreviation(piece: string, next = ""): boolean {
  // Within brackets too: "China Development Finance Co (H.K.) Ltd".
  const lastWord = /([\p{L}.]+)\.[)\]]?\s*$/u.exec(piece)?.[1]?.toLowerCase();
  if (!lastWord) return false;
  if (COORDINATES.has(lastWord)) return /^\s*\d/.test(next);
  if ((LEGAL_FORMS.has(lastWord) || (COMPASS_POINTS.has(lastWord) && AFTER_FIGURES.test(piece))) && OPENS_SENTENCE.test(next)) return false;
  return ABBREVIATIONS.has(lastWord) || /^\p{L}$/u.test(lastWord) || /^(\p{L}\.)+\p{L}$/u.test(lastWord);
}

function isFragment(piece: string): boolean {
  const words = piece.trim().split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word));
  if (words.length < MIN_WORDS) return true;
  // A short dateline ("BAKU, March 14.") or an all-capitals one ("YEREVAN, MARCH 27, ARMENPRESS.").
  if (words.length <= 4 && /\d/.test(piece)) return true;
  const letters = piece.replace(/[^\p{L}]/gu, "");
  return letters.length > 0 && letters === letters.toUpperCase() && /\d/.test(piece) && words.length <= 6;
}

/** Splits one paragraph (or any text without paragraph breaks) into sentences. */
function splitParagraph(text: string, offset: number): Sentence[] {
  const sentences: Sentence[] = [];
  let pendingStart: number | null = null;
  const segments = [...segmenter.segment(text)];
  for (const [i, { segment, index }] of segments.entries()) {
    const start: number = pendingStart ?? index;
    const end = index + segment.trimEnd().length;
    const piece = text.slice(start, end);
    if (!piece.trim()) continue;
    // A short piece is a fragment only as a whole: "Azerbaijan)." ends the sentence that "(Armenia v." began.
    if (endsWithAbbreviation(segment, segments[i + 1]?.segment) || isFragment(piece)) {
      pendingStart = start;
      continue;
    }
    pendingStart = null;
    sentences.push({ text: piece, start: offset + start, end: offset + end });
  }
  if (pendingStart !== null) {
    const piece = text.slice(pendingStart).trimEnd();
    const last = sentences[sentences.length - 1];
    // A trailing fragment belongs to the sentence before it when there is one.
    if (last && isFragment(piece) && !endsWithAbbreviation(last.text)) {
      last.end = offset + pendingStart + piece.length;
      last.text = text.slice(last.start - offset, last.end - offset);
    } else if (piece.trim()) {
      sentences.push({ text: piece, start: offset + pendingStart, end: offset + pendingStart + piece.length });
    }
  }
  return sentences;
}

/** Splits text into sentences; a sentence never crosses a paragraph break (a blank line). */
export function splitSentences(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  const paragraph = /[^\n]+(?:\n(?!\s*\n)[^\n]*)*/g;
  for (const match of text.matchAll(paragraph)) {
    if (match[0].trim()) sentences.push(...splitParagraph(match[0], match.index));
  }
  return sentences;
}
