import { namesOffice, officeHolders, onePassageSpeaksOfNames } from "../passage-names.js";
import { articleDateline } from "../../corpus/dateline.js";
import { analyze } from "../../index/analyzer.js";
import { openingOf, type CorpusIndex } from "../../index/corpus-index.js";
import { commonCountryNameOf, countryNamesOf, isArea } from "../../index/countries.js";
import { stateAbbreviationOf, stateAbbreviationOfName } from "../../index/us-states.js";
import { splitSentences } from "../../text/sentences.js";
import { withoutDateline } from "../quote-hygiene.js";
import { officeForms } from "../../question/offices.js";
import { bodyAfter, FIRM_WORDS } from "../../question/described-body.js";
import type { Name } from "../../question/names.js";
import type { Passage } from "../../search/retrieve.js";
import { passageWordsOf, type PassageRule } from "./rule.js";

/** Passages read, for each name of the office and its country, to learn who holds an office. */
const HOLDER_CHUNKS_READ = 10;

/**
 * Who holds a country's office the question names ("the Armenian premier"), as any article
 * says ("Armenia's Prime Minister Nikol Pashinyan"): the passages read for the answer may
 * name the holder alone.
 */
function holdersIn(index: CorpusIndex): (name: Name) => string[] {
  const found = new Map<Name, string[]>();
  return (name) => found.get(name) ?? found.set(name, lookUp(index, name)).get(name)!;
}

function lookUp(index: CorpusIndex, name: Name): string[] {
  if (!namesOffice(name.terms)) return [];
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
    return { terms: analyze(chunk.text), text: chunk.text, date: null, filedFrom: () => articleDateline(openingOf(index, chunk.articleId)) };
  });
  return officeHolders(name.terms, passages, index.lexical);
}

const FIRM = `(?:[\\p{L}-]+\\s+){0,2}?(?:${FIRM_WORDS})\\b`;

/**
 * Whether the question names a country only to describe a firm: business news seldom says a
 * firm's nationality beside its name ("Sony ... Bridgend" for "the Japanese electronics
 * company's Welsh TV factory").
 */
function describesFirm(name: Name, cased: string): boolean {
  const country = countryNamesOf(name.terms.at(-1)!).length > 0;
  // What follows each place the name stands as a word; the patterns are compiled once, as compiling them took a twentieth of an answer's time.
  const lower = cased.toLowerCase();
  const written = name.name.toLowerCase();
  for (let at = lower.indexOf(written); at >= 0; at = lower.indexOf(written, at + 1)) {
    if (at > 0 && /[\p{L}\p{N}]/u.test(lower[at - 1]!)) continue;
    const after = cased.slice(at + written.length);
    // A product names its maker ("the Mercedes maker"), and a place its seat ("the Indianapolis drugmaker"); a country any firm of it.
    if (MAKER_AFTER.test(after) || (country && FIRM_AFTER.test(after))) return true;
  }
  return false;
}

/** A term of a place a reader may describe something by: a country, its people or capital, a US state. */
function placeOf(term: string): string | undefined {
  return commonCountryNameOf(term) ?? stateAbbreviationOf(term);
}

const COMPASS = new Set(["north", "south", "east", "west"]);

/** Whether a name is only a place ("Maryland", "West German", "South American"). */
function isPlace(terms: string[]): boolean {
  if (isArea(terms) || stateAbbreviationOfName(terms) !== undefined) return true;
  return terms.some((term) => placeOf(term) !== undefined) && terms.every((term) => placeOf(term) !== undefined || COMPASS.has(term));
}

/**
 * Whether the question names a place only to describe what follows ("the Maryland electronics
 * firm", "an American polling group"), and no sentence of the passages read that speaks of what
 * it describes names another place ("the Iraqi parliamentary delegation" for "the Iranian
 * parliament delegation", "the earthquake which hit northern Chile" for "the Ecuador quake"): reports
 * seldom describe a firm or a group by the place a reader knows it by ("ROCKVILLE, Md.", "a New
 * York investment firm"), while a near miss swaps the place for another.
 */
function describesUnrivalled(name: Name, cased: string, passages: Passage[]): boolean {
  if (!isPlace(name.terms)) return false;
  const described = analyze(bodyAfter(name.name, cased) ?? "");
  if (described.length === 0) return false;
  const own = new Set(name.terms.map(placeOf));
  return !passages.some(({ chunk }) =>
    splitSentences(chunk.text).some((sentence) => {
      // Where a report was filed ("LONDON, March 5 -") is no place it describes anything by.
      const terms = analyze(withoutDateline(sentence.text.trim()));
      return described.some((term) => terms.includes(term)) && terms.some((term) => placeOf(term) !== undefined && !own.has(placeOf(term)));
    }),
  );
}

const MAKER_AFTER = /^\s+(?:\p{L}+\s+)?(?:\p{L}*makers?|manufacturers?|producers?)\b/iu;
const FIRM_AFTER = new RegExp(`^(?:['’]s)?\\s+${FIRM}`, "iu");

export const namesTogetherRule: PassageRule = {
  id: "names-together",
  guards: "Answering from passages that each hold only some of the names asked about (\"Alan Greenspan\" in passages about Volcker), or hold them apart.",
  stage: "passages",
  check: (reading) => {
    const { question, index } = reading;
    // Names no article uses are the unknown-names rule's to weigh.
    if (question.unknown.length > 0) return undefined;
    const read = passageWordsOf(reading);
    // The names as the asker capitalised them; in a list ("Iraq and the Czech Republic"), or a question about several reports ("which outlets ..."), each may be in a passage of its own.
    const names = question.typedNames.filter((name) => !describesFirm(name, question.cased) && !describesUnrivalled(name, question.cased, reading.passages));
    const holders = holdersIn(index);
    // A question on several reports ("in March 2023 about the 2020 war and about ...") need not find the times it asks about beside each name either.
    const eachAlone = question.reportsAsked ? { days: [], years: [], periods: [] } : {};
    const spoken = question.acrossReports
      ? names.every((name) => onePassageSpeaksOfNames({ ...question, ...eachAlone, names: [name] }, read, index.lexical, holders)) && onePassageSpeaksOfNames({ ...question, names: [] }, read, index.lexical)
      : onePassageSpeaksOfNames({ ...question, names }, read, index.lexical, holders);
    if (spoken) return undefined;
    // The reader is told which name no passage read holds, to ask again without it ("the Maryland electronics firm").
    const unnamed = names.filter((name) => !onePassageSpeaksOfNames({ names: [name], days: [], years: [], periods: [] }, read, index.lexical, holders));
    if (unnamed.length === 0) return { detail: "no passage read holds every name and time the question asks about, together", reason: {} };
    const told = unnamed.map((name) => name.name);
    return { detail: `no passage read names ${told.join(", ")}`, reason: { unnamed: told } };
  },
};
