/**
 * The one notion of "the same word" the answer rules share (coverage, names, places,
 * speakers): a question's term is in a text when the text holds it, another form of it a few
 * letters longer ("kurd" / "kurdish"), the country it stands for by another of its names
 * ("American": "United States"), or, for a word no article uses, the word spelt another way
 * ("Mirzoian": "Mirzoyan").
 */
import { namesCountryOf } from "../index/countries.js";
import { stateAbbreviationOf } from "../index/us-states.js";
import { longFormsOf } from "../index/aliases.js";
import type { LexicalIndex } from "../index/lexical-index.js";
import { toTerm } from "../index/analyzer.js";

/** Whether a text with these terms holds the term, in any form `sameName` allows, by its country's other names or its state's abbreviation. */
export function speaksOf(passage: Set<string>, term: string, lexical: LexicalIndex): boolean {
  const abbreviation = stateAbbreviationOf(term);
  if (passage.has(term) || namesCountryOf(term, (t) => passage.has(t)) || (abbreviation !== undefined && passage.has(abbreviation))) return true;
  // The loop runs for every word of the passage: what depends on the term alone is asked once.
  const ofLand = mayBeOfLand(term);
  for (const other of passage) if (formOf(term, other, lexical) || (ofLand && landAndPeople(term, other))) return true;
  return false;
}

/**
 * As `speaksOf`, for a term of a name the question gives: also by the names chat shortens ("the
 * arm side": Armenian). Not for every word, as "arms" is indexed as "arm".
 */
export function speaksOfName(passage: Set<string>, term: string, lexical: LexicalIndex): boolean {
  return speaksOf(passage, term, lexical) || longFormsOf(term).some((name) => name.every((t) => passage.has(t)));
}

/** At most this many letters end another form of a name: "kurd" / "kurdish", "japan" / "japanese"; not "step" / "stepanakert". */
const MOST_ADDED_LETTERS = 3;

/**
 * Another form of the same name: one term starts the other, a few letters shorter ("kurd" /
 * "kurdish"), the people of a land ("scottish" / "scotland"), or, for a word no article uses,
 * another spelling. Names that are merely related ("Nakhchivan" / "Azerbaijan") do not count,
 * so no word vectors here.
 */
export function sameName(term: string, other: string, lexical: LexicalIndex): boolean {
  return formOf(term, other, lexical) || (mayBeOfLand(term) && landAndPeople(term, other));
}

function formOf(term: string, other: string, lexical: LexicalIndex): boolean {
  if (other === term) return true;
  const [shorter, longer] = other.length < term.length ? [other, term] : [term, other];
  if (shorter.length >= 4 && longer.length - shorter.length <= MOST_ADDED_LETTERS && longer.startsWith(shorter)) return true;
  return lexical.readsAs(term, other);
}

/** Whether a term may be a land or its people ("scotland", "scottish"), so that `landAndPeople` is worth asking. */
const mayBeOfLand = (term: string) => term.endsWith("ish") || term.endsWith("land");

/** The people of a land that no country data lists, either way round: "Scottish" of Scotland, "English" of England. */
function landAndPeople(a: string, b: string): boolean {
  return peopleOfLand(a, b) || peopleOfLand(b, a);
}

function peopleOfLand(people: string, land: string): boolean {
  if (!people.endsWith("ish") || !land.endsWith("land")) return false;
  const stem = land.slice(0, -"land".length);
  return stem.length >= 3 && people.startsWith(stem) && people.length - stem.length <= "tish".length;
}

/**
 * Words of opposite meaning that word vectors put close together, as they are used alike ("exports" / "imports" 0.92,
 * "buy" / "sell" 0.90, "surplus" / "deficit" 0.72): never the same thing, however close in meaning they read.
 */
const OPPOSITES: [string, string][] = [
  ["export", "import"], ["exporter", "importer"], ["buy", "sell"], ["buyer", "seller"], ["purchase", "sale"], ["surplus", "deficit"],
  ["rise", "fall"], ["increase", "decrease"], ["gain", "loss"], ["profit", "loss"], ["income", "expense"], ["asset", "liability"],
  ["credit", "debit"], ["lend", "borrow"], ["lender", "borrower"], ["upgrade", "downgrade"], ["appreciation", "depreciation"],
  ["inflow", "outflow"], ["strengthen", "weaken"], ["accept", "reject"], ["approve", "reject"], ["win", "lose"], ["hire", "fire"],
  ["maximum", "minimum"], ["high", "low"], ["open", "close"],
  // Past forms a stemmer leaves apart from their verbs.
  ["bought", "sell"], ["buy", "sold"], ["bought", "sold"], ["rose", "fall"], ["rise", "fell"], ["rose", "fell"], ["won", "lose"], ["win", "lost"], ["won", "lost"], ["lent", "borrow"],
];
const OPPOSITE_TERMS = new Map<string, Set<string>>();
for (const pair of OPPOSITES) {
  const [a, b] = pair.map((word) => toTerm(word)!) as [string, string];
  OPPOSITE_TERMS.set(a, (OPPOSITE_TERMS.get(a) ?? new Set()).add(b));
  OPPOSITE_TERMS.set(b, (OPPOSITE_TERMS.get(b) ?? new Set()).add(a));
}

/** Whether two terms are of opposite meaning ("export" / "import"), which no nearness in meaning makes the same thing. */
export function areOpposites(term: string, other: string): boolean {
  return OPPOSITE_TERMS.get(term)?.has(other) ?? false;
}
