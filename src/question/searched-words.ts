/**
 * The words of a question a search looks for: without the words that frame what it asks ("how
 * long did the war last": no "long", which "a long vacation" holds) and the words chat adds that
 * say nothing of it ("binding or just advice?").
 */

/** The word after "how" that frames what is asked, no word a passage must hold. */
const HOW_ADJECTIVE = /\bhow\s+(?:long|far|old|big|large|soon|often)\b/gi;
/**
 * Words chat adds ("exactly", "just"); not "again" ("after the armenians turned down baku again"
 * then found an answer to a near miss), nor "what kind of" (3 Reuters answers lost their words).
 */
const CHAT_FILLER = /\b(?:exactly|actually|really|basically|anyway|please|just)\b/gi;

/** The question as a search should read it. */
export function searchedWordsOf(question: string): string {
  return question.replace(HOW_ADJECTIVE, "how").replace(CHAT_FILLER, " ");
}
