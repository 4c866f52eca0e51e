/**
 * A news agency's dateline: the place a report was filed from, in capitals before the date
 * at the start of a paragraph ("BAKU, March 14. /TASS/. ...", "YEREVAN, MARCH 27,
 * ARMENPRESS. ...", "NEW YORK, Feb 26 - ...").
 */
import { isMonth } from "./dates.js";

const DATELINE = /^\s*(\p{Lu}{2,}(?:[ -]\p{Lu}{2,})*),\s+(\d|\p{L}+\.?)/u;

/** The place a sentence's dateline names ("BAKU"), or null when it opens with none. */
export function datelinePlace(sentence: string): string | null {
  const match = DATELINE.exec(sentence);
  if (!match) return null;
  const next = match[2]!;
  // Agencies write the month in capitals too ("MARCH 27").
  const dated = /^\d/.test(next) || isMonth(next.charAt(0) + next.slice(1).toLowerCase());
  return dated ? match[1]! : null;
}

/** Where an article was filed from: the dateline opening one of its first two paragraphs (an agency's standfirst may come first). */
export function articleDateline(text: string): string | null {
  for (const paragraph of text.split(/\n\s*\n/, 2)) {
    const place = datelinePlace(paragraph);
    if (place) return place;
  }
  return null;
}
