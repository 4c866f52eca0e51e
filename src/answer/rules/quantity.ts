import { termOf } from "../../index/analyzer.js";
import { statesQuantity } from "../evidence.js";
import type { QuoteRule } from "./rule.js";

export const quantityRule: QuoteRule = {
  id: "quantity",
  guards: "Quoting sentences that give no number for a question that asks for one (\"How many peacekeepers ...?\"), or give one only for something else than it counts (\"how many tanks\" over \"65 km\").",
  stage: "quotes",
  check: ({ question, quotes }) => {
    if (question.answerType !== "quantity") return undefined;
    const counted = question.counted.flatMap((word) => termOf(word) ?? []);
    // The number must stand beside one of the words for what is counted.
    const counts = (quote: (typeof quotes)[number]) => statesQuantity(quote.text) && (counted.length === 0 || counted.some((term) => quote.terms.has(term)));
    const what = counted.length > 0 ? ` of ${question.counted.join(" ")}` : "";
    return quotes.some(counts) ? undefined : { detail: `the question asks for a quantity${what} and the quotes state none`, reason: { quantity: true } };
  },
};
