/**
 * Runs an embedding model through transformers.js: feature extraction, mean pooling,
 * unit-length vectors. The same code path serves the built-in offline model, models
 * downloaded from a hub (and cached), and models in a local folder.
 */
import { createHash } from "node:crypto";
import { env, pipeline, type FeatureExtractionPipeline } from "@xenova/transformers";
import type { ModelSpec } from "./models.js";
import { ensureStaticModel } from "./static-model.js";

export interface Embedder {
  spec: ModelSpec;
  dimension: number;
  /** Changes whenever the model's output does (new weights, a rebuilt offline model). */
  fingerprint: string;
  /** Unit vectors, one per text, in order. Queries and passages may get different prefixes. */
  embed(texts: string[], kind: "query" | "passage"): Promise<Float32Array[]>;
  /** Model tokens in a text, special tokens excluded. */
  countTokens(text: string): number;
}

export interface EmbedderPaths {
  /** Where the built-in model is built. */
  modelsDir: string;
  /** Where downloaded hub models are cached. */
  cacheDir: string;
  /** Hub base URL, e.g. https://huggingface.co/ */
  hubUrl: string;
}

const BATCH_SIZE = 32;

export async function loadEmbedder(spec: ModelSpec, paths: EmbedderPaths, onProgress?: (message: string) => void): Promise<Embedder> {
  // transformers.js keeps its settings in one global object, so set all of them for this load.
  env.cacheDir = paths.cacheDir;
  env.remoteHost = paths.hubUrl;
  env.allowRemoteModels = spec.source === "hub";
  env.allowLocalModels = spec.source !== "hub";
  if (spec.source === "built-in") {
    ensureStaticModel(paths.modelsDir, onProgress);
    env.localModelPath = `${paths.modelsDir}/`;
  } else if (spec.source === "local") {
    env.localModelPath = `${spec.localRoot}/`;
  }
  let extractor: FeatureExtractionPipeline;
  try {
    extractor = (await pipeline("feature-extraction", spec.id, { quantized: spec.quantized })) as FeatureExtractionPipeline;
  } catch (error) {
    const where = spec.source === "hub" ? `from ${paths.hubUrl}` : spec.source === "local" ? `from ${spec.localRoot}` : `from ${paths.modelsDir}`;
    throw new Error(`Could not load embedding model "${spec.id}" ${where}: ${(error as Error).message}`);
  }

  /**
   * What the feature-extraction pipeline does with pooling "mean" and normalize, with the
   * pooling in typed arrays: the library's pooling converts the int64 attention mask to a
   * number once per token and dimension, which took most of the ingest time (four times
   * the model itself).
   */
  const run = async (texts: string[]): Promise<Float32Array[]> => {
    const inputs = extractor.tokenizer(texts, { padding: true, truncation: true });
    const outputs = await extractor.model(inputs);
    const hidden = outputs.last_hidden_state ?? outputs.logits ?? outputs.token_embeddings;
    const [rows, length, dimension] = hidden.dims as [number, number, number];
    const data = hidden.data as Float32Array;
    const mask = Float32Array.from(inputs.attention_mask.data as BigInt64Array, Number);
    return Array.from({ length: rows }, (_, row) => {
      const pooled = new Float32Array(dimension);
      let count = 0;
      for (let t = 0; t < length; t++) {
        if (mask[row * length + t] === 0) continue;
        count++;
        const offset = (row * length + t) * dimension;
        for (let d = 0; d < dimension; d++) pooled[d]! += data[offset + d]!;
      }
      let norm = 0;
      for (let d = 0; d < dimension; d++) norm += (pooled[d]! /= Math.max(count, 1)) ** 2;
      norm = Math.sqrt(norm);
      if (norm > 0) for (let d = 0; d < dimension; d++) pooled[d]! /= norm;
      return pooled;
    });
  };

  // The vector of a fixed text, rounded so float noise between machines does not count.
  const probe = (await run(["The ministers met in Yerevan on March 27 to discuss the Lachin corridor."]))[0]!;
  const dimension = probe.length;
  const fingerprint = createHash("sha256")
    .update(Array.from(probe, (x) => x.toFixed(4)).join(","))
    .digest("hex")
    .slice(0, 16);

  return {
    spec,
    dimension,
    fingerprint,
    async embed(texts, kind) {
      const prefix = kind === "query" ? spec.queryPrefix : spec.passagePrefix;
      // Batches of similar length waste less time on padding.
      const order = texts.map((_, i) => i).sort((a, b) => texts[a]!.length - texts[b]!.length);
      const vectors: Float32Array[] = new Array(texts.length);
      for (let i = 0; i < order.length; i += BATCH_SIZE) {
        const batch = order.slice(i, i + BATCH_SIZE);
        const embedded = await run(batch.map((index) => prefix + texts[index]!));
        batch.forEach((index, j) => (vectors[index] = embedded[j]!));
      }
      return vectors;
    },
    countTokens(text) {
      return extractor.tokenizer.encode(text, null, { add_special_tokens: false }).length;
    },
  };
}
