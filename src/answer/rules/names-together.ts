import { onePassageSpeaksOfNames } from "../passage-names.js";
import { articleDateline } from "../../corpus/dateline.js";
import { openingOf } from "../../index/corpus-index.js";
import type { PassageRule } from "./rule.js";

export const namesTogetherRule: PassageRule = {
  id: "names-together",
  guards: "Answering from passages that each hold only some of the names asked about (\"Alan Greenspan\" in passages about Volcker), or hold them apart.",
  stage: "passages",
  check: ({ question, passages, texts, terms, index }) => {
    // Names no article uses are the unknown-names rule's to weigh.
    if (question.unknown.length > 0) return undefined;
    const read = passages.map((p, i) => ({ terms: terms[i]!, text: texts[i]!, date: p.article.date, filedFrom: () => articleDateline(openingOf(index, p.article.id)) }));
    // The names as the asker capitalised them; in a list ("Iraq and the Czech Republic") each may be in a passage of its own.
    const names = question.typedNames;
    const spoken = question.namesListed
      ? names.every((name) => onePassageSpeaksOfNames({ ...question, names: [name] }, read, index.lexical))
      : onePassageSpeaksOfNames({ ...question, names }, read, index.lexical);
    return spoken ? undefined : { detail: "no passage read holds every name the question asks about, together", reason: {} };
  },
};
