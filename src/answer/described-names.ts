/**
 * Names a question gives only to describe what it asks about, which its reports need not
 * hold: a country before a firm ("the Japanese electronics company"), a product before its
 * maker, a place before a firm or group that no report on it sets elsewhere.
 */
import { analyze } from "../index/analyzer.js";
import { commonCountryNameOf, countryNamesOf, isArea } from "../index/countries.js";
import { stateAbbreviationOf, stateAbbreviationOfName } from "../index/us-states.js";
import { bodyAfter, FIRM_AFTER } from "../question/described-body.js";
import type { Name } from "../question/names.js";
import type { Passage } from "../search/retrieve.js";
import { splitSentences } from "../text/sentences.js";
import { withoutDateline } from "./quote-hygiene.js";
import { REPORT_WORD } from "../question/report-words.js";
import { COUNTRY_WORDS, PLACE_OR_STATE_WORDS } from "../question/place-kinds.js";
import { SOURCE_WORDS } from "../search/filters.js";

/**
 * Whether the question names a country only to describe a firm: business news seldom says a
 * firm's nationality beside its name ("Sony ... Bridgend" for "the Japanese electronics
 * company's Welsh TV factory").
 */
export function describesFirm(name: Name, cased: string): boolean {
  // So does a part of the US that firms are known by: "the wall street firm" is Morgan Stanley, in a report filed from New York.
  const country = countryNamesOf(name.terms.at(-1)!).length > 0 || DESCRIBED_PLACES.has(name.terms.join(" "));
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

/** The participle a name is joined to when it describes by it ("Russian-led", "US-backed", "Iran-based"). */
const DESCRIBING_PARTICIPLE = /^-(?:led|backed|based|owned|run|controlled|dominated|sponsored|brokered|funded|allied|aligned|made|built)\b/i;
/** What stands before it in the phrase that asks: "which", "what", and up to three words ("Which Russian-led military bloc"). */
const ASKING_PHRASE = /^\W*(?:which|what)\s+(?:[\p{L}-]+\s+){0,3}$/iu;

/** A kind of place asked for right after a place that describes it: "which Canadian province", "what Italian city". */
const PLACE_KIND_AFTER = new RegExp(`^\\s+(?:${PLACE_OR_STATE_WORDS})\\b`, "i");
/** A country called by where it lies or what speaks there, after "the": "the West African nation", "the Gulf state". */
const COUNTRY_DESCRIBED_AFTER = new RegExp(`^\\s+(?:${COUNTRY_WORDS})\\b`, "i");
const THE_BEFORE = /\bthe\s+$/i;
/** The word that asks, right before the place: "in which ", "what ". */
const ASKING_WORD = /\b(?:which|what)\s+$/i;

/**
 * Whether the question names something only in its description of what it asks for ("Which Russian-led military bloc does
 * Mammadov say Armenia belongs to?"; "in which Canadian province is the mine"): the report that names the answer ("a
 * member of the CSTO", "northwestern Ontario") need not describe it so.
 */
export function describesAnswer(name: Name, cased: string): boolean {
  const at = cased.toLowerCase().indexOf(name.name.toLowerCase());
  if (at < 0) return false;
  const [before, after] = [cased.slice(0, at), cased.slice(at + name.name.length)];
  return (
    (DESCRIBING_PARTICIPLE.test(after) && ASKING_PHRASE.test(before)) ||
    (ASKING_WORD.test(before) && PLACE_KIND_AFTER.test(after) && isPlace(name.terms)) ||
    // The country itself is the one its report names ("Sierra Leone" for "the West African nation"); a country's own name describes nothing.
    (THE_BEFORE.test(before) && COUNTRY_DESCRIBED_AFTER.test(after) && countryNamesOf(name.terms.at(-1)!).length === 0)
  );
}

/** What points at a report before a name that tells it ("according to the ", "acc to that ", "in the ..."). */
const STORY_BEFORE = new RegExp(String.raw`\b(?:${SOURCE_WORDS})\s+(?:the|that|this)\s+(?:[\p{L}'’-]+\s+){0,3}$`, "iu");
/** The report after the name: "... ambassador story", "... summons story", "... piece". */
const STORY_AFTER = new RegExp(String.raw`^\s*(?:[\p{L}'’-]+\s+){0,2}?${REPORT_WORD}\b`, "iu");

/**
 * Whether the question names something only to tell which report it asks of ("how long has the corridor been shut according
 * to the dutch ambassador story"): that report's passages need not hold the name beside what is asked.
 */
export function describesStory(name: Name, cased: string): boolean {
  const lower = cased.toLowerCase();
  const written = name.name.toLowerCase();
  for (let at = lower.indexOf(written); at >= 0; at = lower.indexOf(written, at + 1)) {
    if (STORY_BEFORE.test(cased.slice(0, at)) && STORY_AFTER.test(cased.slice(at + written.length))) return true;
  }
  return false;
}

/** A term of a place a reader may describe something by: a country, its people or capital, a US state. */
function placeOf(term: string): string | undefined {
  return commonCountryNameOf(term) ?? stateAbbreviationOf(term);
}

const COMPASS = new Set(["north", "south", "east", "west"]);

/**
 * Parts of the US a reader describes a firm by, which the wire seldom writes ("the manhattan investment firm": "a New York
 * investment firm"; "the new england grocery chain"), by their analysed terms, with the abbreviations of their states.
 */
const DESCRIBED: [place: string, states: string[]][] = [
  ["Manhattan", ["N.Y."]],
  ["Wall Street", ["N.Y."]],
  ["Long Island", ["N.Y."]],
  ["Silicon Valley", ["Calif."]],
  ["New England", ["Mass.", "Conn.", "Vt.", "N.H.", "R.I."]],
];
const DESCRIBED_PLACES = new Map(DESCRIBED.map(([place, states]) => [analyze(place).join(" "), states.map((state) => analyze(state)[0]!)]));

/** Whether a name is only a place ("Maryland", "West German", "South American"). */
function isPlace(terms: string[]): boolean {
  if (isArea(terms) || stateAbbreviationOfName(terms) !== undefined || DESCRIBED_PLACES.has(terms.join(" "))) return true;
  return terms.some((term) => placeOf(term) !== undefined) && terms.every((term) => placeOf(term) !== undefined || COMPASS.has(term));
}

/** The words of the body a place describes where the question follows it with one ("the New York book publisher": book publisher). */
export function bodyDescribedByPlace(name: Name, cased: string): string | undefined {
  return isPlace(name.terms) ? bodyAfter(name.name, cased) : undefined;
}

/**
 * Whether the question names a place only to describe what follows ("the Maryland electronics
 * firm", "an American polling group"), and no sentence of the passages read that speaks of what
 * it describes names another place ("the Iraqi parliamentary delegation" for "the Iranian
 * parliament delegation", "the earthquake which hit northern Chile" for "the Ecuador quake"): reports
 * seldom describe a firm or a group by the place a reader knows it by ("ROCKVILLE, Md.", "a New
 * York investment firm"), while a near miss swaps the place for another.
 */
export function describesUnrivalled(name: Name, cased: string, passages: Passage[]): boolean {
  const described = analyze(bodyDescribedByPlace(name, cased) ?? "");
  if (described.length === 0) return false;
  const own = new Set([...name.terms.map(placeOf), ...(DESCRIBED_PLACES.get(name.terms.join(" ")) ?? [])]);
  return !passages.some(({ chunk }) =>
    splitSentences(chunk.text).some((sentence) => {
      // Where a report was filed ("LONDON, March 5 -") is no place it describes anything by.
      const terms = analyze(withoutDateline(sentence.text.trim()));
      return described.some((term) => terms.includes(term)) && terms.some((term) => placeOf(term) !== undefined && !own.has(placeOf(term)));
    }),
  );
}

const MAKER_AFTER = /^\s+(?:\p{L}+\s+)?(?:\p{L}*makers?|manufacturers?|producers?)\b/iu;
