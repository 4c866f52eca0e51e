import { tokenize } from "../../index/analyzer.js";
import { isOffice } from "../../question/asks.js";
import { namesHead } from "../../question/offices.js";
import { speaksOf } from "../same-word.js";
import type { QuoteRule } from "./rule.js";

export const focusRule: QuoteRule = {
  id: "focus",
  guards: "Quoting sentences that never name what \"who is the ...\" or \"what is the ...\" asks for (\"who was the captain of the ferry\" answered with the ferry's owner).",
  stage: "quotes",
  // The quote that names it names what it belongs to as well: "the capital of France" is not Azerbaijan's.
  check: ({ question: { focus, focusNames }, quotes, sameThing, index }) =>
    focus.length > 0 &&
    !quotes.some(
      (quote) =>
        // Whoever heads a body holds a title or a post of its own: "the head of the party" is its president, "the agency's head" its
        // Director ("the chief executive" is no head).
        tokenize(quote.text).some((word) => focus.some((asked) => sameThing(asked, word) || (asked === focus.at(-1) && namesHead(asked) && isOffice(word.toLowerCase())))) &&
        focusNames.every((name) => name.terms.every((term) => speaksOf(quote.terms, term, index.lexical))),
    )
      ? { detail: `no quote names the ${focus.join(" ")} asked for`, reason: {} }
      : undefined,
};
