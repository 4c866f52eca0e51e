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

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** The first of `after` / `before` that is not a real day written YYYY-MM-DD, if any. */
export function invalidDateFilter(filters: SearchFilters): "after" | "before" | undefined {
  return (["after", "before"] as const).find((name) => {
    const value = filters[name];
    return value !== undefined && (!DAY.test(value) || Number.isNaN(Date.parse(value)));
  });
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
