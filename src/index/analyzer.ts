/**
 * The lexical analyzer shared by the BM25 index, query scoring and answer extraction:
 * lower case, accents folded, English stop words dropped, Porter2 (Snowball English) stemming,
 * which beat the original Porter stemmer on SciFact (doc-level BM25 nDCG@10 0.683 -> 0.687).
 */
import { stem } from "porter2";
import { eng } from "stopword";

// Words that frame a question without saying what it is about ("Why does ...", "What did X
// say", "What happened ..."), missing from the list.
const STOP_WORDS = new Set([...eng, "why", "when", "whom", "whose", "does", "say", "says", "happen", "happens", "happened", "happening"]);
const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu;

function fold(text: string): string {
  return text.normalize("NFKD").replace(/\p{M}/gu, "");
}

/** "Baku's" -> "Baku", "Armenians’" -> "Armenians". */
function withoutPossessive(word: string): string {
  return word.replace(/['’]s?$/, "");
}

/** Words as they stand in the text, lower-cased and accent-folded, stop words included. */
export function tokenize(text: string): string[] {
  return (fold(text).toLowerCase().match(WORD) ?? []).map(withoutPossessive);
}

/** The words of a text as written, with their offsets. */
export function wordsOf(text: string): { word: string; start: number; end: number }[] {
  return [...text.matchAll(WORD)].map((match) => ({ word: match[0], start: match.index, end: match.index + match[0].length }));
}

/** A word as written to its index term, or null for a stop word ("Baku's" -> "baku"). */
export function termOf(word: string): string | null {
  return toTerm(fold(withoutPossessive(word)).toLowerCase());
}

/**
 * Role titles that belong to the name before them, with at most one word between ("the
 * Czech president", "Armenia's foreign minister"): a passage about the Czech delegation
 * does not say what the Czech president said.
 */
const TITLES = new Set(["president", "minister", "ambassador", "envoy", "chancellor", "premier", "king", "queen", "governor", "mayor", "chairman", "spokesman", "secretary"]);
const TITLE_TERMS = new Set([...TITLES].map((title) => stem(title)));

/** Whether an index term is a role title ("presid", "minist"). */
export function isTitle(term: string): boolean {
  return TITLE_TERMS.has(term);
}

export interface Name {
  /** As the question writes it. */
  name: string;
  terms: string[];
  /** Its words joined by hyphens, which stand together ("Armenian-Turkish" -> ["armenian", "turkish"]). */
  compounds: string[][];
}

/**
 * The names a question is about: runs of words with capitals, after the first word, each
 * with its index terms ("Who won the FIFA World Cup?" -> "FIFA World Cup"), and the role
 * title that follows one ("the Czech president"). Words joined by a hyphen belong to one
 * name ("the Armenian-Turkish border" is not about Armenians and Turks apart).
 */
export function names(question: string): Name[] {
  const text = question.normalize("NFC");
  const words = wordsOf(text).map(({ word, start }, position) => {
    const bare = withoutPossessive(word);
    // A capital anywhere marks a name ("NATO", "Erdogan", "iPhone"); lone letters ("U.S.") do not.
    const capital = position > 0 && bare.length > 1 && /\p{Lu}/u.test(bare);
    return { start, end: start + bare.length, lower: bare.toLowerCase(), term: termOf(word), capital };
  });
  const found: Name[] = [];
  let i = 0;
  while (i < words.length) {
    if (!words[i]!.capital || !words[i]!.term) {
      i++;
      continue;
    }
    const first = i;
    const next = (j: number, gap: RegExp) => j < words.length && gap.test(text.slice(words[j - 1]!.end, words[j]!.start));
    const compounds: string[][] = [];
    while (next(i + 1, /^(?:\s+|[-‐–])$/) && words[i + 1]!.capital && words[i + 1]!.term) {
      if (next(i + 1, /^[-‐–]$/)) {
        if (i > first && next(i, /^[-‐–]$/)) compounds.at(-1)!.push(words[i + 1]!.term!);
        else compounds.push([words[i]!.term!, words[i + 1]!.term!]);
      }
      i++;
    }
    // A title may follow a possessive ("Armenia's president").
    const titleGap = /^(?:['’]s?)?\s+$/;
    if (next(i + 1, titleGap) && TITLES.has(words[i + 1]!.lower)) i += 1;
    else if (next(i + 1, titleGap) && !words[i + 1]!.capital && next(i + 2, /^\s+$/) && TITLES.has(words[i + 2]!.lower)) i += 2;
    const run = words.slice(first, i + 1);
    found.push({ name: text.slice(run[0]!.start, run.at(-1)!.end), terms: run.flatMap((word) => word.term ?? []), compounds });
    i++;
  }
  return found;
}

/** Bumped whenever the terms the lexical index holds change (the analyzer, or what it reads: abbreviations' other forms since 7, newswire shorthand since 8), so stored lexical indexes are rebuilt. */
export const ANALYZER_VERSION = 8;

/** Newswire shorthand, read as the words readers type ("4th qtr net" is the fourth quarter's net). */
const SHORTHAND = new Map(
  Object.entries({
    qtr: "quarter",
    qtrs: "quarters",
    "1st": "first",
    "2nd": "second",
    "3rd": "third",
    "4th": "fourth",
    shr: "share",
    shrs: "shares",
    mln: "million",
    bln: "billion",
    dlr: "dollar",
    dlrs: "dollars",
    pct: "percent",
    revs: "revenues",
    mths: "months",
    avg: "average",
    oper: "operating",
  }),
);

/** One token to its index term, or null for a stop word. */
export function toTerm(token: string): string | null {
  if (STOP_WORDS.has(token) || token.length === 0) return null;
  return stem(SHORTHAND.get(token) ?? token);
}

/** The index terms of a text, in order, repeats kept. */
export function analyze(text: string): string[] {
  return tokenize(text).flatMap((token) => toTerm(token) ?? []);
}
