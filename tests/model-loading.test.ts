/**
 * Transformer models reach real users through transformers.js's own download and cache,
 * or from a local folder. Both paths run here for real: a local server laid out like the
 * hub serves the offline model's files under a hub-style name.
 */
import { cpSync, existsSync, mkdirSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { env, pipeline } from "@xenova/transformers";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadEmbedder, type Embedder } from "../src/embedding/embedder.js";
import { resolveModel } from "../src/embedding/models.js";
import { ensureStaticModel } from "../src/embedding/static-model.js";
import { loadSettings } from "../src/config/settings.js";
import { cleanupTempDirs, defaultEmbedder, MODELS_DIR, tempDir } from "./helpers/fixtures.js";
import { startHubServer, type HubServer } from "./helpers/hub-server.js";

const SENTENCES = ["The Lachin corridor has been blocked since December.", "Pashinyan congratulated the Kurdish community on Newroz."];
const HUB_NAME = "newsdesk-test/glove-hub";

let reference: Embedder;
let hub: HubServer;
let reposDir: string;

beforeAll(async () => {
  reference = await defaultEmbedder();
  // A hub repository as Xenova's are laid out: quantized and full ONNX files side by side.
  reposDir = tempDir();
  const repo = join(reposDir, HUB_NAME);
  const built = ensureStaticModel(MODELS_DIR);
  cpSync(built, repo, { recursive: true });
  cpSync(join(repo, "onnx", "model.onnx"), join(repo, "onnx", "model_quantized.onnx"));
  hub = await startHubServer(reposDir);
});
afterAll(async () => {
  await hub.close();
  cleanupTempDirs();
});

async function sameVectors(embedder: Embedder): Promise<void> {
  const [a, b] = await embedder.embed(SENTENCES, "passage");
  const [x, y] = await reference.embed(SENTENCES, "passage");
  expect(Array.from(a!)).toEqual(Array.from(x!));
  expect(Array.from(b!)).toEqual(Array.from(y!));
}

describe("embedding", () => {
  it("gives, for the built-in model, the vectors of transformers.js's feature-extraction pipeline (mean pooling, normalized)", async () => {
    env.localModelPath = `${MODELS_DIR}/`;
    env.allowRemoteModels = false;
    const extractor = await pipeline("feature-extraction", reference.spec.id, { quantized: false });
    const texts = [...SENTENCES, "A much longer text about the consultations between the ministries of foreign affairs in Yerevan, held on March 27."];
    const expected = (await extractor(texts, { pooling: "mean", normalize: true })).tolist() as number[][];
    const actual = await reference.embed(texts, "passage");
    actual.forEach((vector, i) => vector.forEach((x, d) => expect(x).toBeCloseTo(expected[i]![d]!, 6)));
  });
});

describe("a model from a hub", () => {
  it("downloads through transformers.js, caches, and then loads with the hub gone", async () => {
    const cacheDir = tempDir();
    const settings = loadSettings({ EMBEDDING_MODEL: HUB_NAME, MODEL_HUB_URL: hub.url, MODEL_CACHE_DIR: cacheDir });
    const spec = resolveModel(settings.embeddingModel);
    expect(spec).toMatchObject({ source: "hub", quantized: true, denseWeight: 0.5 });
    const paths = { modelsDir: MODELS_DIR, cacheDir: settings.modelCacheDir, hubUrl: settings.modelHubUrl };
    const embedder = await loadEmbedder(spec, paths);
    expect(hub.requests).toEqual(
      expect.arrayContaining([
        `/${HUB_NAME}/resolve/main/config.json`,
        `/${HUB_NAME}/resolve/main/tokenizer.json`,
        `/${HUB_NAME}/resolve/main/onnx/model_quantized.onnx`,
      ]),
    );
    expect(embedder.dimension).toBe(100);
    await sameVectors(embedder);
    expect(readdirSync(cacheDir).length).toBeGreaterThan(0);

    // Offline now: the cache must serve the second load.
    const asked = hub.requests.length;
    const offline = await loadEmbedder(spec, { ...paths, hubUrl: "http://127.0.0.1:9/" });
    await sameVectors(offline);
    expect(hub.requests.length).toBe(asked);
  });

  it("names the model and the hub when the model is not there", async () => {
    const spec = resolveModel("newsdesk-test/no-such-model");
    await expect(loadEmbedder(spec, { modelsDir: MODELS_DIR, cacheDir: tempDir(), hubUrl: hub.url })).rejects.toThrow(
      /Could not load embedding model "newsdesk-test\/no-such-model" from http:\/\/127\.0\.0\.1:\d+\//,
    );
  });
});

describe("a model in a local folder (air-gapped installs)", () => {
  it("loads from the folder given as EMBEDDING_MODEL", async () => {
    const folder = join(tempDir(), "my-model");
    mkdirSync(folder);
    cpSync(ensureStaticModel(MODELS_DIR), folder, { recursive: true });
    const spec = resolveModel(folder);
    expect(spec).toMatchObject({ source: "local", id: "my-model", quantized: false });
    await sameVectors(await loadEmbedder(spec, { modelsDir: MODELS_DIR, cacheDir: tempDir(), hubUrl: "http://127.0.0.1:9/" }));
  });

  it("says so when the folder does not exist", () => {
    expect(() => resolveModel("./no/such/folder")).toThrow(/EMBEDDING_MODEL: "\.\/no\/such\/folder" looks like a folder path, but there is no such folder/);
    expect(existsSync("./no/such/folder")).toBe(false);
  });
});
