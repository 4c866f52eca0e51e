import { tokenize } from "../../index/analyzer.js";
import type { QuoteRule } from "./rule.js";

/**
 * Bodies a question names by what they do, which reports name by what they are: "connecticut regulators" are "the
 * Connecticut Department of Public Utility Control", "the state utility commission".
 */
const NAMED_AS: Record<string, string[]> = {
  regulators: ["regulator", "regulatory", "commission", "agency", "authority", "board", "department"],
  lawmakers: ["parliament", "congress", "senate", "house", "legislature", "assembly", "deputies", "legislators"],
  shareholders: ["stockholders"],
  stockholders: ["shareholders"],
};

export const actingBodyRule: QuoteRule = {
  id: "acting-body",
  guards: "Quoting what others did for a question on what a body did (\"when did armenia's parliament vote to ratify the rome statute\" answered with the Constitutional Court's ruling).",
  stage: "quotes",
  check: ({ question: { actingBody }, quotes, sameThing }) => {
    if (actingBody === undefined) return undefined;
    const names = (word: string) => sameThing(actingBody, word) || (NAMED_AS[actingBody]?.includes(word) ?? false);
    return quotes.some((quote) => tokenize(quote.text).some(names)) ? undefined : { detail: `no quote names the ${actingBody} asked about`, reason: {} };
  },
};
