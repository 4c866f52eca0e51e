import type { PassageRule } from "./rule.js";

export const unknownNamesRule: PassageRule = {
  id: "unknown-names",
  guards: "Answering a question about names no article mentions (\"What did NATO say ...?\", \"the capital of Australia\"), which could only quote something else.",
  stage: "passages",
  check: ({ question: { known, unknown } }) => {
    // Beside a name the articles use, an unknown one is as often a paraphrase or a misspelling ("the Kremlin" for Russia).
    return unknown.length > 0 && known.length === 0 ? { detail: `no article mentions ${unknown.join(", ")}`, reason: { unknownNames: unknown } } : undefined;
  },
};
