/**
 * Runs the built-in static model without transformers.js: the same tokens (word-tokenizer.ts),
 * the same table rows and the same pooling, hence the same vectors, at a fraction of the
 * start-up. Only the vocabulary is loaded (5 MB); a word's row is read from the ONNX file
 * the first time a text uses it, instead of onnxruntime loading the whole 136 MB table.
 */
import { openSync, readFileSync, readSync } from "node:fs";
import type { EmbeddingRunner } from "./embedder.js";
import { meanUnitVectorOf } from "./pooling.js";
import { MODEL_MAX_LENGTH, staticModelFiles } from "./static-model.js";
import { BoundedMemo } from "../util/bounded-memo.js";
import { Vocabulary } from "./vocabulary.js";
import { UNK, wordTokens } from "./word-tokenizer.js";

/** Rows kept in memory (40 MB at 100 dimensions); past it the cache starts again. */
const MAX_CACHED_ROWS = 100_000;
/** Words whose row is remembered; past it the memo starts again. */
const MAX_REMEMBERED_WORDS = 200_000;

export class StaticModel implements EmbeddingRunner {
  readonly dimension: number;
  private readonly vocabulary: Vocabulary;
  private readonly unknown: number;
  private readonly modelFile: string;
  /** Open for the model's lifetime: a rebuild replaces the file by a rename, and this keeps reading the build the vocabulary belongs to. */
  private readonly fd: number;
  private readonly tableOffset: number;
  /**
   * The rows read so far, one after another, and where each row id's copy starts (-1: not
   * read): pooling adds them up straight from here, with no lookup by key or array per token.
   */
  private cached = new Float32Array(0);
  private cachedRows = 0;
  private readonly cachedAt: Int32Array;
  /** A word's row found by bisection of the vocabulary is remembered: the lookup was most of the embedding time. */
  private readonly wordRows = new BoundedMemo<string, number>(MAX_REMEMBERED_WORDS);
  private readonly lookUp = (word: string) => this.vocabulary.row(word) ?? this.unknown;

  /** `dir` holds a current build (ensureStaticModel). */
  constructor(dir: string) {
    const { model, vocabulary, build } = staticModelFiles(dir);
    this.dimension = build.dimensions;
    this.tableOffset = build.tableOffset;
    this.vocabulary = new Vocabulary(readFileSync(vocabulary));
    this.unknown = this.vocabulary.row(UNK)!;
    this.modelFile = model;
    this.fd = openSync(model, "r");
    this.cachedAt = new Int32Array(this.vocabulary.size).fill(-1);
  }

  /** The ids transformers.js's tokenizer gives the text with this model's tokenizer.json (no special tokens are added). */
  tokenIds(text: string): number[] {
    return wordTokens(text).map((word) => this.wordRow(word));
  }

  countTokens(text: string): number {
    // Every token is one word, known or [UNK].
    return wordTokens(text).length;
  }

  async run(texts: string[]): Promise<Float32Array[]> {
    return this.runIds(texts.map((text) => this.tokenIds(text)));
  }

  /** The vectors of texts given as their token ids. */
  runIds(texts: ArrayLike<number>[]): Float32Array[] {
    return texts.map((ids) => {
      const count = Math.min(ids.length, MODEL_MAX_LENGTH);
      // Started again between texts only, so that the rows of one text stay where they were read.
      if (this.cachedRows + count > MAX_CACHED_ROWS) this.forgetRows();
      const offsets = new Int32Array(count);
      for (let token = 0; token < count; token++) offsets[token] = this.rowOffset(ids[token]!);
      return meanUnitVectorOf(this.cached, offsets, this.dimension);
    });
  }

  private wordRow(word: string): number {
    return this.wordRows.get(word, this.lookUp);
  }

  /** Where row `id` starts in the cache, read from the model file the first time. */
  private rowOffset(id: number): number {
    const at = this.cachedAt[id]!;
    if (at !== -1) return at;
    const offset = this.cachedRows++ * this.dimension;
    if (offset + this.dimension > this.cached.length) {
      // Grown by doubling, up to the cap: a short run reads a few rows, an ingest many.
      const grown = new Float32Array(Math.min(MAX_CACHED_ROWS, Math.max(1024, 2 * this.cachedRows)) * this.dimension);
      grown.set(this.cached);
      this.cached = grown;
    }
    const bytes = this.dimension * Float32Array.BYTES_PER_ELEMENT;
    const into = new Uint8Array(this.cached.buffer, offset * Float32Array.BYTES_PER_ELEMENT, bytes);
    if (readSync(this.fd, into, 0, bytes, this.tableOffset + id * bytes) !== bytes) {
      throw new Error(`${this.modelFile} ends before row ${id} of the embedding table`);
    }
    this.cachedAt[id] = offset;
    return offset;
  }

  private forgetRows(): void {
    this.cachedAt.fill(-1);
    this.cachedRows = 0;
  }
}
