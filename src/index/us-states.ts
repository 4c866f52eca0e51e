/**
 * The abbreviations US news writes for a state after a town ("Maynard, Mass.", "St. Paul,
 * Minn."): a reader asks about "the Massachusetts computer maker", the wire story says
 * "Mass."; "the New Jersey court" is a court in "Camden, N.J.". Each abbreviation is one index
 * term ("N.J.": nj); "W.Va." is left out, as its term would be Virginia's.
 */
import { analyze } from "./analyzer.js";

const STATES: [string, string][] = [
  ["Alabama", "Ala."], ["Arizona", "Ariz."], ["Arkansas", "Ark."], ["California", "Calif."], ["Colorado", "Colo."],
  ["Connecticut", "Conn."], ["Delaware", "Del."], ["Florida", "Fla."], ["Georgia", "Ga."], ["Illinois", "Ill."],
  ["Indiana", "Ind."], ["Kansas", "Kan."], ["Kentucky", "Ky."], ["Louisiana", "La."], ["Maryland", "Md."],
  ["Massachusetts", "Mass."], ["Michigan", "Mich."], ["Minnesota", "Minn."], ["Mississippi", "Miss."], ["Missouri", "Mo."],
  ["Montana", "Mont."], ["Nebraska", "Neb."], ["Nevada", "Nev."], ["Oklahoma", "Okla."], ["Oregon", "Ore."],
  ["Pennsylvania", "Pa."], ["Tennessee", "Tenn."], ["Vermont", "Vt."], ["Virginia", "Va."], ["Washington", "Wash."],
  ["Wisconsin", "Wis."], ["Wyoming", "Wyo."], ["New Hampshire", "N.H."], ["New Jersey", "N.J."], ["New Mexico", "N.M."],
  ["New York", "N.Y."], ["North Carolina", "N.C."], ["North Dakota", "N.D."], ["Rhode Island", "R.I."], ["South Carolina", "S.C."],
  ["South Dakota", "S.D."],
];

/** Each state's index terms, with its abbreviation as written. */
const STATE_TERMS = STATES.map(([name, abbreviation]) => [analyze(name), abbreviation] as const);

/** A state's index terms, joined by spaces -> its abbreviation's term ("massachusett" -> "mass", "new jersey" -> "nj"). */
const ABBREVIATION_BY_TERMS = new Map(STATE_TERMS.map(([own, abbreviation]) => [own.join(" "), analyze(abbreviation)[0]!]));

/** The index term of the abbreviation of the state a term names ("massachusett"), if it names one. */
export function stateAbbreviationOf(term: string): string | undefined {
  return ABBREVIATION_BY_TERMS.get(term);
}

/** The same for a state named in several words ("new", "jersey"). */
export function stateAbbreviationOfName(terms: string[]): string | undefined {
  return ABBREVIATION_BY_TERMS.get(terms.join(" "));
}

/** The abbreviations, as written ("Ark."), of the states a text's terms name in one or two words ("arkansa", "new jersey"). */
export function stateAbbreviationsIn(terms: string[]): string[] {
  return STATE_TERMS.flatMap(([own, abbreviation]) => (terms.some((_, i) => own.every((term, k) => terms[i + k] === term)) ? [abbreviation] : []));
}
