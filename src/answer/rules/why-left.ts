import { holdsAnswerType } from "../answer-type.js";
import type { QuoteRule } from "./rule.js";

/**
 * Reports of a resignation or a closure often give no reason: "replacing Marvin W. Griffin Jr.,
 * who resigned effective today". A reason rule for every "why" refused too many answerable
 * questions (reasons are given in too many ways); for leaving, the reason is said in the few
 * ways the quote test reads ("to avoid a conflict of interests", "as a result of changes").
 */
export const whyLeftRule: QuoteRule = {
  id: "why-left",
  guards: "Quoting that someone resigned or a business closed for a question that asks why, where no quote gives a reason (\"why did Marvin Griffin resign\": \"who resigned effective today\").",
  stage: "quotes",
  // The reason may be a sentence shown beside the quotes ("It said he left the board to avoid a conflict of interests").
  check: ({ question, shown }) =>
    question.whyLeftAsked && !shown.some((quote) => holdsAnswerType("reason", quote.text, question.text))
      ? { detail: "the question asks why someone left or a business closed and the quotes give no reason", reason: { cause: true } }
      : undefined,
};
