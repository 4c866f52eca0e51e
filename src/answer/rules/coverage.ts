import { ABSTAIN_BELOW } from "../evidence.js";
import type { PassageRule } from "./rule.js";

export const coverageRule: PassageRule = {
  id: "coverage",
  guards: "Quoting a passage that holds too little of the question (IDF-weighted, near synonyms counted) to answer it.",
  stage: "passages",
  check: ({ evidence }) =>
    evidence < ABSTAIN_BELOW
      ? { detail: `the best passage holds ${evidence.toFixed(2)} of the question; ${ABSTAIN_BELOW} is needed`, reason: {} }
      : undefined,
};
