import { statesQuantity } from "../evidence.js";
import type { QuoteRule } from "./rule.js";

export const quantityRule: QuoteRule = {
  id: "quantity",
  guards: "Quoting sentences that give no number for a question that asks for one (\"How many peacekeepers ...?\").",
  stage: "quotes",
  check: ({ question, quotes }) =>
    question.answerType === "quantity" && !quotes.some((quote) => statesQuantity(quote.text)) ? { detail: "the question asks for a quantity and the quotes state none", reason: { quantity: true } } : undefined,
};
