/**
 * Ingest in worker threads: the index is the one the main thread alone builds, and a worker
 * that fails is reported while the last good index stays.
 */
import { cpSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, expect, it } from "vitest";
import { servicesOver } from "../src/app/newsdesk.js";
import { loadSettings } from "../src/config/settings.js";
import { loadEmbedder, type Embedder } from "../src/embedding/embedder.js";
import { resolveModel } from "../src/embedding/models.js";
import { staticModelDir, staticModelFiles } from "../src/embedding/static-model.js";
import { readQuestions } from "../src/eval/news-eval.js";
import { writeReutersCorpus } from "../src/eval/reuters.js";
import { loadIndex } from "../src/index/corpus-index.js";
import { chunkArticle, chunkArticleTokens } from "../src/ingest/chunk.js";
import { ingest } from "../src/ingest/ingest.js";
import { cleanupTempDirs, copyOfBundledCorpus, defaultEmbedder, MODELS_DIR, ROOT, SHARED_DATA, tempDir } from "./helpers/fixtures.js";

let embedder: Embedder;
let corpusDir: string;
beforeAll(async () => {
  embedder = await defaultEmbedder();
  // Enough text (about 2 MB) that the ingest starts worker threads.
  corpusDir = copyOfBundledCorpus();
  await writeReutersCorpus(SHARED_DATA, corpusDir, 2000);
});
afterAll(cleanupTempDirs);

it("builds the same index with two worker threads as on the main thread alone", async () => {
  const one = await ingest({ corpusDir, indexDir: join(tempDir(), "embeddings"), embedder, workers: 1 });
  const two = await ingest({ corpusDir, indexDir: join(tempDir(), "embeddings"), embedder, workers: 2 });
  expect(two.chunks).toBeGreaterThan(2000);
  expect(two.index.chunks).toEqual(one.index.chunks);
  expect(Buffer.from(two.index.vectors.vectors.buffer).equals(Buffer.from(one.index.vectors.vectors.buffer))).toBe(true);
  // Every file of the two generations has the same bytes.
  const sums = (checks: Record<string, { sha256: string }>) => Object.values(checks).map((check) => check.sha256);
  expect(sums(two.index.manifest.checks)).toEqual(sums(one.index.manifest.checks));

  const questions = readQuestions(join(ROOT, "tests", "eval", "reuters.jsonl")).slice(0, 8);
  const [a, b] = [one, two].map((result) => servicesOver(result.index, embedder).answerer);
  for (const { question } of questions) expect(JSON.stringify(await b!.ask(question))).toBe(JSON.stringify(await a!.ask(question)));

  // Vectors made from the chunker's token ids are those of the embedded text itself.
  const sample = two.index.chunks.filter((_, row) => row % 97 === 0);
  const texts = sample.map((chunk) => `${two.index.articles.get(chunk.articleId)!.title}\n${chunk.text}`);
  const direct = await embedder.embed(texts, "passage");
  sample.forEach((chunk, i) => expect(Array.from(two.index.vectors.vector(two.index.chunkRows.get(chunk.id)!))).toEqual(Array.from(direct[i]!)));
});

it("reports a worker thread that fails and keeps the last good index", async () => {
  // A copy of the model, loaded here, then rebuilt on disk with other weights (as a model
  // update would): the main thread keeps the build it opened, the worker threads load the new one.
  const modelsDir = join(tempDir(), "models");
  cpSync(MODELS_DIR, modelsDir, { recursive: true });
  const loaded = await loadEmbedder(resolveModel(undefined), { modelsDir, cacheDir: join(tempDir(), "cache"), hubUrl: "http://127.0.0.1:9/" });
  const small = copyOfBundledCorpus();
  const indexDir = join(tempDir(), "embeddings");
  await ingest({ corpusDir: small, indexDir, embedder: loaded, workers: 2 });
  expect(loadIndex(indexDir).manifest.counts.articles).toBe(10);

  const { model, build } = staticModelFiles(staticModelDir(modelsDir));
  const bytes = readFileSync(model);
  bytes.fill(0, build.tableOffset);
  writeFileSync(`${model}.new`, bytes);
  renameSync(`${model}.new`, model);

  await expect(ingest({ corpusDir, indexDir, embedder: loaded, workers: 2 })).rejects.toThrow(
    /^An ingest worker thread failed: the embedding model newsdesk\/glove-sif-100d changed since the ingest loaded it/,
  );
  expect(loadIndex(indexDir).manifest.counts.articles).toBe(10);
  // On the main thread alone the model it opened serves.
  expect(await ingest({ corpusDir, indexDir, embedder: loaded, workers: 1 })).toMatchObject({ changed: true, articles: 2010 });
});

it("takes the worker count from INGEST_WORKERS: one per core by default, a whole number of 1 or more", () => {
  expect(loadSettings({}).ingestWorkers).toBeUndefined();
  expect(loadSettings({ INGEST_WORKERS: "3" }).ingestWorkers).toBe(3);
  for (const bad of ["0", "-1", "1.5", "two"]) expect(() => loadSettings({ INGEST_WORKERS: bad })).toThrow(/INGEST_WORKERS: must be a whole number of 1 or more/);
});

it("cuts the same chunks whether it counts tokens or keeps their ids, and the ids are those of the embedded text", () => {
  // A form feed alone would join the words around it once normalized, so ids are not reused across it.
  const article = { id: "a", title: "Title Σ", text: "One sentence is here, ΟΔΟΣ.\fTwo sentences are there. [UNK] Three\nof them. ".repeat(40) };
  const params = { maxTokens: 60, overlapSentences: 1 };
  const words = embedder.words!;
  const { chunks, ids } = chunkArticleTokens(article, params, words);
  expect(chunks.length).toBeGreaterThan(1);
  expect(chunks).toEqual(chunkArticle(article, params, (t) => embedder.countTokens(t)));
  chunks.forEach((chunk, i) => expect(ids[i]).toEqual(words.ids(`${article.title}\n${chunk.text}`)));
});
