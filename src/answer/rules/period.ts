import type { QuoteRule } from "./rule.js";

export const periodRule: QuoteRule = {
  id: "period",
  guards: "Quoting another part of the year for a quarter, half or month asked with its year (\"the fourth quarter of 1986\" over the third).",
  stage: "quotes",
  check: ({ question, lead }) => {
    // An article dated in the month asked about speaks of it ("What has Pashinyan said in March 2023?").
    const missed = question.periods.filter(
      ({ pattern, month }) => !pattern.test(lead.text) && !pattern.test(lead.passage.article.title) && !(month && lead.passage.article.date?.startsWith(month)),
    );
    return missed.length > 0 ? { detail: `the best quote does not speak of ${missed.map((p) => p.phrase).join(", ")}`, reason: { periods: missed.map((p) => p.phrase) } } : undefined;
  },
};
