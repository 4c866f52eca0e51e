import { describe, expect, it } from "vitest";
import { VectorIndex } from "../src/index/vector-index.js";

const DIMENSION = 64;

/** mulberry32: the same vectors on every run. */
function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function unit(vector: number[]): number[] {
  const norm = Math.hypot(...vector);
  return vector.map((x) => x / norm);
}

/**
 * What the scale corpus is like: vectors sharing a large common part (as mean-pooled word
 * vectors do), each story with near-copies of itself, and questions far from every vector.
 */
function nearCopies(stories: number, copies: number) {
  const next = random(7);
  const gauss = () => Math.sqrt(-2 * Math.log(1 - next())) * Math.cos(2 * Math.PI * next());
  const common = Array.from({ length: DIMENSION }, gauss);
  const vectors = new Float32Array(stories * copies * DIMENSION);
  for (let story = 0; story < stories; story++) {
    const base = common.map((c) => c + 0.7 * gauss());
    for (let copy = 0; copy < copies; copy++) vectors.set(unit(base.map((x) => x + 0.01 * gauss())), (story * copies + copy) * DIMENSION);
  }
  const questions = Array.from({ length: 100 }, () => Float32Array.from(unit(common.map((c) => c + 1.5 * gauss()))));
  return { vectors, questions };
}

function exactTop(index: VectorIndex, query: Float32Array, k: number, passes: (row: number) => boolean = () => true): number[] {
  const similarities = Array.from({ length: index.size }, (_, row) => index.similarity(query, row));
  const rows = Array.from({ length: index.size }, (_, row) => row).filter(passes);
  return rows.sort((a, b) => similarities[b]! - similarities[a]!).slice(0, k);
}

describe("VectorIndex", () => {
  // More rows than are ever scanned one by one, so that a filter most rows pass searches the graph.
  const { vectors, questions } = nearCopies(4000, 6);
  const index = VectorIndex.build(vectors, DIMENSION);

  it("finds the exact 10 nearest among near-copies, for questions far from every vector", () => {
    // At the ef of 200 the retriever's 200 candidates used to get, this recall was 0.92.
    const exact = questions.map((question) => new Set(exactTop(index, question, 10)));
    for (const k of [10, 200]) {
      const found = questions.reduce((sum, question, i) => sum + index.query(question, k).slice(0, 10).filter((hit) => exact[i]!.has(hit.row)).length, 0);
      expect(found / (questions.length * 10)).toBeGreaterThanOrEqual(0.99);
    }
  });

  it("returns only rows that pass a filter, nearest first, with their similarities, the very nearest when few pass", () => {
    for (const passes of [(row: number) => row % 3 === 0, (row: number) => row % 10 !== 0]) {
      const rows = Uint32Array.from({ length: index.size }, (_, row) => row).filter(passes);
      for (const question of questions.slice(0, 10)) {
        const hits = index.query(question, 20, { rows, has: passes });
        expect(hits).toHaveLength(20);
        for (const [i, hit] of hits.entries()) {
          expect(passes(hit.row)).toBe(true);
          expect(hit.similarity).toBeCloseTo(index.similarity(question, hit.row), 5);
          if (i > 0) expect(hit.similarity).toBeLessThanOrEqual(hits[i - 1]!.similarity);
        }
        const exact = exactTop(index, question, 20, passes);
        // Rows scanned one by one (a third pass) are the exact nearest; a graph search finds the nearest.
        if (rows.length < index.size / 2) expect(hits.map((hit) => hit.row)).toEqual(exact);
        else expect(hits[0]!.row).toBe(exact[0]);
      }
    }
  });
});
