/** The --outlet / --after / --before options shared by `ask` and `search`. */
import { invalidDateFilter, type SearchFilters } from "../search/filters.js";

export const filterOptions = {
  outlet: { type: "string" },
  after: { type: "string" },
  before: { type: "string" },
} as const;

export function filtersFrom(values: { outlet?: string; after?: string; before?: string }): SearchFilters {
  const filters = { outlet: values.outlet, after: values.after, before: values.before };
  const invalid = invalidDateFilter(filters);
  if (invalid) throw new Error(`--${invalid} must be a day as YYYY-MM-DD, got "${filters[invalid]}"`);
  return filters;
}
