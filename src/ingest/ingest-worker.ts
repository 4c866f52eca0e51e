/**
 * An ingest worker thread (run by Piscina, see worker-pool.ts): loads the embedding model
 * once, from where the main thread loaded it, then prepares the batches of articles it is given.
 */
import { workerData } from "node:worker_threads";
import { loadEmbedder, type Embedder, type EmbedderPaths } from "../embedding/embedder.js";
import type { ModelSpec } from "../embedding/models.js";
import type { ChunkingParams } from "../text/chunk.js";
import { prepareBatch, type ArticleText, type PreparedBatch } from "./prepare.js";

export interface WorkerSetup {
  spec: ModelSpec;
  paths: EmbedderPaths;
  /** The main thread's model's: vectors from another build of it would not belong in one index. */
  fingerprint: string;
  chunking: ChunkingParams;
}

export type WorkerTask = ArticleText[];

const setup = workerData as WorkerSetup;
let model: Promise<Embedder> | undefined;

async function load(): Promise<Embedder> {
  const embedder = await loadEmbedder(setup.spec, setup.paths);
  if (embedder.fingerprint !== setup.fingerprint) {
    throw new Error(`the embedding model ${setup.spec.id} changed since the ingest loaded it (fingerprint ${setup.fingerprint}, now ${embedder.fingerprint}); run the ingest again`);
  }
  return embedder;
}

export default async function work(articles: WorkerTask): Promise<PreparedBatch> {
  return prepareBatch(articles, setup.chunking, await (model ??= load()));
}
