import { analyze } from "../../index/analyzer.js";
import { namesOfPeople } from "../people.js";
import { speaksOfName } from "../same-word.js";
import type { QuoteRule } from "./rule.js";

/** Who a delegation meets, or talks with, is not whose it is: "the head of the delegation for negotiations with the Karabakh Armenians". */
const COUNTERPART = /\b(?:with|against|to meet)\s+(?:the\s+)?[^,;.]*/gi;

/** A word that says someone leads or speaks for a side: "was headed by", "the head of the delegation", "led by", "chaired", "represented by", "commander". */
const LEADS = /\b(?:lead|leads|leading|leader|leaders|led|head|heads|headed|heading|chair|chairs|chaired|chairman|chairwoman|chief|represent|represents|represented|representing|representative|representatives|command|commands|commanded|commanding|commander|commanders)\b/i;

export const leaderRule: QuoteRule = {
  id: "leader",
  guards: "Quoting the leader of the other side, or a sentence that names no leader, for a question on who leads a delegation or troops or represents a side (\"who leads the karabakh armenian delegation\", \"who represented the karabakh armenians at the khojaly meeting\" answered with Baku's head of the delegation for talks with the Karabakh Armenians).",
  stage: "quotes",
  check: ({ question: { leaderOf }, quotes, index }) => {
    if (leaderOf.length === 0) return undefined;
    // Whose it is, named as any article names it ("Iraqi": Iraq).
    const leads = (text: string) => {
      const own = new Set(analyze(text.replace(COUNTERPART, " ")));
      return LEADS.test(text) && namesOfPeople(text).length > 0 && leaderOf.every((term) => speaksOfName(own, term, index.lexical));
    };
    return quotes.some((quote) => leads(quote.text)) ? undefined : { detail: "no quote names someone leading the delegation asked about", reason: {} };
  },
};
