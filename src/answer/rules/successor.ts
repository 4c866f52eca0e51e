import { termOf, wordsOf } from "../../index/analyzer.js";
import type { QuoteRule } from "./rule.js";

/** "who replaced X", "who will succeed X", "who took over from X": what follows is whom. */
const ASKS_SUCCESSOR =
  /^\W*who(?:['’]?s|\s+(?:is|was|will|would|has|had|did))?\s+(?:be\s+|been\s+|going\s+to\s+|gonna\s+)?(?:replac\w*|succeed\w*|t(?:ake|akes|aking|ook)\s+over\s+from|step(?:s|ped)?\s+in\s+for)\s+(.+)/i;
/** Where the one replaced ends and their post or employer begins: "John W. Dixon as chairman", "shorey at loadmaster". */
const END_OF_WHOM = /\s+(?:as|at|of|in|from|on|with|after|when|who|because)\b|[?!,;:]/i;
/** A post rather than a person ("the head of the mission", "his boss"): whoever holds it is not named. */
const A_POST = /^\s*(?:the|a|an|its|his|her|their)\b/i;
/** Words that put someone in another's place, before the one replaced: "succeeding Ray Golden", "to replace Volcker", "successor to Henske". */
const IN_PLACE_OF = /^(?:replac\w*|succeed\w*|successors?)$/i;
/** Two words that do so together, where each alone does not: "took over from Dixon", "stepped in for Dixon"; not "announced over the weekend that Rolf Selowsky ... resigned". */
const IN_PLACE_OF_PAIR = /^(?:over from|in for)$/i;
/** After the one replaced: "Saumier, who was replaced by". */
const REPLACED_AFTER = /^(?:replaced|succeeded)$/i;
/** Anywhere after the one replaced: "Volcker's successor", "Perkins ... will work closely with his designated successor". */
const SUCCESSOR = /^successors?$/i;
/** At most this many words between those words and the name: "to succeed Federal Reserve Board Chairman Paul Volcker". */
const REACH = 5;

export const successorRule: QuoteRule = {
  id: "successor",
  guards: "Quoting a sentence where the one asked about replaces someone else, or only leaves, for a question on who replaced them (\"who replaced Riverin\": \"Riverin replaces Andre Saumier\").",
  stage: "quotes",
  check: ({ question, quotes }) => {
    const whom = ASKS_SUCCESSOR.exec(question.cased)?.[1];
    if (!whom) return undefined;
    // The one replaced: the words after the verb up to their post or employer, whether or not typed as a name ("shorey at loadmaster"); an initial says nothing.
    const phrase = whom.split(END_OF_WHOM)[0] ?? "";
    if (A_POST.test(phrase)) return undefined;
    const replaced = wordsOf(phrase).flatMap(({ word }) => termOf(word) ?? []).filter((term) => term.length > 1);
    if (!replaced.length) return undefined;
    const inTheirPlace = (text: string) => {
      const words = wordsOf(text).map(({ word }) => word);
      return words.some((word, i) => {
        if (!replaced.includes(termOf(word) ?? "")) return false;
        const before = words.slice(Math.max(0, i - REACH), i);
        const after = words.slice(i + 1, i + 1 + REACH);
        return before.some((other, at) => IN_PLACE_OF.test(other) || IN_PLACE_OF_PAIR.test(`${other} ${before[at + 1] ?? ""}`)) || after.some((other) => REPLACED_AFTER.test(other)) || words.slice(i + 1).some((other) => SUCCESSOR.test(other));
      });
    };
    return quotes.some((quote) => inTheirPlace(quote.text)) ? undefined : { detail: "no quote names who took the place of the one asked about", reason: {} };
  },
};
