/** Real folders, real settings and the real default model for tests. */
import { spawn, type ChildProcessWithoutNullStreams } from "node:child_process";
import { cpSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { loadSettings, type Settings } from "../../src/config/settings.js";
import { loadEmbedder, type Embedder } from "../../src/embedding/embedder.js";
import { resolveModel } from "../../src/embedding/models.js";
import { writeReutersCorpus } from "../../src/eval/reuters.js";
import type { CorpusIndex } from "../../src/index/corpus-index.js";
import { ingest } from "../../src/ingest/ingest.js";
import { createLogger } from "../../src/util/logger.js";

export const ROOT = resolve(import.meta.dirname, "..", "..");
export const BUNDLED_CORPUS = join(ROOT, "corpus");
export const MODELS_DIR = join(ROOT, "models");
export const SHARED_DATA = resolve(ROOT, "..", "shared", "data");

export const quietLog = createLogger("silent");

/** Where the run's temporary folders go: the folder the global setup made (tests/helpers/temp-root.ts) and removes. */
const testTmp = () => process.env.NEWSDESK_TEST_TMP ?? tmpdir();

const made: string[] = [];

/** A fresh temporary folder, removed by cleanupTempDirs(). */
export function tempDir(): string {
  const dir = lastingDir();
  made.push(dir);
  return dir;
}

export function cleanupTempDirs(): void {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
}

/**
 * A temporary folder kept until the run ends, not removed by cleanupTempDirs(): for what the
 * test files of one module graph share (tests/rules reads one bundled index).
 */
export function lastingDir(): string {
  return mkdtempSync(join(testTmp(), "newsdesk-test-"));
}

/** A copy of the bundled corpus in a temporary folder (of `parent`'s), safe to change. */
export function copyOfBundledCorpus(parent = tempDir()): string {
  const dir = join(parent, "corpus");
  cpSync(BUNDLED_CORPUS, dir, { recursive: true });
  return dir;
}

/** Settings as the product reads them, with folders pointed at temporary ones. */
export function testSettings(overrides: Record<string, string> = {}): Settings {
  const work = tempDir();
  return loadSettings({
    CORPUS_DIR: BUNDLED_CORPUS,
    INDEX_DIR: join(work, "embeddings"),
    DATA_DIR: join(work, "data"),
    MODELS_DIR,
    MODEL_CACHE_DIR: join(work, "cache"),
    LOG_LEVEL: "silent",
    ...overrides,
  });
}

let embedder: Promise<Embedder> | undefined;

/** The default offline model, loaded once per module graph (each test file, or all of tests/rules). */
export function defaultEmbedder(): Promise<Embedder> {
  embedder ??= loadEmbedder(resolveModel(undefined), { modelsDir: MODELS_DIR, cacheDir: join(lastingDir(), "cache"), hubUrl: "http://127.0.0.1:9/" });
  return embedder;
}

/** The first `count` Reuters articles of the shared data, ingested with the default model into a temporary folder. */
export async function reutersIndex(count: number): Promise<CorpusIndex> {
  const corpusDir = tempDir();
  await writeReutersCorpus(SHARED_DATA, corpusDir, count);
  return (await ingest({ corpusDir, indexDir: join(tempDir(), "embeddings"), embedder: await defaultEmbedder() })).index;
}

/** Runs one of the npm commands (src/cli/NAME.ts) as `npm run NAME` does, through bin/newsdesk.js. */
export function spawnCli(name: string, args: string[], env: NodeJS.ProcessEnv): ChildProcessWithoutNullStreams {
  return spawn(process.execPath, [join(ROOT, "bin", "newsdesk.js"), name, ...args], { cwd: ROOT, env });
}

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs a command to its end with `input` on standard input; resolves with what it printed. */
export function runCli(name: string, args: string[], env: NodeJS.ProcessEnv, input = ""): Promise<CliRun> {
  const child = spawnCli(name, args, env);
  let stdout = "";
  let stderr = "";
  child.stdout.on("data", (d) => (stdout += d));
  child.stderr.on("data", (d) => (stderr += d));
  child.stdin.end(input);
  return new Promise((resolve) => child.on("close", (code) => resolve({ code, stdout, stderr })));
}
