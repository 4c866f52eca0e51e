/**
 * Question words as chat types them ("wat did pashinyan wish the kurds", "wher was aliyev", "whens the ruling",
 * "what r the peacekeepers doing"): read as the words they stand for, so that what a question
 * asks for (a place, a verb's object) is read as it is in "What did ...". Not "y" for "why":
 * read as a question for a reason, it put first the sentences that give one, and on the tuning
 * sets those answered less often than the best-scored sentence (bundled -6 first quotes).
 */

/** A question word typed as chat types it -> the question word. */
const QUESTION_WORDS: Record<string, string> = {
  wat: "what", wut: "what", wht: "what", wot: "what", waht: "what", whta: "what", wen: "when", wher: "where", hw: "how", wich: "which", whcih: "which", whihc: "which",
  // With "is" run in, its apostrophe left out: "whos managing the 3com share offering".
  whos: "who's", wats: "what's", wheres: "where's", whens: "when's",
};
const OPENING = new RegExp(`^(\\W*)(${Object.keys(QUESTION_WORDS).join("|")})\\b(?![-'’.])`, "i");
/**
 * Further in, in lower case only, where chat puts the question last ("pm newroz msg was on wat
 * date", "mirzoyan on azerbaijan wat did he say"); capitalised there, it is a name ("Wen", "Wat").
 */
const LATER = new RegExp(`(?<=[\\s,;:(])(${Object.keys(QUESTION_WORDS).filter((word) => word !== "hw").join("|")})\\b(?![-'’.])`, "g");
/** Whether a word typed in lower case is a question word as chat types it ("wats"), which no name then stands for ("WATS" lines). */
export function isChatQuestionWord(word: string): boolean {
  return Object.hasOwn(QUESTION_WORDS, word);
}
/** "r" and "u" after a question word: "what r they doing", "where r u from", "aliyev peace wat r the 2 approaches". */
const SHORT_VERB = /(^\W*|[\s,;:(])((?:what|who|where|when|why|how|which)\s+)(r|u)\b(?![-'’.])/gi;

/** The question with its chat-typed question words, and the "r" after them, spelled out. */
export function withQuestionWordsSpelledOut(question: string): string {
  const opened = question.replace(OPENING, (_, before: string, word: string) => before + QUESTION_WORDS[word.toLowerCase()]!);
  const spelled = opened.replace(LATER, (word: string) => QUESTION_WORDS[word]!);
  return spelled.replace(SHORT_VERB, (_, before: string, asking: string, verb: string) => before + asking + (verb.toLowerCase() === "r" ? "are" : "you"));
}
