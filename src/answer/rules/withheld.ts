import { analyze } from "../../index/analyzer.js";
import { holdsAnswerType, reasonKeptBackIn } from "../answer-type.js";
import { statesQuantity } from "../evidence.js";
import type { QuoteRule } from "./rule.js";

/**
 * A report saying that what was asked was kept back: "declined to name the four airlines",
 * "would not give financial details", "for an undisclosed sum", "was not immediately available
 * to say who had acquired". The words after the verb are what was kept back.
 */
const KEPT_BACK =
  /\b(?:declin(?:ed|es|ing)|refus(?:ed|es|ing)|(?:would|could|did|does|do|will)\s*(?:not|n't)|(?:was|were|is|are)\s+not\s+(?:immediately\s+)?available|unavailable)\s+(?:to\s+)?(?:(name|identify)|disclose|reveal|give(?!\s+(?:up|in|way)\b)|specify|release|provide|say)\b([^.;,]*)|\b(?:was|were|has|have|had|is|are)\s+not\s+(?:been\s+)?(?:(named|identified)|disclosed|revealed|released|made public)\b|\bundisclosed\b/iu;
/** What is kept back when a figure is: "financial details", "the terms", "the price", "how much". */
const FIGURES_KEPT_BACK = /\b(?:details?|terms?|price|value|amount|sum|figures?|cost|how much|how many)\b/i;
/** What is kept back when a name is: "the names", "its identity", "who", "which". */
const NAMES_KEPT_BACK = /\b(?:names?|identity|identities|who|which)\b/i;
/** What is kept back when a time or a place is: "did not say when OPEC would be approached", "where". */
const TIME_OR_PLACE_KEPT_BACK = /^\s*(?:(when)|where)\b/i;
/** A figure the report names as kept back, before its verb: "details of fees were not immediately available", "the price was not disclosed", a table's "4th qtr figures not given". */
const FIGURE_NAMED_KEPT_BACK =
  /\b((?:[\p{L}\p{N}]+\s+){0,2}(?:details?|terms?|fees?|prices?|values?|amounts?|costs?|figures?|data)(?:\s+of\s+(?:the\s+)?[\p{L}-]+)?)\s+(?:(?:was|were|is|are|has\s+been|have\s+been)\s+)?not\s+(?:immediately\s+)?(?:available|disclosed|released|given)\b/iu;
/** Words for a deal's particulars in general, which name no one figure: "details", "terms". */
const PARTICULARS = new Set(analyze("details terms figures data financial the its their"));
/** "what were the terms of the settlement", "what are the financial details": what a report may keep back as it keeps back a price. */
const ASKS_TERMS = /^\W*what\s+(?:is|are|was|were)\s+the\s+(?:\p{L}+\s+)?(?:terms|details|price|value|amount|cost)\b/iu;
/** A question about the keeping back itself ("why did BNL decline to name the bank?") is answered by it. */
const ASKS_ABOUT_KEEPING_BACK = /\b(?:declin|refus|disclos|withh[eo]ld|secret|confidential)/i;
/** What a report goes on to say after keeping something back: "did not disclose which dealers ..., but sources said talks were held with Burns Fry Ltd". */
const BUT_CLAUSE = /\bbut\b(.*)/isu;
/** "which bank", "what price": a question for a particular, as "who" and "how much" are. */
const ASKS_WHICH = /^\W*(?:which|what)\s+(?!(?:did|does|do|is|are|was|were|has|have|had|will|would)\b)[\p{L}-]+/iu;

export const withheldRule: QuoteRule = {
  id: "withheld",
  guards: "Quoting the report of a deal for a question about what its article says was not disclosed (\"which bank is BNL buying\": \"declined to name the German institution\"; \"why did he resign\": \"No reason was given\").",
  stage: "quotes",
  check: ({ question, lead, quotes, givesFigure }) => {
    const ofTheReport = quotes.filter((quote) => quote.passage.article.id === lead.passage.article.id);
    if (question.answerType === "reason" && !ASKS_ABOUT_KEEPING_BACK.test(question.text)) {
      // "why did Terpstra resign": "No reason was given", unless the report gives one after all.
      const notTold = ofTheReport.map((quote) => reasonKeptBackIn(quote.text)).find((said) => said !== undefined);
      return notTold && !ofTheReport.some((quote) => holdsAnswerType("reason", quote.text, question.text))
        ? { detail: `the article says no reason was given: "${notTold}"`, reason: { withheld: true } }
        : undefined;
    }
    // "what were the terms of ...": a figure asked for by its kind.
    const asksFigure = question.answerType === "quantity" || ASKS_TERMS.test(question.text);
    // Any answer type but a reason asks for a particular: a person, a time, a place or a figure.
    const asksParticular = (question.answerType !== undefined && question.answerType !== "reason") || ASKS_WHICH.test(question.text) || asksFigure;
    // "what fees are being paid on the eurobond": "details of fees were not immediately available", whatever other figures the report gives.
    // Read in the lead's whole passage, quoted or not: a results table's "Note: 4th qtr figures not given" is no answer to quote.
    const namedFigure = (asksFigure || givesFigure) && !ASKS_ABOUT_KEEPING_BACK.test(question.text) ? FIGURE_NAMED_KEPT_BACK.exec(lead.passage.chunk.text) : null;
    if (namedFigure && analyze(namedFigure[1]!).some((term) => question.terms.includes(term) && !PARTICULARS.has(term))) {
      return { detail: `the article says what was asked was not disclosed: "${namedFigure[0]}"`, reason: { withheld: true } };
    }
    if (!asksParticular || ASKS_ABOUT_KEEPING_BACK.test(question.text)) return undefined;
    const asked = new Set(question.terms);
    const keptBack = quotes.flatMap((quote) => {
      const match = quote.passage.article.id === lead.passage.article.id ? KEPT_BACK.exec(quote.text) : null;
      if (!match) return [];
      const [said, namingVerb, object, namedPassive] = match;
      // "declined to give the size of the price drops but said ...": what was kept back ends at the clause.
      const what = object?.split(/\b(?:but|and|although|though|while)\b/)[0];
      const timeOrPlace = what === undefined ? null : TIME_OR_PLACE_KEPT_BACK.exec(what);
      // "By how much will Ecuador ask OPEC ...?" is not kept back by "did not say when OPEC would be approached".
      if (timeOrPlace) return question.answerType === (timeOrPlace[1] ? "time" : "place") ? [said.trim()] : [];
      const keeps = what === undefined ? (namedPassive ? "name" : "figure") : namingVerb || NAMES_KEPT_BACK.test(what) ? "name" : FIGURES_KEPT_BACK.test(what) ? "figure" : "thing";
      // "The export companies were not identified, but the sales included computers made by Digital Equipment Co": a name kept back, then given.
      const goesOn = BUT_CLAUSE.exec(quote.text.slice(match.index))?.[1];
      if (keeps === "name" && goesOn && (holdsAnswerType("person", goesOn, question.text) || holdsAnswerType("body", goesOn, question.text))) return [];
      // "what is the name of the Mongkok office tower": "the 21-storey Wayfoong Plaza was likely to be sold ... but declined to identify the buyer"
      // names the thing asked and keeps back who, which the question does not ask.
      const touches = what === undefined || analyze(what).some((term) => asked.has(term));
      if (keeps === "name" && question.answerType === "name" && !touches && holdsAnswerType("name", quote.text, question.text)) return [];
      // "which cabinet minister ...?" is not kept back by "declined to give the size of the price drops".
      if (keeps !== "thing" && (keeps === "figure") !== asksFigure) return [];
      // "How many aircraft ...?" where another quote gives their number; "how much did the investors offer" where one gives a sum ("did not disclose the identity of the investors").
      // Not for the terms of a deal, which a figure of something else ("a 9.13 billion dlr judgment") does not give.
      if (question.answerType === "quantity" && quotes.some((other) => other !== quote && (givesFigure ? givesFigure(other.text) : statesQuantity(other.text)))) return [];
      return touches || keeps !== "thing" ? [said.trim()] : [];
    });
    return keptBack.length > 0 ? { detail: `the article says what was asked was not disclosed: "${keptBack[0]}"`, reason: { withheld: true } } : undefined;
  },
};
