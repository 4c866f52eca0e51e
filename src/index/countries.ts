/**
 * The names of the country behind a nationality word, from the world-countries data:
 * "American" -> "United States", "USA", "America", ...; "Iranian" -> "Iran". Articles
 * often name the country where a reader says the nationality ("the United States
 * Ambassador" / "the American ambassador").
 */
import { createRequire } from "node:module";
import type { Country } from "world-countries";
import { analyze } from "./analyzer.js";

// Under NodeNext its type declarations and its CommonJS entry disagree about the default
// export; the data file itself is plain JSON.
const countries = createRequire(import.meta.url)("world-countries/countries.json") as Country[];

/** "Republic of Turkey" -> "Turkey", "United States of America" -> "America". */
function shortForm(name: string): string | null {
  const at = name.lastIndexOf(" of ");
  return at === -1 ? null : name.slice(at + 4);
}

/** Country names by the analysed nationality word, e.g. "iranian" -> ["Iran", "Islamic Republic of Iran", ...]. */
const NAMES_BY_NATIONALITY = new Map<string, string[]>();
for (const country of countries) {
  const demonyms = country.demonyms?.eng;
  if (!demonyms) continue;
  const names = [country.name.common, country.name.official, ...country.altSpellings];
  const variants = [...names, ...names.flatMap((name) => shortForm(name) ?? [])];
  for (const demonym of new Set([demonyms.m, demonyms.f])) {
    // One-word nationalities only: "Channel Islander" must not make "Channel" one.
    const terms = analyze(demonym);
    if (terms.length === 1) NAMES_BY_NATIONALITY.set(terms[0]!, [...(NAMES_BY_NATIONALITY.get(terms[0]!) ?? []), ...variants]);
  }
}

/** The names of the country a nationality term stands for; none for other terms. */
export function countryNamesOf(term: string): string[] {
  return NAMES_BY_NATIONALITY.get(term) ?? [];
}
