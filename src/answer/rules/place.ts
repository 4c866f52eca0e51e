import { articleDateline } from "../../corpus/dateline.js";
import { openingOf } from "../../index/corpus-index.js";
import { placesMissedBy } from "../setting.js";
import type { QuoteRule } from "./rule.js";

export const placeRule: QuoteRule = {
  id: "place",
  guards: "Quoting what happened elsewhere for a question set in a place (\"Why did the Czech delegation visit Baku?\" over its visit to Yerevan).",
  stage: "quotes",
  check: ({ question, lead, quotes, index }) => {
    const missed = placesMissedBy(question.settings, lead, quotes, articleDateline(openingOf(index, lead.passage.article.id)), index.lexical);
    return missed.length > 0 ? { detail: `the best quote is not set ${missed.map((p) => p.phrase).join(", ")}`, reason: { places: missed.map((p) => p.phrase) } } : undefined;
  },
};
