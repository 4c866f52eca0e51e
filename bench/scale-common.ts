/** What the scale benchmark's processes share: the embedder as the product loads it, the questions, and measures. */
import { spawnSync } from "node:child_process";
import { readdirSync, statSync } from "node:fs";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { loadEmbedder, type Embedder } from "../src/embedding/embedder.js";
import { resolveModel } from "../src/embedding/models.js";
import { readQuestions } from "../src/eval/news-eval.js";

export const root = resolve(import.meta.dirname, "..");

/** The model `EMBEDDING_MODEL` names (the built-in one by default), loaded as core.ts loads it. */
export function benchEmbedder(): Promise<Embedder> {
  return loadEmbedder(resolveModel(process.env.EMBEDDING_MODEL), {
    modelsDir: join(root, "models"),
    cacheDir: join(root, ".cache", "models"),
    hubUrl: process.env.MODEL_HUB_URL ?? "https://huggingface.co/",
  });
}

/**
 * Compiles src/ into dist/ as `npm ci` does, so that a benchmark's child processes run the
 * code `npm run ingest` runs: compiled JavaScript, in the main thread and in worker threads
 * alike (under tsx every worker thread would compile the sources again as it starts).
 */
export function buildProduct(): void {
  const built = spawnSync("npx", ["tsc", "-p", join(root, "tsconfig.build.json")], { cwd: root, encoding: "utf8" });
  if (built.status !== 0) throw new Error(`npm run build failed: ${built.stdout}${built.stderr}`);
}

/** A module of the compiled product (buildProduct), as `typeof import("../src/...")`. */
export async function productModule<T>(path: string): Promise<T> {
  return (await import(pathToFileURL(join(root, "dist", path)).href)) as T;
}

/** The questions latency and recall are measured over: the news eval's and the Reuters eval's. */
export function benchQuestions(): string[] {
  return ["news.jsonl", "reuters.jsonl"].flatMap((file) => readQuestions(join(root, "tests", "eval", file)).map((q) => q.question));
}

export interface Percentiles {
  p50: number;
  p95: number;
  p99: number;
}

/** Nearest-rank percentiles, in the unit given. */
export function percentiles(values: number[]): Percentiles {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (p: number) => sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)]!;
  return { p50: at(0.5), p95: at(0.95), p99: at(0.99) };
}

/** Peak resident set of this process so far, in MB (the kernel's high-water mark). */
export function peakRssMb(): number {
  return process.resourceUsage().maxRSS / 1024;
}

/** The JSON line a bench process printed last. */
export function lastJson<T>(stdout: string): T {
  return JSON.parse(stdout.trim().split("\n").at(-1)!) as T;
}

/** Runs `bench/SCRIPT run ARGS...` in a fresh process (so its memory and start are its own) and returns what it printed last. */
export function runBenchChild<T>(script: string, args: string[]): T {
  const child = spawnSync("node", ["--import", "tsx", `bench/${script}`, "run", ...args], { cwd: root, encoding: "utf8", env: { ...process.env, LOG_LEVEL: "warn" } });
  if (child.status !== 0) throw new Error(`bench/${script} run ${args.join(" ")} failed (exit ${child.status}): ${child.stderr}`);
  return lastJson<T>(child.stdout);
}

/** Bytes of every file under `dir`. */
export function bytesOnDisk(dir: string): number {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .reduce((sum, entry) => sum + statSync(join(entry.parentPath, entry.name)).size, 0);
}

/** Times each question's `work` in this (warm) process, after a few unmeasured warm-up calls. */
export async function latencies(questions: string[], work: (question: string) => Promise<unknown>): Promise<Percentiles> {
  for (const question of questions.slice(0, 5)) await work(question);
  const times: number[] = [];
  for (const question of questions) {
    const started = performance.now();
    await work(question);
    times.push(performance.now() - started);
  }
  return percentiles(times);
}
