import { toTerm } from "../../index/analyzer.js";
import { countWritings } from "../../question/asks.js";
import type { QuoteRule } from "./rule.js";

/** A list after a colon, or items counted off in turn ("first, ... and, second, ..."). */
const LIST_OPENS = /:\s*\S|\b(?:first(?:ly)?|1\))[\s\S]*\b(?:second(?:ly)?|2\))/i;
const ITEM_SEPARATOR = /,|;|\band\b/gi;

/** Whether a sentence lists `count` items: after a colon, counted off, or with as many separators as the list needs. */
export function listsItems(sentence: string, count: number): boolean {
  return LIST_OPENS.test(sentence) || (sentence.match(ITEM_SEPARATOR)?.length ?? 0) >= count - 1;
}

export const itemsRule: QuoteRule = {
  id: "items",
  guards: "Quoting that there are five principles, or a list of two approaches, for a question that asks what the five principles are.",
  stage: "quotes",
  check: ({ question, quotes }) => {
    const asked = question.itemsAsked;
    if (!asked) return undefined;
    // The list is of the things asked for: it names them or their number, in words or digits ("two approaches: first, ..."
    // for "the 2 pillars").
    const count = new RegExp(`\\b(?:${countWritings(asked.count).join("|")})\\b`, "i");
    const noun = toTerm(asked.noun);
    const listed = quotes.some((quote) => listsItems(quote.text, asked.count) && (count.test(quote.text) || (noun !== null && quote.terms.has(noun))));
    return listed ? undefined : { detail: `the question asks for a list of ${asked.count} ${asked.noun} and no quote lists them`, reason: { list: true } };
  },
};
