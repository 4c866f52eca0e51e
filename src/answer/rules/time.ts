import { holdsAnswerType } from "../answer-type.js";
import type { QuoteRule } from "./rule.js";

export const timeRule: QuoteRule = {
  id: "time",
  guards: "Quoting sentences that give no date or time for a question that asks when (\"when will the parliament vote ...\" answered with what the court decided).",
  stage: "quotes",
  check: ({ question, quotes }) =>
    question.answerType === "time" && !quotes.some((quote) => holdsAnswerType("time", quote.text, question.text))
      ? { detail: "the question asks when and the quotes give no time", reason: { time: true } }
      : undefined,
};
