import { statesAge, statesAmount, statesQuantity } from "../evidence.js";
import { mayGiveFigure } from "./figure-source.js";
import type { QuoteRule } from "./rule.js";

export const quantityRule: QuoteRule = {
  id: "quantity",
  guards: "Quoting sentences that give no number for a question that asks for one (\"How many peacekeepers ...?\"), no amount for \"how much\", or no age for \"how old\".",
  stage: "quotes",
  check: (reading) => {
    const { question, quotes } = reading;
    if (question.answerType !== "quantity") return undefined;
    const may = mayGiveFigure(reading);
    const states = question.age ? statesAge : question.amount ? statesAmount : statesQuantity;
    const asked = question.age ? "an age" : question.amount ? "an amount" : "a quantity";
    return quotes.some((quote) => may(quote) && states(quote.text)) ? undefined : { detail: `the question asks for ${asked} and the quotes state none`, reason: { quantity: true } };
  },
};
