import { givesWordsTo, quotesSpeaker } from "../attribution.js";
import { speaksOf } from "../same-word.js";
import type { QuoteRule } from "./rule.js";

export const speakerRule: QuoteRule = {
  id: "speaker",
  guards: "Quoting a passage that mentions someone for a question about what they said (\"What did Iraq say ...?\") without giving them any words, or words on another matter.",
  stage: "quotes",
  check: ({ question, quotes, index }) => {
    const { speaker } = question;
    if (!speaker) return undefined;
    const refusal = { detail: `no quote gives words to ${speaker.name}`, reason: { speaker } };
    if (!quotesSpeaker(speaker, quotes.map((quote) => ({ text: quote.text, article: quote.passage.article })), index.lexical)) return refusal;
    // "What did Kvien say about the Zangezur corridor?": her words must speak of the names asked about, not of the Lachin corridor.
    // The topic runs to the end of its clause: "..., and who echoed him" asks another thing.
    const about = /\babout\b(.*?)(?:[,;?]|\band\s+(?:what|who|whom|how|when|where|why|which)\b|$)/i.exec(question.cased)?.[1] ?? "";
    const topic = question.typedNames.filter((name) => about.includes(name.name) && !name.terms.some((term) => speaker.terms.includes(term)));
    if (topic.length === 0) return undefined;
    const onTopic = quotes.some((quote) => givesWordsTo(speaker.terms, quote.text, index.lexical) && topic.every((name) => name.terms.every((term) => speaksOf(quote.terms, term, index.lexical))));
    return onTopic ? undefined : { detail: `no quote gives words of ${speaker.name} on ${topic.map((name) => name.name).join(", ")}`, reason: { speaker } };
  },
};
