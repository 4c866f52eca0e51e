/** Whether the model says the passages do not answer, as told to or in its own words. */
import { NOT_IN_ARTICLES } from "./prompt.js";

const OWN_WORDS = [
  /\b(?:articles?|passages?|sources?|texts?|reports?)\b.{0,60}?\b(?:do(?:es)? not|don't|doesn't|did not|didn't|never)\s+(?:say|answer|mention|contain|provide|give|address|state|include|cover|specify|explain|discuss)\b/i,
  /\b(?:no|not enough) (?:information|mention|details?|answer)\b/i,
  /\b(?:cannot|can't|unable to|not able to) (?:answer|find|determine|tell)\b/i,
];

export function saysNotAnswered(sentence: string): boolean {
  return sentence.includes(NOT_IN_ARTICLES) || OWN_WORDS.some((pattern) => pattern.test(sentence));
}
