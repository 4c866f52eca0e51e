import { wordsOf } from "../../index/analyzer.js";
import { speaksOf } from "../same-word.js";
import type { QuoteRule } from "./rule.js";

/** A currency by each of the names the news gives it: "stg" is sterling, "dlrs" dollars. */
const CURRENCY_OF = new Map<string, string>([
  ...["yen"].map((word) => [word, "yen"] as const),
  ...["dollar", "dollars", "dlr", "dlrs"].map((word) => [word, "dollar"] as const),
  ...["mark", "marks", "deutschemark", "deutschemarks", "dm"].map((word) => [word, "mark"] as const),
  ...["franc", "francs"].map((word) => [word, "franc"] as const),
  ...["sterling", "stg", "pound", "pounds"].map((word) => [word, "sterling"] as const),
  ...["guilder", "guilders"].map((word) => [word, "guilder"] as const),
  ...["lira", "lire"].map((word) => [word, "lira"] as const),
  ...["ecu", "ecus"].map((word) => [word, "ecu"] as const),
  ...["peseta", "pesetas"].map((word) => [word, "peseta"] as const),
  ...["krona", "kronor", "krone", "kroner", "crown", "crowns"].map((word) => [word, "crown"] as const),
  ...["schilling", "schillings"].map((word) => [word, "schilling"] as const),
]);
/** What a currency before it says a security is in: "a yen eurobond", "its swiss franc bonds", "a 1.2 billion franc issue". */
const SECURITIES = new Set(["bond", "bonds", "eurobond", "eurobonds", "issue", "issues", "loan", "loans", "notes", "note", "debentures", "offering", "placement", "paper"]);
/** At most this many words between the currency and the security ("yen step-up eurobond", "mark five-year eurobond"). */
const MOST_BETWEEN = 2;

/** The currency the question says a security is in ("whats the coupon on dow chemical's yen bond": yen), if any. */
function currencyAsked(question: string): string | undefined {
  const words = wordsOf(question).map(({ word }) => word.toLowerCase());
  const at = words.findIndex((word, i) => CURRENCY_OF.has(word) && words.slice(i + 1, i + 2 + MOST_BETWEEN).some((next) => SECURITIES.has(next)));
  return at < 0 ? undefined : CURRENCY_OF.get(words[at]!);
}

export const currencyRule: QuoteRule = {
  id: "currency",
  guards: "Quoting an issuer's bond in another currency for a question on its bond in one (\"whats the coupon on dow chemical's yen bond\" answered with its Swiss franc bonds).",
  stage: "quotes",
  check: ({ question, quotes, index }) => {
    // "Who insures the pool backing Salomon's sterling notes": the currency only describes what the question asks about.
    const currency = question.answerType === "person" || question.answerType === "body" ? undefined : currencyAsked(question.text);
    if (!currency) return undefined;
    // The quote that names the issuer the question names gives the security in that currency.
    const inCurrency = (quote: (typeof quotes)[number]) =>
      wordsOf(quote.text).some(({ word }) => CURRENCY_OF.get(word.toLowerCase()) === currency) &&
      question.names.every((name) => name.terms.every((term) => speaksOf(quote.terms, term, index.lexical)));
    return quotes.some(inCurrency) ? undefined : { detail: `no quote gives the ${currency} security asked about`, reason: {} };
  },
};
