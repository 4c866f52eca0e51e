/**
 * Where an ingest prepares its batches of articles (cut, read for the lexical index, embedded):
 * a Piscina pool of worker threads, one per core by default,
 * or the main thread itself when one worker is asked for or the work is too small to repay
 * starting threads (each loads the model).
 */
import { setMaxListeners } from "node:events";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import { Piscina } from "piscina";
import type { Embedder } from "../embedding/embedder.js";
import type { ChunkingParams } from "../text/chunk.js";
import type { WorkerSetup, WorkerTask } from "./ingest-worker.js";
import { prepareBatch, type ArticleText, type PreparedBatch } from "./prepare.js";

export interface IngestRunner {
  /** Batches worth having in flight at once: enough to keep every thread busy, no more. */
  readonly concurrency: number;
  prepare(articles: ArticleText[]): Promise<PreparedBatch>;
  close(): Promise<void>;
}

export function inlineRunner(embedder: Embedder, chunking: ChunkingParams): IngestRunner {
  // One batch at a time, as a transformers.js model would otherwise hold the tensors of all at once.
  return { concurrency: 1, prepare: (articles) => prepareBatch(articles, chunking, embedder), close: async () => {} };
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
  // Two batches a worker: it starts on the second while the main thread takes in the first.
  const perWorker = 2;
  const pool = new Piscina({ ...workerFile(), minThreads: threads, maxThreads: threads, idleTimeout: Infinity, concurrentTasksPerWorker: perWorker, workerData });
  const stop = new AbortController();
  // Each batch in flight listens for the abort; no more than this many are.
  setMaxListeners(Math.max(10, threads * perWorker), stop.signal);
  const running = new Set<Promise<unknown>>();
  // What Piscina reports outside a task's promise: a worker's error between tasks, or, once the
  // pool is closing, the answer of a task it gave up on. The first fails the next batch; late answers are moot.
  let outsideTask: Error | undefined;
  pool.on("error", (error: Error) => {
    if (!stop.signal.aborted) outsideTask ??= error;
  });
  return {
    concurrency: threads * perWorker,
    prepare: async (articles) => {
      if (outsideTask) throw new Error(`An ingest worker thread failed: ${outsideTask.message}`);
      const task = pool.run(articles satisfies WorkerTask, { signal: stop.signal });
      running.add(task);
      try {
        return (await task) as PreparedBatch;
      } catch (error) {
        throw new Error(`An ingest worker thread failed: ${(error as Error).message}`);
      } finally {
        running.delete(task);
      }
    },
    close: async () => {
      // After a failure other batches may still be queued or running: they are given up, and settle, before the threads go.
      stop.abort();
      await Promise.allSettled(running);
      await pool.destroy();
    },
  };
}
