/**
 * Dates in the corpus are ISO 8601 strings only as precise as the source allows:
 * "2023", "2023-03", "2023-03-14" or with a time, "2023-03-21T10:53".
 */
const ISO_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(?:Z|[+-](\d{2}):?(\d{2}))?)?)?)?$/;

/** Whether a string is such a date, and one the calendar has: no 2023-02-29, 2023-04-31 or 25:00. */
export function isIsoDate(value: string): boolean {
  const match = ISO_DATE.exec(value);
  if (!match) return false;
  const [, year, month, day, hour, minute, second, offsetHour, offsetMinute] = match;
  const within = (part: string | undefined, first: number, last: number) => part === undefined || (Number(part) >= first && Number(part) <= last);
  return (
    within(month, 1, 12) &&
    within(day, 1, daysInMonth(Number(year), Number(month))) &&
    within(hour, 0, 23) &&
    within(minute, 0, 59) &&
    within(second, 0, 59) &&
    within(offsetHour, 0, 23) &&
    within(offsetMinute, 0, 59)
  );
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** The first and last calendar day ("YYYY-MM-DD") a date of any precision may stand for. */
export function dateSpan(value: string): { first: string; last: string } {
  const [year, month, day] = value.slice(0, 10).split("-");
  if (day) return { first: `${year}-${month}-${day}`, last: `${year}-${month}-${day}` };
  if (month) {
    const lastDay = daysInMonth(Number(year), Number(month));
    return { first: `${year}-${month}-01`, last: `${year}-${month}-${String(lastDay).padStart(2, "0")}` };
  }
  return { first: `${year}-01-01`, last: `${year}-12-31` };
}

/** A span of days as its day, month or year reads ("3 Mar 2022", "Mar 2022", "2022"): `dateSpan` read back. */
export function periodLabel({ first, last }: { first: string; last: string }): string {
  const spans = (value: string) => {
    const span = dateSpan(value);
    return span.first === first && span.last === last;
  };
  if (first === last) return formatDate(first)!;
  if (spans(first.slice(0, 7))) return formatDate(first.slice(0, 7))!;
  if (spans(first.slice(0, 4))) return first.slice(0, 4);
  return `${formatDate(first)} to ${formatDate(last)}`;
}

/** "14 Mar 2023", "Mar 2023", "2023": how a citation shows a date of any precision. */
export function formatDate(value: string | null): string | null {
  if (!value) return null;
  const [year, month, day] = value.slice(0, 10).split("-");
  const monthName = month ? new Date(Date.UTC(2000, Number(month) - 1, 1)).toLocaleString("en", { month: "short", timeZone: "UTC" }) : undefined;
  return [day ? String(Number(day)) : undefined, monthName, year].filter(Boolean).join(" ");
}

/** A month as written in text, full or abbreviated ("March", "Mar.", "Sept"). */
const MONTH_PATTERN = "(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\\b\\.?";

const WHOLE_MONTH = new RegExp(`^${MONTH_PATTERN}$`);

/** Whether a word is a month's name ("March", "Sept."). */
export function isMonth(word: string): boolean {
  return WHOLE_MONTH.test(word);
}

/** The days of the week, as a pattern's alternatives. */
export const WEEKDAYS = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday";
const WEEKDAY = new RegExp(`^(?:${WEEKDAYS})$`, "i");

/** Whether a word is a day of the week's name ("Monday"), a time as a month is. */
export function isWeekday(word: string): boolean {
  return WEEKDAY.test(word);
}

/** Days under ten as the wire spells them: "on April eight". */
const SPELLED_DAYS = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine"];
/** Each in lower case or capitalised, as tables write them ("Pay April One"); not "May one" ("May one day ..."). */
const SPELLED_DAY = SPELLED_DAYS.map((day) => `${day === "one" ? "(?<!May\\s+)" : ""}[${day.charAt(0)}${day.charAt(0).toUpperCase()}]${day.slice(1)}`).join("|");
/** A calendar day as written in text: "March 25", "25 March", "Mar. 5th", "April eight". */
export const DAY_PATTERN = new RegExp(`\\b(?:(${MONTH_PATTERN})\\s+(\\d{1,2}|${SPELLED_DAY})(?:st|nd|rd|th)?\\b|(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?(${MONTH_PATTERN}))`, "g");

export const MONTH_NAMES = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
/** A month by its full name ("from April"). */
export const MONTH_NAME = new RegExp(`\\b(?:${MONTH_NAMES.join("|")})\\b`);
const MONTH_PREFIXES = MONTH_NAMES.map((name) => name.slice(0, 3).toLowerCase());

/** Days named by their holiday, which the news also writes by date ("on New Year's Day": "on January 1"). */
export const HOLIDAY_PATTERN = /\b(?:New Year['’]?s (?:Day|Eve)|Christmas (?:Day|Eve))\b/gi;
const HOLIDAY_DAYS: Record<string, string> = { "new year's day": "01-01", "new year's eve": "12-31", "christmas day": "12-25", "christmas eve": "12-24" };

/** The text with each holiday followed by its date, as the news writes it: "on New Year's Day (January 1)". */
export function withHolidayDates(text: string): string {
  return text.replace(HOLIDAY_PATTERN, (holiday) => `${holiday} (${holidayDate(holiday)})`);
}

/** The text with each holiday as its date: "warned on New Year's Day" as "warned on January 1". */
export function holidaysAsDates(text: string): string {
  return text.replace(HOLIDAY_PATTERN, (holiday) => holidayDate(holiday));
}

/** A holiday's date as the news writes it ("January 1"). */
function holidayDate(holiday: string): string {
  const [month, day] = holidayDay(holiday).split("-").map(Number);
  return `${MONTH_NAMES[month! - 1]} ${day}`;
}

/** A year asked about as a whole: "the whole of 1986", "all of 1986", "1986 as a whole". */
const WHOLE_YEAR = /\b(?:(?:the\s+)?(?:whole|all)\s+of\s+((?:19|20)\d\d)|((?:19|20)\d\d)\s+as\s+a\s+whole)\b/gi;

/** The text with a year asked about as a whole named as the year, as a results table heads its rows ("Year"). */
export function withWholeYears(text: string): string {
  return text.replace(WHOLE_YEAR, (_, of: string | undefined, asWhole: string | undefined) => `the year ${of ?? asWhole}`);
}

const holidayDay = (holiday: string) => HOLIDAY_DAYS[holiday.toLowerCase().replace(/year['’]?s /, "year's ")]!;

/** The calendar days a text names, as "MM-DD" ("on March 25" -> "03-25", "on April eight" -> "04-08", "New Year's Day" -> "01-01"), without years. */
export function calendarDaysIn(text: string): string[] {
  const days: string[] = [...text.matchAll(HOLIDAY_PATTERN)].map((match) => holidayDay(match[0]));
  for (const match of text.matchAll(DAY_PATTERN)) {
    const month = MONTH_PREFIXES.indexOf((match[1] ?? match[4])!.slice(0, 3).toLowerCase()) + 1;
    const written = (match[2] ?? match[3])!;
    const day = SPELLED_DAYS.indexOf(written.toLowerCase()) + 1 || Number(written);
    if (day >= 1 && day <= 31) days.push(`${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`);
  }
  return days;
}

const YEAR_PATTERN = /\b(?:1[89]|20)\d\d\b/g;

/**
 * A year of two digits after a month ("march 87": no day of the month), an apostrophe ("in '86"), or "in" or "during" that
 * ends a clause ("spending on exploration in 87": no number of things).
 */
const SHORT_YEAR = new RegExp(
  `\\b(${MONTH_PATTERN})\\s+(3[2-9]|[4-9]\\d)\\b|(?<![\\p{L}\\d])['’](\\d\\d)\\b|\\b((?:in|during)\\s+)(3[2-9]|[4-9]\\d)(?=\\s*(?:$|[?!.,;:]|\\b(?:and|or|vs)\\b))`,
  "giu",
);

/**
 * A text with the years chat writes in two digits written in four ("braniff load factor for
 * march 87": March 1987): past 31 a month's number, or a number ending a clause after "in", is a year of the 1900s; after
 * an apostrophe, as far as 31 one of the 2000s.
 */
export function withFullYears(text: string): string {
  return text.replace(SHORT_YEAR, (_, month?: string, afterMonth?: string, afterApostrophe?: string, preposition?: string, afterPreposition?: string) =>
    month ? `${month} 19${afterMonth}` : preposition ? `${preposition}19${afterPreposition}` : `${Number(afterApostrophe) <= 31 ? "20" : "19"}${afterApostrophe}`,
  );
}

/** The years a text names, 1800 to 2099 ("in 2020" -> "2020"). */
export function yearsIn(text: string): string[] {
  return text.match(YEAR_PATTERN) ?? [];
}

// Months capitalised, as in the other patterns: "the last march" is no date.
const RELATIVE = new RegExp(`\\b([Ll]ast|[Tt]his|[Nn]ext)\\s+(year|${MONTH_PATTERN})`, "g");

/**
 * The years a text dates things to: those it names, apart from maturities, which name a
 * security ("debentures due 2008" tell nothing of 2008), and, against the date it was written
 * (ISO, as precise as known), those it implies ("last year"; "last October" in March 2023 is
 * October 2022).
 */
export function yearsSpokenOf(text: string, written: string | null): string[] {
  const years = yearsIn(text.replace(MATURITY, " "));
  const year = written ? Number(written.slice(0, 4)) : NaN;
  const month = written && written.length >= 7 ? Number(written.slice(5, 7)) : NaN;
  if (Number.isNaN(year)) return years;
  for (const [, when, what] of text.matchAll(RELATIVE)) {
    const step = { last: -1, this: 0, next: 1 }[when!.toLowerCase() as "last" | "this" | "next"];
    if (what!.toLowerCase() === "year") years.push(String(year + step));
    else if (!Number.isNaN(month)) {
      // The most recent such month before the writing, or the coming one after it.
      const named = MONTH_PREFIXES.indexOf(what!.slice(0, 3).toLowerCase()) + 1;
      const shift = step < 0 ? (named < month ? 0 : -1) : step > 0 ? (named > month ? 0 : 1) : 0;
      years.push(String(year + shift));
    }
  }
  return years;
}

const ORDINALS = [
  ["first", "1st"],
  ["second", "2nd"],
  ["third", "3rd"],
  ["fourth", "4th"],
];
const ORDINAL = ORDINALS.flat().join("|");
const PART = "quarter|qtr|half";
/** A part of a year with the year: "the third quarter of 1988", "4th qtr 1986", "first half of fiscal 1987", "February 1987". */
const PERIOD_WITH_YEAR = new RegExp(
  `\\b(?:(${ORDINAL})[\\s-]+(${PART})\\b(?:\\s+(?:of|in))?(?:\\s+fiscal)?|(${MONTH_PATTERN})(?:\\s+of)?)\\s+((?:1[89]|20)\\d\\d)\\b`,
  "gi",
);

export interface Period {
  /** As a sentence may write it without the year: "third-quarter", "3rd qtr", "Feb". */
  pattern: RegExp;
  year: string;
  /** As a reply can say it: "in the third quarter of 1988", "in February 1987". */
  phrase: string;
  /** For a month, its year and month as dates write them ("1987-02"). */
  month?: string;
}

/**
 * Whether a sentence speaks of the month as "last month" in a report dated the month after
 * ("Food Lion said its sales totaled 207.5 mln dlrs last month", filed March 6, 1987: February 1987).
 */
export function saysLastMonth(sentence: string, date: string | null, month: string | undefined): boolean {
  if (!date || !month || !/\blast month\b/i.test(sentence)) return false;
  const [year, number] = [Number(date.slice(0, 4)), Number(date.slice(5, 7))];
  return (number === 1 ? `${year - 1}-12` : `${year}-${String(number - 1).padStart(2, "0")}`) === month;
}

/** The parts of years a text names with their year ("the third quarter of 1988", "February 1987"). */
export function periodsIn(text: string): Period[] {
  return [...text.matchAll(PERIOD_WITH_YEAR)].map((match) => {
    const [, ordinal, part, monthName, year] = match;
    if (monthName) {
      const full = MONTH_NAMES[MONTH_PREFIXES.indexOf(monthName.slice(0, 3).toLowerCase())]!;
      const forms = full === "September" ? [full, "Sept", "Sep"] : [full, full.slice(0, 3)];
      const month = `${year}-${String(MONTH_NAMES.indexOf(full) + 1).padStart(2, "0")}`;
      return { pattern: new RegExp(`\\b(?:${forms.join("|")})\\b`, "i"), year: year!, phrase: `in ${match[0]}`, month };
    }
    const forms = ORDINALS.find((names) => names.includes(ordinal!.toLowerCase()))!;
    const parts = part!.toLowerCase() === "half" ? "half" : "quarter|qtr";
    return { pattern: new RegExp(`\\b(?:${forms.join("|")})[\\s-]+(?:${parts})\\b`, "i"), year: year!, phrase: `in the ${match[0]}` };
  });
}

/** A part of a year as a text names it, with or without the year: a month, a quarter or a half, and which. */
export interface PartOfYear {
  kind: "month" | "quarter" | "half";
  which: number;
}

/** "third-quarter", "3rd qtr", "q3", "first half", "February", "Feb"; "may" is too often the verb. */
const PART_OF_YEAR = new RegExp(`\\b(?:(${ORDINAL})[\\s-]+(quarter|qtr|half)\\b|q([1-4])\\b|(?!may\\b)(${MONTH_PATTERN}))`, "gi");

/** Whether the text opens with "Jan" as a first name, before a surname: "Jan Lipavsky", no month. */
export function opensWithFirstNameJan(text: string): boolean {
  return /^Jan\s+\p{Lu}\p{Ll}/u.test(text);
}

/** The parts of years a text names ("its February sales", "the third quarter"). */
export function partsOfYearIn(text: string): PartOfYear[] {
  const parts = [...text.matchAll(PART_OF_YEAR)].filter((match) => !opensWithFirstNameJan(text.slice(match.index)));
  return parts.map(([, ordinal, part, quarter, month]): PartOfYear => {
    if (quarter) return { kind: "quarter", which: Number(quarter) };
    if (month) return { kind: "month", which: MONTH_PREFIXES.indexOf(month.slice(0, 3).toLowerCase()) + 1 };
    return { kind: part!.toLowerCase() === "half" ? "half" : "quarter", which: ORDINALS.findIndex((names) => names.includes(ordinal!.toLowerCase())) + 1 };
  });
}

/** As a reply says it: "in January", "in the second quarter". */
export function partOfYearPhrase({ kind, which }: PartOfYear): string {
  return kind === "month" ? `in ${MONTH_NAMES[which - 1]}` : `in the ${ORDINALS[which - 1]![0]} ${kind}`;
}

/**
 * The parts of years a question asks about without their year or day ("tandy's january sales"; not "March 25", "the third
 * quarter of 1988"), nor the month a period asked about ends in ("the nine months to the end of January", "the quarter ending
 * in November"), which names its last day as "the year ended December 31" does, nor the month a span starts in ("since January").
 */
export function partsAskedWithoutYear(question: string): PartOfYear[] {
  return partsOfYearIn(question.replace(PERIOD_WITH_YEAR, " ").replace(DAY_TYPED, " ").replace(PERIOD_ENDING, " ").replace(SINCE_MONTH, " "));
}
/** A span from a month on ("killed since January"), which a report gives since the start of the year: no month asked. */
const SINCE_MONTH = new RegExp(`\\bsince\\s+(?:early\\s+|late\\s+|mid-?)?${MONTH_PATTERN}`, "gi");
/** The words that close a period counted to its last day: "the nine months to", "the quarter that ended", "ending in". */
export const TO_PERIOD_END = String.raw`(?:that\s+)?(?:to|ended|ending|through|thru|until)`;
/** A period counted to the month it ends in: "months to the end of January", "quarter ending in November", "year to December". */
const PERIOD_ENDING = new RegExp(`\\b(?:months?|mths|quarters?|qtrs?|year|yr|half|weeks|wks)\\s+${TO_PERIOD_END}\\s+(?:in\\s+)?(?:the\\s+end\\s+of\\s+)?${MONTH_PATTERN}`, "gi");
/** A calendar day as chat may type it, in lower case ("march 25"). */
const DAY_TYPED = new RegExp(DAY_PATTERN.source, "gi");

/** A security named by the year it matures in: "debentures due 2004". */
const MATURITY = /\bdue\s+((?:19|20)\d\d)\b/gi;

/** The years a text names securities by ("the convertible debentures due 2012": 2012). */
export function maturityYearsIn(text: string): string[] {
  return [...text.matchAll(MATURITY)].map((match) => match[1]!);
}

/**
 * The years a text names apart from the parts of years it names with them ("in 2020"; not "the
 * third quarter of 1988"), and apart from maturities, which name a security, not a time asked about.
 */
export function yearsApartFromPeriods(text: string): string[] {
  return yearsIn(text.replace(PERIOD_WITH_YEAR, " ").replace(MATURITY, " "));
}

/** A time of day, by the clock of a zone or before noon or after: "at 1630 EST (2130 GMT)", "at 10 a.m.". */
export const CLOCK_TIME = /\b\d{1,2}(?::\d{2})?\s*[ap]\.m\.|\b\d{1,2}:?\d{2}\s+(?:EST|EDT|CST|CDT|MST|MDT|PST|PDT|GMT|BST|CET|JST|HKT|SGT|local time)\b/;

/** Days, years and times of day as written in text, which are numbers but no quantity ("on March 1", "in 2020", "at 1630 EST"). */
export const DATE_PATTERN = new RegExp(`${DAY_PATTERN.source}|${YEAR_PATTERN.source}|${CLOCK_TIME.source}`, "g");
