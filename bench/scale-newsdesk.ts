/**
 * One scale point through newsdesk's own code, in a process of its own so its peak memory is
 * its own: ingest from nothing, then HNSW recall against exact search and warm answer latency.
 * Prints one JSON line. Run by scale.ts:
 *
 *   node --import tsx bench/scale-newsdesk.ts CORPUS_DIR INDEX_DIR
 */
import { createHash } from "node:crypto";
import { servicesOver } from "../src/app/newsdesk.js";
import { ingest } from "../src/ingest/ingest.js";
import { queryEf, type RowSet, type VectorIndex } from "../src/index/vector-index.js";
import { RowFilters, type SearchFilters } from "../src/search/filters.js";
import { benchEmbedder, benchQuestions, bytesOnDisk, latencies, peakRssMb } from "./scale-common.js";

const [corpusDir, indexDir] = process.argv.slice(2) as [string, string];
const embedder = await benchEmbedder();
const questions = benchQuestions();

const started = performance.now();
const result = await ingest({ corpusDir, indexDir, embedder });
const ingestSeconds = (performance.now() - started) / 1000;
// Read now: the high-water mark of everything up to the saved index, before the measurements below add to it.
const ingestPeakMb = peakRssMb();

/** The 10 stored vectors nearest `query` (of `rows`, or of all), by a scan of every one: their rows and the 10th's similarity. */
function exactTop10(vectors: VectorIndex, query: Float32Array, rows: Iterable<number> = Array.from({ length: vectors.size }, (_, row) => row)): { rows: number[]; tenth: number } {
  const best: { row: number; similarity: number }[] = [];
  for (const row of rows) {
    const similarity = vectors.similarity(query, row);
    if (best.length < 10 || similarity > best[9]!.similarity) {
      best.push({ row, similarity });
      best.sort((a, b) => b.similarity - a.similarity);
      best.length = Math.min(best.length, 10);
    }
  }
  return { rows: best.map((hit) => hit.row), tenth: best.at(-1)!.similarity };
}

/** ann-benchmarks' slack: a neighbour at most this much farther than the exact 10th counts, so a tie with it is no miss. */
const TIE_SLACK = 1e-3;

/**
 * Recall@10 of the graph against the exact top 10, over the question vectors, asked for 10 and
 * within the 200 candidates the retriever asks for: the share of the exact rows returned, and
 * the share of returned rows as near as the exact 10th (within TIE_SLACK, distances recomputed).
 */
function recallAt10(vectors: VectorIndex, queries: Float32Array[]) {
  const found = { k10: 0, k200: 0 };
  const withTies = { k10: 0, k200: 0 };
  for (const query of queries) {
    const exact = exactTop10(vectors, query);
    const rows = new Set(exact.rows);
    for (const [key, k] of [["k10", 10], ["k200", 200]] as const) {
      const top = vectors.query(query, k).slice(0, 10);
      found[key] += top.filter((hit) => rows.has(hit.row)).length;
      withTies[key] += top.filter((hit) => vectors.similarity(query, hit.row) >= exact.tenth - TIE_SLACK).length;
    }
  }
  const total = Math.min(10, vectors.size) * queries.length;
  return {
    k10: found.k10 / total,
    k200: found.k200 / total,
    withTies: { k10: withTies.k10 / total, k200: withTies.k200 / total, slack: TIE_SLACK },
    ef: { k10: queryEf(10), k200: queryEf(200) },
  };
}

/** Chunks whose vector an earlier chunk has too: their ties make the exact top 10 ambiguous. */
function sharedVectors(vectors: VectorIndex): number {
  const seen = new Set<string>();
  for (let row = 0; row < vectors.size; row++) seen.add(createHash("sha256").update(vectors.vector(row)).digest("base64"));
  return vectors.size - seen.size;
}

/** One day of news, as a reader narrows a question with after: and before: (about 3% of the Reuters articles). */
const ONE_DAY: SearchFilters = { after: "1987-03-19", before: "1987-03-19" };

/** Recall@10 of the 200 candidates the retriever asks for under the filter, against the exact 10 nearest rows that pass it. */
function filteredRecallAt10(vectors: VectorIndex, queries: Float32Array[], passing: RowSet): number | null {
  if (passing.rows.length === 0) return null;
  let found = 0;
  for (const query of queries) {
    const exact = new Set(exactTop10(vectors, query, passing.rows).rows);
    found += vectors.query(query, 200, passing).slice(0, 10).filter((hit) => exact.has(hit.row)).length;
  }
  return found / (Math.min(10, passing.rows.length) * queries.length);
}

const queryVectors = await embedder.embed(questions, "query");
const recall = recallAt10(result.index.vectors, queryVectors);
const { index } = result;
const day = new RowFilters(index.chunks, index.articles).passing(ONE_DAY);
const filtered = { filter: ONE_DAY, chunks: day.rows.length, recall: filteredRecallAt10(index.vectors, queryVectors, day) };
const { answerer } = servicesOver(result.index, embedder);
const latency = await latencies(questions, (question) => answerer.ask(question));
const filteredLatency = await latencies(questions, (question) => answerer.ask(question, { filters: ONE_DAY }));

console.log(
  JSON.stringify({
    articles: result.articles,
    chunks: result.chunks,
    ingestSeconds,
    chunksPerSecond: result.chunks / ingestSeconds,
    ingestPeakMb,
    indexBytes: bytesOnDisk(indexDir),
    recall,
    sharedVectors: sharedVectors(result.index.vectors),
    latencyMs: latency,
    filtered: { ...filtered, latencyMs: filteredLatency },
    questions: questions.length,
    peakMb: peakRssMb(),
  }),
);
