import { analyze } from "../../index/analyzer.js";
import type { PassageRule } from "./rule.js";

/**
 * Refuses when at least this share of the question's terms are words no article uses and the
 * passages hold nothing close to in meaning. Chosen on the older sets (news questions and blind
 * set 2026-12): at 0.5 it declined 2 more of 10 off-topic and 1 more of 22 near misses of the
 * bundled blind set and refused no answerable question there or in the news questions that no
 * other rule refused; every share down to 0.34 did the same.
 */
const STRANGE_SHARE = 0.5;

/**
 * Words that frame a question without saying what it is about: about a name ("What does FAON stand for?"), the time it asks
 * ("since what date"), a hedge on what someone claims to be ("self-described eco-protesters").
 */
const FRAMES = new Set(analyze("stand stands mean means meant refer refers called date dates self described styled proclaimed"));

export const strangeWordsRule: PassageRule = {
  id: "strange-words",
  guards: "Answering a question that turns on words no article uses and the passages hold nothing close to (\"who wrote hamlet\", \"the best nba player\").",
  stage: "passages",
  offTopic: true,
  check: ({ strangers, question }) => {
    const strange = strangers.filter((word) => !analyze(word).every((term) => FRAMES.has(term)));
    return strange.length > 0 && strange.length >= STRANGE_SHARE * new Set(question.terms).size ? { detail: `no article uses ${strange.join(", ")} or a word close to it`, reason: {} } : undefined;
  },
};
