import type { QuoteRule } from "./rule.js";

/**
 * What a report says before the fact: what will, could or is expected to happen, what is
 * planned, proposed, recommended or sought, what can happen if something else does, a bid
 * joined. Not talks, offers or proposals as nouns: "offered ... to continue negotiations ...,
 * but the Armenians refused" reports how it turned out.
 */
const PROSPECT = /\b(?:will|would|could|should|may|might|shall|expects?|expected|expecting|plans?|planned|planning|propos(?:e|es|ed)|seeks?|seeking|hopes?|considering|intends?|scheduled|due to|set to|is to|are to|was to|next (?:week|month|year)|faces?|facing|recommend(?:s|ed|ing)?|urg(?:e|es|ed|ing)|can be|if|(?:on|in) a bid)\b/i;

/** An agreement, decision or sentence reported as made: "Gemayel has agreed to three key points in a new ... plan". */
const SETTLED = /\b(?:agreed|decided|approved|signed|concluded|sentenced|convicted|acquitted|passed|overturned|ratified|rejected|upheld|adopted|voted|settled)\b/i;

export const outcomeRule: QuoteRule = {
  id: "outcome",
  guards: "Quoting what was expected or proposed for a question about how it turned out (\"what sentence did Warner end up getting\" answered with the maximum he could receive).",
  stage: "quotes",
  check: ({ question, lead }) =>
    question.outcome && PROSPECT.test(lead.text) && !SETTLED.test(lead.text)
      ? { detail: "the question asks how it turned out and the best quote speaks of what was expected", reason: { outcome: true } }
      : undefined,
};
