import { MONTH_NAME, yearsIn } from "../../corpus/dates.js";
import type { QuoteRule } from "./rule.js";

export const periodRule: QuoteRule = {
  id: "period",
  guards: "Quoting another part of the year for a quarter, half or month asked with its year (\"the fourth quarter of 1986\" over the third).",
  stage: "quotes",
  check: ({ question, lead }) => {
    // An article dated in the month asked about speaks of it ("What has Pashinyan said in March
    // 2023?"), unless the quote names a time of its own: Yugo's sales "so far in 1987", reported
    // on March 3, are no sales in March.
    const namesOwnTime = yearsIn(lead.text).length > 0 || MONTH_NAME.test(lead.text);
    const datedIn = (month: string | undefined) => month !== undefined && !namesOwnTime && lead.passage.article.date?.startsWith(month);
    const missed = question.periods.filter(({ pattern, month }) => !pattern.test(lead.text) && !pattern.test(lead.passage.article.title) && !datedIn(month));
    return missed.length > 0 ? { detail: `the best quote does not speak of ${missed.map((p) => p.phrase).join(", ")}`, reason: { periods: missed.map((p) => p.phrase) } } : undefined;
  },
};
