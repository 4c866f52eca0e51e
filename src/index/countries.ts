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

/** A state's form, which its official name gives before its short name: "Republic of", "United States of". */
const STATE_FORM = /^(?:the\s+)?(?:[\p{L}'-]+\s+)*?(?:Republic|Kingdom|States|State|Sultanate|Commonwealth|Federation|Principality|Emirate|Duchy|Union|Confederation)$/u;

/**
 * "Republic of Turkey" -> "Turkey", "United States of America" -> "America"; not "Isle of Man" -> "Man", "Nation of Brunei,
 * Abode of Peace" -> "Peace", nor Hong Kong's "... Region of the People's Republic of China" -> "China".
 */
function shortForm(name: string): string | null {
  const at = name.indexOf(" of ");
  return at === -1 || name.includes(" of ", at + 1) || !STATE_FORM.test(name.slice(0, at)) ? null : name.slice(at + 4);
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
/** The continents and regions (world-countries' regions and subregions) each one-word name of a country lies in. */
const AREAS_BY_TERM = new Map<string, Set<string>>();
/** The names of more than one word of the countries of each region and subregion ("sierra leon"), as analysed terms. */
const LONG_NAMES_BY_REGION = new Map<string, string[][]>();
/** Every name of a country, analysed and joined by spaces ("south africa", "unit state"). */
const COUNTRY_NAMES = new Set<string>();
/**
 * The names of the continents and the regions the news names a country by ("the East African
 * nation"), with the data's regions and subregions they span. "The Americas" is too loose to
 * be one; "South African" and "Central African" are peoples.
 */
const AREA_NAMES: [string[], string[]][] = [
  [["Europe"], ["Europe"]],
  [["Asia"], ["Asia"]],
  [["Africa"], ["Africa"]],
  [["Oceania"], ["Oceania"]],
  [["South America", "South American"], ["South America"]],
  [["Latin America", "Latin American"], ["South America", "Central America", "Caribbean"]],
  [["Central America", "Central American"], ["Central America"]],
  [["North Africa", "North African"], ["Northern Africa"]],
  [["East Africa", "East African"], ["Eastern Africa"]],
  [["West Africa", "West African"], ["Western Africa"]],
  [["South Asia", "South Asian"], ["Southern Asia"]],
  [["Southeast Asia", "South-East Asia", "Southeast Asian", "South-East Asian"], ["South-Eastern Asia"]],
  [["East Asia", "East Asian"], ["Eastern Asia"]],
  [["Central Asia", "Central Asian"], ["Central Asia"]],
  [["Western Europe", "West European", "Western European"], ["Western Europe"]],
  [["Eastern Europe", "East European", "Eastern European"], ["Eastern Europe"]],
  [["Scandinavia", "Scandinavian"], ["Northern Europe"]],
];
/** Each area's name, analysed and joined by spaces ("east african"), with the regions it spans and the area's own name ("East Africa"). */
const AREAS = new Map(AREA_NAMES.flatMap(([names, regions]) => names.map((name) => [analyze(name).join(" "), { regions, name: names[0]! }] as const)));
/** Names the news uses that the data lacks ("Azeri troops", "Britain"), by the country's common name. */
const NEWS_NAMES: Record<string, { names: string[]; demonyms: string[] }> = {
  Azerbaijan: { names: [], demonyms: ["Azeri"] },
  "United Kingdom": { names: ["Britain"], demonyms: ["Briton"] },
  // The 1980s wires' Soviet Union is governed from Moscow, as Russia is; the Kremlin, its seat, stands for its government.
  Russia: { names: ["Soviet Union", "USSR", "Kremlin"], demonyms: ["Soviet"] },
  // The capital the data gives in two words ("Washington D.C."), as the news names the government: "unless Washington pressures Baku".
  "United States": { names: ["Washington"], demonyms: [] },
};
/** The two-letter codes the news writes for countries. */
const NEWS_CODES = new Set(["US", "UK", "NZ", "HK"]);
// UN members first, so that a people or name several lands share stands for the country ("French": France, not the French Southern and Antarctic Lands; "American": the United States).
for (const country of [...countries].sort((a, b) => Number(b.unMember) - Number(a.unMember))) {
  const news = NEWS_NAMES[country.name.common];
  const demonyms = country.demonyms?.eng;
  const peoples = [...(demonyms ? [demonyms.m, demonyms.f] : []), ...(news?.demonyms ?? [])];
  // Two-letter codes are other words in the news ("km", "pm", "mp", "tv"), but for the few it writes.
  const spellings = country.altSpellings.filter((spelling) => !/^[A-Z]{2}$/.test(spelling) || NEWS_CODES.has(spelling));
  const official = [country.name.common, country.name.official, ...spellings, ...(news?.names ?? [])];
  // Capitals stand for their governments in the news ("Baku rejected ...").
  const names = [...new Set([...official, ...official.flatMap((name) => shortForm(name) ?? []), ...peoples, ...country.capital])];
  const analysed = names.map((text) => ({ text, terms: analyze(text) })).filter((name) => name.terms.length > 0);
  for (const name of analysed) COUNTRY_NAMES.add(name.terms.join(" "));
  for (const region of [country.region, country.subregion]) {
    LONG_NAMES_BY_REGION.set(region, [...(LONG_NAMES_BY_REGION.get(region) ?? []), ...analysed.filter((name) => name.terms.length > 1).map((name) => name.terms)]);
  }
  for (const name of analysed) {
    // One-word names only: "Channel Islander" must not make "channel" one.
    const [term] = name.terms;
    if (name.terms.length !== 1) continue;
    NAMES_BY_TERM.set(term!, [...(NAMES_BY_TERM.get(term!) ?? []), ...analysed]);
    if (!COMMON_BY_TERM.has(term!)) COMMON_BY_TERM.set(term!, country.name.common);
    if (country.capital.includes(name.text)) CAPITALS.add(term!);
    if (peoples.includes(name.text)) DEMONYMS.add(term!);
    const areas = AREAS_BY_TERM.get(term!) ?? new Set();
    AREAS_BY_TERM.set(term!, areas.add(country.region).add(country.subregion));
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

/** Whether analysed terms are a country's whole name, of one word or several ("south", "africa"). */
export function isCountryName(terms: string[]): boolean {
  return COUNTRY_NAMES.has(terms.join(" "));
}

/** Whether a term is a capital city's name ("baku"): the city, where the country may stand for it only in the news's "Baku rejected ...". */
export function isCapital(term: string): boolean {
  return CAPITALS.has(term);
}

/** The capitals, as written, of the country a term names ("germani" -> "Berlin"); none for a capital or a people, or any other term. */
export function capitalsOf(term: string): string[] {
  if (CAPITALS.has(term) || DEMONYMS.has(term)) return [];
  return [...new Set(countryNamesOf(term).flatMap((name) => (name.terms.length === 1 && CAPITALS.has(name.terms[0]!) ? [name.text] : [])))];
}

/** The common name of the country a one-word name stands for ("madrid", "spanish" -> "Spain"), if any. */
export function commonCountryNameOf(term: string): string | undefined {
  return COMMON_BY_TERM.get(term);
}

/** Whether analysed terms name a continent or a region ("europ", "east african"), where a place in any of its countries lies. */
export function isArea(terms: string[]): boolean {
  return AREAS.has(terms.join(" "));
}

/** How many of a name's first terms, two or more, name an area: all of "east african", two of "south american opec"; or 0. */
export function areaAtStart(terms: string[]): number {
  return terms.findLastIndex((_, end) => end >= 1 && isArea(terms.slice(0, end + 1))) + 1;
}

/** The one-word names of the countries and peoples in the area ("kenya", "kenyan", ... in "east african"); capitals ("Victoria") are too often other things. */
export function countriesIn(area: string[]): string[] {
  return [...AREAS_BY_TERM.keys()].filter((term) => !CAPITALS.has(term) && liesIn(term, area));
}

/** Whether a term names a country, its people or its capital in the area ("berlin", "german" in "europ"; "nairobi" in "east african"). */
function liesIn(term: string, area: string[]): boolean {
  return AREAS.get(area.join(" "))?.regions.some((region) => AREAS_BY_TERM.get(term)?.has(region)) ?? false;
}

/** Whether text with these terms names a country, people or capital in the area, of one word ("nairobi") or more ("sierra leone" in "west african"). */
export function namesPlaceIn(present: ReadonlySet<string>, area: string[]): boolean {
  const regions = AREAS.get(area.join(" "))?.regions ?? [];
  return [...present].some((term) => liesIn(term, area)) || regions.some((region) => LONG_NAMES_BY_REGION.get(region)?.some((terms) => terms.every((term) => present.has(term))));
}

/** The area's own name ("East Africa" for "east african"), if the terms name one. */
export function areaName(area: string[]): string | undefined {
  return AREAS.get(area.join(" "))?.name;
}

/** Whether a term names a country's people ("iranian"), not the country. */
export function isDemonym(term: string): boolean {
  return DEMONYMS.has(term);
}
