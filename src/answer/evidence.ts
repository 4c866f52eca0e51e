/**
 * When to answer and when to say "not found": how much of the question the best
 * passages cover, and whether the question names something no article mentions.
 */
import { names } from "../index/analyzer.js";
import type { LexicalIndex } from "../index/lexical-index.js";

/**
 * Below this share of the question's (IDF-weighted) terms found in one passage, the
 * answer abstains. Chosen on the tuning half (even lines) of tests/eval/news.jsonl.
 */
export const ABSTAIN_BELOW = 0.35;

/** IDF-weighted share of the query's terms found among `present` (a text's analysed terms). */
export function coverage(queryTerms: string[], present: Set<string>, lexical: LexicalIndex): number {
  if (queryTerms.length === 0) return 0;
  let total = 0;
  let found = 0;
  for (const term of new Set(queryTerms)) {
    const weight = lexical.idf(term);
    total += weight;
    if (present.has(term)) found += weight;
  }
  return total > 0 ? found / total : 0;
}

/** The names in the question with a word the corpus never uses, as written. */
export function unknownNamesIn(question: string, lexical: LexicalIndex): string[] {
  return [...new Set(names(question).filter(({ terms }) => terms.some((term) => !lexical.knows(term))).map(({ name }) => name))];
}

export function abstentionLine(articleCount: number, unknownNames: string[] = []): string {
  const topic = unknownNames.length > 0 ? new Intl.ListFormat("en", { type: "conjunction" }).format(unknownNames) : "that";
  return `I found nothing about ${topic} in the ${articleCount} articles I have.`;
}
