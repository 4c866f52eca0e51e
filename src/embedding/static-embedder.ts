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
  private readonly rows = new BoundedMemo<number, Float32Array>(MAX_CACHED_ROWS);
  /** A word's row found by bisection of the vocabulary is remembered: the lookup was most of the embedding time. */
  private readonly wordRows = new BoundedMemo<string, number>(MAX_REMEMBERED_WORDS);

  /** `dir` holds a current build (ensureStaticModel). */
  constructor(dir: string) {
    const { model, vocabulary, build } = staticModelFiles(dir);
    this.dimension = build.dimensions;
    this.tableOffset = build.tableOffset;
    this.vocabulary = new Vocabulary(readFileSync(vocabulary));
    this.unknown = this.vocabulary.row(UNK)!;
    this.modelFile = model;
    this.fd = openSync(model, "r");
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
    return texts.map((ids) => meanUnitVectorOf(Math.min(ids.length, MODEL_MAX_LENGTH), (token) => this.row(ids[token]!), this.dimension));
  }

  private wordRow(word: string): number {
    return this.wordRows.get(word, () => this.vocabulary.row(word) ?? this.unknown);
  }

  private row(id: number): Float32Array {
    return this.rows.get(id, () => {
      const row = new Float32Array(this.dimension);
      if (readSync(this.fd, row, 0, row.byteLength, this.tableOffset + id * row.byteLength) !== row.byteLength) {
        throw new Error(`${this.modelFile} ends before row ${id} of the embedding table`);
      }
      return row;
    });
  }
}
