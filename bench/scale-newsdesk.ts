/**
 * One scale point through newsdesk's own code, in a process of its own so its peak memory is
 * its own: ingest from nothing, then HNSW recall against exact search and warm answer latency.
 * Prints one JSON line. Run by scale.ts:
 *
 *   node --import tsx bench/scale-newsdesk.ts CORPUS_DIR INDEX_DIR
 */
import { servicesOver } from "../src/app/newsdesk.js";
import { ingest } from "../src/ingest/ingest.js";
import type { VectorIndex } from "../src/index/vector-index.js";
import { benchEmbedder, benchQuestions, bytesOnDisk, latencies, peakRssMb } from "./scale-common.js";

const [corpusDir, indexDir] = process.argv.slice(2) as [string, string];
const embedder = await benchEmbedder();
const questions = benchQuestions();

const started = performance.now();
const result = await ingest({ corpusDir, indexDir, embedder });
const ingestSeconds = (performance.now() - started) / 1000;
// Read now: the high-water mark of everything up to the saved index, before the measurements below add to it.
const ingestPeakMb = peakRssMb();

/** Rows of the 10 stored vectors nearest `query`, by a scan of every one. */
function exactTop10(vectors: VectorIndex, query: Float32Array): number[] {
  const best: { row: number; similarity: number }[] = [];
  for (let row = 0; row < vectors.size; row++) {
    const similarity = vectors.similarity(query, row);
    if (best.length < 10 || similarity > best[9]!.similarity) {
      best.push({ row, similarity });
      best.sort((a, b) => b.similarity - a.similarity);
      best.length = Math.min(best.length, 10);
    }
  }
  return best.map((hit) => hit.row);
}

/**
 * Recall@10 of the graph against the exact top 10, over the question vectors: asked for 10
 * (ef 100, as VectorIndex sets it) and within the 200 candidates the retriever asks for (ef 200).
 */
function recallAt10(vectors: VectorIndex, queries: Float32Array[]): { k10: number; k200: number } {
  let k10 = 0;
  let k200 = 0;
  for (const query of queries) {
    const exact = new Set(exactTop10(vectors, query));
    k10 += vectors.query(query, 10).filter((hit) => exact.has(hit.row)).length;
    k200 += vectors.query(query, 200).slice(0, 10).filter((hit) => exact.has(hit.row)).length;
  }
  const total = Math.min(10, vectors.size) * queries.length;
  return { k10: k10 / total, k200: k200 / total };
}

const recall = recallAt10(result.index.vectors, await embedder.embed(questions, "query"));
const { answerer } = servicesOver(result.index, embedder);
const latency = await latencies(questions, (question) => answerer.ask(question));

console.log(
  JSON.stringify({
    articles: result.articles,
    chunks: result.chunks,
    ingestSeconds,
    chunksPerSecond: result.chunks / ingestSeconds,
    ingestPeakMb,
    indexBytes: bytesOnDisk(indexDir),
    recall,
    latencyMs: latency,
    questions: questions.length,
    peakMb: peakRssMb(),
  }),
);
