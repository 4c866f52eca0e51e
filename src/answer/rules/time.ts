import { givesDate, givesDuration, holdsAnswerType, holdsTimeAhead } from "../answer-type.js";
import { LENGTH_UNIT } from "../../question/asks.js";
import type { QuoteRule } from "./rule.js";

/** A length, which "how long is it" may ask of a thing: "18 miles", "a 40-km pipeline". */
const LENGTH = new RegExp(`\\b\\d[\\d,.]*[\\s-]+(?:${LENGTH_UNIT}|feet|foot|yards?)\\b`, "i");

export const timeRule: QuoteRule = {
  id: "time",
  guards: "Quoting sentences that give no date or time, or none ahead of the article, for a question that asks when (\"when will the parliament vote ...\" answered with what the court decided last week), or no span of time for one that asks how long.",
  stage: "quotes",
  check: ({ question, quotes, shown }) => {
    // "how long did the ibp strike last" is not answered by the vote to strike and the plant's reopening; a span shown below
    // the quotes leads the answer. "How long is it" may ask a pipeline's length ("18 miles").
    if (question.answerType === "duration" && !shown.some((quote) => givesDuration(quote.text) || LENGTH.test(quote.text))) {
      return { detail: "the question asks how long and the quotes give no span of time", reason: { span: true } };
    }
    if (question.answerType !== "time") return undefined;
    if (!quotes.some((quote) => holdsAnswerType("time", quote.text, question.text))) return { detail: "the question asks when and the quotes give no time", reason: { time: true } };
    // "On what exact date did the ICC issue its warrant?" is not answered by "a week after" or "last week".
    if (question.date && !quotes.some((quote) => givesDate(quote.text))) return { detail: "the question asks for a date and the quotes give none", reason: { time: true } };
    // "When will parliament vote?" asks for a time after the article was written.
    if (question.timeAhead && !quotes.some((quote) => holdsTimeAhead(quote.text, quote.passage.article.date))) {
      return { detail: "the question asks when something will happen and the quotes give no time ahead", reason: { time: true } };
    }
    return undefined;
  },
};
