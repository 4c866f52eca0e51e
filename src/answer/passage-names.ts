/**
 * Whether the passages an answer would quote speak of the names the question asks about:
 * one passage must hold them all, every word as written, in another form ("Kurds":
 * "Kurdish"), for a country by another of its names ("American": "United States"), and
 * for a word no article uses, spelt another way ("Hoekstara": "Hoekstra").
 * Passages about the Fed's chairman Volcker do not answer what "Federal Reserve Chairman
 * Alan Greenspan" said, though the corpus mentions Greenspan elsewhere.
 */
import { names } from "../index/analyzer.js";
import { namesCountryOf } from "../index/countries.js";
import { spelledAlike, type LexicalIndex } from "../index/lexical-index.js";

/** Whether one of the passages (their analysed terms) speaks of every name in the question. */
export function onePassageSpeaksOfNames(question: string, passages: Set<string>[], lexical: LexicalIndex): boolean {
  const terms = names(question).flatMap((name) => name.terms);
  return terms.length === 0 || passages.some((passage) => terms.every((term) => speaksOf(passage, term, lexical)));
}

function speaksOf(passage: Set<string>, term: string, lexical: LexicalIndex): boolean {
  if (passage.has(term) || namesCountryOf(term, (t) => passage.has(t))) return true;
  // Another form of the same name: one term starts the other ("kurd" / "kurdish"). Names that
  // are merely related ("Nakhchivan" / "Azerbaijan") do not count, so no word vectors here.
  for (const other of passage) {
    const [shorter, longer] = other.length < term.length ? [other, term] : [term, other];
    if (shorter.length >= 4 && longer.startsWith(shorter)) return true;
    // "Mario" is not "Maria" when the articles also name a Mario.
    if (!lexical.has(term) && spelledAlike(term, other)) return true;
  }
  return false;
}
