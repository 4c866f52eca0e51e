/**
 * Runs a transformer model through transformers.js: a model downloaded from a hub (and
 * cached), or one in a local folder. Imported only when such a model is configured, as
 * loading transformers.js and onnxruntime costs a quarter of a second and 30 MB.
 */
import { env, pipeline, type FeatureExtractionPipeline } from "@xenova/transformers";
import type { EmbedderPaths, EmbeddingRunner } from "./embedder.js";
import type { ModelSpec } from "./models.js";
import { meanUnitVectorOf } from "./pooling.js";

export async function loadTransformersModel(spec: ModelSpec, paths: EmbedderPaths): Promise<EmbeddingRunner> {
  // transformers.js keeps its settings in one global object, so set all of them for this load.
  env.cacheDir = paths.cacheDir;
  env.remoteHost = paths.hubUrl;
  env.allowRemoteModels = spec.source === "hub";
  env.allowLocalModels = spec.source === "local";
  if (spec.localRoot) env.localModelPath = `${spec.localRoot}/`;
  const extractor = (await pipeline("feature-extraction", spec.id, { quantized: spec.quantized })) as FeatureExtractionPipeline;
  return {
    async run(texts) {
      const inputs = extractor.tokenizer(texts, { padding: true, truncation: true });
      const outputs = await extractor.model(inputs);
      const hidden = outputs.last_hidden_state ?? outputs.logits ?? outputs.token_embeddings;
      const [rows, length, dimension] = hidden.dims as [number, number, number];
      const data = hidden.data as Float32Array;
      const mask = inputs.attention_mask.data as BigInt64Array;
      return Array.from({ length: rows }, (_, row) => {
        const tokens: number[] = [];
        for (let t = 0; t < length; t++) if (mask[row * length + t] !== 0n) tokens.push((row * length + t) * dimension);
        return meanUnitVectorOf(data, tokens, dimension);
      });
    },
    countTokens(text) {
      return extractor.tokenizer.encode(text, null, { add_special_tokens: false }).length;
    },
  };
}
