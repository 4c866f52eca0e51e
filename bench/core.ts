/**
 * Speed of the core, measured with the product's own code: ingest of the bundled corpus
 * from nothing, loading its index from disk, and the latency of one answer in a warm process. Prints medians of
 * repeated runs; this machine is shared and noisy, so compare numbers from one run.
 *
 *   npx tsx bench/core.ts [--rounds 3] [--reuters N]
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { Answerer } from "../src/answer/answer.js";
import { loadEmbedder } from "../src/embedding/embedder.js";
import { resolveModel } from "../src/embedding/models.js";
import { readQuestions } from "../src/eval/news-eval.js";
import { writeReutersCorpus } from "../src/eval/reuters.js";
import { loadIndex } from "../src/index/corpus-index.js";
import { ingest } from "../src/ingest/ingest.js";
import { Retriever } from "../src/search/retrieve.js";

const { values } = parseArgs({ options: { rounds: { type: "string", default: "3" }, reuters: { type: "string" } } });
const rounds = Number(values.rounds);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const root = resolve(import.meta.dirname, "..");

const embedder = await loadEmbedder(resolveModel(process.env.EMBEDDING_MODEL), {
  modelsDir: join(root, "models"),
  cacheDir: join(root, ".cache", "models"),
  hubUrl: process.env.MODEL_HUB_URL ?? "https://huggingface.co/",
});

async function timeIngest(corpusDir: string): Promise<{ seconds: number; chunks: number; articles: number; index: Awaited<ReturnType<typeof ingest>>["index"] }> {
  const times: number[] = [];
  let last!: Awaited<ReturnType<typeof ingest>>;
  for (let i = 0; i < rounds; i++) {
    const indexDir = mkdtempSync(join(tmpdir(), "newsdesk-bench-"));
    const started = performance.now();
    last = await ingest({ corpusDir, indexDir, embedder });
    times.push((performance.now() - started) / 1000);
    rmSync(indexDir, { recursive: true, force: true });
  }
  return { seconds: median(times), chunks: last.chunks, articles: last.articles, index: last.index };
}

/** Median time to load the index of `corpusDir` from disk, file checks included, as a start does. */
async function timeLoad(corpusDir: string): Promise<number> {
  const indexDir = mkdtempSync(join(tmpdir(), "newsdesk-bench-"));
  await ingest({ corpusDir, indexDir, embedder });
  const times: number[] = [];
  for (let i = 0; i < rounds; i++) {
    const started = performance.now();
    loadIndex(indexDir);
    times.push(performance.now() - started);
  }
  rmSync(indexDir, { recursive: true, force: true });
  return median(times);
}

const bundled = await timeIngest(join(root, "corpus"));
console.log(`ingest, bundled corpus from nothing: median ${bundled.seconds.toFixed(3)} s over ${rounds} runs (${bundled.articles} articles, ${bundled.chunks} chunks, ${(bundled.chunks / bundled.seconds).toFixed(0)} chunks/s)`);
console.log(`load, bundled index from disk: median ${(await timeLoad(join(root, "corpus"))).toFixed(1)} ms over ${rounds} loads`);

const answerer = new Answerer(new Retriever(bundled.index, embedder));
const questions = readQuestions(join(root, "tests", "eval", "news.jsonl")).map((q) => q.question);
for (const q of questions.slice(0, 5)) await answerer.ask(q); // warm up
const latencies: number[] = [];
for (let r = 0; r < rounds; r++) {
  for (const q of questions) {
    const started = performance.now();
    await answerer.ask(q);
    latencies.push(performance.now() - started);
  }
}
console.log(`ask, warm process: median ${median(latencies).toFixed(1)} ms, p90 ${[...latencies].sort((a, b) => a - b)[Math.floor(latencies.length * 0.9)]!.toFixed(1)} ms over ${latencies.length} questions`);

if (values.reuters) {
  const corpusDir = mkdtempSync(join(tmpdir(), "newsdesk-bench-reuters-"));
  await writeReutersCorpus(resolve(root, "..", "shared", "data"), corpusDir, Number(values.reuters));
  const reuters = await timeIngest(corpusDir);
  console.log(`ingest, Reuters ${reuters.articles} articles from nothing: median ${reuters.seconds.toFixed(1)} s (${reuters.chunks} chunks, ${(reuters.chunks / reuters.seconds).toFixed(0)} chunks/s)`);
  console.log(`load, Reuters ${reuters.articles} articles index from disk: median ${(await timeLoad(corpusDir)).toFixed(0)} ms over ${rounds} loads`);
  const reutersAnswerer = new Answerer(new Retriever(reuters.index, embedder));
  const times: number[] = [];
  for (const q of questions) {
    const started = performance.now();
    await reutersAnswerer.ask(q);
    times.push(performance.now() - started);
  }
  console.log(`ask over Reuters ${reuters.articles} articles: median ${median(times).toFixed(1)} ms`);
  rmSync(corpusDir, { recursive: true, force: true });
}
