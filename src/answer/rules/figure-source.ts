import { onePassageSpeaksOfNames } from "../passage-names.js";
import type { Quote } from "../quotes.js";
import type { QuoteReading } from "./rule.js";

/**
 * Whether a quote may give the figure a question asks for: it is of the best quote's report,
 * or its passage names what the question names. Bethlehem Steel's net loss is not given by
 * "Azuma Steel's current losses are estimated at 3.1 billion yen" from another report.
 */
export function mayGiveFigure({ question, passages, texts, terms, lead, index }: QuoteReading): (quote: Quote) => boolean {
  return (quote) => {
    if (quote.passage.article.id === lead.passage.article.id) return true;
    const at = passages.indexOf(quote.passage);
    if (at === -1) return false;
    const read = { terms: terms[at]!, text: texts[at]!, date: quote.passage.article.date };
    return onePassageSpeaksOfNames({ names: question.typedNames, days: [], years: [], periods: [] }, [read], index.lexical);
  };
}
