import { names, type Name } from "../../question/names.js";
import { writtenInFull } from "../passage-names.js";
import type { Quote } from "../quotes.js";
import type { QuoteRule } from "./rule.js";

/** A company as reports write one: by a legal form, a ticker in brackets, or the word. */
const WRITTEN_AS_FIRM = /\b(?:compan(?:y|ies)|firms?|corp(?:oration)?s?|inc|ltd|co|cos|plc|llc|ag|sa|spa|nv|bv|gmbh|ab|oy|holdings?|industries|enterprises)\b|<[^>]+>/i;

export const someoneRule: QuoteRule = {
  id: "someone",
  guards: "Quoting sentences that name no one for a question that asks who (\"who won the nba finals\" answered with \"Net profit 6.91 billion won\"), or no company for one that asks which company.",
  stage: "quotes",
  check: ({ question, quotes }) => {
    if (question.answerType !== "person" && question.answerType !== "body") return undefined;
    // Someone the question does not name: a person, a company, a body, any name.
    const asked = new Set(question.names.flatMap((name) => name.terms));
    // A name written out is the abbreviation the question gives ("Chicago Board Options Exchange" for "cboe").
    const spelledOut = (name: Name) => question.names.some((abbreviation) => writtenInFull(abbreviation.name, name.name));
    const namesSomeone = (text: string) => names(text).some((name) => !spelledOut(name) && name.terms.some((term) => !asked.has(term)));
    // A results table's row speaks of the company its headline names, for a question that asks which company ("which companies
    // raised their dividends": "Qtly div 10 cts vs 8 cts prior"); "who won the super bowl" is no such question.
    // "which czech companies signed deals": a company, named as one in the quote or its headline ("Zarvo Corp", "<Vell Ltd>",
    // "the company", "Two firms bid for ..."), not only countries and ministers.
    const namesFirm = (quote: Quote) => !question.companyAsked || WRITTEN_AS_FIRM.test(quote.text) || WRITTEN_AS_FIRM.test(quote.passage.article.title);
    return quotes.some((quote) => (question.firmAsked && quote.tableRow) || (namesSomeone(quote.text) && namesFirm(quote)))
      ? undefined
      : { detail: question.companyAsked ? "the question asks which company and the quotes name none" : "the question asks who and the quotes name no one", reason: {} };
  },
};
