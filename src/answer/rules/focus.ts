import { tokenize } from "../../index/analyzer.js";
import type { QuoteRule } from "./rule.js";

export const focusRule: QuoteRule = {
  id: "focus",
  guards: "Quoting sentences that never name what \"who is the ...\" or \"what is the ...\" asks for (\"who was the captain of the ferry\" answered with the ferry's owner).",
  stage: "quotes",
  check: ({ question: { focus }, quotes, sameThing }) =>
    focus.length > 0 && !quotes.some((quote) => tokenize(quote.text).some((word) => focus.some((asked) => sameThing(asked, word))))
      ? { detail: `no quote names the ${focus.join(" ")} asked for`, reason: {} }
      : undefined,
};
