import type { QuoteRule } from "./rule.js";

/** Words that say it stopped: "reopened", "ended", "was lifted", "came to an end". */
const STOPPED = /\b(?:reopen|reopens|reopened|reopening|ended|ends|lifted|expired|called off|came to an end|is over|was over)\b/i;

export const endedRule: QuoteRule = {
  id: "ended",
  guards: "Quoting that something goes on for a question on when it ended (\"when was the lachin corridor reopened\" answered with \"has been blocked since 12 December 2022\").",
  stage: "quotes",
  check: ({ question, quotes }) =>
    question.endAsked && !quotes.some((quote) => STOPPED.test(quote.text)) ? { detail: "the question asks when it ended and no quote says it did", reason: {} } : undefined,
};
