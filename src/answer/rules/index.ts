import { actRule } from "./act.js";
import { actingBodyRule } from "./acting-body.js";
import { afterReportRule } from "./after-report.js";
import { buyerRule } from "./buyer.js";
import { countedRule } from "./counted.js";
import { coverageRule } from "./coverage.js";
import { endedRule } from "./ended.js";
import { focusRule } from "./focus.js";
import { generalKnowledgeRule } from "./general-knowledge.js";
import { harmRule } from "./harm.js";
import { holderRule } from "./holder.js";
import { itemsRule } from "./items.js";
import { leaderRule } from "./leader.js";
import { namesTogetherRule } from "./names-together.js";
import { outcomeRule } from "./outcome.js";
import { periodRule } from "./period.js";
import { placeRule } from "./place.js";
import { quantityRule } from "./quantity.js";
import type { AnswerRule, PassageRule, QuoteRule } from "./rule.js";
import { signedRule } from "./signed.js";
import { someoneRule } from "./someone.js";
import { speakerRule } from "./speaker.js";
import { successorRule } from "./successor.js";
import { strangeWordsRule } from "./strange-words.js";
import { taskRequestRule } from "./task-request.js";
import { timeRule } from "./time.js";
import { todayRule } from "./today.js";
import { unknownNamesRule } from "./unknown-names.js";
import { unrelatedRule } from "./unrelated.js";
import { whyLeftRule } from "./why-left.js";
import { withheldRule } from "./withheld.js";
import { yearsRule } from "./years.js";

/** Every rule, in the order they run. */
export const ANSWER_RULES: AnswerRule[] = [taskRequestRule, coverageRule, unknownNamesRule, generalKnowledgeRule, todayRule, strangeWordsRule, unrelatedRule, yearsRule, namesTogetherRule, withheldRule, whyLeftRule, placeRule, periodRule, quantityRule, countedRule, harmRule, itemsRule, timeRule, endedRule, afterReportRule, outcomeRule, actRule, focusRule, actingBodyRule, holderRule, leaderRule, someoneRule, successorRule, buyerRule, signedRule, speakerRule];

export const PASSAGE_RULES = ANSWER_RULES.filter((rule): rule is PassageRule => rule.stage === "passages");
export const QUOTE_RULES = ANSWER_RULES.filter((rule): rule is QuoteRule => rule.stage === "quotes");
