/**
 * The on-disk index of a corpus, under INDEX_DIR. Every build is a generation of files
 * (chunks, vectors, HNSW graph, lexical index) written atomically beside the last good
 * one; `manifest.json` names the current generation and is renamed into place last.
 * A crash at any moment therefore leaves the previous manifest and its files intact.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync } from "node:fs";
import { join } from "node:path";
import type { Article } from "../corpus/article.js";
import { chunkId, type Chunk, type ChunkingParams } from "../ingest/chunk.js";
import { writeFileAtomic } from "../util/atomic-write.js";
import { LexicalIndex } from "./lexical-index.js";
import { VectorIndex } from "./vector-index.js";

export const INDEX_FORMAT = 1;

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

/** The start of an article's text: its first chunk. */
export function openingOf(index: CorpusIndex, articleId: string): string {
  const row = index.chunkRows.get(chunkId(articleId, 0));
  return row === undefined ? "" : index.chunks[row]!.text;
}

const MANIFEST = "manifest.json";

/** Reads the manifest alone (cheap), or null when there is no index yet. */
export function readManifest(indexDir: string): Manifest | null {
  const path = join(indexDir, MANIFEST);
  if (!existsSync(path)) return null;
  let manifest: Manifest;
  try {
    manifest = JSON.parse(readFileSync(path, "utf8")) as Manifest;
  } catch (error) {
    throw new IndexLoadError(`the index manifest ${path} is damaged (${(error as Error).message})`);
  }
  if (manifest.format !== INDEX_FORMAT) {
    throw new IndexLoadError(`the index in ${indexDir} has format ${manifest.format}; this version reads format ${INDEX_FORMAT}`);
  }
  return manifest;
}

/** Loads the current generation, or throws an IndexLoadError that says what is wrong. */
export function loadIndex(indexDir: string): CorpusIndex {
  const manifest = readManifest(indexDir);
  if (!manifest) throw new IndexLoadError(`there is no index in ${indexDir} yet`);
  const file = (name: string) => {
    const path = join(indexDir, name);
    if (!existsSync(path)) throw new IndexLoadError(`the index file ${path} is missing`);
    return path;
  };
  try {
    const chunks = JSON.parse(readFileSync(file(manifest.files.chunks), "utf8")) as Chunk[];
    const bytes = readFileSync(file(manifest.files.vectors));
    const vectors = new Float32Array(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength));
    const dimension = manifest.model.dimension;
    if (chunks.length !== manifest.counts.chunks || vectors.length !== chunks.length * dimension) {
      throw new Error(`the manifest counts ${manifest.counts.chunks} chunks, the files hold ${chunks.length} chunks and ${vectors.length / dimension} vectors`);
    }
    const vectorIndex = VectorIndex.read(file(manifest.files.graph), vectors, dimension);
    const lexical = LexicalIndex.fromJSON(readFileSync(file(manifest.files.lexical), "utf8"));
    return assembleIndex(manifest, chunks, vectorIndex, lexical);
  } catch (error) {
    if (error instanceof IndexLoadError) throw error;
    throw new IndexLoadError(`the index in ${indexDir} is damaged: ${(error as Error).message}`);
  }
}

/** Writes a new generation, then points the manifest at it, then removes older generations. */
export function saveIndex(indexDir: string, index: CorpusIndex): void {
  mkdirSync(indexDir, { recursive: true });
  const { manifest } = index;
  const f = manifest.files;
  writeFileAtomic(join(indexDir, f.chunks), JSON.stringify(index.chunks));
  const vectors = index.vectors.vectors;
  writeFileAtomic(join(indexDir, f.vectors), new Uint8Array(vectors.buffer, vectors.byteOffset, vectors.byteLength));
  // hnswlib writes the file itself, so it writes to a temporary name that is renamed after.
  const graphTemporary = join(indexDir, `.${f.graph}.${process.pid}.tmp`);
  index.vectors.write(graphTemporary);
  renameSync(graphTemporary, join(indexDir, f.graph));
  writeFileAtomic(join(indexDir, f.lexical), index.lexical.toJSON());
  writeFileAtomic(join(indexDir, MANIFEST), JSON.stringify(manifest, null, 2));
  const current = new Set([MANIFEST, ...Object.values(f)]);
  for (const name of readdirSync(indexDir)) {
    // Older generations and temporary files left by an ingest that was killed.
    if (!current.has(name) && /^(\.)?(chunks|vectors|graph|lexical|manifest)[-.]/.test(name)) rmSync(join(indexDir, name), { force: true });
  }
}

export function generationFiles(generation: string): Manifest["files"] {
  return {
    chunks: `chunks-${generation}.json`,
    vectors: `vectors-${generation}.f32`,
    graph: `graph-${generation}.hnsw`,
    lexical: `lexical-${generation}.json`,
  };
}
