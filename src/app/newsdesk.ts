/**
 * Opens newsdesk for any interface (console, CLI, Discord): loads the embedding model,
 * brings the index up to date with the corpus, and returns the services that answer.
 */
import type { Settings } from "../config/settings.js";
import { Answerer, type AnswererOptions } from "../answer/answer.js";
import { loadEmbedder, type Embedder } from "../embedding/embedder.js";
import { resolveModel } from "../embedding/models.js";
import { loadIndex, readManifest, type CorpusIndex } from "../index/corpus-index.js";
import { ingest, type IngestResult } from "../ingest/ingest.js";
import { Retriever } from "../search/retrieve.js";
import type { Logger } from "../util/logger.js";
import { writerFor, type Writer } from "../written/writer.js";

export interface Newsdesk {
  embedder: Embedder;
  index: CorpusIndex;
  retriever: Retriever;
  answerer: Answerer;
  /** Writes answers with the user's own model (LLM_BASE_URL); null when none is configured. */
  writer: Writer | null;
  ingest: IngestResult;
}

export interface OpenOptions {
  onProgress?: (embedded: number, total: number) => void;
}

export async function loadModel(settings: Settings, log: Logger): Promise<Embedder> {
  const spec = resolveModel(settings.embeddingModel, settings.denseWeight);
  return loadEmbedder(spec, { modelsDir: settings.modelsDir, cacheDir: settings.modelCacheDir, hubUrl: settings.modelHubUrl }, (message) =>
    log.info(message),
  );
}

export async function runIngest(settings: Settings, embedder: Embedder, log: Logger, options: OpenOptions = {}): Promise<IngestResult> {
  return ingest({
    corpusDir: settings.corpusDir,
    indexDir: settings.indexDir,
    corpusBaseUrl: settings.corpusBaseUrl,
    embedder,
    onProgress: options.onProgress,
    onNotice: (message) => log.warn(message),
    workers: settings.ingestWorkers,
  });
}

export async function openNewsdesk(settings: Settings, log: Logger, options: OpenOptions = {}): Promise<Newsdesk> {
  const embedder = await loadModel(settings, log);
  const result = await runIngest(settings, embedder, log, options);
  if (result.changed) log.info(ingestSummary(result));
  return { embedder, ...servicesOver(result.index, embedder), writer: writerFor(settings.llm, log), ingest: result };
}

/**
 * The desk over the index now on disk, when a newer generation than the desk's has been
 * built (by `npm run ingest` in another process) with the same model; otherwise null.
 */
export function reloadedDesk(desk: Newsdesk, indexDir: string): Newsdesk | null {
  const manifest = readManifest(indexDir);
  if (!manifest || manifest.generation === desk.index.manifest.generation) return null;
  if (manifest.model.fingerprint !== desk.embedder.fingerprint) {
    throw new Error(`the index in ${indexDir} was built with another model (${manifest.model.id}); restart to use it`);
  }
  return { ...desk, ...servicesOver(loadIndex(indexDir), desk.embedder) };
}

/** The search and the answerer over an index: built here only, for the bot, the console, the CLI, the eval and the benchmarks alike. */
export function servicesOver(index: CorpusIndex, embedder: Embedder, options: AnswererOptions = {}): Pick<Newsdesk, "index" | "retriever" | "answerer"> {
  const retriever = new Retriever(index, embedder);
  return { index, retriever, answerer: new Answerer(retriever, options) };
}

export function ingestSummary(result: IngestResult): string {
  const rate = result.seconds > 0 ? result.embeddedChunks / result.seconds : 0;
  const found = `${result.added} added, ${result.updated} updated, ${result.removed} removed`;
  const changes = result.notSaved ? `${found}, but not saved: ${result.notSaved}` : result.changed ? found : "index already current";
  return `Indexed ${result.articles} articles, ${result.chunks} chunks (${changes}; ${result.embeddedChunks} chunks embedded${result.graphExtended ? ", vector graph extended" : ""}) in ${result.seconds.toFixed(2)} s, ${rate.toFixed(0)} chunks/s.`;
}
