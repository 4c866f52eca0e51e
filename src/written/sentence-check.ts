/**
 * The check every written sentence must pass: it cites passages by number, only numbers
 * that name a passage, and what it says (names, numbers and dates above all, then most of
 * its other words) stands in the passages it cites. It cannot see meaning: a sentence
 * that reuses a passage's words to say something else passes.
 */
import { analyze, termOf, wordsOf } from "../index/analyzer.js";
import type { Passage } from "../search/retrieve.js";

/** More than this share of a sentence's other content words missing from what it cites, two at least, drops it. */
const MAX_WORDS_MISSING = 0.5;
/** Words a sentence may open with that are no name. */
const OPENERS = new Set(["according", "however", "meanwhile", "additionally", "also", "earlier", "later", "separately", "instead", "despite", "although", "while", "following", "officials", "both"]);
/** "[2]", "[1, 3]", "[1][2]". */
const MARKER = /\[(\d{1,3}(?:\s*[,;]\s*\d{1,3})*)\]/g;
const NUMBER = /\d+(?:[.,]\d+)*/g;

export type Verdict = { kept: true; claim: string; cites: number[] } | { kept: false; why: string };

/** What a passage can support: its words, numbers and its article's headline, outlet and date. */
export interface Support {
  terms: Set<string>;
  numbers: Set<string>;
}

/** "2,000" and "2000", "03" and "3" are one number. */
function normalNumber(text: string): string {
  return text.replace(/,/g, "").replace(/^0+(?=\d)/, "");
}

function numbersIn(text: string): string[] {
  return (text.match(NUMBER) ?? []).map(normalNumber);
}

/** "14 March 2023": the date as a sentence writes it, month in full. */
function longDate(date: string | null): string {
  if (!date) return "";
  const day = new Date(`${date.slice(0, 10)}T00:00:00Z`);
  return Number.isNaN(day.getTime()) ? date : `${date} ${day.toLocaleDateString("en-GB", { day: "numeric", month: "long", year: "numeric", weekday: "long", timeZone: "UTC" })}`;
}

export function supportOf(passage: Passage): Support {
  const { article } = passage;
  const text = `${article.title} ${article.outlet ?? ""} ${longDate(article.date)} ${passage.chunk.text}`;
  return { terms: new Set(analyze(text)), numbers: new Set(numbersIn(text)) };
}

/** A term stands in the support as itself or as a longer or shorter form ("armenia", "armenian"). */
function supported(term: string, terms: Set<string>): boolean {
  if (terms.has(term)) return true;
  for (const other of terms) {
    const [shorter, longer] = other.length < term.length ? [other, term] : [term, other];
    if (shorter.length >= 5 && longer.startsWith(shorter)) return true;
  }
  return false;
}

/** The names of a sentence: words with a capital, the first only when it is no common opener. */
function namesIn(claim: string): { word: string; term: string }[] {
  return wordsOf(claim).flatMap(({ word }, position) => {
    const bare = word.replace(/['’]s?$/, "");
    const term = termOf(bare);
    if (!term || bare.length < 2 || !/\p{Lu}/u.test(bare) || /^\d/.test(bare)) return [];
    if (position === 0 && OPENERS.has(bare.toLowerCase())) return [];
    return [{ word: bare, term }];
  });
}

function quoted(items: string[]): string {
  return items.map((item) => `"${item}"`).join(", ");
}

/** Whether one sentence, links and mentions already taken out, may be shown, and as what. */
export function checkSentence(sentence: string, supports: Support[]): Verdict {
  const cites = [...sentence.matchAll(MARKER)].flatMap((m) => m[1]!.split(/[,;]/).map((n) => Number(n.trim())));
  if (cites.length === 0) return { kept: false, why: "cites no passage" };
  const unknown = cites.filter((n) => n < 1 || n > supports.length);
  if (unknown.length > 0) return { kept: false, why: `cites ${unknown.map((n) => `[${n}]`).join("")}, but there are ${supports.length} passages` };
  const unique = [...new Set(cites)];
  const claim = sentence.replace(MARKER, "").replace(/\s+([.,;:!?])/g, "$1").replace(/\s{2,}/g, " ").trim();
  if (!/[\p{L}\p{N}]/u.test(claim)) return { kept: false, why: "says nothing but its citation" };
  const cited = unique.map((n) => supports[n - 1]!);
  const terms = new Set(cited.flatMap((s) => [...s.terms]));
  const numbers = new Set(cited.flatMap((s) => [...s.numbers]));
  const where = unique.map((n) => `[${n}]`).join("");

  const missing = [
    ...numbersIn(claim).filter((n) => !numbers.has(n)),
    ...namesIn(claim).filter(({ term }) => !supported(term, terms)).map(({ word }) => word),
  ];
  if (missing.length > 0) return { kept: false, why: `${quoted([...new Set(missing)])} not in ${where}` };
  const names = new Set(namesIn(claim).map(({ term }) => term));
  const words = analyze(claim).filter((term) => !names.has(term) && !/^\d/.test(term));
  // A paraphrase may change a word or two ("met" for "meeting"); not most of them.
  const missingWords = words.filter((term) => !supported(term, terms)).length;
  if (missingWords >= 2 && missingWords > words.length * MAX_WORDS_MISSING) return { kept: false, why: `${missingWords} of its ${words.length} other content words are not in ${where}` };
  return { kept: true, claim, cites: unique };
}
