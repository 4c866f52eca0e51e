import { calendarDaysIn, yearsSpokenOf } from "../../corpus/dates.js";
import { analyze } from "../../index/analyzer.js";
import { CURRENCIES, givesOnlySumsPerShare } from "../evidence.js";
import { names, type Name } from "../../question/names.js";
import { escapeRegExp } from "../../util/regexp.js";
import { onePassageSpeaksOfNames } from "../passage-names.js";
import { setThere } from "../setting.js";
import { bodyDescribedByPlace } from "../described-names.js";
import { rowOfOtherPeriod, rowOfPartOfYear } from "../table-rows.js";
import { settingsIn } from "../../question/setting.js";
import type { Quote } from "../quotes.js";
import { passageWordsOf, type QuoteReading } from "./rule.js";

/**
 * Whether a quote may give the figure a question asks for: it is of the best quote's report,
 * or its passage names what the question names, and it dates itself to no other years than
 * the question asks about. Bethlehem Steel's net loss is not given by "Azuma Steel's current
 * losses are estimated at 3.1 billion yen" from another report, nor a 1986 profit by "which in
 * 1985 made a profit of around 1.4 mln stg". Nor is the price of what the question names given
 * by the sale of something else: "How much did Ducommun get for Metermaster?" by "Ducommun Inc
 * said it sold its Airdrome Parts Co division ... for a cash price of 12 mln dlrs", nor by a sum paid for another thing ("How
 * much did Harcourt pay for Marineland?": "Harcourt Brace has offered 220 mln dlrs for Harper and Row Publishers"),
 * nor a quarter's by a row of a table of the year's, nor a whole year's by a quarter's or nine months' row, nor a total
 * by a sum per share ("how much did hoechst pay in total for celanese": "at 245 dlrs per common share").
 */
export function mayGiveFigure(reading: QuoteReading): (quote: Quote) => boolean {
  const { question, passages, lead, index } = reading;
  const read = passageWordsOf(reading);
  const ofTheYears = (quote: Quote) => {
    if (question.years.length === 0) return true;
    const years = yearsSpokenOf(quote.text, quote.passage.article.date);
    return years.length === 0 || years.some((year) => question.years.includes(year));
  };
  // Nor a week's figure another week's: "claims ... in the week ended Feb 21" for the week ended February 28.
  const ofTheDays = (quote: Quote) => {
    if (question.days.length === 0) return true;
    const days = calendarDaysIn(quote.text);
    return days.length === 0 || days.some((day) => question.days.includes(day));
  };
  const sold = soldAskedIn(question);
  // A figure set in another place than the one asked is none of it: "another 5000 salaried employees in Akron" for the Norwood plant.
  const setElsewhere = (quote: Quote) => question.settings.length > 0 && settingsIn(quote.text).length > 0 && !setThere(question.settings, quote, index.lexical);
  return (quote) => {
    if (!ofTheYears(quote) || !ofTheDays(quote) || setElsewhere(quote)) return false;
    if (rowOfOtherPeriod(quote.text, quote.passage.article.title, question.partsOfYear)) return false;
    if (question.wholeYear && rowOfPartOfYear(quote.text)) return false;
    if (sold && sellsOther(quote, sold, question.typedNames)) return false;
    if (question.counted.includes("price") && question.paidFor.length > 0 && pricedForOther(quote.text, question.paidFor)) return false;
    if (question.total && givesOnlySumsPerShare(quote.text)) return false;
    if (quote.passage.article.id === lead.passage.article.id) return true;
    const at = passages.indexOf(quote.passage);
    return at !== -1 && onePassageSpeaksOfNames({ names: question.typedNames }, [read[at]!], index.lexical);
  };
}

/**
 * What a question asks the price of, by its name after "for": "how much did Ducommun get for Metermaster" (Metermaster); not
 * a place that only describes it ("for the New York book publisher").
 */
export function soldAskedIn({ counted, typedNames, cased }: QuoteReading["question"]): Name | undefined {
  if (!counted.includes("price") && !counted.includes("money")) return undefined;
  return typedNames.find((name) => new RegExp(`\\bfor\\s+(?:the\\s+|its\\s+)?${escapeRegExp(name.name)}`, "i").test(cased) && bodyDescribedByPlace(name, cased) === undefined);
}

/** How far before a name its sale is read, in characters. */
const SOLD_REACH = 60;
/** A sale or purchase just before a name: "sold its Airdrome Parts Co division", "to buy a 34 pct interest in Dim S.A.". */
const SOLD_BEFORE = /\b(?:sells?|sold|selling|sale of|buys?|bought|buying|acquires?|acquired|acquiring|acquisition of|purchased?|purchase of)\s+(?:(?:its|the|a|an)\s+)?(?:[\d.,-]+\s+pct\s+(?:interest|stake)\s+in\s+)?(?:\p{Ll}[\p{L}-]*\s+){0,2}$/u;

/** Whether a quote sells or buys something the question does not name, and not the thing asked about. */
function sellsOther({ text, terms }: Quote, sold: Name, asked: Name[]): boolean {
  if (sold.terms.every((term) => terms.has(term))) return false;
  return names(text).some((name) => {
    if (asked.some((other) => other.terms.some((term) => name.terms.includes(term)))) return false;
    const at = text.indexOf(name.name);
    return SOLD_BEFORE.test(text.slice(Math.max(0, at - SOLD_REACH), at));
  });
}

/**
 * A sum paid for a thing named: "offered 220 mln dlrs for Harper and Row Publishers", "paid Southland 290 mln dlrs for half of
 * Citgo's stock". The name is the first run of capitalised words after "for".
 */
const SUM_FOR_NAMED = new RegExp(
  `\\b(?:${[...CURRENCIES].join("|")})\\s+for\\s+(?:(?:the|its|their|half|all|part|some|most|control)\\s+(?:of\\s+)?)*(\\p{Lu}[\\p{L}\\p{N}&'’.-]*(?:\\s+(?:and\\s+)?\\p{Lu}[\\p{L}\\p{N}&'’.-]*)*)`,
  "gu",
);

/**
 * Whether a sentence gives a price for a named thing other than the one asked about (`paidFor`, its words): "how much did
 * Harcourt pay for Marineland" is not answered by "Harcourt Brace has offered 220 mln dlrs for Harper and Row Publishers".
 */
function pricedForOther(sentence: string, paidFor: string[]): boolean {
  const asked = new Set(paidFor);
  const named = [...sentence.matchAll(SUM_FOR_NAMED)].map((match) => analyze(match[1]!));
  return named.length > 0 && named.every((terms) => terms.length > 0 && !terms.some((term) => asked.has(term)));
}
