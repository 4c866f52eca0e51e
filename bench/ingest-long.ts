/**
 * `npm run bench -- --long N`: ingest of N long articles from nothing, with one worker (inline)
 * and with the default worker count, each in a fresh child process so peak memory (threads
 * included) is its own. There is no corpus of long news articles on this machine, so the
 * articles are SYNTHETIC: consecutive Reuters-21578 bodies concatenated to 5-10 KB each. The
 * ingest is the compiled product's (src/ is built first), as `npm run ingest` runs it.
 * Prints a line per run, the median of the rounds, then one JSON line.
 *
 *   npm run bench -- --long 5000 [--rounds 3] [--workers 1,2]
 *   node --import tsx bench/ingest-long.ts corpus DIR N     (writes the corpus only)
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { availableParallelism, tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { writeReutersCorpus } from "../src/eval/reuters.js";
import { benchEmbedder, buildProduct, peakRssMb, productModule, root, runBenchChild } from "./scale-common.js";

interface JsonlArticle {
  id: string;
  title: string;
  text: string;
  outlet?: string;
  date?: string | null;
}

interface Run {
  workers: number;
  articles: number;
  chunks: number;
  seconds: number;
  chunksPerSecond: number;
  peakMb: number;
}

/** Writes `long.jsonl` with `n` synthetic articles of 5-10 KB, each consecutive Reuters bodies joined as paragraphs. */
async function writeLongCorpus(corpusDir: string, n: number): Promise<void> {
  const scratch = mkdtempSync(join(tmpdir(), "newsdesk-long-source-"));
  let sources: JsonlArticle[];
  try {
    await writeReutersCorpus(resolve(root, "..", "shared", "data"), scratch, Number.MAX_SAFE_INTEGER);
    sources = readFileSync(join(scratch, "reuters.jsonl"), "utf8")
      .split("\n")
      .filter((line) => line.trim())
      .map((line) => JSON.parse(line) as JsonlArticle)
      .filter((article) => article.text.trim());
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
  const lines: string[] = [];
  let next = 0;
  for (let i = 0; i < n; i++) {
    // Sizes spread over 5-10 KB; the collection wraps around (about twice for 5,000), in other groupings.
    const target = 5000 + ((i * 7919) % 5001);
    const first = sources[next % sources.length]!;
    const bodies: string[] = [];
    while (bodies.join("\n\n").length < target) bodies.push(sources[next++ % sources.length]!.text);
    lines.push(JSON.stringify({ id: `long-${i + 1}`, title: `${first.title} (synthetic long article)`, text: bodies.join("\n\n"), outlet: first.outlet, date: first.date }));
  }
  writeFileSync(join(corpusDir, "long.jsonl"), `${lines.join("\n")}\n`);
}

const [mode, ...rest] = process.argv.slice(2);
if (mode === "corpus") {
  // The corpus alone, to profile an ingest of it by hand.
  await writeLongCorpus(rest[0]!, Number(rest[1]));
} else if (mode === "run") {
  // The child: one ingest from nothing, by the compiled product as `npm run ingest` runs it, then its numbers.
  const [corpusDir, indexDir, workers] = rest as [string, string, string];
  const { ingest } = await productModule<typeof import("../src/ingest/ingest.js")>("ingest/ingest.js");
  const embedder = await benchEmbedder();
  const started = performance.now();
  const result = await ingest({ corpusDir, indexDir, embedder, workers: Number(workers) });
  const seconds = (performance.now() - started) / 1000;
  const run: Run = { workers: Number(workers), articles: result.articles, chunks: result.chunks, seconds, chunksPerSecond: result.chunks / seconds, peakMb: peakRssMb() };
  console.log(JSON.stringify(run));
} else {
  const { values } = parseArgs({ options: { long: { type: "string" }, rounds: { type: "string", default: "3" }, workers: { type: "string" } } });
  const n = Number(values.long);
  const rounds = Number(values.rounds);
  const workerCounts = (values.workers ?? `1,${availableParallelism()}`).split(",").map(Number);
  if (!Number.isInteger(n) || n < 1) throw new Error("Usage: npm run bench -- --long N [--rounds 3] [--workers 1,2]");
  buildProduct();
  const scratch = mkdtempSync(join(tmpdir(), "newsdesk-long-"));
  try {
    await writeLongCorpus(scratch, n);
    const bytes = readFileSync(join(scratch, "long.jsonl")).length;
    console.log(`${n} SYNTHETIC long articles (consecutive Reuters bodies joined, 5-10 KB each; ${(bytes / 2 ** 20).toFixed(1)} MB of JSONL)`);
    const runs: Run[] = [];
    // Rounds interleave the worker counts, so both see the same load on this shared machine.
    for (let round = 0; round < rounds; round++) {
      for (const workers of workerCounts) {
        const indexDir = join(scratch, `index-${round}-${workers}`);
        const run = runBenchChild<Run>("ingest-long.ts", [scratch, indexDir, String(workers)]);
        runs.push(run);
        rmSync(indexDir, { recursive: true, force: true });
        console.log(`  round ${round + 1}, ${workers} worker(s): ${run.chunks} chunks in ${run.seconds.toFixed(1)} s, ${run.chunksPerSecond.toFixed(0)} chunks/s, peak RSS ${run.peakMb.toFixed(0)} MB`);
      }
    }
    const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
    const summary = workerCounts.map((workers) => {
      const mine = runs.filter((run) => run.workers === workers);
      return { workers, chunksPerSecond: median(mine.map((run) => run.chunksPerSecond)), seconds: median(mine.map((run) => run.seconds)), peakMb: median(mine.map((run) => run.peakMb)) };
    });
    for (const s of summary) console.log(`median, ${s.workers} worker(s): ${s.chunksPerSecond.toFixed(0)} chunks/s (${s.seconds.toFixed(1)} s), peak RSS ${s.peakMb.toFixed(0)} MB`);
    console.log(JSON.stringify({ bench: "ingest-long", synthetic: true, articles: n, jsonlBytes: bytes, runs, summary }));
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}
