import { BoundedMemo } from "../util/bounded-memo.js";
import { toTerm } from "./analyzer.js";

/**
 * `toTerm` with its answers remembered (up to `limit` words, then it starts again):
 * stemming is most of analysing a text, and texts share most of their words.
 */
export function rememberingToTerm(limit = 200_000): (token: string) => string | null {
  const terms = new BoundedMemo<string, string | null>(limit);
  return (token) => terms.get(token, toTerm);
}
