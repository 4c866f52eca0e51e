/**
 * An office by any of its usual names: "the Azerbaijani envoy" is the Azerbaijani
 * ambassador, "the Armenian premier" the prime minister, "PM". Names of offices are few and
 * fixed, unlike the words for what an office holder does, so they are listed here.
 */
import { termOf } from "../index/analyzer.js";
import { countryNamesOf } from "../index/countries.js";
import { escapeRegExp } from "../util/regexp.js";

/** Those who comment on the news, whom askers and reports name loosely ("which analyst": "political scientist Farhad Mammadov"). */
export const COMMENTATORS = ["analyst", "commentator", "pundit", "expert", "observer", "columnist"];

const OFFICES: string[][] = [
  ["envoy", "ambassador"],
  ["premier", "prime minister", "pm"],
  ["fm", "foreign minister"],
  ["spokesman", "spokeswoman", "spokesperson"],
  [...COMMENTATORS, "political scientist", "political analyst", "political observer"],
  // "the Azerbaijani MP": "deputy of parliament Ramin Mammadov".
  ["mp", "member of parliament", "deputy of parliament", "parliamentarian", "lawmaker", "legislator"],
  // A company's officers, as chat shortens them: "salomon's new cfo".
  ["ceo", "chief executive", "chief executive officer"],
  ["cfo", "chief financial officer"],
  ["coo", "chief operating officer"],
  ["vp", "vice president"],
];

// As the index reads them, without stop words: "deputy of parliament" is "deputi parliament".
const termsOf = (words: string) => words.split(" ").flatMap((word) => termOf(word) ?? []);

/** Each title's index term -> every name of its office, as index terms ("envoy": [["envoy"], ["ambassador"]]). */
const FORMS = new Map<string, string[][]>();
/** Each name of an office that has a name of one word, as its terms joined by spaces -> that word ("prime minist": "premier"). */
const ONE_WORD_NAME = new Map<string, string>();
for (const office of OFFICES) {
  const forms = office.map(termsOf);
  for (const form of forms) if (form.length === 1) FORMS.set(form[0]!, forms);
  const oneWord = forms.find((form) => form.length === 1)?.[0];
  if (oneWord) for (const form of forms) ONE_WORD_NAME.set(form.join(" "), oneWord);
}

/**
 * Titles the news gives more loosely than the office they name: an envoy is whoever a country
 * sends, an ambassador or not ("the Czech envoy": "the Czech delegation was headed by Jaroslav
 * Kurfürst"; "the Soviet trade envoy": "Albert Melnikov, deputy trade representative of the Soviet Union"),
 * while an ambassador is no delegation.
 */
const LOOSER = new Map<string, string[][]>([["envoy", ["representative", "delegation", "delegate", "emissary", "diplomat"].map(termsOf)]]);

/**
 * The office or role whose name ends the terms ("the Armenian premier", "an Azerbaijani political scientist"), as a title of one
 * word `officeForms` reads ("premier", "analyst"); undefined when they end with none.
 */
export function roleAtEnd(terms: string[]): string | undefined {
  for (const length of [3, 2, 1]) {
    const found = terms.length >= length ? ONE_WORD_NAME.get(terms.slice(-length).join(" ")) : undefined;
    if (found) return found;
  }
  return undefined;
}

/** Every name of the office a one-word title names, as index terms; the title alone when it has no other. */
export function officeForms(title: string): string[][] {
  return [...(FORMS.get(title) ?? [[title]]), ...(LOOSER.get(title) ?? [])];
}

/** Whether a name of the title's office ends at term `at` of the terms ("prime", "minist" for "premier"). */
export function officeEndsAt(title: string, terms: string[], at: number): boolean {
  return officeForms(title).some((form) => form.every((term, k) => terms[at - form.length + 1 + k] === term));
}

/** Central banks the news names by their own names, by the words for their countries: "Britain's central bank" is the Bank of England. */
const CENTRAL_BANKS: [string, string][] = [
  ["britain|british|uk|u\\.k\\.|england|english|united kingdom", "the Bank of England"],
  ["us|u\\.s\\.|american|united states|america", "the Federal Reserve"],
  ["west germany|west german|germany|german", "the Bundesbank"],
  ["japan|japanese", "the Bank of Japan"],
  ["france|french", "the Bank of France"],
  ["canada|canadian", "the Bank of Canada"],
  ["italy|italian", "the Bank of Italy"],
  ["switzerland|swiss", "the Swiss National Bank"],
];

/**
 * Offices and bodies the news also names in other words: "Armenia's top diplomat" is its foreign minister, its "number-two
 * diplomat" a deputy foreign minister; "the Hague government" is the Dutch one, seated there; a monetary authority is a central
 * bank, and a country's central bank is the one the news names ("Britain's central bank": the Bank of England).
 */
const PERIPHRASES: [RegExp, string][] = [
  [/\b(?:number[- ]two|no\.?\s*2|second[- ]ranking) diplomat\b/gi, "deputy foreign minister"],
  [/\b(?:top|chief) diplomat\b/gi, "foreign minister"],
  [/\bhead of government\b/gi, "prime minister"],
  [/\b(?:the\s+)?hague(?:['’]s)?\s+(government|cabinet|administration)\b/gi, "the Dutch $1"],
  [/\bmonetary authorit(?:y|ies)\b/gi, "central bank"],
  ...CENTRAL_BANKS.map(([country, bank]): [RegExp, string] => [new RegExp(`(?<![\\p{L}.])(?:the\\s+)?(?:${country})(?:['’]s?)?\\s+central\\s+bank\\b`, "giu"), bank]),
];

/** The text with each office and government named as the articles name them ("top diplomat": foreign minister, "the Hague government": the Dutch). */
export function periphrasesAsNamed(text: string): string {
  return PERIPHRASES.reduce((plain, [periphrase, title]) => plain.replace(periphrase, title), text);
}

/** The country an office serves in, where the text names it after the title: "the US ambassador to Azerbaijan": azerbaijan. */
export function postedToIn(text: string, title: string): string | undefined {
  const host = new RegExp(`\\b${escapeRegExp(title)}\\s+to\\s+(?:the\\s+)?([\\p{L}-]+)`, "iu").exec(text)?.[1];
  const term = host === undefined ? null : termOf(host);
  return term !== null && countryNamesOf(term).length > 0 ? term : undefined;
}

/** Words for whoever heads a body, whatever the title: "the central bank chief" is its governor, "the party's head" its president. */
const HEAD_WORDS = new Set(["chief", "head", "leader", "boss"]);

/** Whether a word names whoever heads a body, whatever the title ("chief", "head"). */
export function namesHead(word: string): boolean {
  return HEAD_WORDS.has(word.toLowerCase());
}
