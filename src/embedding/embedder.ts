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

  const run = async (texts: string[]): Promise<Float32Array[]> => {
    const output = await extractor(texts, { pooling: "mean", normalize: true });
    const [rows, dimension] = output.dims as [number, number];
    const data = output.data as Float32Array;
    return Array.from({ length: rows }, (_, row) => data.slice(row * dimension, (row + 1) * dimension));
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
