import { statesAmount, statesOnScale, statesQuantity } from "../evidence.js";
import { mayGiveFigure } from "./figure-source.js";
import type { QuoteRule } from "./rule.js";

export const quantityRule: QuoteRule = {
  id: "quantity",
  guards: "Quoting sentences that give no number for a question that asks for one (\"How many peacekeepers ...?\"), no amount for \"how much\", or no figure on the scale asked (an age for \"how old\", a magnitude for an earthquake, a tally for \"how did the judges vote\").",
  stage: "quotes",
  check: (reading) => {
    const { question, quotes } = reading;
    const { scaleAsked } = question;
    if (question.answerType !== "quantity" && !scaleAsked) return undefined;
    const may = mayGiveFigure(reading);
    const states = scaleAsked ? (text: string) => statesOnScale(scaleAsked, text) : question.amount ? statesAmount : statesQuantity;
    const asked = scaleAsked ? `a figure of ${scaleAsked}` : question.amount ? "an amount" : "a quantity";
    return quotes.some((quote) => may(quote) && states(quote.text)) ? undefined : { detail: `the question asks for ${asked} and the quotes state none`, reason: { quantity: true } };
  },
};
