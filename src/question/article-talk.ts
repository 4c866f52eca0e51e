/**
 * Chat users point at the collection itself ("based on these articles", "what do the reports
 * say", "acc to ur sources"): words about the articles, not about the news. Read as part of the
 * question, "articles" is a word no article uses, and the question was refused as strange or
 * as not covered.
 */

const THE_COLLECTION = String.raw`(?:the|these|those|your|ur|all the|all these|all of the|all your|all ur)\s+(?:news\s+)?(?:articles?|reports|stories|coverage|sources|news|texts|documents|docs)`;
/** "based on these articles", "according to your sources", "in the reports", "per the coverage". */
const ABOUT_THE_COLLECTION = new RegExp(String.raw`,?\s*\b(?:based on|according to|acc(?:\.|ording)? to|going by|judging by|from|in|per|across)\s+${THE_COLLECTION}\b,?`, "gi");
/** A closing "what do the articles say (about it)", after the question it follows. */
const WHAT_THEY_SAY = new RegExp(String.raw`(?<=\S)[\s?.!,;:–—-]*\b(?:what|wat|how)\s+(?:do|does|did)\s+${THE_COLLECTION}\s+(?:say|tell|show|report)(?:\s+(?:about|on)\s+(?:it|this|that))?\s*[?.!]*\s*$`, "i");

/** An opening that asks whether the collection holds a topic: "do you have articles on ...", "got anything about ...", "are there any stories on ...". */
const HAVE_YOU_ANY = /^\W*(?:(?:do|did|have|has)\s+(?:you|u|ya)\s+(?:got\s+|have\s+)?|(?:you\s+|u\s+)?got\s+|(?:are|is)\s+there\s+)(?:any\s+|some\s+)?(?:articles?|stories|story|news|reports?|coverage|pieces?|anything|something)\s+(?:on|about|regarding|re|covering)\s+/i;

/** The question without the words that point at the articles; unchanged when nothing else would be left. */
export function withoutArticleTalk(question: string): string {
  const plain = question.replace(HAVE_YOU_ANY, "").replace(WHAT_THEY_SAY, "?").replace(ABOUT_THE_COLLECTION, " ").replace(/\s+([?.!,])/g, "$1").replace(/\s{2,}/g, " ").trim();
  return /[\p{L}\p{N}]/u.test(plain.replace(/^\W*(?:what|how|and|so)\b/i, "")) ? plain : question;
}
