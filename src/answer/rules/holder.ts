import { isMonth } from "../../corpus/dates.js";
import { termOf, wordsOf } from "../../index/analyzer.js";
import { countryNamesOf, namesCountryOf } from "../../index/countries.js";
import { isOffice, isRank } from "../../question/asks.js";
import { isTitle } from "../../question/names.js";
import { namesHead, officeEndsAt, officeForms, postedToIn } from "../../question/offices.js";
import { postedElsewhere } from "../passage-names.js";
import type { QuestionReading } from "../../question/reading.js";
import type { QuoteRule } from "./rule.js";

/** At most this many words stand between an office and its holder's name ("Planning Secretary Solita Monsod", "Stals, the country's chief foreign debt negotiator"). */
const MOST_BETWEEN = 7;
/** Words that say the office is held now, which a report need not say ("the current president"). */
const NOW = new Set(["current", "present", "incumbent", "sitting", "acting", "new"]);
/** Said of whoever holds any office: "the taipei trade official" is the Board of Foreign Trade's director. */
const ANY_OFFICE = "official";

/**
 * For a question that asks who holds an office ("who is the governor of bolivia's central
 * bank"): whether a sentence names someone beside that office, as the question qualifies it.
 * Undefined when the question asks no such thing.
 */
export function namesHolderFor(question: QuestionReading, sameThing: (asked: string, word: string) => boolean): ((sentence: { text: string; terms: Set<string> }) => boolean) | undefined {
  const { holder } = question;
  if (!holder) return undefined;
  const asked = new Set(question.terms);
  const holderTerm = termOf(holder) ?? holder;
  // A name beside the office: a capitalised word the question does not give, and no title, country or month.
  const isName = (word: string) => {
    const term = termOf(word);
    return /^\p{Lu}/u.test(word) && term !== null && !asked.has(term) && !isTitle(term) && countryNamesOf(term).length === 0 && !isMonth(word);
  };
  // What the question says of the office just before it stands beside it in the quote too: "the Conservative
  // candidate" is not "Labour candidate Deirdre Wood". That is, of a person's office, or by a name; a thing's
  // description ("the chip manufacturing consortium") is as often put in other words.
  const capitalised = new Set(wordsOf(question.cased).flatMap(({ word }) => (/^\p{Lu}/u.test(word) ? [word.toLowerCase()] : [])));
  const asksWho = /^\W*who\b/i.test(question.text);
  // Whoever heads a body holds a title or a post of its own: "the ministry's chief" is its Minister, "the agency's head" its Director.
  const isCountry = (word: string) => countryNamesOf(termOf(word) ?? "").length > 0;
  // The country of a longer office ("the azerbaijani foreign minister") too, which the focus's last two words leave out.
  const officeCountries = question.focusNames.flatMap((name) => (name.terms.includes(holderTerm) ? name.terms.filter(isCountry) : []));
  // And the country whose office it is by a possessive ("the name of azerbaijan's foreign minister"); a country's adjective
  // ("the swedish prime minister") is as often left to the dateline ("STOCKHOLM ... Prime Minister Ingvar Carlsson").
  const phrase = wordsOf(question.focusPhrase).map(({ word }) => word);
  const officeIndex = phrase.map((word) => termOf(word)).lastIndexOf(holderTerm);
  const owners = phrase.slice(0, officeIndex).filter((word) => /['’]s?$/u.test(word));
  // Or by "of" after it, ending the phrase: "the current president of france"; not "the head of the american meat institute".
  const afterOf = officeIndex >= 0 && phrase[officeIndex + 1]?.toLowerCase() === "of" ? phrase.slice(officeIndex + 2).filter((word) => word.toLowerCase() !== "the") : [];
  const ofCountry = afterOf.length > 0 && afterOf.every(isCountry) ? afterOf : [];
  const phraseCountries = [...owners.filter(isCountry), ...ofCountry];
  // A firm or body whose office it is, by its name ("conagra's chief executive"; not "the ministry's chief"), is named anywhere in the sentence: the wire opens
  // with the firm ("Salomon Inc said it elected Gerald Rosenfeld executive vice president and chief financial officer").
  const firms = owners.filter((word) => /^\p{Lu}/u.test(word) && !isCountry(word)).flatMap((word) => termOf(word) ?? []);
  // "the us ambassador to azerbaijan" serves there, not in Armenia.
  const postedTo = postedToIn(question.text, holder);
  const modifiers = [...new Set([...(namesHead(holder) ? [] : question.focus.slice(0, -1)), ...officeCountries, ...phraseCountries])]
    .filter((word) => (asksWho || capitalised.has(word.toLowerCase()) || isCountry(word)) && !NOW.has(word.toLowerCase()) && !isTitle(termOf(word) ?? ""));
  return ({ text, terms }) => {
    const words = wordsOf(text).map(({ word }) => word);
    // A body the sentence names by its abbreviation ("AFBF president Dean Kleckner") is named anywhere in it.
    const inAbbreviation = (modifier: string) => terms.has(termOf(modifier) ?? "") && !words.some((word) => termOf(word) === termOf(modifier));
    // A title is that title: "Prime Minister Rutte" holds no ambassador's office, however close the words are in meaning.
    const wordTerms = words.map((word) => termOf(word) ?? "");
    const officeAt = (i: number) => {
      const word = words[i]!.toLowerCase();
      if (namesHead(holder) || holder === ANY_OFFICE) return sameThing(holder, word) || isOffice(word);
      return isTitle(holderTerm) || isRank(holder) || officeForms(holderTerm).length > 1 ? officeEndsAt(holderTerm, wordTerms, i) : sameThing(holder, word);
    };
    // The same word, not one close in meaning ("Labour" is close to "conservative"), before the office or after it ("president of the Farm Bureau").
    // A country by any of its names: "Azerbaijan's ambassador" is "the Azerbaijani Ambassador", not "the United States Ambassador".
    const modified = (i: number) => {
      const near = words.slice(Math.max(0, i - MOST_BETWEEN), i + MOST_BETWEEN + 1).flatMap((word) => termOf(word) ?? []);
      return modifiers.every((modifier) =>
        isCountry(modifier) ? namesCountryOf(termOf(modifier)!, (term) => near.includes(term)) : inAbbreviation(modifier) || near.includes(termOf(modifier) ?? ""),
      );
    };
    if (!firms.every((firm) => terms.has(firm))) return false;
    return words.some((word, i) => officeAt(i) && !postedElsewhere(words, i, postedTo) && modified(i) && words.slice(Math.max(0, i - MOST_BETWEEN - 1), i + MOST_BETWEEN + 2).some((other) => other !== word && isName(other)));
  };
}

export const holderRule: QuoteRule = {
  id: "holder",
  guards: "Quoting a sentence on the office asked about that names no one holding it (\"who is the governor of bolivia's central bank\" answered with the bank's staff resigning).",
  stage: "quotes",
  check: ({ question, quotes, namesHolder }) =>
    !namesHolder || quotes.some(namesHolder) ? undefined : { detail: `no quote names the ${question.holder} asked for`, reason: {} },
};
