import { analyze } from "../../index/analyzer.js";
import { countryNamesOf } from "../../index/countries.js";
import { isTitle } from "../../question/names.js";
import type { LexicalIndex } from "../../index/lexical-index.js";
import type { QuestionReading } from "../../question/reading.js";
import type { PassageRule, Refusal } from "./rule.js";

export const unknownNamesRule: PassageRule = {
  id: "unknown-names",
  guards: "Answering a question about names no article mentions (\"What did NATO say ...?\", \"the capital of Australia\"), which could only quote something else.",
  stage: "passages",
  check: ({ question, index }) => unknownNamesRefusal(question, index.lexical),
};

/** The rule's refusal for a question read alone, without passages: a digest's topic asks it too. */
export function unknownNamesRefusal(question: Pick<QuestionReading, "known" | "unknown">, lexical: LexicalIndex): Refusal | undefined {
  const missing = namesNoArticleMentions(question, lexical);
  return missing.length > 0 ? { detail: `no article mentions ${missing.join(", ")}`, reason: { unknownNames: missing } } : undefined;
}

/**
 * The names of a question no article mentions that leave nothing to answer: all of them when
 * it names nothing the articles use; beside a name they use, an unknown one is as often a
 * paraphrase or a misspelling ("the Kremlin" for Russia), so only a full name none of whose
 * words any article uses ("Olaf Scholz"), its titles and countries aside ("German Chancellor
 * Olaf Scholz").
 */
function namesNoArticleMentions({ known, unknown }: Pick<QuestionReading, "known" | "unknown">, lexical: LexicalIndex): string[] {
  if (known.length === 0) return unknown;
  return unknown.filter((name) => {
    const terms = analyze(name).filter((term) => !isTitle(term) && countryNamesOf(term).length === 0);
    return terms.length >= 2 && terms.every((term) => !lexical.knows(term));
  });
}
