import { calendarDaysIn, DAY_PATTERN } from "../../corpus/dates.js";
import type { QuoteRule } from "./rule.js";

/** A question about what happened: "did", "was", or a verb of what came of something ("won", "paid", "sentenced"). */
const ASKS_PAST = /\b(?:did|was|were|had|won|paid|died|sold|bought|signed|approved|passed|confirmed|elected|sentenced|agreed|decided|replaced|ended)\b/i;
/** A day something is set for, not one it happened on: "what dollar rate did the central bank set for March 6". */
const SET_FOR_DAY = new RegExp(`\\bfor\\s+(?:${DAY_PATTERN.source})`, "gi");
/** A question about what is to come, which a report may give before it happens. */
const ASKS_AHEAD = /\b(?:will|would|going to|gonna|scheduled|expected|due|set to|plann?(?:ed|ing|s)?|upcoming)\b/i;

export const afterReportRule: QuoteRule = {
  id: "after-report",
  guards: "Quoting a report on what was to happen for a question on what did happen on a later day or month (\"how much did Nordbanken pay at the March 16 auction\" from a report of March 6).",
  stage: "quotes",
  check: ({ question, lead }) => {
    const { date } = lead.passage.article;
    if (!date || date.length < 10 || !ASKS_PAST.test(question.text) || ASKS_AHEAD.test(question.text)) return undefined;
    const day = date.slice(0, 10);
    // A month asked with its year that begins after the report: "the stimulus package Japan announced in April 1987", from
    // a report of March 1987 that says Japan has until April to show one.
    const months = question.periods.map((period) => period.month);
    if (months.length > 0 && months.every((month) => month !== undefined && month > day.slice(0, 7))) {
      return { detail: `the report was written on ${day}, before the month asked about`, reason: { outcome: true } };
    }
    if (question.days.length === 0) return undefined;
    // Days of the report's own year: a question that names another year is the year rules' to weigh.
    if (question.years.some((year) => year !== date.slice(0, 4))) return undefined;
    const setFor = new Set([...question.text.matchAll(SET_FOR_DAY)].flatMap((match) => calendarDaysIn(match[0])));
    if (question.days.every((asked) => setFor.has(asked))) return undefined;
    const written = Date.parse(day);
    return question.days.every((asked) => comesAfter(asked, written)) ? { detail: `the report was written on ${day}, before the day asked about`, reason: { outcome: true } } : undefined;
  },
};

/** A day named without its year is the one nearest the report: within half a year after it, it is still to come. */
const HALF_YEAR_MS = 182 * 24 * 60 * 60 * 1000;

/** Whether the day ("03-16") comes after the report of `written`: "March 16" in a report of March 6, not "the year ended December 31". */
function comesAfter(day: string, written: number): boolean {
  const named = Date.parse(`${new Date(written).getUTCFullYear()}-${day}`);
  return named > written && named - written <= HALF_YEAR_MS;
}
