import type { PassageRule } from "./rule.js";

export const unknownPeopleRule: PassageRule = {
  id: "unknown-people",
  guards: "Answering a question about someone no article mentions (\"What did Aliyev tell Emmanuel Macron?\"), which could only quote what others said.",
  stage: "passages",
  check: ({ question: { unknownPeople } }) =>
    unknownPeople.length > 0 ? { detail: `no article mentions ${unknownPeople.join(", ")}`, reason: { unknownNames: unknownPeople } } : undefined,
};
