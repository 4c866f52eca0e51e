import type { QuoteRule } from "./rule.js";

export const actRule: QuoteRule = {
  id: "act",
  guards: "Quoting, for a question whether someone did something, sentences that never speak of that act (\"did the netherlands expel the azerbaijani ambassador\" answered with his summoning).",
  stage: "quotes",
  check: ({ question, shown, saysAct }) =>
    saysAct && !shown.some(saysAct) ? { detail: `no quote speaks of the act asked about ("${question.act}")`, reason: {} } : undefined,
};
