/**
 * The built-in model runs in plain TypeScript; transformers.js runs the same built files
 * (as a local model). Both must give the same token ids, token counts and vectors, bit for
 * bit, or indexes built by one would not match questions embedded by the other.
 */
import { readdirSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import { env, pipeline, type FeatureExtractionPipeline } from "@xenova/transformers";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadCorpus } from "../src/corpus/load-corpus.js";
import { loadEmbedder, type Embedder } from "../src/embedding/embedder.js";
import { resolveModel } from "../src/embedding/models.js";
import { StaticModel } from "../src/embedding/static-embedder.js";
import { ensureStaticModel } from "../src/embedding/static-model.js";
import { encodeVocabulary, Vocabulary } from "../src/embedding/vocabulary.js";
import { readQuestions } from "../src/eval/news-eval.js";
import { chunkArticle } from "../src/ingest/chunk.js";
import { BUNDLED_CORPUS, cleanupTempDirs, defaultEmbedder, MODELS_DIR, ROOT, tempDir } from "./helpers/fixtures.js";

/** What the tokenizer's rules treat specially: white space, control and format characters, CJK, accents, added tokens, long words. */
const ODD_TEXTS = [
  "",
  "   \t\n ",
  "Ünïcödé àccents: São Paulo, Zürich, Kurfürst, Ångström, İstanbul, ΟΔΟΣ, ﬁnance, Ⅻ, ½, x².",
  "Tabs\tand\nnew\r\nlines  and\u00a0no-break\u2003spaces\u2028and\u3000ideographic ones.",
  "Control\u0001chars\u0007, NUL\u0000, zero\u200bwidth\u200djoiner, BOM\ufeff, soft\u00adhyphen, vertical\u000btab, next\u0085line, \ufffd.",
  "CJK 中文字符 mixed with 日本語, 한국어, 㐀 and the astral 𠀀𠀁.",
  "Emoji 😀👍🏽, private use \ue000, and lone surrogates \ud800 x \udc00.",
  "Literal [UNK] and [PAD] tokens, [unk], [ PAD ], a[UNK]b[PAD][PAD]c.",
  "Punctuation: don't, U.S.-led, 3.5%, e-mail, #hashtag, @user, $100, ¿qué?, «quotes», — dashes…",
  `${"a".repeat(100)} ${"b".repeat(101)} ${"é".repeat(100)} ${"é".repeat(101)} ${"the".repeat(40)}`,
  Array.from({ length: 700 }, (_, i) => (i % 3 === 0 ? "Armenia" : `word${i}`)).join(" "),
];

let builtIn: Embedder;
let viaTransformers: Embedder;
let staticModel: StaticModel;
let tokenizer: FeatureExtractionPipeline["tokenizer"];

beforeAll(async () => {
  builtIn = await defaultEmbedder();
  const dir = ensureStaticModel(MODELS_DIR);
  staticModel = new StaticModel(dir);
  // The built folder as a local model: transformers.js and onnxruntime run it.
  viaTransformers = await loadEmbedder(resolveModel(dir), { modelsDir: MODELS_DIR, cacheDir: tempDir(), hubUrl: "http://127.0.0.1:9/" });
  env.localModelPath = `${dirname(dir)}/`;
  env.allowLocalModels = true;
  tokenizer = ((await pipeline("feature-extraction", basename(dir), { quantized: false })) as FeatureExtractionPipeline).tokenizer;
});
afterAll(cleanupTempDirs);

function corpusTexts(): string[] {
  const { articles } = loadCorpus(BUNDLED_CORPUS);
  const chunks = articles.flatMap((article) =>
    [400, 60].flatMap((maxTokens) => chunkArticle(article, { maxTokens, overlapSentences: 1 }, (t) => builtIn.countTokens(t)).map((chunk) => `${article.title}\n${chunk.text}`)),
  );
  return [...articles.map((article) => article.text), ...chunks];
}

function questions(): string[] {
  const files = [join(ROOT, "tests", "eval", "news.jsonl"), join(ROOT, "tests", "eval", "reuters.jsonl")];
  const blind = join(ROOT, "tests", "eval", "blind");
  files.push(...readdirSync(blind).map((name) => join(blind, name)));
  const asked = files.flatMap((file) => readQuestions(file).map((q) => q.question));
  return [...asked, ...asked.map((q) => q.toLowerCase())];
}

describe("the built-in model without transformers.js", () => {
  it("has the fingerprint of the same model run by transformers.js", () => {
    expect(builtIn.fingerprint).toBe(viaTransformers.fingerprint);
    expect(builtIn.dimension).toBe(viaTransformers.dimension);
  });

  it("gives transformers.js's token ids and counts", () => {
    const texts = [...ODD_TEXTS, ...corpusTexts(), ...questions()];
    for (const text of texts) {
      const expected = tokenizer.encode(text, null, { add_special_tokens: false });
      expect(staticModel.tokenIds(text), text.slice(0, 80)).toEqual(expected);
      expect(builtIn.countTokens(text)).toBe(viaTransformers.countTokens(text));
    }
  });

  it("gives the same vectors, bit for bit", async () => {
    for (const texts of [ODD_TEXTS, corpusTexts(), questions()]) {
      const [actual, expected] = await Promise.all([builtIn.embed(texts, "passage"), viaTransformers.embed(texts, "passage")]);
      actual.forEach((vector, i) => expect(Array.from(vector), texts[i]!.slice(0, 80)).toEqual(Array.from(expected[i]!)));
    }
  });
});

describe("the vocabulary file", () => {
  it("finds every word's row, and no other word", () => {
    const words = ["[PAD]", "[UNK]", "the", "zürich", "中文", "a", "ab", "b", "😀"];
    // Starting one byte into a buffer, as a small Buffer from Node's pool may.
    const bytes = Buffer.concat([Buffer.from([0]), encodeVocabulary(words)]).subarray(1);
    const vocabulary = new Vocabulary(bytes);
    words.forEach((word, row) => expect(vocabulary.row(word)).toBe(row));
    for (const absent of ["", "th", "thee", "Zürich", "zurich", "c", "中"]) expect(vocabulary.row(absent)).toBeUndefined();
  });
});
