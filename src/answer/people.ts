/** Names of people and bodies in running text, for "who" questions and example questions. */
import { termOf } from "../index/analyzer.js";
import { isLegalForm, isTitle } from "../question/names.js";
import { countryNamesOf } from "../index/countries.js";

/**
 * Capitalised words of offices, bodies, parties and places that name no one in particular ("Foreign Affairs", "Czech Republic",
 * "the Social Democrat-Liberal alliance", "Wall Street").
 */
const GENERIC_CAPITALS = new Set(
  "Foreign Affairs Ministry Ministries Department National State States Republic Union Parliament Government Council Committee Office Delegation Group General Deputy Director Security Armed Forces Court Corridor Social Democrat Democrats Democratic Liberal Liberals Conservative Conservatives Labour Labor Republican Republicans Socialist Socialists Communist Communists Street Avenue Square Boulevard Airport Harbour Harbor Island Islands Sea Ocean Gulf Strait Mountains Valley County Province Peninsula Canal Caucasus Balkans Baltics Region Coast"
    .split(" ")
    .map(termOf),
);

/** Words that make a name a body's ("International Crisis Group", "Foreign Ministry"). */
const BODY_WORDS = new Set(
  "group organisation organization institute institution agency company companies division bank council committee commission fund foundation association federation union party ministry office service board exchange court network news press times post journal daily tribune centre center university watch"
    .split(" ")
    .map(termOf),
);

/** Whether a term of a name makes it a body's: a word for one, or a company's legal form ("Corp", "Ltd"). */
export function namesABody(term: string): boolean {
  return BODY_WORDS.has(term) || isLegalForm(term);
}

const WORD = "\\p{Lu}[\\p{Ll}’']+(?:-\\p{Lu}?[\\p{Ll}]+)*";
/** A run of capitalised words inside a sentence, not opening it; after a title the wire shortens ("Rep. Cardiss Collins", "Sen. Chris Dodd"). */
const RUN = new RegExp(`(?<=(?:[\\p{Ll},;:“”"]|\\b(?:Rep|Sen|Gov|Gen|Dr|Mr|Mrs|Ms|Prof)\\.) )${WORD}(?: ${WORD})*`, "gu");
/** A surname after a courtesy title, which says it names a person alone: "So let Mr. Ritter first think and then speak". */
const TITLED_SURNAME = new RegExp(`(?<=\\b(?:Dr|Mr|Mrs|Ms|Prof)\\. )${WORD}(?![\\p{L}’'-]| \\p{Lu})`, "gu");
/**
 * A run that opens a sentence, which may be any capitalised words ("The Liberal party"), where what follows it is what
 * follows a person's name: a verb of what they did ("Matthew Taylor raised the Liberal majority") or their post after a
 * comma ("Yukio Honda, director of MITI's ...", "George Gould, Under Secretary of the Treasury").
 */
const OPENING_RUN = new RegExp(`(?:^|(?<=[.!?]["”]?\\s))${WORD}(?: ${WORD})*(?=,\\s+\\p{Ll}|,\\s+(?:${WORD}\\s+){1,3}(?:of|at|for)\\s|\\s+(?:said|says|told|\\p{Ll}+ed)\\b)`, "gu");

/**
 * Names of two or three capitalised words inside a sentence ("... said Ramin Mammadov"), in
 * order, then those opening a sentence before what a person did or is (`OPENING_RUN`): the
 * words of a run after its last title, office word, body's word or country ("German President
 * Frank-Walter Steinmeier" is "Frank-Walter Steinmeier", "House Budget Committee Chairman
 * William Gray" William Gray); a run that ends in one names no one ("Foreign Affairs", "Czech
 * Republic"); and a surname alone after a courtesy title ("Mr. Ritter").
 */
export function namesOfPeople(text: string): string[] {
  const plain = (word: string) => {
    const term = termOf(word.split("-")[0]!);
    // A body's word names no one ("the Press Association news agency").
    return term !== null && !isTitle(term) && !GENERIC_CAPITALS.has(term) && !namesABody(term) && countryNamesOf(term).length === 0;
  };
  const names = [...(text.match(RUN) ?? []), ...(text.match(OPENING_RUN) ?? [])].flatMap((run) => {
    const words = run.split(" ");
    const name = words.slice(words.findLastIndex((word) => !plain(word)) + 1);
    return name.length >= 2 && name.length <= 3 ? [name.join(" ")] : [];
  });
  return [...new Set([...names, ...(text.match(TITLED_SURNAME) ?? []).filter(plain)])];
}

/** Posts the wire capitalises before a name that the titles do not hold: "U.S. Trade Representative Clayton Yeutter", "Chief of Staff Donald Regan". */
const POSTS = new Set("Representative Secretary Senator Chief Staff Speaker Leader Director Commissioner Spokesman Spokeswoman Chancellor Governor Chairman".split(" "));
/** Words before a name that make it no person's post: "in Nagorno Karabakh", "the White House", "of Usines Renault". */
const FUNCTION_WORDS = new Set("in at of from to the a an and or on for by with near into across des de la le du van von".split(" "));

/** Whether a capitalised word is a post written before a name ("Minister", "Trade Representative"), no part of the name. */
export function isPostWord(word: string): boolean {
  return isTitle(termOf(word) ?? "") || POSTS.has(word);
}

/**
 * Whether a sentence gives the person named their post: after one ("Prime Minister Nikol Pashinyan", "political scientist
 * Farhad Mammadov", "deputy of parliament Ramin Mammadov", a first name between), or after a comma following the name
 * ("Kristina Kvien, the United States Ambassador to Armenia"); not "Nikol Pashinyan's government".
 */
export function givesPostOf(sentence: string, name: string): boolean {
  const at = sentence.indexOf(name);
  if (at === -1) return false;
  const after = sentence.slice(at + name.length);
  // After a comma, a post in lower case or in capitals: ", a political scientist", ", the United States Ambassador to Armenia".
  if (/^,\s+(?:(?:a|an|the)\s+)?\p{Ll}/u.test(after) || (after.startsWith(",") && after.slice(1).trim().split(/\s+/).slice(0, 5).some(isPostWord))) return true;
  const before = sentence.slice(0, at).split(/\s+/).filter(Boolean).map((word) => word.replace(/[,.]$/, ""));
  // Past the first names before a surname asked alone ("Nikol" of "Pashinyan"), two at most.
  const firstName = (word: string | undefined) => word !== undefined && /^\p{Lu}\p{Ll}/u.test(word) && !isPostWord(word);
  for (let skipped = 0; !name.includes(" ") && skipped < 2 && firstName(before.at(-1)); skipped++) before.pop();
  const wordBefore = before.at(-1);
  if (wordBefore === undefined) return false;
  // A post of a country or a body: "Deputy Foreign Minister of Armenia Vahan Kostanyan".
  const of = before.lastIndexOf("of");
  if (of > 0 && before.length - of <= 4 && isPostWord(before[of - 1]!) && before.slice(of + 1).every((word) => /^\p{Lu}/u.test(word))) return true;
  return isPostWord(wordBefore) || (/^\p{Ll}+$/u.test(wordBefore) && !FUNCTION_WORDS.has(wordBefore));
}
