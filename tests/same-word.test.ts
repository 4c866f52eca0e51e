/** The one notion of "the same word" that coverage and the rules about names share. */
import { expect, it } from "vitest";
import { analyze } from "../src/index/analyzer.js";
import { LexicalIndex } from "../src/index/lexical-index.js";
import { sameName, speaksOf, speaksOfName } from "../src/answer/same-word.js";

const lexical = LexicalIndex.build([
  { id: "a", title: "Newroz", text: "The Kurdish community of Armenia marked Newroz; Mirzoyan met the United States ambassador." },
  { id: "b", title: "Steps", text: "One of these steps is a meeting in Stepanakert." },
]);
const term = (word: string) => analyze(word)[0]!;
const text = (words: string) => new Set(analyze(words));

it("reads a term in another form a few letters longer, but not a short word that starts a long name", () => {
  expect(sameName(term("Kurds"), term("Kurdish"), lexical)).toBe(true);
  expect(sameName(term("Armenia"), term("Armenian"), lexical)).toBe(true);
  expect(sameName(term("step"), term("Stepanakert"), lexical)).toBe(false);
  // The people of a land no country data lists.
  expect(sameName(term("Scottish"), term("Scotland"), lexical)).toBe(true);
  expect(sameName(term("England"), term("English"), lexical)).toBe(true);
  expect(sameName(term("Scottish"), term("Holland"), lexical)).toBe(false);
  expect(speaksOf(text("One of these steps"), term("Stepanakert"), lexical)).toBe(false);
});

it("finds a country by another of its names, and a word no article uses spelt another way", () => {
  expect(speaksOf(text("the United States ambassador"), term("American"), lexical)).toBe(true);
  // Names the news uses that the country data lacks.
  expect(speaksOf(text("troops of Azerbaijan crossed the line"), term("Azeri"), lexical)).toBe(true);
  expect(speaksOf(text("the United Kingdom said"), term("Britain"), lexical)).toBe(true);
  expect(speaksOf(text("the USSR bought wheat"), term("Soviet"), lexical)).toBe(true);
  expect(speaksOf(text("Mirzoyan met the ambassador"), term("Mirzoian"), lexical)).toBe(true);
  // A word some article uses is itself, not a misspelling of another.
  expect(speaksOf(text("Mirzoyan met the ambassador"), term("meeting"), lexical)).toBe(false);
});

it("finds a US state by the abbreviation wire stories write after a town", () => {
  expect(speaksOf(text("MAYNARD, Mass., March 5 - Digital Equipment Corp said"), term("Massachusetts"), lexical)).toBe(true);
  expect(speaksOf(text("ST. PAUL, Minn. - the company said"), term("Minnesota"), lexical)).toBe(true);
  expect(speaksOf(text("BOSTON - the company said"), term("Minnesota"), lexical)).toBe(false);
});

it("reads chat's short form of a country by the country's names in a name, and not the other way round", () => {
  expect(speaksOfName(text("The Armenian delegation was headed by Paruyr Hovhannisyan"), term("arm"), lexical)).toBe(true);
  expect(speaksOfName(text("Azerbaijan's envoy met Armenians in Karabakh"), term("az"), lexical)).toBe(true);
  // "arms" is indexed as "arm": a question's word is no name of Armenia, and a report on arms names no Armenia.
  expect(speaksOf(text("The Armenian delegation was headed by Paruyr Hovhannisyan"), term("arms"), lexical)).toBe(false);
  expect(speaksOfName(text("Baku buys arms from Israel"), term("Armenia"), lexical)).toBe(false);
});
