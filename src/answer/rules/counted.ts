import { mayGiveFigure } from "./figure-source.js";
import type { QuoteRule } from "./rule.js";

export const countedRule: QuoteRule = {
  id: "counted",
  guards: "Quoting a figure of something else for a question that asks how many of a thing (\"how many Kurds live in Armenia\" answered with \"two approaches\"), or of another period (February's trucks with the year to date's).",
  stage: "quotes",
  check: (reading) => {
    const { question, quotes, givesFigure } = reading;
    const may = mayGiveFigure(reading);
    return givesFigure && !quotes.some((quote) => may(quote) && givesFigure(quote.text))
      ? { detail: `no quote gives a figure of ${question.counted.join(" ")}`, reason: { quantity: true } }
      : undefined;
  },
};
