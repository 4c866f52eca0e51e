/**
 * `npm run bench -- --scale N[,N...]`: newsdesk at N Reuters articles (repeated, marked, past
 * the 19,043 there are), beside the bare libraries doing the same work. Each measured step runs
 * in a fresh child process, so peak memory (the kernel's high-water mark) and cold start are the
 * step's own. Prints a block per N, then one JSON line with everything.
 *
 *   npm run bench -- --scale 1000,10000 [--scale 100000]
 */
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { benchQuestions, lastJson, root } from "./scale-common.js";
import { writeScaledCorpus, type ScaledCorpus } from "./scale-corpus.js";

const { values } = parseArgs({ options: { scale: { type: "string", multiple: true } } });
const sizes = (values.scale ?? []).flatMap((value) => value.split(",")).map((value) => Number(value.trim().replace(/_/g, "")));
if (sizes.length === 0 || sizes.some((n) => !Number.isInteger(n) || n < 1)) throw new Error("Usage: npm run bench -- --scale N[,N...] (whole numbers of articles)");

const tsx = ["--import", "tsx"];
/** A Reuters question whose article (reuters-215) is among the first 1,000, so every N holds its answer. */
const coldQuestion = benchQuestions().find((q) => /MS-DOS/.test(q))!;

interface Timed {
  stdout: string;
  seconds: number;
  peakMb: number;
}

/** Runs a command to completion under GNU time, which gives the peak RSS of the largest process in it. */
function run(command: string[], env: NodeJS.ProcessEnv = {}): Timed {
  const report = join(tmpdir(), `newsdesk-scale-time-${process.pid}.txt`);
  const started = performance.now();
  const child = spawnSync("/usr/bin/time", ["-f", "%M", "-o", report, ...command], { cwd: root, encoding: "utf8", maxBuffer: 1 << 26, env: { ...process.env, LOG_LEVEL: "warn", ...env } });
  const seconds = (performance.now() - started) / 1000;
  if (child.status !== 0) throw new Error(`${command.join(" ")} failed (exit ${child.status}): ${child.stderr}`);
  const peakMb = Number(readFileSync(report, "utf8").trim().split("\n").at(-1)) / 1024;
  rmSync(report, { force: true });
  return { stdout: child.stdout, seconds, peakMb };
}


interface Percentiles {
  p50: number;
  p95: number;
  p99: number;
}
interface Side {
  chunks: number;
  ingestSeconds: number;
  chunksPerSecond: number;
  ingestPeakMb: number;
  indexBytes: number;
  latencyMs: Percentiles;
}
interface NewsdeskSide extends Side {
  articles: number;
  /** Recall@10 asked for 10 and for the retriever's 200: exact-set shares, with ties counted, and the ef each ran with. */
  recall: { k10: number; k200: number; withTies: { k10: number; k200: number; slack: number }; ef: { k10: number; k200: number } };
  /** Recall is null when no chunk passes (a small corpus may hold no article of that day). */
  filtered: { filter: { after: string; before: string }; chunks: number; recall: number | null; latencyMs: Percentiles };
  sharedVectors: number;
  questions: number;
}

const mb = (bytes: number) => `${(bytes / 2 ** 20).toFixed(1)} MB`;
const ms = (p: Percentiles) => `p50 ${p.p50.toFixed(1)} / p95 ${p.p95.toFixed(1)} / p99 ${p.p99.toFixed(1)} ms`;

const results = [];
for (const n of sizes) {
  const scratch = mkdtempSync(join(tmpdir(), "newsdesk-scale-"));
  const [corpusDir, indexDir, bareDir] = ["corpus", "index", "bare"].map((name) => join(scratch, name)) as [string, string, string];
  for (const dir of [corpusDir, bareDir]) mkdirSync(dir);
  try {
    const corpus: ScaledCorpus = await writeScaledCorpus(resolve(root, "..", "shared", "data"), corpusDir, n);
    const deskRun = run(["node", ...tsx, "bench/scale-newsdesk.ts", corpusDir, indexDir]);
    const bareRun = run(["node", ...tsx, "bench/scale-bare.ts", "ingest", indexDir, bareDir]);
    const [desk, bare] = [lastJson<NewsdeskSide>(deskRun.stdout), lastJson<Side>(bareRun.stdout)];
    // The product's cold start: `npm run ask`'s command, which loads the model, checks the index is current and answers.
    const cold = run(["node", "bin/newsdesk.js", "ask", "--json", coldQuestion], { CORPUS_DIR: corpusDir, INDEX_DIR: indexDir });
    const bareCold = run(["node", ...tsx, "bench/scale-bare.ts", "cold", bareDir, coldQuestion]);
    const ratio = desk.ingestSeconds / bare.ingestSeconds;

    console.log(`\n${n} articles (${corpus.distinct} distinct${corpus.repeats ? `, ${corpus.repeats} varied repeats with ids "reuters-N~2"...` : ""}), ${desk.chunks} chunks`);
    console.log(`  ingest     newsdesk ${desk.ingestSeconds.toFixed(1)} s (${desk.chunksPerSecond.toFixed(0)} chunks/s) | bare ${bare.ingestSeconds.toFixed(1)} s (${bare.chunksPerSecond.toFixed(0)} chunks/s) | ratio ${ratio.toFixed(2)}x`);
    console.log(`  peak RSS   newsdesk ${desk.ingestPeakMb.toFixed(0)} MB by the end of ingest (${deskRun.peakMb.toFixed(0)} MB with the recall and latency runs) | bare ${bare.ingestPeakMb.toFixed(0)} MB (${bareRun.peakMb.toFixed(0)} MB)`);
    console.log(`  on disk    newsdesk ${mb(desk.indexBytes)} | bare ${mb(bare.indexBytes)}`);
    console.log(`  cold start newsdesk ${cold.seconds.toFixed(2)} s wall, ${cold.peakMb.toFixed(0)} MB | bare ${bareCold.seconds.toFixed(2)} s wall, ${bareCold.peakMb.toFixed(0)} MB (fresh process to first answer)`);
    console.log(`  answer     newsdesk ${ms(desk.latencyMs)} | bare retrieval ${ms(bare.latencyMs)} (warm, ${desk.questions} questions)`);
    const { recall } = desk;
    console.log(`  HNSW recall@10 vs exact: ${recall.k200.toFixed(4)} in the retriever's 200 candidates (ef ${recall.ef.k200}), ${recall.k10.toFixed(4)} at k 10 (ef ${recall.ef.k10})`);
    console.log(`    counting ties (at most ${recall.withTies.slack} farther than the exact 10th): ${recall.withTies.k200.toFixed(4)} and ${recall.withTies.k10.toFixed(4)}; ${desk.sharedVectors} chunks repeat an earlier chunk's vector`);
    const { filtered } = desk;
    console.log(`  filtered   ${filtered.filter.after} to ${filtered.filter.before}, ${filtered.chunks} chunks pass: answer ${ms(filtered.latencyMs)}${filtered.recall === null ? "" : `, recall@10 of the 200 candidates ${filtered.recall.toFixed(4)}`}`);
    results.push({ n, corpus, newsdesk: { ...desk, workerPeakMb: deskRun.peakMb, coldStartSeconds: cold.seconds, coldStartPeakMb: cold.peakMb }, bare: { ...bare, workerPeakMb: bareRun.peakMb, coldStartSeconds: bareCold.seconds, coldStartPeakMb: bareCold.peakMb }, ingestRatio: ratio });
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}
console.log(JSON.stringify({ bench: "scale", results }));
