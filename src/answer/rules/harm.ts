import { tokenize } from "../../index/analyzer.js";
import { DEATH_WORDS } from "../../question/asks.js";
import type { QuoteRule } from "./rule.js";

/** Words of people dying or being hurt. */
const HARM_WORDS = new Set([...DEATH_WORDS, "wounded", "wounding", "injured", "injuring", "injury", "injuries", "hurt", "casualties", "casualty"]);
/**
 * Who is hurt, where the harm is people's: a frost may kill wheat, a buyback hurt a rating. Not
 * evidence.ts's words that count people alike ("jobs", "members"): "anyone" is hurt, never counted.
 */
const HURT = new Set([
  "people", "persons", "anyone", "anybody", "someone", "soldiers", "troops", "civilians", "workers", "passengers", "residents", "police", "officers", "children", "crew", "casualties", "casualty", "peacekeepers", "servicemen",
  // One of them: "which russian peacekeeper was wounded".
  "person", "soldier", "civilian", "worker", "passenger", "resident", "policeman", "officer", "child", "peacekeeper", "serviceman",
]);

export const harmRule: QuoteRule = {
  id: "harm",
  guards: "Quoting an incident for a question whether anyone was killed or hurt in it that no quote speaks of (\"were any soldiers killed in the shusha incident\" answered with the line of contact crossed).",
  stage: "quotes",
  check: ({ question, quotes }) => {
    // "How many ..." is the counted rule's.
    const words = tokenize(question.text);
    if (question.counted.length > 0 || question.answerType === "quantity" || !words.some((word) => HARM_WORDS.has(word)) || !words.some((word) => HURT.has(word))) return undefined;
    return quotes.some((quote) => tokenize(quote.text).some((word) => HARM_WORDS.has(word))) ? undefined : { detail: "the question asks who was killed or hurt and no quote says anyone was", reason: {} };
  },
};
