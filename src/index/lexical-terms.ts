import { toTerm } from "./analyzer.js";

/**
 * `toTerm` with its answers remembered (up to `limit` words, then it starts again):
 * stemming is most of analysing a text, and texts share most of their words.
 */
export function rememberingToTerm(limit = 200_000): (token: string) => string | null {
  const terms = new Map<string, string | null>();
  return (token) => {
    let term = terms.get(token);
    if (term === undefined) {
      if (terms.size >= limit) terms.clear();
      terms.set(token, (term = toTerm(token)));
    }
    return term;
  };
}
