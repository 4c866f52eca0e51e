import { speaksOf } from "../same-word.js";
import type { QuoteRule } from "./rule.js";

/** Words that say something was signed. */
const SIGNING = /\b(?:sign|signs|signed|signing|inked|concluded)\b/i;

export const signedRule: QuoteRule = {
  id: "signed",
  guards: "Quoting talks for a question on which agreements their sides signed, where no quote says those sides signed anything (\"which agreements did armenia and iraq sign\" answered with what they discussed).",
  stage: "quotes",
  check: ({ question, quotes, index }) => {
    const { signers } = question;
    if (!signers) return undefined;
    // The names the question gives as the signers, each named in the quote that says something was signed.
    const signedBy = (quote: (typeof quotes)[number]) => SIGNING.test(quote.text) && signers.every((name) => name.terms.every((term) => speaksOf(quote.terms, term, index.lexical)));
    return quotes.some(signedBy) ? undefined : { detail: "no quote says the sides asked about signed anything", reason: {} };
  },
};
