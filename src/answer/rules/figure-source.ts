import { yearsSpokenOf } from "../../corpus/dates.js";
import { onePassageSpeaksOfNames } from "../passage-names.js";
import type { Quote } from "../quotes.js";
import { passageWordsOf, type QuoteReading } from "./rule.js";

/**
 * Whether a quote may give the figure a question asks for: it is of the best quote's report,
 * or its passage names what the question names, and it dates itself to no other years than
 * the question asks about. Bethlehem Steel's net loss is not given by "Azuma Steel's current
 * losses are estimated at 3.1 billion yen" from another report, nor a 1986 profit by "which in
 * 1985 made a profit of around 1.4 mln stg".
 */
export function mayGiveFigure(reading: QuoteReading): (quote: Quote) => boolean {
  const { question, passages, lead, index } = reading;
  const read = passageWordsOf(reading);
  const ofTheYears = (quote: Quote) => {
    if (question.years.length === 0) return true;
    const years = yearsSpokenOf(quote.text, quote.passage.article.date);
    return years.length === 0 || years.some((year) => question.years.includes(year));
  };
  return (quote) => {
    if (!ofTheYears(quote)) return false;
    if (quote.passage.article.id === lead.passage.article.id) return true;
    const at = passages.indexOf(quote.passage);
    return at !== -1 && onePassageSpeaksOfNames({ names: question.typedNames, days: [], years: [], periods: [] }, [read[at]!], index.lexical);
  };
}
