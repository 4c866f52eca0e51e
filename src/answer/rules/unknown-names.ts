import { analyze } from "../../index/analyzer.js";
import type { PassageRule } from "./rule.js";

export const unknownNamesRule: PassageRule = {
  id: "unknown-names",
  guards: "Answering a question about names no article mentions (\"What did NATO say ...?\", \"the capital of Australia\"), which could only quote something else.",
  stage: "passages",
  check: ({ question: { known, unknown }, index }) => {
    // Beside a name the articles use, an unknown one is as often a paraphrase or a misspelling
    // ("the Kremlin" for Russia); not a full name none of whose words any article uses ("Olaf Scholz").
    const strangers = unknown.filter((name) => {
      const terms = analyze(name);
      return terms.length >= 2 && terms.every((term) => !index.lexical.knows(term));
    });
    const missing = known.length === 0 ? unknown : strangers;
    return missing.length > 0 ? { detail: `no article mentions ${missing.join(", ")}`, reason: { unknownNames: missing } } : undefined;
  },
};
