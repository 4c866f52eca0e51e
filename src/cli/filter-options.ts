/** The --outlet / --after / --before options shared by `ask` and `search`. */
import type { SearchFilters } from "../search/filters.js";

export const filterOptions = {
  outlet: { type: "string" },
  after: { type: "string" },
  before: { type: "string" },
} as const;

const DAY = /^\d{4}-\d{2}-\d{2}$/;

export function filtersFrom(values: { outlet?: string; after?: string; before?: string }): SearchFilters {
  for (const name of ["after", "before"] as const) {
    const value = values[name];
    if (value !== undefined && (!DAY.test(value) || Number.isNaN(Date.parse(value)))) {
      throw new Error(`--${name} must be a day as YYYY-MM-DD, got "${value}"`);
    }
  }
  return { outlet: values.outlet, after: values.after, before: values.before };
}
