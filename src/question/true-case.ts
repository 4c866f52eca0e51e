/**
 * Questions typed in lower case, as chat users often type them ("why did the czech delegation
 * visit baku?"), in whole or in part, are read with the capitals the articles give the same
 * words: the rules about names then apply as they do to "Why did the Czech delegation visit
 * Baku?". A word is a name when the articles write it with a capital, away from the start of a
 * sentence, nearly always, beside the question's next or previous word where they write the
 * two together ("First Boston" does not make "the first qantas 747" a name, nor "United
 * Nations" "nine african nations"), or before its ticker in a headline ("Gkn Plc <gknl.l>"); a
 * word no article uses, when it names a country ("iran").
 */
import { BoundedMemo } from "../util/bounded-memo.js";
import { escapeRegExp } from "../util/regexp.js";
import { isShorthand, termOf, withoutPossessive, wordsOf } from "../index/analyzer.js";
import { isLegalForm, isTitle } from "./names.js";
import { isBodyWord } from "./described-body.js";
import { isPlaceKindWord } from "./place-kinds.js";
import { AUXILIARY_VERBS } from "./asks.js";
import { isChatQuestionWord } from "./chat-spelling.js";
import { countryNamesOf } from "../index/countries.js";
import { isMonth } from "../corpus/dates.js";
import type { CorpusIndex } from "../index/corpus-index.js";

/** Pronouns that only an object takes: the word before them is a verb. */
const OBJECTS = new Set(["them", "him", "me", "us"]);
/** Words that ask for a kind of thing named after them: "which lab", "what agency". */
const ASKING = /^(?:which|what|whose)$/i;
/** Verbs a question asks with, after which its words name no longer the kind asked for ("what did zarvo lab say"). */
const AUXILIARY = new RegExp(`^(?:${AUXILIARY_VERBS}|should)$`, "i");
/** Chat's words for things and people in general ("its cable tv stuff", "the exporters guy"), which the wire writes only in names. */
const VAGUE_WORDS = new Set(["stuff", "guy", "guys", "folks"]);
/** Months as chat shortens them after a number ("12 mo"), which the articles write as a name's ("Mo"). */
const MONTHS_TYPED = new Set(["mo", "mos"]);
/** Chunks read to learn how the articles write a word (at most). */
const CHUNKS_READ = 20;
/**
 * Share of its uses inside sentences that must be capitalised for a word to be a name. Names
 * are written so nearly always; words often capitalised in a longer name ("foreign" in
 * "Foreign Ministry", "poor" in "Standard and Poor's", 0.75 to 0.8) are not names.
 */
const NAME_SHARE = 0.9;
/**
 * Uses of the word as typed that tell how it is written apart from its other forms ("Mobil", not "mobile"), where they
 * are at least half its uses: "pharma" is rarely written but in a name, and is typed for "pharmaceutical".
 */
const MIN_EXACT_USES = 3;
/** Uses of a word's other forms that tell how it is written, where the articles never write it as typed. */
const MIN_OTHER_FORM_USES = 2;
/** Words (with their neighbours) whose writing is remembered; past it the memory starts again. */
const MAX_REMEMBERED = 50_000;

/** How the articles write a word: the share of its uses with a capital, and whether those are mostly all capitals. */
interface Writing {
  share: number;
  allCapitals: boolean;
}

export class TrueCaser {
  /** How the articles write each word, by the word and its neighbour. */
  private readonly writing = new BoundedMemo<string, Writing | null>(MAX_REMEMBERED);

  constructor(private readonly index: CorpusIndex) {}

  /**
   * The question with each word typed in lower case that the articles write as a name written
   * as they write it; and those words it capitalised only for the word before them, beside
   * which the articles write them ("army" of "azerbaijans army": "Azerbaijan Army"), and which
   * alone they write in lower case ("our army").
   */
  read(question: string): { cased: string; byNeighbour: string[] } {
    const words = wordsOf(question);
    const content = (position: number) => {
      const word = words[position]?.word;
      return word && termOf(word) ? word : undefined;
    };
    // A name's words joined by "of" are neighbours across it: "bank of england" is written "Bank of England".
    const of = (position: number) => words[position]?.word.toLowerCase() === "of";
    const previous = (position: number) => (of(position - 1) && content(position - 2) ? `${content(position - 2)} of` : content(position - 1));
    const next = (position: number) => (of(position + 1) && content(position + 2) ? `of ${content(position + 2)}` : content(position + 1));
    let cased = "";
    let at = 0;
    const byNeighbour: string[] = [];
    words.forEach(({ word, start, end }, position) => {
      // The owner's mark is no part of how the name is written: "icc's" is "ICC's".
      const bare = withoutPossessive(word);
      // A word before "them" or "him" is a verb: "who ... say fed them false information" names no Fed.
      const verb = OBJECTS.has(words[position + 1]?.word.toLowerCase() ?? "");
      // "which lab is ...", "which privately held lab", "in what city's court": the kind of body or place asked for, however often
      // the articles write it in a name ("Panbaxy Lab", "Kansas City").
      const kindAsked = (isBodyWord(bare) || isPlaceKindWord(bare)) && [1, 2, 3].some((back) => ASKING.test(words[position - back]?.word ?? "") && words.slice(position - back + 1, position).every(({ word: between }) => !/\p{Lu}/u.test(between) && !AUXILIARY.test(between)));
      const written = !verb && !kindAsked && !/\p{Lu}/u.test(word) ? this.asName(bare, previous(position), next(position)) : null;
      const name = written && written.text + word.slice(bare.length);
      if (!name) return;
      if (written.byNeighbour) byNeighbour.push(written.text);
      cased += question.slice(at, start) + name;
      at = end;
    });
    return { cased: cased + question.slice(at), byNeighbour };
  }

  /** The word as the articles write it when it is a name ("Baku", "EU"), else null. */
  private asName(word: string, previous: string | undefined, next: string | undefined): { text: string; byNeighbour: boolean } | null {
    const term = termOf(word);
    // Stop words, titles ("president" belongs to the name before it) and lone letters stay as typed.
    // Nor chat's question words: "lyng mtg w grain exporters wats gonna b discussed" asks no "WATS" line.
    if (!term || isTitle(term) || word.length < 2 || isShorthand(word) || isChatQuestionWord(word) || VAGUE_WORDS.has(word.toLowerCase())) return null;
    // "12 mo net": chat's months after a number, not Missouri ("Kansas City, Mo").
    if (MONTHS_TYPED.has(word.toLowerCase()) && /^\d/.test(previous ?? "")) return null;
    if (!this.index.lexical.has(term)) {
      const country = countryNamesOf(term).find((name) => name.text.toLowerCase() === word)?.text;
      return country ? { text: country, byNeighbour: false } : null;
    }
    // How the articles write it beside its neighbour, where they have the two together, else anywhere.
    const contexts: [string | undefined, string | undefined][] = [];
    if (previous) contexts.push([previous, undefined]);
    if (next) contexts.push([undefined, next]);
    contexts.push([undefined, undefined]);
    for (const [before, after] of contexts) {
      const uses = this.capitals(word, before, after);
      if (!uses) continue;
      if (uses.share < NAME_SHARE) return null;
      const alone = before ? this.capitals(word, undefined, undefined) : uses;
      // Not for the word after: a name's first word ("united" of "United Airlines") is as often lower case alone.
      return { text: uses.allCapitals ? word.toUpperCase() : word.charAt(0).toUpperCase() + word.slice(1), byNeighbour: !alone || alone.share < NAME_SHARE };
    }
    return null;
  }

  /**
   * How the articles write the word (beside `before` or `after`): the share of its uses with a
   * capital, and whether those are mostly all capitals ("EU"); null when none is seen.
   */
  private capitals(word: string, before: string | undefined, after: string | undefined): Writing | null {
    return this.writing.get(`${before ?? ""} ${word} ${after ?? ""}`, () => this.readCapitals(word, before, after));
  }

  private readCapitals(word: string, before: string | undefined, after: string | undefined): Writing | null {
    // Each word in any of its forms ("kurds": "Kurdish"), found by its first letters.
    const together = [before, word, after].filter((w): w is string => Boolean(w)).flatMap((w) => w.split(" "));
    // The word itself stands past its neighbour before it, of one word or two ("bank of").
    const wordAt = before?.split(" ").length ?? 0;
    const wordsBefore = new RegExp(`^(?:\\S+\\s+){${wordAt}}`, "u");
    const wordStartIn = (text: string, at: number) => (before ? at + (wordsBefore.exec(text.slice(at))?.[0].length ?? 0) : at);
    const written = writtenTogether(together.map((w) => w.slice(0, Math.max(4, w.length - 2))), wordAt);
    const all = new Tally();
    // The word as typed, apart from its other forms: "Mobil" is a name though "mobile" is not.
    const exact = new Tally();
    const count = (form: string) => {
      all.count(form);
      if (form.toLowerCase() === word.toLowerCase()) exact.count(form);
    };
    const query = together.join(" ");
    // Chunks spread over the corpus, not the best BM25 matches: those favour chunks where the
    // word is most prominent, such as "First Boston"'s for "first". The lexical index holds the
    // chunks in row order, so its order is theirs.
    const ids = this.index.lexical.idsWithAll(query);
    const step = Math.max(1, Math.ceil(ids.length / CHUNKS_READ));
    for (let i = 0; i < ids.length; i += step) {
      const chunk = this.index.chunks[this.index.chunkRows.get(ids[i]!)!]!;
      // A headline capitalises every word, but a firm's name is the words before its ticker ("Gkn Plc <gknl.l> 1986 Year",
      // the only place the wire names GKN, a results table being all figures).
      const headline = chunk.index === 0 ? (this.index.articles.get(chunk.articleId)?.title ?? "") : "";
      for (const { start: at, form } of written(headline)) if (/^\p{Lu}/u.test(form) && tickerFollows(headline.slice(wordStartIn(headline, at) + form.length))) count(form);
      const { text } = chunk;
      for (const { start: at, form } of written(text)) {
        // A sentence's first word is capitalised whatever it is.
        if (!before && /(^|[.!?:…]["”’)]*\s+|\n\s*)$/u.test(text.slice(Math.max(0, at - 4), at))) continue;
        // A ticker is no word ("<TOSS.T>" is no "tossed"), and a word among capitals (a headline's)
        // is written so whatever it is; the word itself stands past its neighbour before it.
        const wordStart = wordStartIn(text, at);
        if (inTicker(text, wordStart) || amongCapitals(text, wordStart, form)) continue;
        count(form);
      }
    }
    if (exact.uses >= MIN_EXACT_USES && exact.uses * 2 >= all.uses) return exact.writing();
    // One use, in another form than typed, tells too little: "temp" is no name for one story's "Temps Corp"; a month's
    // short form is the month's however few uses ("apr 1": April).
    const month = isMonth(word.charAt(0).toUpperCase() + word.slice(1));
    return exact.uses === 0 && all.uses < MIN_OTHER_FORM_USES && !month ? null : all.writing();
  }
}

/** How many uses of a word were seen, with a capital and all in capitals. */
class Tally {
  uses = 0;
  private capitalised = 0;
  private allCapitals = 0;

  count(form: string): void {
    this.uses++;
    if (/^\p{Lu}/u.test(form)) this.capitalised++;
    if (!/\p{Ll}/u.test(form)) this.allCapitals++;
  }

  /** The share of uses with a capital, and whether those are mostly all capitals ("EU"); null when none was seen. */
  writing(): Writing | null {
    return this.uses > 0 ? { share: this.capitalised / this.uses, allCapitals: this.allCapitals * 2 > this.capitalised } : null;
  }
}

/** Whether the text at `at` stands inside a ticker ("<TOSS.T>", "<PPL>"). */
function inTicker(text: string, at: number): boolean {
  const open = text.lastIndexOf("<", at);
  return open >= 0 && at - open <= MAX_TICKER_CHARS && !text.slice(open, at).includes(">") && /^[^<\s]*>/u.test(text.slice(at, at + MAX_TICKER_CHARS));
}
const MAX_TICKER_CHARS = 12;
/** Up to two more words of a name, the last its legal form, then a ticker: " Plc <gknl.l>", " Technology Corp <codn>". */
const WORD_THEN_TICKER = /^(?:\s+\p{Lu}[\p{L}.&'-]*){0,2}?\s+([\p{L}.]+)\s*<[^<>\s]{1,12}>/u;

/**
 * Whether a ticker follows a name, right after it or after its legal form, with up to two more of its words between: " <skb>",
 * " Plc <gknl.l>", " Technology Corp <codn>" (the wire names Codenoll nowhere else); not "Usx Corp <x> Downgraded By Duff/phelps".
 */
function tickerFollows(text: string): boolean {
  const legalForm = WORD_THEN_TICKER.exec(text)?.[1];
  return /^\s*<[^<>\s]{1,12}>/u.test(text) || (legalForm !== undefined && isLegalForm(termOf(legalForm) ?? ""));
}

/** Whether a form in capitals at `at` stands beside another word in capitals: a headline's words, not an abbreviation ("EU"). */
function amongCapitals(text: string, at: number, form: string): boolean {
  if (/\p{Ll}/u.test(form)) return false;
  const before = /(\p{L}+)[^\p{L}\n]*$/u.exec(text.slice(Math.max(0, at - 30), at))?.[1];
  const after = /^[\p{L}]*[^\p{L}\n]*(\p{L}+)/u.exec(text.slice(at, at + form.length + 30))?.[1];
  return [before, after].some((word) => word !== undefined && word.length > 1 && !/\p{Ll}/u.test(word));
}

/**
 * Compiled once, with the flags of the words' own patterns: in a pattern made for each word,
 * these Unicode classes took milliseconds to compile, most of reading how a word is written.
 */
const LETTERS = /[\p{L}]*/iuy;
const SPACES = /\s+/iuy;
const NO_LETTER_BEFORE = /(?<![\p{L}\p{N}])/iuy;
const NO_LETTER_AFTER = /(?![\p{L}\p{N}])/iuy;

/**
 * Where a text writes words one after another, separated by white space, each in any of its
 * forms: its first letters (`prefixes`, in any case) and then any letters, as whole words. For
 * each use, where it starts and the form of the word at `wordAt`. It finds what the regular
 * expression `(^|[^\p{L}\p{N}])${prefix 1}[\p{L}]*\s+${prefix 2}[\p{L}]*...(?![\p{L}\p{N}])`,
 * flags giu, finds.
 */
export function writtenTogether(prefixes: string[], wordAt: number): (text: string) => { start: number; form: string }[] {
  const first = new RegExp(escapeRegExp(prefixes[0]!), "giu");
  const forms = prefixes.map((prefix) => new RegExp(escapeRegExp(prefix), "iuy"));
  /** Where `pattern` matched at `index` ends, or -1. */
  const past = (pattern: RegExp, text: string, index: number): number => {
    if (index < 0) return -1;
    pattern.lastIndex = index;
    return pattern.test(text) ? pattern.lastIndex : -1;
  };
  return (text) => {
    const uses: { start: number; form: string }[] = [];
    for (let from = 0; ; ) {
      first.lastIndex = from;
      const start = first.exec(text)?.index;
      if (start === undefined) return uses;
      let end = past(NO_LETTER_BEFORE, text, start);
      let form = "";
      forms.forEach((prefix, i) => {
        if (i > 0) end = past(SPACES, text, end);
        const formStart = end;
        end = past(LETTERS, text, past(prefix, text, end));
        if (i === wordAt && end >= 0) form = text.slice(formStart, end);
      });
      end = past(NO_LETTER_AFTER, text, end);
      if (end >= 0) uses.push({ start, form });
      // On past a use, or on by a character (one code point, as the flag u reads the text).
      from = end >= 0 ? end : start + (text.codePointAt(start)! > 0xffff ? 2 : 1);
    }
  };
}
