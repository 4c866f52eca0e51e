/**
 * What a question asks for: a quantity ("how many", "what is the population"), a reason, a
 * person, a time or a place. An answer's first quote is the one that holds it.
 */

const ASKS_QUANTITY = /^\W*(?:how\s+(?:many|much)|what(?:['’]s|\s+(?:is|was|are|were))\s+the\s+(?:population|number|price|cost|amount|size|value|total))\b/i;

/** Whether the question asks for a quantity ("how many", "what is the population"). */
export function asksQuantity(question: string): boolean {
  return ASKS_QUANTITY.test(question);
}

export type AnswerType = "reason" | "person" | "time" | "place" | "quantity";

const ASKS: [AnswerType, RegExp][] = [
  ["reason", /^\W*(?:why\b|for what reason\b|what (?:was|is|were|are) the reasons? (?:for|behind|of)\b|how come\b)/i],
  ["person", /^\W*(?:who(?:m|se)?\b|which (?:official|minister|president|leader|diplomat|ambassador|politician|person|people|spokes\w*|envoy|journalist|analyst|expert)s?\b)/i],
  ["time", /^\W*(?:when\b|what (?:date|day|time|year|month)\b|on what (?:date|day)\b|since when\b)/i],
  ["place", /^\W*(?:where\b|in (?:which|what) (?:city|country|place|district|region|town|village|capital)\b|which (?:city|country|place|district|region|town|village|capital)\b)/i],
];

export function answerTypeOf(question: string): AnswerType | undefined {
  if (asksQuantity(question)) return "quantity";
  return ASKS.find(([, asks]) => asks.test(question))?.[0];
}
