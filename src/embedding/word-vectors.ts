/**
 * Single words embedded by the model, cached: the abstention check compares question
 * words with passage words by meaning ("diplomat" and "ambassador"), and the same words
 * come back question after question.
 */
import type { Embedder } from "./embedder.js";

/**
 * Enough for the words of many thousands of answers (20 MB of 100-dimension vectors, 77 MB
 * of 384); past it the cache starts again.
 */
const MAX_CACHED_WORDS = 50_000;

export class WordVectors {
  private readonly cache = new Map<string, Float32Array>();

  constructor(private readonly embedder: Embedder) {}

  /** Unit vectors of the words (a word the model does not know gets a zero vector). */
  async of(words: Iterable<string>): Promise<Map<string, Float32Array>> {
    const unique = [...new Set(words)];
    const missing = unique.filter((word) => !this.cache.has(word));
    if (missing.length > 0) {
      if (this.cache.size + missing.length > MAX_CACHED_WORDS) this.cache.clear();
      const vectors = await this.embedder.embed(missing, "query");
      missing.forEach((word, i) => this.cache.set(word, vectors[i]!));
    }
    return new Map(unique.map((word) => [word, this.cache.get(word)!]));
  }
}

/** Cosine similarity of two unit vectors. */
export function cosine(a: Float32Array, b: Float32Array): number {
  let dot = 0;
  for (let d = 0; d < a.length; d++) dot += a[d]! * b[d]!;
  return dot;
}
