/**
 * Where an ingest prepares its batches of articles (cut, read for the lexical index, embedded):
 * a Piscina pool of worker threads, one per core by default,
 * or the main thread itself when one worker is asked for or the work is too small to repay
 * starting threads (each loads the model).
 */
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import { Piscina } from "piscina";
import type { Embedder } from "../embedding/embedder.js";
import type { ChunkingParams } from "../text/chunk.js";
import type { WorkerSetup, WorkerTask } from "./ingest-worker.js";
import { prepareBatch, type ArticleText, type PreparedBatch } from "./prepare.js";

export interface IngestRunner {
  prepare(articles: ArticleText[]): Promise<PreparedBatch>;
  close(): Promise<void>;
}

export function inlineRunner(embedder: Embedder, chunking: ChunkingParams): IngestRunner {
  // One batch at a time, as a transformers.js model would otherwise hold the tensors of all at once.
  let last: Promise<unknown> = Promise.resolve();
  return {
    prepare: (articles) => {
      const next = last.then(() => prepareBatch(articles, chunking, embedder));
      last = next.catch(() => {});
      return next;
    },
    close: async () => {},
  };
}

/**
 * The worker is this folder's ingest-worker: compiled JavaScript beside compiled code, or under
 * tsx (dev, tests) the TypeScript source, which a worker thread can load only with tsx's
 * loader (a loader registered on the main thread does not reach its workers).
 */
function workerFile(): { filename: string; execArgv?: string[] } {
  const typescript = import.meta.url.endsWith(".ts");
  const filename = fileURLToPath(new URL(`./ingest-worker.${typescript ? "ts" : "js"}`, import.meta.url));
  return typescript ? { filename, execArgv: ["--import", createRequire(import.meta.url).resolve("tsx")] } : { filename };
}

export function workerRunner(embedder: Embedder, chunking: ChunkingParams, threads: number): IngestRunner {
  const workerData: WorkerSetup = { spec: embedder.spec, paths: embedder.paths!, fingerprint: embedder.fingerprint, chunking };
  const pool = new Piscina({ ...workerFile(), minThreads: threads, maxThreads: threads, idleTimeout: Infinity, concurrentTasksPerWorker: 2, workerData });
  return {
    prepare: async (articles) => {
      try {
        return (await pool.run(articles satisfies WorkerTask)) as PreparedBatch;
      } catch (error) {
        throw new Error(`An ingest worker thread failed: ${(error as Error).message}`);
      }
    },
    close: () => pool.destroy(),
  };
}
