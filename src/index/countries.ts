/**
 * The other names of a country, from the world-countries data: "American", "US" and
 * "USA" -> "United States", "United States of America", "America", ...; "Iranian" ->
 * "Iran"; "Baku" -> "Azerbaijan". Articles often name the country where a reader says the
 * nationality, the short form or the capital ("the United States Ambassador" / "the US
 * ambassador").
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

export interface CountryName {
  text: string;
  /** Its analysed terms. */
  terms: string[];
}

/** All names of a country by each of its one-word names, analysed: "us" -> United States, American, ... */
const NAMES_BY_TERM = new Map<string, CountryName[]>();
/** The common name of the country each one-word name stands for ("madrid" -> "Spain"). */
const COMMON_BY_TERM = new Map<string, string>();
/** The capitals' one-word names, analysed. */
const CAPITALS = new Set<string>();
/** The one-word names of countries' people ("iranian", "czech"), analysed. */
const DEMONYMS = new Set<string>();
/** The continents ("europ") each one-word name of a country lies in. */
const CONTINENTS_BY_TERM = new Map<string, Set<string>>();
/** The continents' names, analysed ("europ", "asia"): "the Americas" is too loose to be one. */
const CONTINENTS = new Set(["Europe", "Asia", "Africa", "Oceania"].flatMap((name) => analyze(name)));
for (const country of countries) {
  const demonyms = country.demonyms?.eng;
  const official = [country.name.common, country.name.official, ...country.altSpellings];
  // Capitals stand for their governments in the news ("Baku rejected ...").
  const names = [...new Set([...official, ...official.flatMap((name) => shortForm(name) ?? []), ...(demonyms ? [demonyms.m, demonyms.f] : []), ...country.capital])];
  const analysed = names.map((text) => ({ text, terms: analyze(text) })).filter((name) => name.terms.length > 0);
  for (const name of analysed) {
    // One-word names only: "Channel Islander" must not make "channel" one.
    const [term] = name.terms;
    if (name.terms.length !== 1) continue;
    NAMES_BY_TERM.set(term!, [...(NAMES_BY_TERM.get(term!) ?? []), ...analysed]);
    if (!COMMON_BY_TERM.has(term!)) COMMON_BY_TERM.set(term!, country.name.common);
    if (country.capital.includes(name.text)) CAPITALS.add(term!);
    if (demonyms && [demonyms.m, demonyms.f].includes(name.text)) DEMONYMS.add(term!);
    for (const continent of analyze(country.region)) CONTINENTS_BY_TERM.set(term!, (CONTINENTS_BY_TERM.get(term!) ?? new Set()).add(continent));
  }
}

/** The names of the country a term names ("us", "american", "iran"); none for other terms. */
export function countryNamesOf(term: string): CountryName[] {
  return NAMES_BY_TERM.get(term) ?? [];
}

/** Whether a text that `has` these terms names the country `term` stands for: every word of one of its names. */
export function namesCountryOf(term: string, has: (term: string) => boolean): boolean {
  return countryNamesOf(term).some((name) => name.terms.every(has));
}

/** Whether a term is a capital city's name ("baku"): the city, where the country may stand for it only in the news's "Baku rejected ...". */
export function isCapital(term: string): boolean {
  return CAPITALS.has(term);
}

/** The common name of the country a one-word name stands for ("madrid", "spanish" -> "Spain"), if any. */
export function commonCountryNameOf(term: string): string | undefined {
  return COMMON_BY_TERM.get(term);
}

/** Whether a term names a continent ("europ"), where a place in any of its countries is set. */
export function isContinent(term: string): boolean {
  return CONTINENTS.has(term);
}

/** Whether a term names a country, its people or its capital in the continent ("berlin", "german" in "europ"). */
export function liesIn(term: string, continent: string): boolean {
  return CONTINENTS_BY_TERM.get(term)?.has(continent) ?? false;
}

/** Whether a term names a country's people ("iranian"), not the country. */
export function isDemonym(term: string): boolean {
  return DEMONYMS.has(term);
}
