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
