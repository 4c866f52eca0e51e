import { yearsMissingFrom } from "../evidence.js";
import type { PassageRule } from "./rule.js";

export const yearsRule: PassageRule = {
  id: "years",
  guards: "Answering a question about one year (\"in 2015\") from passages that speak of none of its years.",
  stage: "passages",
  check: ({ question, passages }) => {
    const missingYears = yearsMissingFrom(question.years, passages);
    return missingYears.length > 0 ? { detail: `no passage read speaks of ${missingYears.join(", ")}`, reason: { missingYears } } : undefined;
  },
};
