import { appendFileSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Embedder } from "../src/embedding/embedder.js";
import { analyze } from "../src/index/analyzer.js";
import { loadIndex, readManifest } from "../src/index/corpus-index.js";
import { chunkArticle } from "../src/ingest/chunk.js";
import { ingest } from "../src/ingest/ingest.js";
import { loadCorpus } from "../src/corpus/load-corpus.js";
import { cleanupTempDirs, copyOfBundledCorpus, defaultEmbedder, tempDir } from "./helpers/fixtures.js";

let embedder: Embedder;
beforeAll(async () => {
  embedder = await defaultEmbedder();
});
afterAll(cleanupTempDirs);

describe("chunking", () => {
  it("packs sentences into chunks that fit the model, overlapping by one sentence, with exact offsets", () => {
    const { articles } = loadCorpus(copyOfBundledCorpus());
    const params = { maxTokens: 60, overlapSentences: 1 };
    let overlaps = 0;
    for (const article of articles) {
      const chunks = chunkArticle(article, params, (t) => embedder.countTokens(t));
      expect(chunks.length).toBeGreaterThan(0);
      for (const [i, chunk] of chunks.entries()) {
        expect(chunk.text).toBe(article.text.slice(chunk.start, chunk.end));
        expect(embedder.countTokens(article.title) + embedder.countTokens(chunk.text)).toBeLessThanOrEqual(params.maxTokens + 2);
        const next = chunks[i + 1];
        // No text falls between chunks; a chunk of two or more sentences shares its last with the next.
        if (next) expect(next.start).toBeLessThanOrEqual(chunk.end + 2);
        if (next && next.start < chunk.end) overlaps++;
      }
      // Every sentence of the article is in some chunk.
      expect(chunks[0]!.start).toBe(0);
      expect(chunks.at(-1)!.end).toBe(article.text.trimEnd().length);
    }
    expect(overlaps).toBeGreaterThan(10);
  });

  it("cuts a long article into as few chunks as it must, of even size: no short tail", () => {
    const { articles } = loadCorpus(copyOfBundledCorpus());
    const sizes = (maxTokens: number) =>
      articles.map((article) => chunkArticle(article, { maxTokens, overlapSentences: 1 }, (t) => embedder.countTokens(t)).map((chunk) => embedder.countTokens(chunk.text)));
    // The longest article needs more than one chunk of the static model's 400 tokens.
    expect(Math.max(...sizes(400).map((chunks) => chunks.length))).toBeGreaterThan(1);
    for (const chunks of sizes(400).filter((chunks) => chunks.length > 1)) {
      expect(Math.min(...chunks)).toBeGreaterThan(0.6 * Math.max(...chunks));
    }
  });

  it("cuts a sentence longer than the budget at word boundaries", () => {
    const text = Array.from({ length: 300 }, (_, i) => `word${i % 7}`).join(" ") + ".";
    const chunks = chunkArticle({ id: "long", title: "T", text }, { maxTokens: 50, overlapSentences: 1 }, (t) => embedder.countTokens(t));
    expect(chunks.length).toBeGreaterThan(5);
    for (const chunk of chunks) expect(embedder.countTokens(chunk.text)).toBeLessThanOrEqual(50);
  });
});

describe("the lexical analyzer", () => {
  it("reads newswire shorthand as the words readers type", () => {
    expect(analyze("4th qtr net 12.6 mln dlrs, up 5 pct; shr 1.05 dlrs")).toEqual(analyze("fourth quarter net 12.6 million dollars, up 5 percent; share 1.05 dollars"));
  });
});

describe("the index on disk", () => {
  it("round-trips: what the ingest built is what a fresh process loads", async () => {
    const corpusDir = copyOfBundledCorpus();
    const indexDir = join(tempDir(), "embeddings");
    const built = await ingest({ corpusDir, indexDir, embedder });
    expect(built).toMatchObject({ changed: true, articles: 10, added: 10, removed: 0 });
    const loaded = loadIndex(indexDir);
    expect(loaded.chunks).toEqual(built.index.chunks);
    expect(loaded.vectors.vectors).toEqual(built.index.vectors.vectors);
    expect(loaded.manifest.model).toEqual({ id: embedder.spec.id, dimension: embedder.dimension, fingerprint: embedder.fingerprint });
    expect(Object.keys(loaded.manifest.articles[0]!)).toEqual(expect.arrayContaining(["hash", "title", "outlet", "date", "url"]));
    // The HNSW graph answers a query with the chunk's own vector by that chunk.
    const row = 5;
    expect(loaded.vectors.query(loaded.vectors.vector(row), 1)[0]!.row).toBe(row);
    expect(loaded.lexical.query("Kurdish Newroz")[0]!.id).toMatch(/pashinyan-newroz#0$/);
  });

  it("finds a passage by an abbreviation its article defined in an earlier passage, and by the long form of one it uses", async () => {
    const corpusDir = tempDir();
    const filler = Array.from({ length: 120 }, (_, i) => `Witness number ${i + 1} described the morning of the raid in the village square.`).join("\n\n");
    const text = [
      "The International Criminal Court (ICC) issued a warrant on Friday. Monitors of the OSCE (Organisation for Security and Cooperation in Europe) were there.",
      filler,
      "Judges of the International Criminal Court will meet again in April. The OSCE observers left in May.",
    ].join("\n\n");
    writeFileSync(join(corpusDir, "report.md"), `---\ntitle: A long report\n---\n${text}\n`);
    const { index } = await ingest({ corpusDir, indexDir: join(tempDir(), "embeddings"), embedder });
    const last = index.chunks.at(-1)!;
    expect(index.chunks.length).toBeGreaterThan(2);
    expect(last.text).toContain("Judges of the International Criminal Court");
    expect(last.text).not.toContain("ICC");
    const found = (query: string) => index.lexical.query(query, { matchAll: true }).map((hit) => hit.id);
    expect(found("ICC")).toContain(last.id);
    expect(found("Organisation for Security and Cooperation in Europe")).toContain(last.id);
    expect(found("ICC judges")).toEqual([last.id]);
  });

  it("embeds only new or changed articles, drops deleted ones, and writes nothing when nothing changed", async () => {
    const corpusDir = copyOfBundledCorpus();
    const indexDir = join(tempDir(), "embeddings");
    const first = await ingest({ corpusDir, indexDir, embedder });

    const again = await ingest({ corpusDir, indexDir, embedder });
    expect(again).toMatchObject({ changed: false, embeddedChunks: 0 });
    expect(readManifest(indexDir)!.generation).toBe(first.index.manifest.generation);

    const newroz = join(corpusDir, "2023-03-21-armenpress-pashinyan-newroz.md");
    appendFileSync(newroz, "\nThe message was also read out at a celebration in Yerevan.\n");
    rmSync(join(corpusDir, "2023-03-14-blitz-pashinyan-fifth-column.md"));
    writeFileSync(join(corpusDir, "new.txt"), "A new article about grain exports\n\nArmenia exported more grain this spring than last year.\n");
    const third = await ingest({ corpusDir, indexDir, embedder });
    expect(third).toMatchObject({ changed: true, articles: 10, added: 1, updated: 1, removed: 1 });
    const changedChunks = third.index.chunks.filter((c) => c.articleId === "new" || c.articleId.endsWith("newroz")).length;
    expect(third.embeddedChunks).toBe(changedChunks);
    // Reused vectors are the very vectors embedded the first time.
    const kept = first.index.chunks.findIndex((c) => c.articleId.endsWith("tass-aliyev-chance-for-peace"));
    const keptNow = third.index.chunkRows.get(first.index.chunks[kept]!.id)!;
    expect(third.index.vectors.vector(keptNow)).toEqual(first.index.vectors.vector(kept));
    expect(third.index.lexical.query("grain exports")[0]!.id).toBe("new#0");
    expect(third.index.chunks.some((c) => c.articleId.endsWith("fifth-column"))).toBe(false);
    // Only the current generation's files remain.
    expect(readdirSync(indexDir).sort()).toEqual(["manifest.json", ...Object.values(third.index.manifest.files)].sort());
  });

  it("rebuilds everything, saying why, when the chunking parameters change", async () => {
    const corpusDir = copyOfBundledCorpus();
    const indexDir = join(tempDir(), "embeddings");
    await ingest({ corpusDir, indexDir, embedder });
    const manifestPath = join(indexDir, "manifest.json");
    const manifest = JSON.parse(readFileSync(manifestPath, "utf8"));
    manifest.chunking.maxTokens = 999;
    writeFileSync(manifestPath, JSON.stringify(manifest));
    const notices: string[] = [];
    const result = await ingest({ corpusDir, indexDir, embedder, onNotice: (m) => notices.push(m) });
    expect(notices.join("\n")).toMatch(/Rebuilding the whole index: the chunking parameters changed/);
    expect(result).toMatchObject({ changed: true, added: 10, embeddedChunks: result.chunks });

    // An index from before chunks were made even in size records no chunker version.
    const rebuilt = JSON.parse(readFileSync(manifestPath, "utf8"));
    delete rebuilt.chunker;
    writeFileSync(manifestPath, JSON.stringify(rebuilt));
    await ingest({ corpusDir, indexDir, embedder, onNotice: (m) => notices.push(m) });
    expect(notices.at(-1)).toMatch(/Rebuilding the whole index: the way articles are cut into chunks changed \(version 1 to 2\)/);
  });

  it("rebuilds when the model gives different vectors under the same name", async () => {
    const corpusDir = copyOfBundledCorpus();
    const indexDir = join(tempDir(), "embeddings");
    await ingest({ corpusDir, indexDir, embedder });
    const notices: string[] = [];
    // The same model id with other weights, as after an update of the model.
    const updated = { ...embedder, fingerprint: "0123456789abcdef" };
    const result = await ingest({ corpusDir, indexDir, embedder: updated, onNotice: (m) => notices.push(m) });
    expect(notices).toEqual(["Rebuilding the whole index: the embedding model newsdesk/glove-sif-100d now gives different vectors (it was rebuilt or updated)."]);
    expect(result).toMatchObject({ changed: true, added: 10, embeddedChunks: result.chunks });
  });

  it("answers a damaged index with a clear message and a rebuild", async () => {
    const corpusDir = copyOfBundledCorpus();
    const indexDir = join(tempDir(), "embeddings");
    const built = await ingest({ corpusDir, indexDir, embedder });
    writeFileSync(join(indexDir, built.index.manifest.files.graph), "garbage");
    expect(() => loadIndex(indexDir)).toThrow(/the index in .* is damaged/);
    const notices: string[] = [];
    const rebuilt = await ingest({ corpusDir, indexDir, embedder, onNotice: (m) => notices.push(m) });
    expect(notices.join("\n")).toMatch(/Rebuilding the whole index: the index in .* is damaged/);
    expect(loadIndex(indexDir).chunks).toHaveLength(rebuilt.chunks);

    writeFileSync(join(indexDir, "manifest.json"), "{ not json");
    expect(() => loadIndex(indexDir)).toThrow(/manifest .* is damaged/);
    await ingest({ corpusDir, indexDir, embedder });
    expect(loadIndex(indexDir).manifest.counts.articles).toBe(10);
  });
});
