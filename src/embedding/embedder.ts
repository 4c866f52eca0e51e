/**
 * Loads the embedding model and gives it one interface: unit vectors of texts (mean
 * pooling, normalized, as transformers.js's feature-extraction pipeline makes them) and
 * token counts. The built-in offline model runs in plain TypeScript (static-embedder.ts);
 * models from a hub or a local folder run through transformers.js (transformers-embedder.ts).
 */
import { createHash } from "node:crypto";
import type { ModelSpec } from "./models.js";
import { StaticModel } from "./static-embedder.js";
import { ensureStaticModel } from "./static-model.js";
import { separatesTokens } from "./word-tokenizer.js";

export interface Embedder {
  spec: ModelSpec;
  dimension: number;
  /** Changes whenever the model's output does (new weights, a rebuilt offline model). */
  fingerprint: string;
  /** Unit vectors, one per text, in order. Queries and passages may get different prefixes. */
  embed(texts: string[], kind: "query" | "passage"): Promise<Float32Array[]>;
  /** Model tokens in a text, special tokens excluded. */
  countTokens(text: string): number;
  /** Where the model was loaded from, so that worker threads can load it too; absent, it runs on the main thread only. */
  paths?: EmbedderPaths;
  /** Models with word-level tokens and no passage prefix (the built-in one): texts as token ids, so that what was tokenized to cut chunks is not tokenized again. */
  words?: WordTokens;
}

export interface WordTokens {
  /** The token ids of a text, special tokens excluded (countTokens is their number). */
  ids(text: string): number[];
  /** Whether the ids of `a + gap + b` are a's then b's. */
  separates(gap: string): boolean;
  /** Passage vectors of texts given as their ids: as `embed(texts, "passage")` would give them. */
  embed(texts: ArrayLike<number>[]): Float32Array[];
}

export interface EmbedderPaths {
  /** Where the built-in model is built. */
  modelsDir: string;
  /** Where downloaded hub models are cached. */
  cacheDir: string;
  /** Hub base URL, e.g. https://huggingface.co/ */
  hubUrl: string;
}

/** A loaded model: unit vectors of texts as given (one batch), and token counts. */
export interface EmbeddingRunner {
  run(texts: string[]): Promise<Float32Array[]>;
  countTokens(text: string): number;
  /** For a word-level tokenizer (white space always separates tokens). */
  tokenIds?(text: string): number[];
  runIds?(texts: ArrayLike<number>[]): Float32Array[];
}

const BATCH_SIZE = 32;
const PROBE = "The ministers met in Yerevan on March 27 to discuss the Lachin corridor.";

export async function loadEmbedder(spec: ModelSpec, paths: EmbedderPaths, onProgress?: (message: string) => void): Promise<Embedder> {
  const dir = spec.source === "built-in" ? ensureStaticModel(paths.modelsDir, onProgress) : undefined;
  let runner: EmbeddingRunner;
  try {
    runner = dir ? new StaticModel(dir) : await (await import("./transformers-embedder.js")).loadTransformersModel(spec, paths);
  } catch (error) {
    const where = spec.source === "hub" ? `from ${paths.hubUrl}` : spec.source === "local" ? `from ${spec.localRoot}` : `from ${paths.modelsDir}`;
    throw new Error(`Could not load embedding model "${spec.id}" ${where}: ${(error as Error).message}`);
  }

  // The vector of a fixed text, rounded so float noise between machines does not count.
  const [probe] = await runner.run([PROBE]);
  const fingerprint = createHash("sha256")
    .update(Array.from(probe!, (x) => x.toFixed(4)).join(","))
    .digest("hex")
    .slice(0, 16);

  return {
    spec,
    dimension: probe!.length,
    fingerprint,
    async embed(texts, kind) {
      const prefix = kind === "query" ? spec.queryPrefix : spec.passagePrefix;
      // Batches of similar length waste less time on padding.
      const order = texts.map((_, i) => i).sort((a, b) => texts[a]!.length - texts[b]!.length);
      const vectors: Float32Array[] = new Array(texts.length);
      for (let i = 0; i < order.length; i += BATCH_SIZE) {
        const batch = order.slice(i, i + BATCH_SIZE);
        const embedded = await runner.run(batch.map((index) => prefix + texts[index]!));
        batch.forEach((index, j) => (vectors[index] = embedded[j]!));
      }
      return vectors;
    },
    countTokens: (text) => runner.countTokens(text),
    paths,
    words:
      runner.tokenIds && runner.runIds && spec.passagePrefix === ""
        ? { ids: (text) => runner.tokenIds!(text), separates: separatesTokens, embed: (texts) => runner.runIds!(texts) }
        : undefined,
  };
}
