/**
 * Publication dates as pages and feeds write them, turned into the ISO 8601 the corpus
 * keeps, as written: an ISO date stays as it is (its offset never moves the day), and an
 * RFC 822 date (RSS pubDate) is rewritten in ISO with its own offset. Anything else gives
 * no date rather than a guess.
 */
import { isIsoDate } from "./dates.js";

const ISO_LIKE = /^(\d{4}-\d{2}(?:-\d{2})?)(?:[T ](\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?)\s*(Z|[+-]\d{2}:?\d{2})?)?$/i;
const RFC_822 = /^(?:[A-Za-z]{3},\s*)?(\d{1,2})\s+([A-Za-z]{3})[a-z]*\s+(\d{4}|\d{2})(?:\s+(\d{1,2}):(\d{2})(?::(\d{2}))?(?:\s*([+-]\d{4}|[A-Za-z]{1,5}))?)?$/;
const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
/** The zone names RFC 822 allows; military letters are too ambiguous to trust and give no offset. */
const ZONES: Record<string, string> = { UT: "Z", UTC: "Z", GMT: "Z", Z: "Z", EST: "-05:00", EDT: "-04:00", CST: "-06:00", CDT: "-05:00", MST: "-07:00", MDT: "-06:00", PST: "-08:00", PDT: "-07:00" };

/** The date in corpus form, or null when there is none or it cannot be read for sure. */
export function publishedDate(value: string | null | undefined): string | null {
  const text = value?.trim();
  if (!text) return null;
  const iso = ISO_LIKE.exec(text);
  if (iso) {
    const [, day, time, zone] = iso;
    const written = time ? `${day}T${time}${zone ? zone.toUpperCase() : ""}` : day!;
    return isIsoDate(written) ? written : null;
  }
  const rfc = RFC_822.exec(text);
  if (!rfc) return null;
  const [, day, monthName, year, hour, minute, second, zone] = rfc;
  const month = MONTHS.indexOf(monthName!.toLowerCase()) + 1;
  if (month === 0) return null;
  const fullYear = year!.length === 2 ? `20${year}` : year!;
  const date = `${fullYear}-${pad(month)}-${pad(Number(day))}`;
  if (hour === undefined) return isIsoDate(date) ? date : null;
  const offset = zone === undefined ? "" : /^[+-]\d{4}$/.test(zone) ? `${zone.slice(0, 3)}:${zone.slice(3)}` : ZONES[zone.toUpperCase()];
  if (offset === undefined) return isIsoDate(date) ? date : null;
  const written = `${date}T${pad(Number(hour))}:${minute}${second ? `:${second}` : ""}${offset}`;
  return isIsoDate(written) ? written : null;
}

function pad(value: number): string {
  return String(value).padStart(2, "0");
}
