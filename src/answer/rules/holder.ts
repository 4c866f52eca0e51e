import { isMonth } from "../../corpus/dates.js";
import { termOf, wordsOf } from "../../index/analyzer.js";
import { countryNamesOf } from "../../index/countries.js";
import { isTitle } from "../../question/names.js";
import type { QuoteRule } from "./rule.js";

/** At most this many words stand between an office and its holder's name ("Planning Secretary Solita Monsod", "Stals, the country's chief foreign debt negotiator"). */
const MOST_BETWEEN = 7;
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
    const namesHolder = (text: string) => {
      const words = wordsOf(text).map(({ word }) => word);
      const isOffice = (word: string) => sameThing(holder, word.toLowerCase()) || (HEAD.has(holder) && isTitle(termOf(word) ?? ""));
      return words.some((word, i) => isOffice(word) && words.slice(Math.max(0, i - MOST_BETWEEN - 1), i + MOST_BETWEEN + 2).some((other) => other !== word && isName(other)));
    };
    return quotes.some((quote) => namesHolder(quote.text)) ? undefined : { detail: `no quote names the ${holder} asked for`, reason: {} };
  },
};
