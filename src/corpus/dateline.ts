/**
 * A news agency's dateline: the place a report was filed from, in capitals at the start of
 * a paragraph, before the date or the agency ("BAKU, March 14. /TASS/. ...", "YEREVAN,
 * MARCH 27, ARMENPRESS. ...", "NEW YORK, Feb 26 - ...", "LONDON (Reuters) - ...",
 * "KYIV, Ukraine (AP) — ...", "Toronto, Feb 26 - ...").
 */
import { isMonth } from "./dates.js";

/** A place in capitals, maybe opened by an abbreviation ("ST. LOUIS", "FT. LAUDERDALE"), maybe with an apostrophe ("COEUR D'ALENE", "ST. JOHN'S"). */
const PLACE = /^\s*((?:\p{Lu}{2}\.\s)?\p{Lu}[\p{Lu}'’]+(?:[ -]\p{Lu}[\p{Lu}'’]+)*)/u;
/** A place in title case, as some wires write it ("Toronto, Feb 26 - ", "Oklahoma City, March 3 - "): a dateline only where a dash soon ends it. */
const TITLED_PLACE = /^\s*(\p{Lu}\p{Ll}+(?:[ -]\p{Lu}\p{Ll}+){0,2})(?=,[^-–—\n]{3,40}\s[-–—]\s)/u;
/**
 * What follows the place: the agency in brackets, a region then the agency, or the date,
 * maybe after a region ("BUFFALO, N.Y., March 3 -", "PORTLAND, Ore., Feb 26 -"), or a region and a dash, the date
 * left out or after it ("WOODBRIDGE, N.J. - ", "CHEVY CHASE, Md., - March 4 - ").
 */
const AFTER_PLACE = /^(?:\s*\(|,\s+(\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*)*)\s*\(|,\s+(\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*)?),?\s+(?=[-–—]\s)|(?:,\s+(\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*)?)(?=,))?,\s+(\d|\p{L}+\.?))/u;

/** The day of a wire's date and the dash after it, however spaced or doubled ("26 -", "26- ", "9 -- "). */
export const DAY_AND_DASH = String.raw`\d{1,2}\s*(?:--?|[–—])\s`;

/**
 * After a place in capitals, a date as the wire sometimes mistypes it, then a dash: a region
 * maybe ("RICHMOND, Va. Feb 26 -", "ALBANY, N.Y., Marc 3 -", "OAKLAND , N.J., March 2 -",
 * "MONTREAL, Feb 26- ", "NEW YORK, March 9 -- ").
 */
const LOOSELY_DATED = new RegExp(String.raw`^\s*,\s*(?:(\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*)?)\.?,?\s+)?\p{L}+\.?\s+${DAY_AND_DASH}`, "u");

/** A dateline's place ("SOWETO") and the region or country written after it ("South Africa", "N.C."), if any. */
export interface Dateline {
  place: string;
  region: string | null;
}

/** The dateline a sentence opens with, or null when it opens with none. */
export function datelineOf(sentence: string): Dateline | null {
  const capitals = PLACE.exec(sentence);
  const place = capitals ?? TITLED_PLACE.exec(sentence);
  if (!place) return null;
  const after = AFTER_PLACE.exec(sentence.slice(place[0].length));
  const loosely = capitals ? LOOSELY_DATED.exec(sentence.slice(place[0].length)) : null;
  if (loosely) return { place: place[1]!, region: loosely[1] ?? null };
  // A region and a dash with no date follow a place in capitals only: "Meanwhile, Reagan - who ..." is none.
  if (!after || (after[2] !== undefined && !capitals)) return null;
  const dateWord = after[4];
  // Agencies write the month in capitals too ("MARCH 27").
  const dated = dateWord === undefined || /^\d/.test(dateWord) || isMonth(dateWord.charAt(0) + dateWord.slice(1).toLowerCase());
  return dated ? { place: place[1]!, region: after[1] ?? after[2] ?? after[3] ?? null } : null;
}

/** The place a sentence's dateline names ("BAKU"), or null when it opens with none. */
export function datelinePlace(sentence: string): string | null {
  return datelineOf(sentence)?.place ?? null;
}

/** Where an article was filed from: the dateline opening one of its first two paragraphs (an agency's standfirst may come first). */
export function articleDatelineOf(text: string): Dateline | null {
  for (const paragraph of text.split(/\n\s*\n/, 2)) {
    const dateline = datelineOf(paragraph);
    if (dateline) return dateline;
  }
  return null;
}
