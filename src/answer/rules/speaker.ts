import { givesSpeakerWords, quotesSpeaker } from "../attribution.js";
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
    const speaks = (quote: (typeof quotes)[number]) => givesSpeakerWords(speaker, { text: quote.text, article: quote.passage.article }, index.lexical);
    // Or a quotation in an article that gives the speaker words: "“... after the meeting in Sochi last October, ...”", the press service quoted him.
    const said = (quote: (typeof quotes)[number]) => speaks(quote) || (/["“”]/.test(quote.text) && quotes.some((other) => other.passage.article.id === quote.passage.article.id && speaks(other)));
    const onTopic = quotes.some((quote) => said(quote) && topic.every((name) => name.terms.every((term) => speaksOf(quote.terms, term, index.lexical))));
    return onTopic ? undefined : { detail: `no quote gives words of ${speaker.name} on ${topic.map((name) => name.name).join(", ")}`, reason: { speaker } };
  },
};
