import { yearsSpokenOf } from "../../corpus/dates.js";
import { onePassageSpeaksOfNames } from "../passage-names.js";
import type { Quote } from "../quotes.js";
import type { QuoteReading } from "./rule.js";

/**
 * Whether a quote may give the figure a question asks for: it is of the best quote's report,
 * or its passage names what the question names, and it dates itself to no other years than
 * the question asks about. Bethlehem Steel's net loss is not given by "Azuma Steel's current
 * losses are estimated at 3.1 billion yen" from another report, nor a 1986 profit by "which in
 * 1985 made a profit of around 1.4 mln stg".
 */
export function mayGiveFigure({ question, passages, texts, terms, lead, index }: QuoteReading): (quote: Quote) => boolean {
  const ofTheYears = (quote: Quote) => {
    if (question.years.length === 0) return true;
    const years = yearsSpokenOf(quote.text, quote.passage.article.date);
    return years.length === 0 || years.some((year) => question.years.includes(year));
  };
  return (quote) => {
    if (!ofTheYears(quote)) return false;
    if (quote.passage.article.id === lead.passage.article.id) return true;
    const at = passages.indexOf(quote.passage);
    if (at === -1) return false;
    const read = { terms: terms[at]!, text: texts[at]!, date: quote.passage.article.date };
    return onePassageSpeaksOfNames({ names: question.typedNames, days: [], years: [], periods: [] }, [read], index.lexical);
  };
}
