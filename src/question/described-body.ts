/**
 * Words for a body of people that a question may describe by its place or people ("the
 * Maryland electronics firm", "a German business daily", "the American polling org"), which
 * the body's reports seldom give.
 */
import { FIRM_WORDS } from "../index/firm-words.js";

/** Any firm, and the other bodies a place may describe: "trusts", "orgs", "outfits", "labs", "houses", "unions" ... */
const BODY_WORDS = `${FIRM_WORDS}|trusts?|orgs?|outfits?|institutions?|labs?|laborator(?:y|ies)|houses?|unions?|associations?|bod(?:y|ies)`;

/** Text that opens with one of the words, after at most two words of what it does ("'s electronics firm"); the words are the first group. */
const opensWith = (words: string) => new RegExp(`^(?:['’]s)?\\s+((?:[\\p{L}-]+\\s+){0,2}?(?:${words})\\b)`, "iu");

/** What follows a name that only describes a firm: "the Japanese phone company", "the Russian news agency". */
export const FIRM_AFTER = opensWith(FIRM_WORDS);
export const BODY_AFTER = opensWith(BODY_WORDS);

/** The words of the body a name describes where the question follows it with one ("electronics firm" after "the Maryland"), if it does. */
export function bodyAfter(name: string, cased: string): string | undefined {
  const at = cased.toLowerCase().indexOf(name.toLowerCase());
  return at < 0 ? undefined : BODY_AFTER.exec(cased.slice(at + name.length))?.[1];
}

const BODY_WORD = new RegExp(`^(?:${BODY_WORDS})$`, "iu");

/** Whether a word is a word for a body ("lab", "firms", "agency"). */
export function isBodyWord(word: string): boolean {
  return BODY_WORD.test(word);
}
