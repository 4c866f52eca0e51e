/**
 * A quote reads as a clean excerpt: no agency dateline before it ("YEREVAN, MARCH 27,
 * ARMENPRESS."), which is where the report was filed, not what it says, nor a paragraph's label
 * ("Details: "), and its quotation marks balanced, so a sentence cut from inside a quotation
 * still shows where it starts or ends.
 */
import { DAY_AND_DASH, datelinePlace } from "../corpus/dateline.js";

/** The end of a dateline: the full stop before the text (". The"), or a dash ("LONDON (Reuters) - "), and a date and dash after it ("CHEVY CHASE, Md., - March 4 - "). */
const DATELINE_END = /^.{0,80}?(?:\.\s+(?=[\p{Lu}“"«])|\s[-–—]\s+(?:\p{L}+\.?\s+\d{1,2}\s+[-–—]\s+)?)/u;

/** A wire's date and the dash after it, which end its dateline before any full stop does ("RICHMOND, Va. Feb 26 - ", "March 4- "). */
const DATED_DASH = new RegExp(String.raw`^[^\n]{0,30}?${DAY_AND_DASH}\s*`, "u");

/** The sentence without the dateline it opens with, if any. */
export function withoutDateline(sentence: string): string {
  const place = datelinePlace(sentence);
  if (place === null) return sentence;
  // Looked for after the place, whose abbreviation ("ST. LOUIS") ends no dateline.
  const after = sentence.indexOf(place) + place.length;
  const rest = sentence.slice(after);
  const end = DATED_DASH.exec(rest) ?? DATELINE_END.exec(rest);
  return end ? sentence.slice(after + end[0].length) : sentence;
}

/** A line that credits who wrote or sourced the report ("(With inputs from agencies)", "(Reporting by ...; Editing by ...)"), no news. */
const CREDIT_LINE = /^\(?\s*(?:with\s+inputs?\s+from|(?:additional\s+)?reporting\s+by|editing\s+by|writing\s+by|compiled\s+by)\b[^()]*\)?\W*$/i;

/** Whether a sentence only credits who wrote or sourced the report. */
export function isCreditLine(sentence: string): boolean {
  return CREDIT_LINE.test(sentence.trim());
}

/** The sentence with a quotation it opens closed, and one it closes opened. */
export function balancedQuotes(sentence: string): string {
  const opens = (sentence.match(/“/g) ?? []).length;
  const closes = (sentence.match(/”/g) ?? []).length;
  if (opens > closes) return sentence + "”".repeat(opens - closes);
  if (closes > opens) return "“".repeat(closes - opens) + sentence;
  const straight = (sentence.match(/"/g) ?? []).length;
  if (straight % 2 === 1) return /^[^"]*\S"/.test(sentence) ? `"${sentence}` : `${sentence}"`;
  return sentence;
}

/** A label an outlet sets before a paragraph ("Details: ", "Quote: "), which says what kind of paragraph follows, not what it says. */
const PARAGRAPH_LABEL = /^(?:Details|Quote|Background|Context|Update|Recap)\s*:\s+(?=\S)/;

/** A quote as it is shown: no dateline or paragraph label, quotation marks balanced. */
export function cleanQuote(sentence: string): string {
  return balancedQuotes(withoutDateline(sentence).trim().replace(PARAGRAPH_LABEL, ""));
}
