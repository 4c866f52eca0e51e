import { formsOfAct, pastSaysDone } from "../../question/acts-done.js";
import type { QuoteRule } from "./rule.js";

/**
 * What a report says before the fact: what will, could or is expected to happen, what is
 * planned, proposed, recommended or sought, what can happen if something else does, a bid
 * joined or still made ("the group which is bidding for control of TF1"). Not talks, offers
 * or proposals as nouns: "offered ... to continue negotiations ..., but the Armenians refused"
 * reports how it turned out.
 */
const PROSPECT = /\b(?:will|would|could|should|may|might|shall|expects?|expected|expecting|plans?|planned|planning|propos(?:e|es|ed)|seeks?|seeking|hopes?|considering|intends?|scheduled|due to|set to|is to|are to|was to|next (?:week|month|year)|faces?|facing|recommend(?:s|ed|ing)?|urg(?:e|es|ed|ing)|can be|if|(?:on|in) a bid|(?:is|are) bidding)\b/gi;

/** Whether a text speaks before the fact; a word capitalised past its start is a name's ("Plan Cell Research Institute", "in May"). */
const speaksAhead = (text: string) => [...text.matchAll(PROSPECT)].some((m) => m.index === 0 || !/^\p{Lu}/u.test(m[0]));

/**
 * An agreement, decision, sentence or win reported as made: "Gemayel has agreed to three key points in a new ... plan",
 * "the Alliance won a surprise victory ..., a result it hopes to repeat".
 */
const SETTLED = /\b(?:agreed|decided|approved|signed|concluded|sentenced|convicted|acquitted|passed|overturned|ratified|rejected|upheld|adopted|voted|settled|won|beat|defeated)\b/i;

/** Words before an act that put it to come: "the possible signing", "promised to declassify", "may call". */
const AHEAD = new RegExp(`${PROSPECT.source}|\\b(?:promis(?:e|es|ed)|pledg(?:e|es|ed)|vow(?:s|ed)?|possible|potential|planned|future|upcoming|ahead of|prospect of|wants? to|wanted to|ready to|agreed to)\\b`, "i");
const lastWords = (text: string, count: number) => text.split(/\s+/).slice(-count).join(" ");

/** Whether the quotes speak of an act as to come ("the possible signing", "promised to declassify", "may call") and never as done. */
function onlyAhead(act: string, texts: string[]): boolean {
  const { past, other } = formsOfAct(act);
  const forms = new RegExp(`\\b(?:${[past, ...other].join("|")})\\b(?!-)`, "gi");
  let ahead = false;
  for (const text of texts) {
    for (const m of text.matchAll(forms)) {
      const before = text.slice(0, m.index);
      const toCome = AHEAD.test(lastWords(before, 4));
      if (m[0].toLowerCase() === past && !toCome && pastSaysDone(before)) return false;
      ahead ||= toCome;
    }
  }
  return ahead;
}

export const outcomeRule: QuoteRule = {
  id: "outcome",
  guards: "Quoting what was expected or proposed for a question about how it turned out (\"what sentence did Warner end up getting\" answered with the maximum he could receive), or an act still to come for one that takes it as done (\"what was in the peace treaty signed in washington\": \"the possible signing\").",
  stage: "quotes",
  check: ({ question, lead, quotes }) => {
    if (question.outcome && speaksAhead(lead.text) && !SETTLED.test(lead.text)) return { detail: "the question asks how it turned out and the best quote speaks of what was expected", reason: { outcome: true } };
    if (speaksAhead(question.text)) return undefined;
    const ahead = question.actsDone.find((act) => onlyAhead(act, quotes.map((quote) => quote.text)));
    return ahead ? { detail: `the question takes it as done and the quotes speak of it only as to come ("${ahead}")`, reason: { outcome: true } } : undefined;
  },
};
