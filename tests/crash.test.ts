/**
 * Kill the ingest at moments spread over its whole run, over and over: the index on disk
 * must load every time, holding either the last good build or the new one.
 */
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { afterAll, expect, it } from "vitest";
import { loadIndex } from "../src/index/corpus-index.js";
import { writeReutersCorpus } from "../src/eval/reuters.js";
import { cleanupTempDirs, copyOfBundledCorpus, MODELS_DIR, SHARED_DATA, spawnCli, tempDir } from "./helpers/fixtures.js";

afterAll(cleanupTempDirs);

function runIngest(corpusDir: string, indexDir: string, killAfterMs?: number): Promise<{ code: number | null; ms: number }> {
  const started = Date.now();
  const child = spawnCli("ingest", [], { ...process.env, CORPUS_DIR: corpusDir, INDEX_DIR: indexDir, MODELS_DIR, LOG_LEVEL: "error" });
  const timer = killAfterMs === undefined ? undefined : setTimeout(() => child.kill("SIGKILL"), killAfterMs);
  return new Promise((resolve) =>
    child.on("exit", (code) => {
      clearTimeout(timer);
      resolve({ code, ms: Date.now() - started });
    }),
  );
}

it("leaves a loadable index whenever the ingest is killed", async () => {
  const corpusDir = copyOfBundledCorpus();
  const indexDir = join(tempDir(), "embeddings");
  expect((await runIngest(corpusDir, indexDir)).code).toBe(0);
  const good = loadIndex(indexDir);
  expect(good.manifest.counts.articles).toBe(10);

  // A bigger corpus makes the next ingest long enough to be killed mid-way.
  await writeReutersCorpus(SHARED_DATA, corpusDir, 1500);
  const scratch = join(tempDir(), "embeddings");
  const full = await runIngest(corpusDir, scratch);
  expect(full.code).toBe(0);

  const outcomes = new Set<number>();
  for (let k = 1; k <= 8; k++) {
    const { code } = await runIngest(corpusDir, indexDir, Math.round((full.ms * k) / 9));
    const index = loadIndex(indexDir);
    expect([10, 1510]).toContain(index.manifest.counts.articles);
    expect(index.chunks).toHaveLength(index.manifest.counts.chunks);
    expect(index.vectors.size).toBe(index.chunks.length);
    outcomes.add(index.manifest.counts.articles);
    if (code === 0) break;
  }
  // At least one kill landed before the new index was in place.
  expect(outcomes.has(10)).toBe(true);
  // The ingest that finally completes cleans up the temporary files of the killed ones.
  expect((await runIngest(corpusDir, indexDir)).code).toBe(0);
  expect(loadIndex(indexDir).manifest.counts.articles).toBe(1510);
  expect(readdirSync(indexDir).filter((name) => name.endsWith(".tmp"))).toEqual([]);
});
