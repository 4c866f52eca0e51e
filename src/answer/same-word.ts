/**
 * The one notion of "the same word" the answer rules share (coverage, names, places,
 * speakers): a question's term is in a text when the text holds it, another form of it a few
 * letters longer ("kurd" / "kurdish"), the country it stands for by another of its names
 * ("American": "United States"), or, for a word no article uses, the word spelt another way
 * ("Mirzoian": "Mirzoyan").
 */
import { namesCountryOf } from "../index/countries.js";
import { stateAbbreviationOf } from "../index/us-states.js";
import type { LexicalIndex } from "../index/lexical-index.js";

/** Whether a text with these terms holds the term, in any form `sameName` allows, by its country's other names or its state's abbreviation. */
export function speaksOf(passage: Set<string>, term: string, lexical: LexicalIndex): boolean {
  const abbreviation = stateAbbreviationOf(term);
  if (passage.has(term) || namesCountryOf(term, (t) => passage.has(t)) || (abbreviation !== undefined && passage.has(abbreviation))) return true;
  for (const other of passage) if (sameName(term, other, lexical)) return true;
  return false;
}

/** At most this many letters end another form of a name: "kurd" / "kurdish", "japan" / "japanese"; not "step" / "stepanakert". */
const MOST_ADDED_LETTERS = 3;

/**
 * Another form of the same name: one term starts the other, a few letters shorter ("kurd" /
 * "kurdish"), or, for a word no article uses, another spelling. Names that are merely related
 * ("Nakhchivan" / "Azerbaijan") do not count, so no word vectors here.
 */
export function sameName(term: string, other: string, lexical: LexicalIndex): boolean {
  if (other === term) return true;
  const [shorter, longer] = other.length < term.length ? [other, term] : [term, other];
  if (shorter.length >= 4 && longer.length - shorter.length <= MOST_ADDED_LETTERS && longer.startsWith(shorter)) return true;
  return lexical.readsAs(term, other) || peopleOfLand(term, other) || peopleOfLand(other, term);
}

/** The people of a land that no country data lists: "Scottish" of Scotland, "English" of England. */
function peopleOfLand(people: string, land: string): boolean {
  if (!people.endsWith("ish") || !land.endsWith("land")) return false;
  const stem = land.slice(0, -"land".length);
  return stem.length >= 3 && people.startsWith(stem) && people.length - stem.length <= "tish".length;
}
