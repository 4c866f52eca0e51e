import { speaksOf } from "../same-word.js";
import type { QuoteRule } from "./rule.js";

/** "which agreements did armenia and iraq sign", "what deals has X signed": the signers stand between the verb and "sign". */
const ASKS_SIGNED =
  /^\W*(?:what|which)\s+(?:[\p{L}-]+\s+){0,2}?(?:agreements?|deals?|contracts?|accords?|treaty|treaties|memorand\w*|documents?|pacts?)\s+(?:did|do|does|will|have|has|had)\s+([^,;?]+?)\s+sign(?:ed)?\b/iu;
/** Words that say something was signed. */
const SIGNING = /\b(?:sign|signs|signed|signing|inked|concluded)\b/i;

export const signedRule: QuoteRule = {
  id: "signed",
  guards: "Quoting talks for a question on which agreements their sides signed, where no quote says those sides signed anything (\"which agreements did armenia and iraq sign\" answered with what they discussed).",
  stage: "quotes",
  check: ({ question, quotes, index }) => {
    const signers = ASKS_SIGNED.exec(question.cased)?.[1]?.toLowerCase();
    if (!signers) return undefined;
    // The names the question gives as the signers, each named in the quote that says something was signed.
    const named = question.names.filter((name) => signers.includes(name.name.toLowerCase()));
    const signedBy = (quote: (typeof quotes)[number]) => SIGNING.test(quote.text) && named.every((name) => name.terms.every((term) => speaksOf(quote.terms, term, index.lexical)));
    return quotes.some(signedBy) ? undefined : { detail: "no quote says the sides asked about signed anything", reason: {} };
  },
};
