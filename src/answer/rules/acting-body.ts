import { tokenize } from "../../index/analyzer.js";
import type { QuoteRule } from "./rule.js";

export const actingBodyRule: QuoteRule = {
  id: "acting-body",
  guards: "Quoting what others did for a question on what a body did (\"when did armenia's parliament vote to ratify the rome statute\" answered with the Constitutional Court's ruling).",
  stage: "quotes",
  check: ({ question: { actingBody }, quotes, sameThing }) =>
    actingBody !== undefined && !quotes.some((quote) => tokenize(quote.text).some((word) => sameThing(actingBody, word)))
      ? { detail: `no quote names the ${actingBody} asked about`, reason: {} }
      : undefined,
};
