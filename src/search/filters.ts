import { dateSpan } from "../corpus/dates.js";
import type { ArticleRecord } from "../index/corpus-index.js";

export interface SearchFilters {
  /** Outlet name, matched without regard to case. */
  outlet?: string;
  /** Earliest day, "YYYY-MM-DD" (inclusive). */
  after?: string;
  /** Latest day, "YYYY-MM-DD" (inclusive). */
  before?: string;
}

export function hasFilters(filters: SearchFilters | undefined): filters is SearchFilters {
  return Boolean(filters && (filters.outlet || filters.after || filters.before));
}

/**
 * Whether an article passes the filters. A date known only to the month passes a date
 * filter when any day of that month would; an article with no date never does.
 */
export function matchesFilters(article: ArticleRecord, filters: SearchFilters): boolean {
  if (filters.outlet && article.outlet?.toLowerCase() !== filters.outlet.toLowerCase()) return false;
  if (filters.after || filters.before) {
    if (!article.date) return false;
    const { first, last } = dateSpan(article.date);
    if (filters.after && last < filters.after) return false;
    if (filters.before && first > filters.before) return false;
  }
  return true;
}
