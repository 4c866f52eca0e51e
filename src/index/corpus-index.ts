/**
 * The on-disk index of a corpus, under INDEX_DIR. Every build is a generation of files
 * (chunks, vectors, HNSW graph, lexical index) written atomically beside the last good
 * one; `manifest.json` names the current generation and is renamed into place last.
 * A crash at any moment therefore leaves the previous manifest and its files intact.
 * The manifest holds each file's length and SHA-256, checked before the file is parsed,
 * so a damaged file is reported and rebuilt, never handed to the native HNSW loader.
 */
import { createHash } from "node:crypto";
import { closeSync, existsSync, fstatSync, mkdirSync, openSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import type { Article, FieldWarning, SkippedSource } from "../corpus/article.js";
import type { CorpusFileStat } from "../corpus/load-corpus.js";
import { articleDatelineOf, type Dateline } from "../corpus/dateline.js";
import { chunkId, type Chunk, type ChunkingParams } from "../text/chunk.js";
import { splitSentences } from "../text/sentences.js";
import { tryRemove, writeFileAtomic, type FileContent } from "../util/atomic-write.js";
import { LexicalIndex } from "./lexical-index.js";
import { VectorIndex } from "./vector-index.js";

/**
 * 2: the manifest holds a length and SHA-256 for every file. 3: the lexical index is binary.
 * 4: it stores the counts its scores come from, so that articles are added without reading the others.
 */
export const INDEX_FORMAT = 4;

/** What the index keeps of an article: everything but its text, plus its content hash. */
export type ArticleRecord = Omit<Article, "text"> & { hash: string; chunkCount: number; lead: string };

export interface Manifest {
  format: number;
  generation: string;
  model: { id: string; dimension: number; fingerprint: string };
  chunking: ChunkingParams;
  /** Version of the lexical analyzer the BM25 index was built with. */
  analyzer: number;
  /** Version of the way articles were cut into chunks. */
  chunker?: number;
  articles: ArticleRecord[];
  counts: { articles: number; chunks: number };
  builtAt: string;
  buildSeconds: number;
  files: { chunks: string; vectors: string; graph: string; lexical: string };
  /** Of each file, by name; filled in by saveIndex as it writes them. */
  checks: Record<string, FileCheck>;
  /** The corpus as last read in full; absent from indexes made before it was kept, which are then read in full. */
  corpus?: CorpusRecord;
}

/** Enough to tell, from a listing of the corpus folder alone, that reading it would give this index again. */
export interface CorpusRecord {
  /** The link base given to articles without a URL, which is part of their hash. */
  baseUrl: string | null;
  /** When the files were listed (ms since the epoch), before they were read. */
  listedAt: number;
  files: CorpusFileStat[];
  /** What reading the corpus reported, to report again when it is not read. */
  skipped: SkippedSource[];
  warnings: FieldWarning[];
}

export interface FileCheck {
  bytes: number;
  sha256: string;
}

export class IndexLoadError extends Error {}

export interface CorpusIndex {
  manifest: Manifest;
  articles: Map<string, ArticleRecord>;
  /** Row i of the vector index is chunk i. */
  chunks: Chunk[];
  chunkRows: Map<string, number>;
  vectors: VectorIndex;
  lexical: LexicalIndex;
}

export function assembleIndex(manifest: Manifest, chunks: Chunk[], vectors: VectorIndex, lexical: LexicalIndex): CorpusIndex {
  return {
    manifest,
    articles: new Map(manifest.articles.map((article) => [article.id, article])),
    chunks,
    chunkRows: new Map(chunks.map((chunk, row) => [chunk.id, row])),
    vectors,
    lexical,
  };
}

/** Where an article was filed from: the dateline at the start of its text, its first chunk. */
export function datelineOfArticle(index: CorpusIndex, articleId: string): Dateline | null {
  const row = index.chunkRows.get(chunkId(articleId, 0));
  return row === undefined ? null : articleDatelineOf(index.chunks[row]!.text);
}

/** How much of a quote's opening finds it among its article's sentences. */
const QUOTE_OPENING_CHARS = 40;

/**
 * The sentences of an article before the one a quote of it opens, found by the quote's opening words (a quote may be
 * shown without its dateline or with a quotation mark closed); undefined where none opens so.
 */
export function sentencesBeforeQuote(index: CorpusIndex, articleId: string, quote: string): string[] | undefined {
  const sentences = sentencesOfArticle(index, articleId);
  const opening = quote.replace(/^[“"«]+/, "").slice(0, QUOTE_OPENING_CHARS);
  const at = sentences.findIndex((sentence) => sentence.includes(opening));
  return at === -1 ? undefined : sentences.slice(0, at);
}

/** An article's sentences in order, read from its chunks, each once where chunks overlap. */
export function sentencesOfArticle(index: CorpusIndex, articleId: string): string[] {
  const sentences: string[] = [];
  let readTo = 0;
  for (let i = 0, row = index.chunkRows.get(chunkId(articleId, 0)); row !== undefined; row = index.chunkRows.get(chunkId(articleId, ++i))) {
    const chunk = index.chunks[row]!;
    for (const sentence of splitSentences(chunk.text)) {
      if (chunk.start + sentence.start < readTo) continue;
      sentences.push(sentence.text);
      readTo = chunk.start + sentence.end;
    }
  }
  return sentences;
}

const MANIFEST = "manifest.json";
/** Files of generations, and the temporary files they are written through. */
const INDEX_FILE = /^\.?(chunks|vectors|graph|lexical|manifest)[-.]/;

/** Reads the manifest alone (cheap), or null when there is no index yet. */
export function readManifest(indexDir: string): Manifest | null {
  return readManifestFile(indexDir)?.manifest ?? null;
}

/** The manifest as read, with the modification time and length that tell whether it was replaced since. */
export interface ManifestFile {
  manifest: Manifest;
  mtimeMs: number;
  bytes: number;
}

/** The manifest, its time and length read through one descriptor (so all are of one manifest), or null when there is none. */
export function readManifestFile(indexDir: string): ManifestFile | null {
  const path = join(indexDir, MANIFEST);
  if (!existsSync(path)) return null;
  const fd = openSync(path, "r");
  let read: ManifestFile;
  try {
    const { mtimeMs, size } = fstatSync(fd);
    read = { manifest: JSON.parse(readFileSync(fd, "utf8")) as Manifest, mtimeMs, bytes: size };
  } catch (error) {
    throw new IndexLoadError(`the index manifest ${path} is damaged (${(error as Error).message})`);
  } finally {
    closeSync(fd);
  }
  if (read.manifest.format !== INDEX_FORMAT) {
    throw new IndexLoadError(`the index in ${indexDir} has format ${read.manifest.format}; this version reads format ${INDEX_FORMAT}`);
  }
  return read;
}

/**
 * Replaces the manifest read (same generation and files) by one with a new corpus record,
 * unless another process replaced it since; returns whether it did. Only the small window
 * between the check and the rename is unguarded, and losing it leaves a manifest whose
 * files may be gone, which the next load reports and rebuilds.
 */
export function recordCorpus(indexDir: string, read: ManifestFile, corpus: CorpusRecord): boolean {
  const now = statSync(join(indexDir, MANIFEST), { throwIfNoEntry: false });
  if (!now || now.mtimeMs !== read.mtimeMs || now.size !== read.bytes) return false;
  writeFileAtomic(join(indexDir, MANIFEST), JSON.stringify({ ...read.manifest, corpus }, null, 2));
  return true;
}

/** Loads the current generation (of the manifest given, if already read), or throws an IndexLoadError that says what is wrong. */
export function loadIndex(indexDir: string, manifest = readManifest(indexDir)): CorpusIndex {
  if (!manifest) throw new IndexLoadError(`there is no index in ${indexDir} yet`);
  const f = manifest.files;
  const checked = (name: string) => readChecked(indexDir, name, manifest.checks[name]);
  try {
    const chunks = JSON.parse(checked(f.chunks).toString("utf8")) as Chunk[];
    const bytes = checked(f.vectors);
    const vectors = new Float32Array(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength));
    const dimension = manifest.model.dimension;
    if (chunks.length !== manifest.counts.chunks || vectors.length !== chunks.length * dimension) {
      throw new Error(`the manifest counts ${manifest.counts.chunks} chunks, the files hold ${chunks.length} chunks and ${vectors.length / dimension} vectors`);
    }
    assertFinite(vectors, dimension, join(indexDir, f.vectors));
    // Checked before the native loader reads it, as hnswlib trusts its input and crashes on a damaged
    // one; files of a generation are never rewritten, so the loader reads the bytes that were checked.
    checked(f.graph);
    const vectorIndex = VectorIndex.read(join(indexDir, f.graph), vectors, dimension);
    const lexical = LexicalIndex.fromBytes(checked(f.lexical));
    return assembleIndex(manifest, chunks, vectorIndex, lexical);
  } catch (error) {
    if (error instanceof IndexLoadError) throw error;
    throw new IndexLoadError(`the index in ${indexDir} is damaged: ${(error as Error).message}`);
  }
}

/** A file's bytes, once their length and hash are those the manifest gives. */
function readChecked(indexDir: string, name: string, check: FileCheck | undefined): Buffer {
  const path = join(indexDir, name);
  if (!existsSync(path)) throw new IndexLoadError(`the index file ${path} is missing`);
  if (!check) throw new IndexLoadError(`the index manifest gives no length and SHA-256 for ${path}`);
  const bytes = readFileSync(path);
  if (bytes.length !== check.bytes) {
    throw new IndexLoadError(`the index file ${path} is damaged: it is ${bytes.length} bytes long, the manifest says ${check.bytes}`);
  }
  if (checkOf(bytes).sha256 !== check.sha256) {
    throw new IndexLoadError(`the index file ${path} is damaged: its SHA-256 differs from the one in the manifest`);
  }
  return bytes;
}

/** A vector with NaN or infinity would poison every similarity computed with it. */
function assertFinite(vectors: Float32Array, dimension: number, path: string): void {
  // A plain loop: findIndex with a callback takes several times as long on millions of values.
  for (let at = 0; at < vectors.length; at++) {
    if (!Number.isFinite(vectors[at])) throw new IndexLoadError(`the index file ${path} is damaged: vector ${Math.floor(at / dimension)} holds ${vectors[at]}`);
  }
}

function checkOf(bytes: Uint8Array): FileCheck {
  return { bytes: bytes.length, sha256: createHash("sha256").update(bytes).digest("hex") };
}

/**
 * Writes a new generation, then points the manifest at it, then removes older generations.
 * Returns the index as saved (its manifest with the checks of its files). When a write
 * fails, the files of the new generation are removed (as far as the disk allows) and the
 * error, which names the file, is thrown; the last good generation stays current.
 */
export function saveIndex(indexDir: string, index: CorpusIndex, warn: (message: string) => void): CorpusIndex {
  const manifest: Manifest = { ...index.manifest, checks: {} };
  try {
    mkdirSync(indexDir, { recursive: true });
    manifest.checks = writeGeneration(indexDir, index);
    writeFileAtomic(join(indexDir, MANIFEST), JSON.stringify(manifest, null, 2));
  } catch (error) {
    for (const name of Object.values(manifest.files)) tryRemove(join(indexDir, name));
    throw error;
  }
  // The manifest just written, not read back: at 100,000 articles parsing it took most of a second.
  removeStaleFiles(indexDir, warn, { files: manifest.files, mtimeMs: statSync(join(indexDir, MANIFEST)).mtimeMs });
  return { ...index, manifest };
}

function writeGeneration(indexDir: string, index: CorpusIndex): Manifest["checks"] {
  const f = index.manifest.files;
  const vectors = index.vectors.vectors;
  const contents: [string, FileContent][] = [
    [f.chunks, JSON.stringify(index.chunks)],
    [f.vectors, new Uint8Array(vectors.buffer, vectors.byteOffset, vectors.byteLength)],
    // hnswlib writes the graph itself; it is hashed as written, before it is renamed into place.
    [f.graph, (temporary) => index.vectors.write(temporary)],
    [f.lexical, index.lexical.toBytes()],
  ];
  return Object.fromEntries(contents.map(([name, content]) => [name, checkOf(writeFileAtomic(join(indexDir, name), content))]));
}

/**
 * Removes what older generations and killed ingests left: index and temporary files the
 * current manifest does not name that are older than it. A newer one may belong to an
 * ingest running now, so it stays. A file that cannot be removed is a warning, not an error.
 */
export function removeStaleFiles(indexDir: string, warn: (message: string) => void, current = currentManifest(indexDir)): void {
  if (!current) return;
  const keep = new Set([MANIFEST, ...Object.values(current.files)]);
  for (const name of readdirSync(indexDir)) {
    if (keep.has(name) || !INDEX_FILE.test(name)) continue;
    const path = join(indexDir, name);
    const modified = statSync(path, { throwIfNoEntry: false })?.mtimeMs;
    if (modified === undefined || modified >= current.mtimeMs) continue;
    const error = tryRemove(path);
    if (error) warn(`Could not remove the stale index file ${path}: ${error.message}`);
  }
}

/**
 * The files the manifest names and its modification time, read through one descriptor so
 * that both are of the same manifest even if an ingest switches it meanwhile; null when
 * there is none or it is damaged (then nothing is known to be stale).
 */
function currentManifest(indexDir: string): { files: Manifest["files"]; mtimeMs: number } | null {
  const path = join(indexDir, MANIFEST);
  if (!existsSync(path)) return null;
  const fd = openSync(path, "r");
  try {
    const { mtimeMs } = fstatSync(fd);
    const { files } = JSON.parse(readFileSync(fd, "utf8")) as Partial<Manifest>;
    return files ? { files, mtimeMs } : null;
  } catch (error) {
    // A damaged manifest is reported by the load; the rebuild then cleans up.
    if (error instanceof SyntaxError) return null;
    throw error;
  } finally {
    closeSync(fd);
  }
}

export function generationFiles(generation: string): Manifest["files"] {
  return {
    chunks: `chunks-${generation}.json`,
    vectors: `vectors-${generation}.f32`,
    graph: `graph-${generation}.hnsw`,
    lexical: `lexical-${generation}.bin`,
  };
}
