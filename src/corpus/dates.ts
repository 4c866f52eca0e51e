/**
 * Dates in the corpus are ISO 8601 strings only as precise as the source allows:
 * "2023", "2023-03", "2023-03-14" or with a time, "2023-03-21T10:53".
 */
const ISO_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?)?)?$/;

export function isIsoDate(value: string): boolean {
  const match = ISO_DATE.exec(value);
  if (!match) return false;
  const [, , month, day, hour, minute] = match;
  if (month && (Number(month) < 1 || Number(month) > 12)) return false;
  if (day && (Number(day) < 1 || Number(day) > 31)) return false;
  if (hour && Number(hour) > 23) return false;
  if (minute && Number(minute) > 59) return false;
  return true;
}

/** The first and last calendar day ("YYYY-MM-DD") a date of any precision may stand for. */
export function dateSpan(value: string): { first: string; last: string } {
  const [year, month, day] = value.slice(0, 10).split("-");
  if (day) return { first: `${year}-${month}-${day}`, last: `${year}-${month}-${day}` };
  if (month) {
    const lastDay = new Date(Date.UTC(Number(year), Number(month), 0)).getUTCDate();
    return { first: `${year}-${month}-01`, last: `${year}-${month}-${String(lastDay).padStart(2, "0")}` };
  }
  return { first: `${year}-01-01`, last: `${year}-12-31` };
}

/** "14 Mar 2023", "Mar 2023", "2023": how a citation shows a date of any precision. */
export function formatDate(value: string | null): string | null {
  if (!value) return null;
  const [year, month, day] = value.slice(0, 10).split("-");
  const monthName = month ? new Date(Date.UTC(2000, Number(month) - 1, 1)).toLocaleString("en", { month: "short", timeZone: "UTC" }) : undefined;
  return [day ? String(Number(day)) : undefined, monthName, year].filter(Boolean).join(" ");
}
