import { MONTH_NAME, MONTH_NAMES, partOfYearPhrase, partsOfYearIn, saysLastMonth, yearsIn, type Period } from "../../corpus/dates.js";
import type { Quote } from "../quotes.js";
import { countsAMeasure } from "../evidence.js";
import { tokenize } from "../../index/analyzer.js";
import { periodIn } from "../passage-names.js";
import type { QuoteRule } from "./rule.js";

const MONTHS_NAMED = new RegExp(MONTH_NAME.source, "g");

/**
 * Whether a text names a month other than a date set a few months ahead of its report: Bowne's split "payable May 10 to
 * holders of record April 17", reported March 11, was declared in March; "its February sales" speak of February.
 */
function namesMonthNotSetAhead(text: string, date: string | null): boolean {
  const reported = Number(date?.slice(5, 7));
  return [...text.matchAll(MONTHS_NAMED)].some((match) => {
    const ahead = (MONTH_NAMES.indexOf(match[0]) + 1 - reported + 12) % 12;
    return !reported || ahead === 0 || ahead > 4;
  });
}

export const periodRule: QuoteRule = {
  id: "period",
  guards: "Quoting another part of the year for a quarter, half or month asked about (\"the fourth quarter of 1986\" over the third, \"its February sales\" for January's).",
  stage: "quotes",
  check: ({ question, lead, first, quotes }) => {
    // An article dated in the month asked about speaks of it ("What has Pashinyan said in March
    // 2023?"), unless the quote names a time of its own: Yugo's sales "so far in 1987", reported
    // on March 3, are no sales in March.
    const speaksOf = (quote: Quote, { pattern, month }: Period) => {
      const namesOwnTime = yearsIn(quote.text).length > 0 || namesMonthNotSetAhead(quote.text, quote.passage.article.date);
      const datedIn = month !== undefined && !namesOwnTime && quote.passage.article.date?.startsWith(month);
      return pattern.test(quote.text) || pattern.test(quote.passage.article.title) || datedIn || saysLastMonth(quote.text, quote.passage.article.date, month);
    };
    // A question on several reports ("how did russia push back on both azerbaijan and armenia in
    // late march 2023") is answered by each report's quote, not the best one's alone.
    const read = question.acrossReports ? quotes : [lead];
    // The quote put first for what the question asks (a figure) may be the one that names the time, with its year or in a
    // report of that year: "94,000 jobless in February ... against 120,000 ... in February 1986", reported in March 1987.
    const firstNames = (period: Period) => periodIn(period, first.text, first.passage.article.date);
    // A period that names one item of a list ("... - fifth column claims, the nov 2020 truce etc") dates that item, not
    // what the best quote, on another, says.
    const ofAnItem = (period: Period) => question.itemsListed.some((item) => period.pattern.test(item) && yearsIn(item).includes(period.year));
    const missed = question.periods.filter((period) => !read.some((quote) => speaksOf(quote, period)) && !firstNames(period) && !ofAnItem(period));
    // Asked without its year, a part of the year is missed where the best quote names another of its kind and no quote
    // names it, nor is its report dated in it: "tandy's january sales" is not "its February sales".
    const inLead = partsOfYearIn(`${lead.passage.article.title} ${lead.text}`);
    const named = quotes.flatMap((quote) => partsOfYearIn(quote.text));
    // Another part named beside the best quote in its report: Woolworth's year's income, quoted
    // beside its fourth quarter's, is no first quarter's.
    const namedByLeadsReport = quotes.filter((quote) => quote.passage.article.id === lead.passage.article.id).flatMap((quote) => partsOfYearIn(quote.text));
    // A report dated in the month asked about may speak of it without naming it, but not of a
    // month's measure where it gives another month's: a report of March gives "February sales", not March's,
    // whether the question counts them or names them ("what was malaysian palm kernel output in march").
    const asksMeasure = countsAMeasure([...question.counted, ...tokenize(question.text)]);
    const leadMonth = asksMeasure ? undefined : Number(lead.passage.article.date?.slice(5, 7));
    const contradicted = question.partsOfYear.filter(
      (asked) =>
        [...inLead, ...namedByLeadsReport].some((part) => part.kind === asked.kind) &&
        ![...inLead, ...named].some((part) => part.kind === asked.kind && part.which === asked.which) &&
        !(asked.kind === "month" && asked.which === leadMonth),
    );
    if (missed.length === 0 && contradicted.length > 0) {
      return { detail: `the best quote speaks of another ${contradicted[0]!.kind} than the one asked about`, reason: { periods: contradicted.map(partOfYearPhrase) } };
    }
    return missed.length > 0 ? { detail: `the best quote does not speak of ${missed.map((p) => p.phrase).join(", ")}`, reason: { periods: missed.map((p) => p.phrase) } } : undefined;
  },
};
