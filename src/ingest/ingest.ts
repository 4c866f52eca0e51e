/**
 * Brings the index in line with the corpus folder: embeds only new or changed articles,
 * drops deleted ones, and rebuilds everything when the model or chunking changed.
 */
import { createHash } from "node:crypto";
import { availableParallelism, tmpdir } from "node:os";
import { join, resolve } from "node:path";
import type { Article, SkippedSource } from "../corpus/article.js";
import { idOfArticleFile, loadCorpus, statCorpus, type CorpusFileStat, type CorpusLoad } from "../corpus/load-corpus.js";
import type { Embedder } from "../embedding/embedder.js";
import {
  assembleIndex,
  generationFiles,
  INDEX_FORMAT,
  IndexLoadError,
  loadIndex,
  readManifestFile,
  recordCorpus,
  removeStaleFiles,
  saveIndex,
  type ArticleRecord,
  type CorpusIndex,
  type CorpusRecord,
  type Manifest,
  type ManifestFile,
} from "../index/corpus-index.js";
import { ANALYZER_VERSION } from "../index/analyzer.js";
import { analyzeDocuments, LexicalIndex, type AnalysedRange } from "../index/lexical-index.js";
import { GraphBuilder, VectorIndex } from "../index/vector-index.js";
import type { Chunk, ChunkingParams } from "../text/chunk.js";
import { withProcessLock } from "../util/process-lock.js";
import { CHUNKER_VERSION } from "./chunk.js";
import { aliasesOf, type PreparedBatch } from "./prepare.js";
import { inlineRunner, workerRunner, type IngestRunner } from "./worker-pool.js";

export interface IngestOptions {
  corpusDir: string;
  indexDir: string;
  corpusBaseUrl?: string;
  embedder: Embedder;
  /** Called as the new or changed articles are cut, read and embedded. */
  onProgress?: (prepared: number, total: number) => void;
  /** Told why a full rebuild happens, of each skipped file, and why a file could not be written or removed. */
  onNotice?: (message: string) => void;
  /** Worker threads that cut, read and embed the articles (default: os.availableParallelism()); 1 does it on the main thread. */
  workers?: number;
}

export interface IngestResult {
  index: CorpusIndex;
  /** False when nothing was written: the index was already current, or could not be saved. */
  changed: boolean;
  articles: number;
  chunks: number;
  added: number;
  updated: number;
  removed: number;
  /** Chunks embedded by this run (the others were reused). */
  embeddedChunks: number;
  /** Whether the stored HNSW graph was extended with the new chunks instead of built anew (only articles were added). */
  graphExtended: boolean;
  skipped: SkippedSource[];
  /**
   * How the corpus was found current or not: "stat" when every file was as the index records
   * (size, times, inode), so nothing was read; "added" when files were only added, and only
   * they were read; "read" when every file was read and hashed.
   */
  corpusChecked: "stat" | "added" | "read";
  rebuildReason?: string;
  /** Why the new index could not be written; `index` is then the last good one, or with none the new one. */
  notSaved?: string;
  seconds: number;
}

/** Overlap of one sentence: enough to keep a fact that straddles a boundary whole. */
const OVERLAP_SENTENCES = 1;

/** Below this much new text, starting threads (each loads the model) costs more than they save. */
const INLINE_CHARS = 1_000_000;
/** Text per task: enough to repay a message to a thread, little enough to keep the threads evenly busy. */
const BATCH_CHARS = 256 * 1024;

export function chunkingFor(embedder: Embedder): ChunkingParams {
  return { maxTokens: embedder.spec.maxTokens, overlapSentences: OVERLAP_SENTENCES };
}

export function articleHash(article: Article): string {
  const { title, outlet, date, url, text } = article;
  return createHash("sha256").update(JSON.stringify([title, outlet, date, url, text])).digest("hex").slice(0, 32);
}

function leadParagraph(text: string): string {
  return text.split("\n\n", 1)[0]!;
}

/** Why the stored index cannot be reused as a base for this run, or undefined if it can. */
function incompatibility(manifest: Manifest, embedder: Embedder, chunking: ChunkingParams): string | undefined {
  if (manifest.model.id !== embedder.spec.id || manifest.model.dimension !== embedder.dimension) {
    return `the embedding model changed from ${manifest.model.id} (${manifest.model.dimension}d) to ${embedder.spec.id} (${embedder.dimension}d)`;
  }
  if (manifest.model.fingerprint !== embedder.fingerprint) {
    return `the embedding model ${embedder.spec.id} now gives different vectors (it was rebuilt or updated)`;
  }
  if (manifest.analyzer !== ANALYZER_VERSION) {
    return `the way the lexical index reads text changed (version ${manifest.analyzer ?? 1} to ${ANALYZER_VERSION})`;
  }
  if (manifest.chunker !== CHUNKER_VERSION) {
    return `the way articles are cut into chunks changed (version ${manifest.chunker ?? 1} to ${CHUNKER_VERSION})`;
  }
  if (JSON.stringify(manifest.chunking) !== JSON.stringify(chunking)) {
    return `the chunking parameters changed from ${JSON.stringify(manifest.chunking)} to ${JSON.stringify(chunking)}`;
  }
  return undefined;
}

/**
 * A file modified this close to its listing may have been written again within the same
 * timestamp tick (coarse on some file systems), unseen by a listing; it is read again until older.
 */
const RACY_MS = 1000;

/** Whether a file listed now is as the record has it, and was not modified too close to that listing to tell. */
function sameFile(was: CorpusFileStat, now: CorpusFileStat | undefined, listedAt: number): boolean {
  return (
    now !== undefined && was.mtimeMs < listedAt - RACY_MS &&
    was.source === now.source && was.size === now.size && was.mtimeMs === now.mtimeMs && was.ctimeMs === now.ctimeMs && was.ino === now.ino
  );
}

/**
 * The sources listed now that the record lacks, when every file it has is still as it was
 * (files were only added, as news mostly is): only those need reading, and none means the
 * corpus is the one the record was made of. Undefined otherwise.
 */
function addedSources(record: CorpusRecord | undefined, files: CorpusFileStat[], baseUrl: string | null): Set<string> | undefined {
  if (!record || record.baseUrl !== baseUrl) return undefined;
  const listed = new Map(files.map((file) => [file.source, file]));
  if (!record.files.every((was) => sameFile(was, listed.get(was.source), record.listedAt))) return undefined;
  const recorded = new Set(record.files.map((file) => file.source));
  return new Set(files.filter((file) => !recorded.has(file.source)).map((file) => file.source));
}

/** How long an ingest waits for another process's ingest into the same index to finish. */
const LOCK_WAIT_MS = 10 * 60_000;

export class IndexBusy extends Error {
  override name = "IndexBusy";
}

/**
 * One ingest at a time into an index folder, across processes (`npm run ingest` while the bot
 * fetches, shards starting together): each would otherwise build from the same last
 * generation, and the later would drop what the earlier added and sweep its files. A second
 * ingest waits for the first, then finds what it built.
 */
export function ingest(options: IngestOptions): Promise<IngestResult> {
  const busy = (owner: number) => new IndexBusy(`another newsdesk process (pid ${owner || "unknown"}) has been building the index in ${options.indexDir} for ${LOCK_WAIT_MS / 60_000} minutes; try again when it has finished`);
  return withProcessLock(ingestLockPath(options.indexDir), { waitMs: LOCK_WAIT_MS, busy }, () => ingestUnlocked(options));
}

/**
 * The lock of an index folder, in the temporary folder rather than beside the index: it then
 * takes no room on a full index disk and works on a read-only one.
 */
export function ingestLockPath(indexDir: string): string {
  return join(tmpdir(), `newsdesk-ingest-${createHash("sha256").update(resolve(indexDir)).digest("hex").slice(0, 16)}.lock`);
}

async function ingestUnlocked(options: IngestOptions): Promise<IngestResult> {
  const started = performance.now();
  const { embedder } = options;
  const warn = (message: string) => options.onNotice?.(message);
  const chunking = chunkingFor(embedder);
  const baseUrl = options.corpusBaseUrl ?? null;
  const seconds = () => (performance.now() - started) / 1000;

  // The manifest is read once, for the clean-up, the checks and the load alike.
  let read: ManifestFile | null = null;
  let previous: CorpusIndex | undefined;
  let rebuildReason: string | undefined;
  try {
    read = readManifestFile(options.indexDir);
    rebuildReason = read ? incompatibility(read.manifest, embedder, chunking) : undefined;
  } catch (error) {
    if (!(error instanceof IndexLoadError)) throw error;
    rebuildReason = error.message;
  }
  // Not only after a save: an ingest with nothing to do would otherwise keep stale files for good.
  // Without a readable manifest of this format, the clean-up reads what it can of it itself.
  removeStaleFiles(options.indexDir, warn, read ? { files: read.manifest.files, mtimeMs: read.mtimeMs } : undefined);
  try {
    if (read && !rebuildReason) previous = loadIndex(options.indexDir, read.manifest);
  } catch (error) {
    if (!(error instanceof IndexLoadError)) throw error;
    rebuildReason = error.message;
  }

  // Listed before it is read, so that a file changed while it is read differs from its record next time.
  const listing: Omit<CorpusRecord, "skipped" | "warnings"> = { baseUrl, listedAt: Date.now(), files: statCorpus(options.corpusDir) };
  const record = previous?.manifest.corpus;
  const addedFiles = addedSources(record, listing.files, baseUrl);
  if (previous && record && addedFiles?.size === 0) {
    // Notices as reading the corpus would give them, so that a bad file is reported on every start.
    reportCorpusNotices(record, warn);
    const { skipped } = record;
    return { index: previous, changed: false, articles: previous.articles.size, chunks: previous.chunks.length, added: 0, updated: 0, removed: 0, embeddedChunks: 0, graphExtended: false, skipped, corpusChecked: "stat", seconds: seconds() };
  }

  const before = previous?.articles ?? new Map<string, ArticleRecord>();
  const { articles, kept, skipped, warnings, checked } = readCorpus(options.corpusDir, options.corpusBaseUrl, addedFiles, before, record);
  const corpus: CorpusRecord = { ...listing, skipped, warnings };
  reportCorpusNotices(corpus, warn);
  const hashes = new Map(articles.map((article) => [article.id, articleHash(article)]));
  if (rebuildReason) options.onNotice?.(`Rebuilding the whole index: ${rebuildReason}.`);

  const unchanged = (article: Article) => before.get(article.id)?.hash === hashes.get(article.id);
  const removed = [...before.keys()].filter((id) => !hashes.has(id) && !kept.has(id)).length;
  const toEmbed = articles.filter((article) => !unchanged(article));

  if (previous && toEmbed.length === 0 && removed === 0) {
    // The files changed but their articles did not (touched, or no record yet): recorded as they are now, so the next start need not read them.
    let index = previous;
    try {
      if (recordCorpus(options.indexDir, read!, corpus)) index = { ...previous, manifest: { ...previous.manifest, corpus } };
    } catch (error) {
      warn(`Could not record the corpus files in the index manifest (${(error as Error).message}); the next start reads them again.`);
    }
    return { index, changed: false, articles: previous.articles.size, chunks: previous.chunks.length, added: 0, updated: 0, removed: 0, embeddedChunks: 0, graphExtended: false, skipped, corpusChecked: checked, seconds: seconds() };
  }

  // Prepare what is new (in worker threads unless it is little); take chunks and vectors of unchanged articles as they are.
  const dimension = embedder.dimension;
  const threads = options.workers ?? availableParallelism();
  const newChars = toEmbed.reduce((sum, article) => sum + article.text.length, 0);
  // A transformers.js model stays on the main thread: onnxruntime already runs it on every core,
  // and in worker threads under tsx its dynamic import does not resolve.
  const parallel = threads > 1 && embedder.words && embedder.paths && newChars >= INLINE_CHARS;
  // When articles were only added (news mostly is), the stored chunks keep their rows and the new
  // ones follow, so that the stored HNSW graph is extended rather than built again. Either that way
  // or with every article new, the rows come in the order of the batches, and the graph is built
  // as they are embedded instead of after.
  const appendOnly = previous !== undefined && removed === 0 && toEmbed.every((article) => !before.has(article.id));
  // The loaded graph grows in place; should the new index not be saved, the stored one is read
  // again to serve the last good index.
  const graph = appendOnly
    ? previous!.vectors.extend()
    : kept.size === 0 && toEmbed.length === articles.length
      ? GraphBuilder.fresh(dimension)
      : undefined;
  const runner = parallel ? workerRunner(embedder, chunking, threads) : inlineRunner(embedder, chunking);
  let fresh: Map<string, PreparedArticle>;
  try {
    fresh = await prepareAll(runner, batchesOf(toEmbed), dimension, options.onProgress, graph && ((vectors) => graph.add(vectors)));
  } finally {
    await runner.close();
  }
  const freshChunkCount = [...fresh.values()].reduce((sum, cut) => sum + cut.chunks.length, 0);

  const byId = new Map(articles.map((article) => [article.id, article]));
  const records: ArticleRecord[] = [
    ...kept.values(),
    ...articles.map(({ text, ...metadata }) => ({
      ...metadata,
      hash: hashes.get(metadata.id)!,
      chunkCount: fresh.get(metadata.id)?.chunks.length ?? before.get(metadata.id)!.chunkCount,
      lead: leadParagraph(text),
    })),
  ].sort((a, b) => a.id.localeCompare(b.id));
  const titles = new Map(records.map((article) => [article.id, article.title]));
  const rowOrder = appendOnly ? [...new Set(previous!.chunks.map((chunk) => chunk.articleId)), ...toEmbed.map((article) => article.id)] : records.map((article) => article.id);
  const previousChunks = new Map<string, Chunk[]>();
  for (const chunk of previous?.chunks ?? []) {
    const articleChunks = previousChunks.get(chunk.articleId);
    if (articleChunks) articleChunks.push(chunk);
    else previousChunks.set(chunk.articleId, [chunk]);
  }
  const chunks = rowOrder.flatMap((id) => fresh.get(id)?.chunks ?? previousChunks.get(id)!);
  // The lexical documents of the rows it does not hold yet: with articles only added, the new ones'.
  const lexicalRanges = rowOrder.flatMap((id): AnalysedRange[] => {
    const cut = fresh.get(id);
    if (cut) return [cut.lexical];
    if (appendOnly) return [];
    const articleChunks = previousChunks.get(id)!;
    const aliases = aliasesOf(byId.get(id)!, articleChunks);
    const analysed = analyzeDocuments(articleChunks.map((chunk, i) => ({ id: chunk.id, title: titles.get(id)!, text: chunk.text, aliases: aliases[i] })));
    return [{ analysed, from: 0, to: articleChunks.length }];
  });
  const vectors = new Float32Array(chunks.length * dimension);
  for (let row = 0; row < chunks.length; ) {
    const cut = fresh.get(chunks[row]!.articleId);
    if (cut) {
      vectors.set(cut.vectors, row * dimension);
      row += cut.chunks.length;
    } else {
      vectors.set(previous!.vectors.vector(previous!.chunkRows.get(chunks[row]!.id)!), row * dimension);
      row++;
    }
  }

  const generation = `${Date.now().toString(36)}${process.pid.toString(36)}`;
  const manifest: Manifest = {
    format: INDEX_FORMAT,
    generation,
    model: { id: embedder.spec.id, dimension, fingerprint: embedder.fingerprint },
    chunking,
    analyzer: ANALYZER_VERSION,
    chunker: CHUNKER_VERSION,
    articles: records,
    counts: { articles: records.length, chunks: chunks.length },
    builtAt: new Date().toISOString(),
    buildSeconds: 0,
    files: generationFiles(generation),
    checks: {},
    corpus,
  };
  const index = assembleIndex(
    manifest,
    chunks,
    graph ? graph.finish(vectors) : VectorIndex.build(vectors, dimension),
    appendOnly ? previous!.lexical.extendAnalysed(lexicalRanges) : LexicalIndex.fromAnalysed(lexicalRanges),
  );
  manifest.buildSeconds = Math.round(seconds() * 1000) / 1000;

  const added = toEmbed.filter((article) => !before.has(article.id)).length;
  const changes = { added, updated: toEmbed.length - added, removed, embeddedChunks: freshChunkCount, graphExtended: appendOnly, skipped, corpusChecked: checked, rebuildReason };
  try {
    const saved = saveIndex(options.indexDir, index, warn);
    return { ...changes, index: saved, changed: true, articles: records.length, chunks: chunks.length, seconds: seconds() };
  } catch (error) {
    const served = servedInstead(error as Error, previous && (appendOnly ? withStoredGraph(options.indexDir, previous, warn) : previous), index, warn);
    return { ...changes, ...served, changed: false, articles: served.index.articles.size, chunks: served.index.chunks.length, seconds: seconds() };
  }
}

/**
 * The corpus as this run needs it: the articles read, with their text, and the records of
 * those not read. When files were only added, only they are read, unless an id they claim is
 * one the index holds (a clash the whole folder decides, so it is read whole).
 */
function readCorpus(
  corpusDir: string,
  baseUrl: string | undefined,
  added: Set<string> | undefined,
  before: Map<string, ArticleRecord>,
  record: CorpusRecord | undefined,
): CorpusLoad & { kept: Map<string, ArticleRecord>; checked: "added" | "read" } {
  if (added && record) {
    const load = loadCorpus(corpusDir, { baseUrl, only: added });
    const claimed = [...load.articles.map((article) => article.id), ...[...added].map(idOfArticleFile)];
    if (!claimed.some((id) => id !== undefined && before.has(id))) {
      return { ...load, kept: before, skipped: [...record.skipped, ...load.skipped], warnings: [...record.warnings, ...load.warnings], checked: "added" };
    }
  }
  return { ...loadCorpus(corpusDir, { baseUrl }), kept: new Map(), checked: "read" };
}

function reportCorpusNotices({ skipped, warnings }: CorpusRecord, warn: (message: string) => void): void {
  for (const skip of skipped) warn(`Skipped ${skip.source}: ${skip.reason}`);
  for (const warning of warnings) warn(`Warning for ${warning.source}: ${warning.reason}`);
}

/** Consecutive articles, about BATCH_CHARS of text a batch. */
function batchesOf(articles: Article[]): Article[][] {
  const batches: Article[][] = [];
  let chars = BATCH_CHARS;
  for (const article of articles) {
    if (chars >= BATCH_CHARS) {
      batches.push([]);
      chars = 0;
    }
    batches.at(-1)!.push(article);
    chars += article.text.length;
  }
  return batches;
}

/** A new or changed article, prepared: its chunks, their lexical reading and their vectors (row after row). */
interface PreparedArticle {
  chunks: Chunk[];
  lexical: AnalysedRange;
  vectors: Float32Array;
}

/**
 * Prepares every batch, reporting progress in articles as batches come back; each article by
 * id. `inOrder` is given each batch's vectors in the order of the batches, as soon as it can be.
 */
async function prepareAll(
  runner: IngestRunner,
  batches: Article[][],
  dimension: number,
  onProgress: IngestOptions["onProgress"],
  inOrder?: (vectors: Float32Array) => void,
): Promise<Map<string, PreparedArticle>> {
  const total = batches.reduce((sum, batch) => sum + batch.length, 0);
  onProgress?.(0, total);
  let done = 0;
  const fresh = new Map<string, PreparedArticle>();
  const waiting = new Map<number, Float32Array>();
  let next = 0;
  const take = async (batch: Article[], b: number): Promise<void> => {
    const prepared: PreparedBatch = await runner.prepare(batch.map(({ id, title, text }) => ({ id, title, text })));
    waiting.set(b, prepared.vectors);
    for (let vectors; (vectors = waiting.get(next)); next++) {
      waiting.delete(next);
      inOrder?.(vectors);
    }
    let row = 0;
    batch.forEach((article, i) => {
      const chunks = prepared.chunks[i]!;
      const lexical = { analysed: prepared.lexical, from: row, to: row + chunks.length };
      fresh.set(article.id, { chunks, lexical, vectors: prepared.vectors.subarray(row * dimension, (row += chunks.length) * dimension) });
    });
    onProgress?.((done += batch.length), total);
  };
  // Batches are handed out in order, only as many at a time as the runner keeps busy. Given all
  // at once, Piscina's queue returned them far out of order, and the graph, built in batch order,
  // waited for the stragglers until the end.
  let submitted = 0;
  const lane = async (): Promise<void> => {
    for (let b; (b = submitted++) < batches.length; ) await take(batches[b]!, b);
  };
  await Promise.all(Array.from({ length: Math.min(runner.concurrency, batches.length) }, lane));
  return fresh;
}

/**
 * The last good index with its graph read again from its stored file, as the loaded one grew
 * with the new rows; undefined if that file cannot be read either.
 */
function withStoredGraph(indexDir: string, previous: CorpusIndex, warn: (message: string) => void): CorpusIndex | undefined {
  const graphPath = join(indexDir, previous.manifest.files.graph);
  try {
    return { ...previous, vectors: VectorIndex.read(graphPath, previous.vectors.vectors, previous.vectors.dimension) };
  } catch (error) {
    warn(`Could not read the last good index's graph ${graphPath} again (${(error as Error).message}).`);
    return undefined;
  }
}

/**
 * What to serve when the new index could not be written (a full or read-only disk): the last
 * good one, which is still current on disk, or with none the new one from memory.
 */
function servedInstead(error: Error, previous: CorpusIndex | undefined, index: CorpusIndex, warn: (message: string) => void): { index: CorpusIndex; notSaved: string } {
  const notSaved = error.message;
  warn(
    previous
      ? `The new index was not saved (${notSaved}); serving the last good one, built ${previous.manifest.builtAt}.`
      : `The new index was not saved (${notSaved}); serving it from memory, as there is no usable one on disk.`,
  );
  return { index: previous ?? index, notSaved };
}
