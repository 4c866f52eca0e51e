import { isLegalForm, names } from "../../question/names.js";
import type { QuestionReading } from "../../question/reading.js";
import type { QuoteRule } from "./rule.js";

/** A sale to someone, named or described: "the sale of BankAmerica Finance Ltd to <Bank of Ireland>", "to sell ... to a group of South African investors". */
const SOLD_TO = /\b(?:sell|sells|selling|sold|sale)\b[^;]*?\bto\s+(?:(?:the\s+)?<?\p{Lu}|(?:a|an|its)\s+\p{L})/u;
/** Bought by someone: "to be acquired by Glendale Federal". */
const BOUGHT_BY = /\b(?:bought|acquired|purchased|taken\s+over)\s+by\s+(?:the\s+)?<?\p{Lu}/u;
/** The buyer named as such: "the buyer is <BAC Inc>". */
const BUYER_IS = /\bbuyers?\s+(?:is|was|are|were|will\s+be)\s+(?:the\s+)?<?\p{Lu}/u;
/** Someone buying, whose name stands before the verb: "Tonka Corp said it agreed to buy". */
const BUYS = /\b(?:buy|buys|buying|bought|acquire|acquires|acquiring|acquired|acquisition|purchase|purchases|purchasing|purchased)\b/i;

/**
 * For a question that asks who is buying something: whether a sentence names a buyer. A name
 * before a verb of buying counts only in a sentence that names the seller or what is sold as
 * the question does, and not the names the question gives ("AMAX Inc said it has accepted
 * offers to buy ..."). Undefined when the question asks no such thing.
 */
export function namesBuyerFor(question: Pick<QuestionReading, "buyerAsked" | "names">): ((sentence: { text: string; terms: Set<string> }) => boolean) | undefined {
  if (!question.buyerAsked) return undefined;
  const asked = new Set(question.names.flatMap((name) => name.terms));
  const ofSale = (terms: Set<string>) => question.names.length === 0 || question.names.some((name) => name.terms.every((term) => terms.has(term)));
  return ({ text, terms }) => {
    if (SOLD_TO.test(text) || BOUGHT_BY.test(text) || BUYER_IS.test(text)) return true;
    const verb = BUYS.exec(text);
    return verb !== null && ofSale(terms) && names(text.slice(0, verb.index)).some((name) => name.terms.some((term) => !asked.has(term) && !isLegalForm(term)));
  };
}

export const buyerRule: QuoteRule = {
  id: "buyer",
  guards: "Quoting a sale that names no buyer for a question on who is buying (\"who bought video display's cable tv business\": \"agreement to sell its existing cable television business for undisclosed terms\").",
  stage: "quotes",
  check: ({ quotes, namesBuyer }) => (!namesBuyer || quotes.some(namesBuyer) ? undefined : { detail: "no quote names who is buying", reason: {} }),
};
