/**
 * Names the news gives a body or a thing besides its own: a reader asks about "the World Court
 * ruling", the report says "the International Court of Justice (ICJ)"; "TV" is "television".
 * Each is the index terms of a name and of its other names, which a passage may hold instead.
 */
import { analyze } from "./analyzer.js";

const ALIASES: string[][] = [
  ["World Court", "International Court of Justice", "ICJ"],
  ["Big Board", "New York Stock Exchange", "NYSE"],
  ["Fed", "Federal Reserve"],
  ["BoE", "Bank of England"],
  ["Merc", "Mercantile Exchange"],
  // The EU by its seat, as the news names it ("Brussels' monitoring mission").
  ["EU", "European Union", "Brussels"],
  ["UN", "United Nations"],
  ["TV", "television"],
  ["PC", "personal computer"],
  // A government's ministries, as chat and the agencies shorten them ("the russian mfa source": "a source in the Russian foreign ministry").
  ["MFA", "Ministry of Foreign Affairs", "foreign ministry"],
  // The U.S. defence department by its building ("the engineering firm's pentagon deal": "the Defense Department said").
  ["Pentagon", "Defense Department", "Department of Defense"],
  ["MoD", "Ministry of Defence", "defence ministry", "Ministry of Defense", "defense ministry"],
];

/**
 * Chat's short forms of the articles' countries ("who led the arm side"), one way only: "arm"
 * is also what "arms" is indexed as, so a report on arms does not name Armenia.
 */
const SHORT_FORMS: [string, string[]][] = [
  ["arm", ["Armenia", "Armenian"]],
  ["az", ["Azerbaijan", "Azerbaijani"]],
];

/**
 * Cities by the letters chat writes them with ("transtar new orleans to LA flights": Los Angeles),
 * one way and only as typed in capitals: "la" is also "La Roche", and "La." Louisiana.
 */
const CITIES_BY_LETTERS: [string[], string][] = [
  [["LA", "L.A."], "Los Angeles"],
  [["NYC", "NY"], "New York"],
  [["SF"], "San Francisco"],
  [["DC", "D.C."], "Washington"],
];
/** Letters as written -> the city's terms. */
const CITY_LETTERS = new Map(CITIES_BY_LETTERS.flatMap(([letters, city]) => letters.map((written) => [written, analyze(city)] as const)));

/**
 * A name's terms, joined by spaces -> the name as written, and its other names as written and as terms: each once by its
 * terms, as names spelled two ways read alike ("Ministry of Defence", "Ministry of Defense").
 */
const OTHER_NAMES = new Map(
  ALIASES.flatMap((names) => {
    const byTerms = new Map<string, { name: string; terms: string[] }>();
    for (const name of names) {
      const terms = analyze(name);
      if (!byTerms.has(terms.join(" "))) byTerms.set(terms.join(" "), { name, terms });
    }
    const distinct = [...byTerms.entries()];
    return distinct.map(([key, { name }]) => {
      const others = distinct.filter(([other]) => other !== key).map(([, named]) => named);
      return [key, { name, written: others.map((other) => other.name), terms: others.map((other) => other.terms) }] as const;
    });
  }),
);
/** The most words of a name with other names. */
const LONGEST_NAME = Math.max(...ALIASES.flat().map((name) => analyze(name).length));

/** A short form's term -> the terms of the names it stands for. */
const LONG_FORMS = new Map(SHORT_FORMS.map(([short, names]) => [short, names.map((name) => analyze(name))]));

/** The terms of the other names of the name with these terms ("world court": international court justice; icj). */
export function otherNamesOf(terms: string[]): string[][] {
  return OTHER_NAMES.get(terms.join(" "))?.terms ?? [];
}

/** Each name among these terms in a row with each of its other names, as written ("pentagon deal": Pentagon, Defense Department; Pentagon, Department of Defense). */
export function otherNamesWrittenIn(terms: string[]): { name: string; other: string }[] {
  const found: { name: string; other: string }[] = [];
  for (let from = 0; from < terms.length; from++) {
    for (let length = 1; length <= LONGEST_NAME && from + length <= terms.length; length++) {
      const named = OTHER_NAMES.get(terms.slice(from, from + length).join(" "));
      if (named) found.push(...named.written.map((other) => ({ name: named.name, other })));
    }
  }
  return found;
}

/** The terms of the names a short form stands for ("arm": armenia; armenian), none for other terms. */
export function longFormsOf(term: string): string[][] {
  return LONG_FORMS.get(term) ?? [];
}

/** The terms of the city a name written in capital letters stands for ("LA": los angel), none for other names. */
export function citiesOfLetters(name: string): string[][] {
  const city = CITY_LETTERS.get(name);
  return city ? [city] : [];
}

/** The adjective the news writes for a body as the owner of something ("the European mission" for the EU's), as index terms. */
const BODY_ADJECTIVES: [string, string][] = [["EU", "European"]];
const ADJECTIVES = new Map(BODY_ADJECTIVES.map(([body, adjective]) => [analyze(body).join(" "), analyze(adjective)]));

/** The adjective's terms for the body with these terms ("eu": european), none for other names. */
export function adjectivesOf(terms: string[]): string[] {
  return ADJECTIVES.get(terms.join(" ")) ?? [];
}
