import { quotesSpeaker } from "../attribution.js";
import type { QuoteRule } from "./rule.js";

export const speakerRule: QuoteRule = {
  id: "speaker",
  guards: "Quoting a passage that mentions someone for a question about what they said (\"What did Iraq say ...?\") without giving them any words.",
  stage: "quotes",
  check: ({ question: { speaker }, quotes, index }) => {
    if (!speaker || quotesSpeaker(speaker, quotes.map((quote) => ({ text: quote.text, article: quote.passage.article })), index.lexical)) return undefined;
    return { detail: `no quote gives words to ${speaker.name}`, reason: { speaker } };
  },
};
