/**
 * Question words as chat types them ("wat did pashinyan wish the kurds", "wher was aliyev",
 * "what r the peacekeepers doing"): read as the words they stand for, so that what a question
 * asks for (a place, a verb's object) is read as it is in "What did ...". Not "y" for "why":
 * read as a question for a reason, it put first the sentences that give one, and on the tuning
 * sets those answered less often than the best-scored sentence (bundled -6 first quotes).
 */

/** The first word of a question typed as chat types it -> the question word. */
const QUESTION_WORDS: Record<string, string> = { wat: "what", wut: "what", wht: "what", wot: "what", waht: "what", whta: "what", wen: "when", wher: "where", hw: "how", wich: "which", whcih: "which", whihc: "which" };
const OPENING = new RegExp(`^(\\W*)(${Object.keys(QUESTION_WORDS).join("|")})\\b(?![-'’.])`, "i");
/** "r" and "u" after a question word: "what r they doing", "where r u from". */
const SHORT_VERB = /^(\W*(?:what|who|where|when|why|how|which)\s+)(r|u)\b(?![-'’.])/i;

/** The question with a chat-typed opening question word, and the "r" after it, spelled out. */
export function withQuestionWordsSpelledOut(question: string): string {
  const spelled = question.replace(OPENING, (_, before: string, word: string) => before + QUESTION_WORDS[word.toLowerCase()]!);
  return spelled.replace(SHORT_VERB, (_, before: string, verb: string) => before + (verb.toLowerCase() === "r" ? "are" : "you"));
}
