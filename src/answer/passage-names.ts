/**
 * Whether the passages an answer would quote speak of the names the question asks about:
 * one passage must hold them all, every word as written, in another form ("Kurds":
 * "Kurdish"), for a country by another of its names ("American": "United States"), and
 * for a word no article uses, spelt another way ("Hoekstara": "Hoekstra").
 * Passages about the Fed's chairman Volcker do not answer what "Federal Reserve Chairman
 * Alan Greenspan" said, though the corpus mentions Greenspan elsewhere.
 *
 * The words of a name between its countries and titles must also stand in a row: a passage
 * on world trade that mentions some organization does not speak of the "World Trade
 * Organization", while "US Treasury Secretary Baker" asks for "Treasury" and "Baker", not
 * for the four words in a row ("Treasury Secretary James Baker").
 */
import { isTitle, names } from "../index/analyzer.js";
import { countryNamesOf, namesCountryOf } from "../index/countries.js";
import type { LexicalIndex } from "../index/lexical-index.js";

/** Whether one of the passages (their analysed terms, in order) speaks of every name in the question. */
export function onePassageSpeaksOfNames(question: string, passages: string[][], lexical: LexicalIndex): boolean {
  const found = names(question);
  return (
    found.length === 0 ||
    passages.some((terms) => {
      const present = new Set(terms);
      return found.every((name) => name.terms.every((term) => speaksOf(present, term, lexical)) && phrases(name.terms).every((phrase) => inARow(phrase, terms, lexical)));
    })
  );
}

/** A name's runs of two or more words between countries and titles: "us treasuri secretari baker" has none. */
function phrases(terms: string[]): string[][] {
  const runs: string[][] = [[]];
  for (const term of terms) {
    if (countryNamesOf(term).length > 0 || isTitle(term)) runs.push([]);
    else runs.at(-1)!.push(term);
  }
  return runs.filter((run) => run.length > 1);
}

/** At most this many words may come between two words of a phrase ("February U.S. car production"). */
const MOST_BETWEEN = 2;

function inARow(phrase: string[], terms: string[], lexical: LexicalIndex): boolean {
  const from = (k: number, at: number): boolean => {
    if (k === phrase.length) return true;
    for (let next = at; next < Math.min(terms.length, at + MOST_BETWEEN + 1); next++) {
      if (sameName(phrase[k]!, terms[next]!, lexical) && from(k + 1, next + 1)) return true;
    }
    return false;
  };
  return terms.some((term, start) => sameName(phrase[0]!, term, lexical) && from(1, start + 1));
}

/** Whether a text with these terms speaks of a name's term, in any form `sameName` allows or by its country's other names. */
export function speaksOf(passage: Set<string>, term: string, lexical: LexicalIndex): boolean {
  if (passage.has(term) || namesCountryOf(term, (t) => passage.has(t))) return true;
  for (const other of passage) if (sameName(term, other, lexical)) return true;
  return false;
}

/**
 * Another form of the same name: one term starts the other ("kurd" / "kurdish"), or, for a
 * word no article uses, another spelling. Names that are merely related ("Nakhchivan" /
 * "Azerbaijan") do not count, so no word vectors here.
 */
export function sameName(term: string, other: string, lexical: LexicalIndex): boolean {
  if (other === term) return true;
  const [shorter, longer] = other.length < term.length ? [other, term] : [term, other];
  if (shorter.length >= 4 && longer.startsWith(shorter)) return true;
  return lexical.readsAs(term, other);
}
