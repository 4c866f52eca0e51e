/**
 * What transformers.js's feature-extraction pipeline does with pooling "mean" and
 * normalize, in typed arrays: the library's own pooling converts the int64 attention mask
 * to a number once per token and dimension, which took most of the ingest time. Both ways
 * of embedding share it, so the built-in model's vectors do not depend on which one ran.
 */

/**
 * The unit-length mean of token vectors: the rows of `table` that start at `offsets`, in that
 * order (rows read straight from the table, no array made per token). The sums are float32,
 * in token order (the library sums in float64; the difference is below 1e-6, but the vectors
 * of existing indexes, and the model fingerprint, were made this way).
 */
export function meanUnitVectorOf(table: Float32Array, offsets: ArrayLike<number>, dimension: number): Float32Array {
  const pooled = new Float32Array(dimension);
  const count = offsets.length;
  for (let token = 0; token < count; token++) {
    const offset = offsets[token]!;
    for (let d = 0; d < dimension; d++) pooled[d]! += table[offset + d]!;
  }
  let norm = 0;
  for (let d = 0; d < dimension; d++) norm += (pooled[d]! /= Math.max(count, 1)) ** 2;
  norm = Math.sqrt(norm);
  if (norm > 0) for (let d = 0; d < dimension; d++) pooled[d]! /= norm;
  return pooled;
}
