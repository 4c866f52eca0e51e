import { isMonth } from "../../corpus/dates.js";
import { termOf, wordsOf } from "../../index/analyzer.js";
import { countryNamesOf } from "../../index/countries.js";
import { isTitle } from "../../question/names.js";
import type { QuoteRule } from "./rule.js";

/** At most this many words stand between an office and its holder's name ("Planning Secretary Solita Monsod", "Stals, the country's chief foreign debt negotiator"). */
const MOST_BETWEEN = 7;
/** Words that say the office is held now, which a report need not say ("the current president"). */
const NOW = new Set(["current", "present", "incumbent", "sitting", "acting", "new"]);
/** Words for whoever heads a body, whatever the title: "the central bank chief" is its governor. */
const HEAD = new Set(["chief", "head", "leader", "boss"]);

export const holderRule: QuoteRule = {
  id: "holder",
  guards: "Quoting a sentence on the office asked about that names no one holding it (\"who is the governor of bolivia's central bank\" answered with the bank's staff resigning).",
  stage: "quotes",
  check: ({ question, quotes, sameThing }) => {
    const { holder } = question;
    if (!holder) return undefined;
    const asked = new Set(question.terms);
    // A name beside the office: a capitalised word the question does not give, and no title, country or month.
    const isName = (word: string) => {
      const term = termOf(word);
      return /^\p{Lu}/u.test(word) && term !== null && !asked.has(term) && !isTitle(term) && countryNamesOf(term).length === 0 && !isMonth(word);
    };
    // What the question says of the office just before it stands beside it in the quote too: "the Conservative
    // candidate" is not "Labour candidate Deirdre Wood". That is, of a person's office, or by a name; a thing's
    // description ("the chip manufacturing consortium") is as often put in other words. Countries are other rules' to weigh.
    const capitalised = new Set(wordsOf(question.cased).flatMap(({ word }) => (/^\p{Lu}/u.test(word) ? [word.toLowerCase()] : [])));
    const asksWho = /^\W*who\b/i.test(question.text);
    // Whoever heads a body holds a title of its own: "the ministry's chief" is its Minister.
    const modifiers = (HEAD.has(holder) ? [] : question.focus.slice(0, -1))
      .filter((word) => (asksWho || capitalised.has(word.toLowerCase())) && !NOW.has(word.toLowerCase()) && countryNamesOf(termOf(word) ?? "").length === 0 && !isTitle(termOf(word) ?? ""));
    const namesHolder = ({ text, terms }: { text: string; terms: Set<string> }) => {
      const words = wordsOf(text).map(({ word }) => word);
      // A body the sentence names by its abbreviation ("AFBF president Dean Kleckner") is named anywhere in it.
      const inAbbreviation = (modifier: string) => terms.has(termOf(modifier) ?? "") && !words.some((word) => termOf(word) === termOf(modifier));
      const isOffice = (word: string) => sameThing(holder, word.toLowerCase()) || (HEAD.has(holder) && isTitle(termOf(word) ?? ""));
      // The same word, not one close in meaning ("Labour" is close to "conservative"), before the office or after it ("president of the Farm Bureau").
      const modified = (i: number) =>
        modifiers.every((modifier) => inAbbreviation(modifier) || words.slice(Math.max(0, i - MOST_BETWEEN), i + MOST_BETWEEN + 1).some((word) => termOf(word) === termOf(modifier)));
      return words.some((word, i) => isOffice(word) && modified(i) && words.slice(Math.max(0, i - MOST_BETWEEN - 1), i + MOST_BETWEEN + 2).some((other) => other !== word && isName(other)));
    };
    return quotes.some(namesHolder) ? undefined : { detail: `no quote names the ${holder} asked for`, reason: {} };
  },
};
