/**
 * Names the news gives a body or a thing besides its own: a reader asks about "the World Court
 * ruling", the report says "the International Court of Justice (ICJ)"; "TV" is "television".
 * Each is the index terms of a name and of its other names, which a passage may hold instead.
 */
import { analyze } from "./analyzer.js";

const ALIASES: string[][] = [
  ["World Court", "International Court of Justice", "ICJ"],
  ["Big Board", "New York Stock Exchange", "NYSE"],
  ["Fed", "Federal Reserve"],
  ["BoE", "Bank of England"],
  ["Merc", "Mercantile Exchange"],
  ["EU", "European Union"],
  ["UN", "United Nations"],
  ["TV", "television"],
  ["PC", "personal computer"],
];

/** A name's terms, joined by spaces -> the terms of its other names. */
const OTHER_NAMES = new Map(
  ALIASES.flatMap((names) => {
    const terms = names.map((name) => analyze(name));
    return terms.map((own, i) => [own.join(" "), terms.filter((_, j) => j !== i)] as const);
  }),
);

/** The terms of the other names of the name with these terms ("world court": international court justice; icj). */
export function otherNamesOf(terms: string[]): string[][] {
  return OTHER_NAMES.get(terms.join(" ")) ?? [];
}
