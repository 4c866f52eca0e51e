/**
 * Words for a body of people that a question may describe by its place or people ("the
 * Maryland electronics firm", "a German business daily", "the American polling org"), which
 * the body's reports seldom give.
 */
/** Words for a firm, after at most two words of what it does: "the Japanese phone company", "the South Korean maker", "Australia's national airline", "the Russian news agency", "a German business daily". */
const FIRM_WORDS = "compan(?:y|ies)|firms?|\\p{L}*makers?|manufacturers?|producers?|concerns?|giants?|airlines?|insurers?|utilit(?:y|ies)|retailers?|brewers?|subsidiar(?:y|ies)|conglomerates?|operators?|exporters?|suppliers?|refiners?|miners?|syndicators?|distributors?|publishers?|agenc(?:y|ies)|pollsters?|networks?|broadcasters?|newspapers?|dail(?:y|ies)|weekl(?:y|ies)|magazines?|journals?|groups?|organi[sz]ations?|institutes?|banks?";

/** Any firm, and the other bodies a place may describe: "orgs", "outfits", "labs", "houses", "funds", "unions" ... */
const BODY_WORDS = `${FIRM_WORDS}|orgs?|outfits?|institutions?|labs?|laborator(?:y|ies)|houses?|funds?|unions?|associations?|bod(?:y|ies)`;

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
