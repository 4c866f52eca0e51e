/**
 * Where the question places what it asks about: a name after "in", "at" or "visit" ("What
 * did Aliyev say in Berlin?", "Why did the Czech delegation visit Baku?"). The sentence an
 * answer leads with must be set there: the place is named in it or in its article's title.
 * A passage that names the Czech delegation in Yerevan and, further on, Azerbaijan does not
 * say why the delegation visited Baku, nor does Kvien's sentence say what she said in Baku
 * because the sentence before it names Baku. Chosen on the tuning half of the news questions
 * over also reading the sentences beside the quote (2 more near misses refused there, no
 * answerable question refused).
 */
import { isMonth } from "../corpus/dates.js";
import { analyze, names, type Name } from "../index/analyzer.js";
import { isCapital } from "../index/countries.js";
import type { LexicalIndex } from "../index/lexical-index.js";
import { sameName, speaksOf } from "./passage-names.js";
import type { Quote } from "./quotes.js";

export interface Setting extends Name {
  /** As a reply can say it: "in Baku", "at the Council of Europe". */
  phrase: string;
}

const SETTING = /\b(in|at|visit(?:s|ed|ing)?)\s+(the\s+)?$/i;

/** The names the question places its subject in or at. */
export function settingsOf(question: string): Setting[] {
  // Names are read from the NFC form; find them there.
  const text = question.normalize("NFC");
  return names(text).flatMap((name) => {
    const before = SETTING.exec(text.slice(0, text.indexOf(name.name)));
    // "in March" is a time, not a place.
    if (!before || isMonth(name.name)) return [];
    const preposition = before[1]!.toLowerCase() === "at" ? "at" : "in";
    return [{ ...name, phrase: `${preposition} ${before[2] ? "the " : ""}${name.name}` }];
  });
}

/** The places the quote (a sentence) is not set in. */
export function placesMissedBy(settings: Setting[], quote: Quote, lexical: LexicalIndex): Setting[] {
  if (settings.length === 0) return [];
  const present = new Set([...quote.terms, ...analyze(quote.passage.article.title)]);
  // A capital is the city here: "visit Baku" is not answered by "Azerbaijan's provocations".
  const holds = (term: string) => (isCapital(term) ? [...present].some((other) => sameName(term, other, lexical)) : speaksOf(present, term, lexical));
  return settings.filter((setting) => !setting.terms.every(holds));
}
