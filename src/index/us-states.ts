/**
 * The abbreviations US news writes for a state after a town ("Maynard, Mass.", "St. Paul,
 * Minn."): a reader asks about "the Massachusetts computer maker", the wire story says
 * "Mass.". Only one-word names and abbreviations, which are one index term each.
 */
import { analyze } from "./analyzer.js";

const STATES: [string, string][] = [
  ["Alabama", "Ala."], ["Arizona", "Ariz."], ["Arkansas", "Ark."], ["California", "Calif."], ["Colorado", "Colo."],
  ["Connecticut", "Conn."], ["Delaware", "Del."], ["Florida", "Fla."], ["Georgia", "Ga."], ["Illinois", "Ill."],
  ["Indiana", "Ind."], ["Kansas", "Kan."], ["Kentucky", "Ky."], ["Louisiana", "La."], ["Maryland", "Md."],
  ["Massachusetts", "Mass."], ["Michigan", "Mich."], ["Minnesota", "Minn."], ["Mississippi", "Miss."], ["Missouri", "Mo."],
  ["Montana", "Mont."], ["Nebraska", "Neb."], ["Nevada", "Nev."], ["Oklahoma", "Okla."], ["Oregon", "Ore."],
  ["Pennsylvania", "Pa."], ["Tennessee", "Tenn."], ["Vermont", "Vt."], ["Virginia", "Va."], ["Washington", "Wash."],
  ["Wisconsin", "Wis."], ["Wyoming", "Wyo."],
];

/** A state's index term -> its abbreviation's ("massachusett" -> "mass"). */
const ABBREVIATION_BY_TERM = new Map(STATES.map(([name, abbreviation]) => [analyze(name)[0]!, analyze(abbreviation)[0]!]));

/** The index term of the abbreviation of the state a term names, if it names one. */
export function stateAbbreviationOf(term: string): string | undefined {
  return ABBREVIATION_BY_TERM.get(term);
}
