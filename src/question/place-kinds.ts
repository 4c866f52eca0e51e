/**
 * Words for a kind of place a question asks for ("which city", "in what province") or describes
 * a place by ("the West African nation"), which are no part of a name there.
 */

/** Kinds of place, singular and plural, as a pattern's alternatives. */
export const PLACE_KIND_WORDS = "cit(?:y|ies)|towns?|villages?|count(?:y|ies)|countr(?:y|ies)|provinces?|regions?|districts?|ports?|islands?|capitals?|places?";
/**
 * Those and a state, which is a kind of place beside a place ("which US state", "what Canadian province") but as often a
 * country or its government ("which middle eastern state's", "which russian state news agencies") where it asks alone.
 */
export const PLACE_OR_STATE_WORDS = `${PLACE_KIND_WORDS}|states?`;

const PLACE_KIND_WORD = new RegExp(`^(?:${PLACE_OR_STATE_WORDS})$`, "i");

/** Whether a word names a kind of place ("city", "provinces", "state"). */
export function isPlaceKindWord(word: string): boolean {
  return PLACE_KIND_WORD.test(word);
}

/** Words that call a country by what it is, after a word that places it: "the West African nation", "the Gulf state". */
export const COUNTRY_WORDS = "nations?|countr(?:y|ies)|states?|kingdoms?|republics?|emirates?|island\\s+nations?";
