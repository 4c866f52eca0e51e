/**
 * Who holds a country's office a question names ("the Armenian premier"), as any article says
 * ("Armenia's Prime Minister Nikol Pashinyan"): passages may name the holder alone.
 */
import { analyze } from "../index/analyzer.js";
import { datelineOfArticle, type CorpusIndex } from "../index/corpus-index.js";
import { countryNamesOf } from "../index/countries.js";
import { officeForms } from "../question/offices.js";
import type { Name } from "../question/names.js";
import { namesOffice, officeHolders } from "./passage-names.js";
import { BoundedMemo } from "../util/bounded-memo.js";

/** Passages read, for each name of the office and its country, to learn who holds an office. */
const HOLDER_CHUNKS_READ = 10;

/** Offices whose holders are remembered, per index: the answer and the names-together rule ask of the same names. */
const REMEMBERED_OFFICES = 5_000;
const remembered = new WeakMap<CorpusIndex, BoundedMemo<string, string[]>>();

/** For a name of a country's office, the surnames of its holders as the articles name them (index terms); remembered per index. */
export function officeHoldersIn(index: CorpusIndex): (name: Name) => string[] {
  const memo = remembered.get(index) ?? new BoundedMemo<string, string[]>(REMEMBERED_OFFICES);
  remembered.set(index, memo);
  return (name) => (namesOffice(name.terms) ? memo.get(name.terms.join(" "), () => lookUp(index, name)) : []);
}

function lookUp(index: CorpusIndex, name: Name): string[] {
  const title = name.terms.at(-1)!;
  const country = name.terms.find((term) => countryNamesOf(term).length > 0)!;
  const countryWords = [...new Set(countryNamesOf(country).map((countryName) => countryName.text))];
  const ids = new Set(
    officeForms(title).flatMap((office) =>
      countryWords.flatMap((countryName) => index.lexical.query(`${countryName} ${office.join(" ")}`, { matchAll: true, limit: HOLDER_CHUNKS_READ }).map((hit) => hit.id)),
    ),
  );
  const passages = [...ids].map((id) => {
    const chunk = index.chunks[index.chunkRows.get(id)!]!;
    return { terms: analyze(chunk.text), text: chunk.text, date: null, filedFrom: () => datelineOfArticle(index, chunk.articleId) };
  });
  return officeHolders(name.terms, passages, index.lexical);
}
