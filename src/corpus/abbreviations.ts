/**
 * Abbreviations an article defines: "the International Criminal Court (ICC)" or "ICC
 * (International Criminal Court)", found with Schwartz and Hearst's algorithm ("A simple
 * algorithm for identifying abbreviation definitions in biomedical text", 2003): the short
 * form's letters are matched right to left in the words before it, its first letter
 * starting a word.
 */
import { BoundedMemo } from "../util/bounded-memo.js";
import { escapeRegExp } from "../util/regexp.js";

export interface Abbreviation {
  short: string;
  long: string;
}

const IN_BRACKETS = /\(([^()]{2,100})\)/g;

/** The abbreviations the text defines, each once. */
export function abbreviationsIn(text: string): Abbreviation[] {
  const found = new Map<string, Abbreviation>();
  for (const match of text.matchAll(IN_BRACKETS)) {
    const inside = match[1]!.trim().replace(/[;,].*$/, "");
    // The clause before the brackets, from its last stop or bracket.
    const before = text.slice(Math.max(0, match.index - 300), match.index).split(/[.;:!?()]\s/).at(-1)!.trim();
    const definition = isShortForm(inside) ? define(inside, before) : isShortForm(lastWord(before)) ? define(lastWord(before), inside) : null;
    if (definition && !found.has(definition.short)) found.set(definition.short, definition);
  }
  return [...found.values()];
}

function lastWord(text: string): string {
  return text.split(/\s+/).at(-1) ?? "";
}

/** "ICC", "NATO", "TNF-α", "EU": a word or two with a capital, starting with a letter or digit. */
function isShortForm(text: string): boolean {
  return /^[\p{L}\p{N}]/u.test(text) && /\p{Lu}/u.test(text) && text.split(/\s+/).length <= 2 && text.length <= 10;
}

/** The long form of `short` that ends `candidate`, or null when its letters are not there in order. */
function define(short: string, candidate: string): Abbreviation | null {
  const words = candidate.split(/\s+/).filter(Boolean);
  const text = words.slice(-Math.min(short.length + 5, short.length * 2)).join(" ");
  const lower = text.toLowerCase();
  const letters = short.toLowerCase();
  let s = letters.length - 1;
  let l = lower.length - 1;
  while (s >= 0) {
    const char = letters[s]!;
    if (!/[\p{L}\p{N}]/u.test(char)) {
      s--;
      continue;
    }
    // The short form's first letter must start a word of the long form.
    while (l >= 0 && (lower[l] !== char || (s === 0 && l > 0 && /[\p{L}\p{N}]/u.test(lower[l - 1]!)))) l--;
    if (l < 0) return null;
    l--;
    s--;
  }
  const long = text.slice(text.lastIndexOf(" ", l) + 1);
  if (long.length <= short.length || long.toLowerCase().includes(letters) || !long.includes(" ")) return null;
  return { short, long };
}

/** Words a long form joins its initialled words with ("Organization of Petroleum Exporting Countries"). */
const JOINING_WORDS = new Set(["of", "and", "for", "the", "on", "in", "&"]);

/** Words no long form starts or ends with, nor is initialled by: "a major company" spells no "AMC". */
const NOT_INITIALLED = new Set([...JOINING_WORDS, "a", "an", "to", "at", "by", "as", "is", "it", "its", "or", "be", "was", "were", "are", "has", "had", "have", "will", "would", "could", "said", "says", "this", "that", "with", "from", "over", "under", "into", "about", "after", "before", "between", "than", "which", "who", "not", "but", "also", "some", "more", "most", "other"]);

/** A short form used in capitals, three letters or more, not a ticker ("<AMO>"). */
const CAPITALS = /(?<![\p{L}\p{N}<.-])\p{Lu}{3,6}(?![\p{L}\p{N}>-]|\.\p{L})/gu;

/**
 * Abbreviations a text uses without defining them, where it also says what they stand for: "the
 * producer price index" and "PPI", "the Public Sector Borrowing Requirement" and "PSBR". The long
 * form is a run of words whose first letters spell the short form, joining words aside; one in
 * capitals is taken before one in lower case.
 */
export function abbreviationsUsedIn(text: string): Abbreviation[] {
  const shorts = new Set([...text.matchAll(CAPITALS)].map((match) => match[0]));
  if (shorts.size === 0) return [];
  const words = text.split(/[^\p{L}\p{N}&'’-]+/u).filter(Boolean);
  return [...shorts].flatMap((short) => {
    // Initialled words all capitalised, or all in lower case but the first (which may open a sentence), none in
    // capitals: "I believe the Mac" spells no "IBM", "DOJ official told" no "DOT".
    const runs = initialledRuns(short.toLowerCase(), words)
      .map((run) => words.slice(run.start, run.end))
      .filter((run) => {
        const initialled = initialledIn(run);
        return initialled.every((word) => /\p{Ll}/u.test(word)) && (initialled.every((word) => /^\p{Lu}/u.test(word)) || initialled.slice(1).every((word) => /^\p{Ll}/u.test(word)));
      })
      .map((run) => run.join(" "));
    const long = runs.find((run) => /^\p{Lu}/u.test(run)) ?? runs[0];
    return long ? [{ short, long }] : [];
  });
}

/** Whether a word only joins the initialled words of a long form ("of", "and", "the"). */
export function isJoiningWord(word: string): boolean {
  return JOINING_WORDS.has(word.toLowerCase());
}

/** The words of a run that give it its initials, joining words aside. */
export function initialledIn(run: string[]): string[] {
  return run.filter((word) => !isJoiningWord(word));
}

/**
 * Where runs of `words` start and end (past their last word) whose initials spell `letters`: a word of two letters or more
 * gives each, joining words allowed between them ("Organization of Petroleum Exporting Countries" for "opec").
 */
export function initialledRuns(letters: string, words: string[]): { start: number; end: number }[] {
  const runs: { start: number; end: number }[] = [];
  for (let start = 0; start < words.length; start++) {
    let next = 0;
    let at = start;
    while (at < words.length && next < letters.length) {
      const word = words[at]!.toLowerCase();
      if (!NOT_INITIALLED.has(word) && /^\p{L}\p{L}/u.test(word) && word[0] === letters[next] && word !== letters) next++;
      else if (!(next > 0 && isJoiningWord(word))) break;
      at++;
    }
    if (next === letters.length) runs.push({ start, end: at });
  }
  return runs;
}

/** The short form as a word of its own; compiled once, as every chunk of an article is tested for it. */
function standingAlone(short: string): RegExp {
  return new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(short)}(?![\\p{L}\\p{N}])`, "u");
}

const SHORT_FORMS = new BoundedMemo<string, RegExp>(10_000);

/**
 * The other form of each abbreviation a text uses in one form only: "ICC" for a passage
 * that says "International Criminal Court", and the reverse, so either finds it.
 */
export function otherFormsIn(text: string, abbreviations: Abbreviation[]): string[] {
  const lower = text.toLowerCase();
  return abbreviations.flatMap(({ short, long }) => {
    const hasShort = SHORT_FORMS.get(short, standingAlone).test(text);
    const hasLong = lower.includes(long.toLowerCase());
    return hasShort === hasLong ? [] : [hasShort ? long : short];
  });
}
