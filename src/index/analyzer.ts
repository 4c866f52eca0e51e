/**
 * The lexical analyzer shared by the BM25 index, query scoring and answer extraction:
 * lower case, accents folded, English stop words dropped, Porter stemming.
 */
import { stemmer } from "stemmer";
import { eng } from "stopword";

const STOP_WORDS = new Set(eng);
const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu;

/** Words as they stand in the text, lower-cased and accent-folded, stop words included. */
export function tokenize(text: string): string[] {
  return (text.normalize("NFKD").replace(/\p{M}/gu, "").toLowerCase().match(WORD) ?? []).map((word) => word.replace(/['’]s?$/, ""));
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
