/**
 * The lexical analyzer shared by the BM25 index, query scoring and answer extraction:
 * lower case, accents folded, English stop words dropped, Porter stemming.
 */
import { stemmer } from "stemmer";
import { eng } from "stopword";

const STOP_WORDS = new Set(eng);
const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu;

function fold(text: string): string {
  return text.normalize("NFKD").replace(/\p{M}/gu, "");
}

/** Words as they stand in the text, lower-cased and accent-folded, stop words included. */
export function tokenize(text: string): string[] {
  return (fold(text).toLowerCase().match(WORD) ?? []).map((word) => word.replace(/['’]s?$/, ""));
}

/**
 * The capitalised words after the first, with their index terms: the names a question
 * is about ("What did NATO say..." -> { word: "NATO", term: "nato" }).
 */
export function names(question: string): { word: string; term: string }[] {
  const words = question.normalize("NFC").match(WORD) ?? [];
  return words.slice(1).flatMap((word) => {
    const bare = word.replace(/['’]s?$/, "");
    const term = /^\p{Lu}/u.test(bare) ? toTerm(fold(bare).toLowerCase()) : null;
    return term ? [{ word: bare, term }] : [];
  });
}

/** One token to its index term, or null for a stop word. */
export function toTerm(token: string): string | null {
  if (STOP_WORDS.has(token) || token.length === 0) return null;
  return stemmer(token);
}

/** The index terms of a text, in order, repeats kept. */
export function analyze(text: string): string[] {
  return tokenize(text).flatMap((token) => toTerm(token) ?? []);
}
