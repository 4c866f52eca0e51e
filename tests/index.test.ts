import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { appendFileSync, existsSync, readdirSync, readFileSync, rmSync, statfsSync, statSync, utimesSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Embedder } from "../src/embedding/embedder.js";
import { analyze } from "../src/index/analyzer.js";
import { generationFiles, INDEX_FORMAT, loadIndex, readManifest, type Manifest } from "../src/index/corpus-index.js";
import { chunkArticle, CHUNKER_VERSION } from "../src/ingest/chunk.js";
import { ingest, ingestLockPath } from "../src/ingest/ingest.js";
import { loadCorpus } from "../src/corpus/load-corpus.js";
import { cleanupTempDirs, copyOfBundledCorpus, defaultEmbedder, MODELS_DIR, runCli, tempDir } from "./helpers/fixtures.js";

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
    expect(analyze("q4 rev")).toEqual(analyze("quarter revenue"));
    // A firm's "Bros" is its "Brothers": "edison bros feb sales" asks about Edison Brothers Stores.
    expect(analyze("Edison Bros Feb sales")).toEqual(analyze("Edison Brothers Feb sales"));
    // "sizzler 9 mth revs": a results table's "Nine mths" heading.
    expect(analyze("9 mth revs")).toEqual(analyze("9 months revenues"));
    // "Annual div six dlrs vs 12 dlrs prior", "Qtly div 27 cts".
    expect(analyze("Annual div; Qtly divs")).toEqual(analyze("Annual dividend; quarterly dividends"));
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

  it("extends the stored vector graph when articles were only added, finding what a fresh build finds", async () => {
    const corpusDir = copyOfBundledCorpus();
    const indexDir = join(tempDir(), "embeddings");
    const first = await ingest({ corpusDir, indexDir, embedder });
    expect(first.graphExtended).toBe(false);
    // Named to sort first: the stored rows keep their places and the new chunks follow them.
    writeFileSync(join(corpusDir, "0000-grain.txt"), "A new article about grain exports\n\nArmenia exported more grain this spring than last year, the ministry said.\n");
    const added = await ingest({ corpusDir, indexDir, embedder });
    expect(added).toMatchObject({ changed: true, added: 1, updated: 0, removed: 0, graphExtended: true });
    expect(added.index.chunks.slice(0, first.index.chunks.length)).toEqual(first.index.chunks);
    expect(added.index.chunks.at(-1)!.articleId).toBe("0000-grain");
    expect(added.index.manifest.articles[0]!.id).toBe("0000-grain");

    const fresh = await ingest({ corpusDir, indexDir: join(tempDir(), "embeddings"), embedder });
    expect(fresh.graphExtended).toBe(false);
    const nearest = (index: typeof fresh.index, query: string) =>
      index.vectors.query(fresh.index.vectors.vector(fresh.index.chunkRows.get(query)!), 5).map((hit) => index.chunks[hit.row]!.id);
    for (const chunk of fresh.index.chunks) expect(nearest(added.index, chunk.id), chunk.id).toEqual(nearest(fresh.index, chunk.id));
    // Loaded back from disk, the extended graph answers the same.
    expect(nearest(loadIndex(indexDir), "0000-grain#0")).toEqual(nearest(fresh.index, "0000-grain#0"));
  });

  it("runs one ingest at a time into an index: a second waits for the first, then finds it current", async () => {
    const corpusDir = copyOfBundledCorpus();
    const indexDir = join(tempDir(), "embeddings");
    const both = await Promise.all([ingest({ corpusDir, indexDir, embedder }), ingest({ corpusDir, indexDir, embedder })]);
    expect(both.map((result) => result.changed).sort()).toEqual([false, true]);
    expect(both.map((result) => result.added).sort()).toEqual([0, 10]);
    expect(both[0]!.index.manifest.generation).toBe(both[1]!.index.manifest.generation);
    // The lock is gone, and only the one generation's files remain.
    expect(readdirSync(indexDir).sort()).toEqual(["manifest.json", ...Object.values(both[0]!.index.manifest.files)].sort());
  });

  it("takes over the ingest lock of a process that died", async () => {
    const corpusDir = copyOfBundledCorpus();
    const indexDir = join(tempDir(), "embeddings");
    // A process id above the kernel's limit (2^22) never runs.
    writeFileSync(ingestLockPath(indexDir), "4194305");
    expect(await ingest({ corpusDir, indexDir, embedder })).toMatchObject({ changed: true, added: 10 });
    // One that died between creating the lock and writing its id left it empty.
    writeFileSync(ingestLockPath(indexDir), "");
    const old = new Date(Date.now() - 60_000);
    utimesSync(ingestLockPath(indexDir), old, old);
    writeFileSync(join(corpusDir, "late.txt"), "A late article\n\nIt arrived after the first ingest had finished.\n");
    expect(await ingest({ corpusDir, indexDir, embedder })).toMatchObject({ changed: true, added: 1 });
    expect(existsSync(ingestLockPath(indexDir))).toBe(false);
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
    expect(notices.at(-1)).toBe(`Rebuilding the whole index: the way articles are cut into chunks changed (version 1 to ${CHUNKER_VERSION}).`);
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
    const graph = join(indexDir, built.index.manifest.files.graph);
    writeFileSync(graph, "garbage");
    expect(() => loadIndex(indexDir)).toThrow(`the index file ${graph} is damaged: it is 7 bytes long, the manifest says`);
    const notices: string[] = [];
    const rebuilt = await ingest({ corpusDir, indexDir, embedder, onNotice: (m) => notices.push(m) });
    expect(notices.join("\n")).toMatch(/Rebuilding the whole index: the index file .* is damaged/);
    expect(loadIndex(indexDir).chunks).toHaveLength(rebuilt.chunks);

    writeFileSync(join(indexDir, "manifest.json"), "{ not json");
    expect(() => loadIndex(indexDir)).toThrow(/manifest .* is damaged/);
    await ingest({ corpusDir, indexDir, embedder });
    expect(loadIndex(indexDir).manifest.counts.articles).toBe(10);
  });

  it("checks each file against the length and SHA-256 in the manifest before reading it: a garbled graph is named and rebuilt", async () => {
    const corpusDir = copyOfBundledCorpus();
    const indexDir = join(tempDir(), "embeddings");
    const built = await ingest({ corpusDir, indexDir, embedder });
    const graph = join(indexDir, built.index.manifest.files.graph);
    garbleMiddle(graph);
    const damaged = `the index file ${graph} is damaged: its SHA-256 differs from the one in the manifest`;
    expect(() => loadIndex(indexDir)).toThrow(damaged);
    const notices: string[] = [];
    const rebuilt = await ingest({ corpusDir, indexDir, embedder, onNotice: (m) => notices.push(m) });
    expect(notices).toContain(`Rebuilding the whole index: ${damaged}.`);
    expect(rebuilt).toMatchObject({ changed: true, added: 10 });
    // Each chunk's own vector finds that chunk, in the rebuilt index and in it loaded afresh.
    for (const { vectors } of [rebuilt.index, loadIndex(indexDir)]) {
      for (let row = 0; row < vectors.size; row++) expect(vectors.query(vectors.vector(row), 1)[0]!.row).toBe(row);
    }
  });

  it("never hands a garbled graph to the native loader: a fresh process reports it, rebuilds and answers", async () => {
    const corpusDir = copyOfBundledCorpus();
    const indexDir = join(tempDir(), "embeddings");
    const built = await ingest({ corpusDir, indexDir, embedder });
    const graph = join(indexDir, built.index.manifest.files.graph);
    garbleMiddle(graph);
    // Loaded natively, this graph ends the process with a segmentation fault at the first query.
    const env = { ...process.env, CORPUS_DIR: corpusDir, INDEX_DIR: indexDir, MODELS_DIR, LOG_LEVEL: "warn" };
    const search = await runCli("search", ["fifth column", "--limit", "1"], env);
    expect(search).toMatchObject({ code: 0, stdout: expect.stringMatching(/fifth column/) });
    expect(search.stderr).toContain(`Rebuilding the whole index: the index file ${graph} is damaged`);
  });

  it("refuses vectors overwritten with NaN, naming the vectors file, and rebuilds", async () => {
    const corpusDir = copyOfBundledCorpus();
    const indexDir = join(tempDir(), "embeddings");
    const built = await ingest({ corpusDir, indexDir, embedder });
    const name = built.index.manifest.files.vectors;
    const path = join(indexDir, name);
    const vectors = new Float32Array(built.index.vectors.vectors);
    vectors.fill(NaN, 2 * embedder.dimension, 4 * embedder.dimension);
    const bytes = new Uint8Array(vectors.buffer);
    writeFileSync(path, bytes);
    expect(() => loadIndex(indexDir)).toThrow(`the index file ${path} is damaged: its SHA-256 differs from the one in the manifest`);

    // Vectors that were NaN when written match their checksum, and are refused all the same.
    editManifest(indexDir, (manifest) => (manifest.checks[name]!.sha256 = createHash("sha256").update(bytes).digest("hex")));
    const damaged = `the index file ${path} is damaged: vector 2 holds NaN`;
    expect(() => loadIndex(indexDir)).toThrow(damaged);
    const notices: string[] = [];
    const rebuilt = await ingest({ corpusDir, indexDir, embedder, onNotice: (m) => notices.push(m) });
    expect(notices).toContain(`Rebuilding the whole index: ${damaged}.`);
    expect(rebuilt).toMatchObject({ changed: true, added: 10 });
    expect(loadIndex(indexDir).vectors.vectors.every(Number.isFinite)).toBe(true);
  });

  it("rebuilds an index from before the manifest held checksums, saying why", async () => {
    const corpusDir = copyOfBundledCorpus();
    const indexDir = join(tempDir(), "embeddings");
    await ingest({ corpusDir, indexDir, embedder });
    editManifest(indexDir, (manifest) => {
      manifest.format = 1;
      delete (manifest as Partial<Manifest>).checks;
    });
    const notices: string[] = [];
    const result = await ingest({ corpusDir, indexDir, embedder, onNotice: (m) => notices.push(m) });
    expect(notices).toContain(`Rebuilding the whole index: the index in ${indexDir} has format 1; this version reads format ${INDEX_FORMAT}.`);
    expect(result).toMatchObject({ changed: true, added: 10 });
    expect(loadIndex(indexDir).manifest.format).toBe(INDEX_FORMAT);
  });

  it("removes what older generations and killed ingests left, even with nothing to do, but not newer files", async () => {
    const corpusDir = copyOfBundledCorpus();
    const indexDir = join(tempDir(), "embeddings");
    const built = await ingest({ corpusDir, indexDir, embedder });
    const manifestTime = statSync(join(indexDir, "manifest.json")).mtimeMs;
    const plant = (name: string, secondsAfterManifest: number) => {
      const time = new Date(manifestTime + secondsAfterManifest * 1000);
      writeFileSync(join(indexDir, name), "x");
      utimesSync(join(indexDir, name), time, time);
    };
    for (const name of Object.values(generationFiles("old1"))) plant(name, -60);
    plant(".graph-old2.hnsw.123.456.tmp", -60);
    plant(".manifest.json.123.456.tmp", -60);
    plant("notes.txt", -60);
    // Files newer than the manifest may be a generation an ingest is writing now.
    plant("chunks-new3.json", 60);
    plant(".vectors-new3.f32.789.1.tmp", 60);

    expect(await ingest({ corpusDir, indexDir, embedder })).toMatchObject({ changed: false });
    const kept = ["manifest.json", ...Object.values(built.index.manifest.files), "notes.txt", "chunks-new3.json", ".vectors-new3.f32.789.1.tmp"];
    expect(readdirSync(indexDir).sort()).toEqual(kept.sort());
  });
});

const mountProblem = whyMountIsImpossible();
if (mountProblem) console.log(`Skipping the full and read-only disk tests: ${mountProblem}.`);

describe.skipIf(mountProblem !== undefined)("the index on a full or read-only disk (a small tmpfs)", () => {
  const mounts: string[] = [];
  afterAll(() => {
    for (const dir of mounts.splice(0)) execFileSync("umount", [dir]);
  });

  function smallDisk(): string {
    const dir = tempDir();
    execFileSync("mount", ["-t", "tmpfs", "-o", "size=512k", "tmpfs", dir]);
    mounts.push(dir);
    return dir;
  }

  /** The bundled corpus and a first index of it on a small disk, then one more article. */
  async function indexedThenChanged(): Promise<{ disk: string; indexDir: string; corpusDir: string; first: Manifest }> {
    const disk = smallDisk();
    const indexDir = join(disk, "embeddings");
    const corpusDir = copyOfBundledCorpus();
    const { index } = await ingest({ corpusDir, indexDir, embedder });
    writeFileSync(join(corpusDir, "2023-03-30-grain.md"), "---\ntitle: Grain exports grow\noutlet: Test Wire\n---\nArmenia exported more grain this spring than last year.\n");
    return { disk, indexDir, corpusDir, first: index.manifest };
  }

  type SpaceTaken = (file: keyof Manifest["files"]) => number;

  /** The bytes each file of the index of `corpusDir` takes on the disk, from a build on another disk. */
  async function spaceTaken(corpusDir: string): Promise<SpaceTaken> {
    const indexDir = join(tempDir(), "embeddings");
    const { files } = (await ingest({ corpusDir, indexDir, embedder })).index.manifest;
    const block = 4096;
    return (file) => Math.ceil(statSync(join(indexDir, files[file])).size / block) * block;
  }

  // Where the disk fills up decides which write fails: the chunks file is cut short after 4 KiB (a
  // write that stops short without an error), and the graph is written by hnswlib, which reports none.
  it.each([
    { failing: "chunks", room: () => 4096, reason: "ENOSPC: no space left on device, write" },
    { failing: "graph", room: (taken: SpaceTaken) => taken("chunks") + taken("vectors") + 4096, reason: "the disk is likely full" },
    { failing: "manifest", room: (taken: SpaceTaken) => taken("chunks") + taken("vectors") + taken("graph") + taken("lexical"), reason: "ENOSPC: no space left on device, write" },
  ])("on a full disk (the $failing file fails), serves the last good index, says why, and leaves no partial files", async ({ failing, room, reason }) => {
    const { disk, indexDir, corpusDir, first } = await indexedThenChanged();
    fillDisk(disk, room(await spaceTaken(corpusDir)));
    const notices: string[] = [];
    const result = await ingest({ corpusDir, indexDir, embedder, onNotice: (m) => notices.push(m) });
    expect(result).toMatchObject({ changed: false, articles: 10, added: 1 });
    expect(result.index.manifest.generation).toBe(first.generation);
    expect(result.notSaved).toContain(`could not write ${join(indexDir, failing)}`);
    expect(result.notSaved).toContain(reason);
    expect(notices).toContain(`The new index was not saved (${result.notSaved}); serving the last good one, built ${first.builtAt}.`);
    // The last good index answers, its graph as stored, though this ingest grew the one it loaded.
    expect(result.index.vectors.size).toBe(first.counts.chunks);
    for (const row of [0, 3, first.counts.chunks - 1]) expect(result.index.vectors.query(result.index.vectors.vector(row), 1)[0]!.row).toBe(row);
    expect(readdirSync(indexDir).sort()).toEqual(["manifest.json", ...Object.values(first.files)].sort());
    expect(loadIndex(indexDir).manifest.generation).toBe(first.generation);

    // With room again, the next ingest saves the new index.
    rmSync(join(disk, "filler"));
    expect(await ingest({ corpusDir, indexDir, embedder })).toMatchObject({ changed: true, articles: 11, added: 1 });
  });

  it("on a read-only disk, serves the last good index, says why, and only warns of stale files it cannot remove", async () => {
    const { disk, indexDir, corpusDir, first } = await indexedThenChanged();
    const stale = join(indexDir, ".chunks-old.json.1.2.tmp");
    writeFileSync(stale, "x");
    utimesSync(stale, new Date(2000, 0), new Date(2000, 0));
    execFileSync("mount", ["-o", "remount,ro", disk]);
    const notices: string[] = [];
    const result = await ingest({ corpusDir, indexDir, embedder, onNotice: (m) => notices.push(m) });
    expect(result).toMatchObject({ changed: false, articles: 10, added: 1 });
    expect(result.index.manifest.generation).toBe(first.generation);
    expect(result.notSaved).toContain(`could not write ${join(indexDir, "chunks-")}`);
    expect(result.notSaved).toContain("EROFS: read-only file system");
    expect(notices).toContain(`The new index was not saved (${result.notSaved}); serving the last good one, built ${first.builtAt}.`);
    expect(notices.find((notice) => notice.startsWith(`Could not remove the stale index file ${stale}: EROFS`))).toBeDefined();
    expect(loadIndex(indexDir).manifest.generation).toBe(first.generation);

    // `npm run ingest` says so, and fails, so that a script running it hears of it.
    const cli = await runCli("ingest", [], { ...process.env, CORPUS_DIR: corpusDir, INDEX_DIR: indexDir, MODELS_DIR, LOG_LEVEL: "warn" });
    expect(cli.code).toBe(1);
    expect(cli.stdout).toMatch(/^Indexed 10 articles, \d+ chunks \(1 added, 0 updated, 0 removed, but not saved: could not write .*EROFS/);
  });

  it("with no index on disk and no room for one, serves the new index from memory and says why", async () => {
    const disk = smallDisk();
    fillDisk(disk, 0);
    const indexDir = join(disk, "embeddings");
    const notices: string[] = [];
    const result = await ingest({ corpusDir: copyOfBundledCorpus(), indexDir, embedder, onNotice: (m) => notices.push(m) });
    expect(result).toMatchObject({ changed: false, articles: 10, added: 10 });
    expect(result.notSaved).toContain("ENOSPC: no space left on device");
    expect(notices).toContain(`The new index was not saved (${result.notSaved}); serving it from memory, as there is no usable one on disk.`);
    expect(result.index.lexical.query("Kurdish Newroz")[0]!.id).toMatch(/pashinyan-newroz#0$/);
    expect(result.index.vectors.query(result.index.vectors.vector(3), 1)[0]!.row).toBe(3);
    expect(readdirSync(indexDir)).toEqual([]);
  });
});

/** Overwrites 4 KiB in the middle of a file, with the same noise every run. */
function garbleMiddle(path: string): void {
  const bytes = readFileSync(path);
  const noise = Buffer.concat(Array.from({ length: 128 }, (_, i) => createHash("sha256").update(`noise ${i}`).digest()));
  noise.copy(bytes, Math.floor((bytes.length - noise.length) / 2));
  writeFileSync(path, bytes);
}

function editManifest(indexDir: string, edit: (manifest: Manifest) => void): void {
  const path = join(indexDir, "manifest.json");
  const manifest = JSON.parse(readFileSync(path, "utf8")) as Manifest;
  edit(manifest);
  writeFileSync(path, JSON.stringify(manifest));
}

/** Fills the disk that holds `dir` until `room` bytes are left. */
function fillDisk(dir: string, room: number): void {
  const { bavail, bsize } = statfsSync(dir);
  writeFileSync(join(dir, "filler"), Buffer.alloc(bavail * bsize - room));
}

/** Why these tests cannot mount a tmpfs of their own, or undefined when they can. */
function whyMountIsImpossible(): string | undefined {
  if (process.getuid?.() !== 0) return "mounting a tmpfs needs root";
  const dir = tempDir();
  try {
    execFileSync("mount", ["-t", "tmpfs", "-o", "size=64k", "tmpfs", dir], { stdio: "pipe" });
    execFileSync("umount", [dir]);
    return undefined;
  } catch (error) {
    return `mount failed (${(error as Error).message.trim()})`;
  }
}

describe("starting over an unchanged corpus", () => {
  /** Sets every corpus file's modification time a minute back, as files are that were not just written. */
  const age = (corpusDir: string, secondsAgo = 60) => {
    const time = new Date(Date.now() - secondsAgo * 1000);
    for (const name of readdirSync(corpusDir, { recursive: true }) as string[]) utimesSync(join(corpusDir, name), time, time);
  };
  const ingestNoting = async (corpusDir: string, indexDir: string, corpusBaseUrl?: string) => {
    const notices: string[] = [];
    const result = await ingest({ corpusDir, indexDir, embedder, corpusBaseUrl, onNotice: (m) => notices.push(m) });
    return { result, notices };
  };

  it("loads the index without reading the corpus when no file changed, and still reports bad files", async () => {
    const corpusDir = copyOfBundledCorpus();
    const indexDir = join(tempDir(), "embeddings");
    writeFileSync(join(corpusDir, "untitled.md"), "No front matter and no heading.\n");
    writeFileSync(join(corpusDir, "scan.pdf"), "%PDF");
    writeFileSync(join(corpusDir, "lines.jsonl"), `${JSON.stringify({ id: "l1", title: "Grain", date: "March", text: "Armenia exported grain." })}\n`);
    age(corpusDir);
    const first = await ingestNoting(corpusDir, indexDir);
    expect(first.result).toMatchObject({ changed: true, corpusChecked: "read", articles: 11 });
    expect(first.notices.join("\n")).toMatch(/Skipped scan\.pdf: unsupported file type.*\nSkipped untitled\.md: no title.*\nWarning for lines\.jsonl:1: "date"/);

    const again = await ingestNoting(corpusDir, indexDir);
    expect(again.result).toMatchObject({ changed: false, corpusChecked: "stat", articles: 11, chunks: first.result.chunks });
    expect(again.result.index.manifest.generation).toBe(first.result.index.manifest.generation);
    expect(again.notices).toEqual(first.notices);
    expect(again.result.skipped).toEqual(first.result.skipped);
  });

  it("reads the corpus again when a file was touched, rewritten to the same size and time, resized, added or removed", async () => {
    const corpusDir = copyOfBundledCorpus();
    const indexDir = join(tempDir(), "embeddings");
    age(corpusDir);
    await ingest({ corpusDir, indexDir, embedder });
    const newroz = join(corpusDir, "2023-03-21-armenpress-pashinyan-newroz.md");

    // Touched: read, found unchanged, and recorded anew, so the next start need not read it.
    const touched = new Date(Date.now() - 30_000);
    utimesSync(newroz, touched, touched);
    expect(await ingest({ corpusDir, indexDir, embedder })).toMatchObject({ changed: false, corpusChecked: "read" });
    expect(await ingest({ corpusDir, indexDir, embedder })).toMatchObject({ changed: false, corpusChecked: "stat" });

    // Same size and modification time, other words (as a copy that keeps times makes): the change time tells.
    const text = readFileSync(newroz, "utf8");
    writeFileSync(newroz, text.replace("Pashinyan", "PASHINYAN"));
    utimesSync(newroz, touched, touched);
    expect(statSync(newroz).size).toBe(Buffer.byteLength(text));
    expect(await ingest({ corpusDir, indexDir, embedder })).toMatchObject({ changed: true, corpusChecked: "read", updated: 1 });

    appendFileSync(newroz, "\nThe message was also read out in Yerevan.\n");
    expect(await ingest({ corpusDir, indexDir, embedder })).toMatchObject({ changed: true, corpusChecked: "read", updated: 1 });
    writeFileSync(join(corpusDir, "new.txt"), "Grain exports\n\nArmenia exported more grain this spring.\n");
    expect(await ingest({ corpusDir, indexDir, embedder })).toMatchObject({ changed: true, corpusChecked: "read", added: 1 });
    rmSync(join(corpusDir, "new.txt"));
    expect(await ingest({ corpusDir, indexDir, embedder })).toMatchObject({ changed: true, corpusChecked: "read", removed: 1 });
  });

  it("reads only the files added since the last ingest, builds what reading them all builds, and reads all when an added file claims a known id", async () => {
    const corpusDir = copyOfBundledCorpus();
    const indexDir = join(tempDir(), "embeddings");
    writeFileSync(join(corpusDir, "scan.pdf"), "%PDF");
    writeFileSync(join(corpusDir, "lines.jsonl"), `${JSON.stringify({ id: "l1", title: "Grain", text: "Armenia exported grain." })}\n`);
    age(corpusDir);
    await ingest({ corpusDir, indexDir, embedder });

    writeFileSync(join(corpusDir, "0000-wheat.txt"), "Wheat harvest\n\nArmenia expects a record wheat harvest, the ministry of agriculture said.\n");
    const more = [{ id: "l2", title: "Gas prices", text: "Gas prices in Yerevan rose by a tenth." }, { id: "l2", title: "Again", text: "A line with an id used above." }];
    writeFileSync(join(corpusDir, "more.jsonl"), `${more.map((line) => JSON.stringify(line)).join("\n")}\n`);
    writeFileSync(join(corpusDir, "notes.doc"), "not an article");
    const { result: added, notices } = await ingestNoting(corpusDir, indexDir);
    expect(added).toMatchObject({ changed: true, corpusChecked: "added", added: 2, updated: 0, removed: 0, graphExtended: true });
    // The notices of the files not read again, and those of the new ones.
    expect(notices.join("\n")).toMatch(/Skipped scan\.pdf: unsupported/);
    expect(notices.join("\n")).toMatch(/Skipped more\.jsonl:2: duplicate article id "l2" \(first used by more\.jsonl:1\)/);
    expect(notices.join("\n")).toMatch(/Skipped notes\.doc: unsupported/);

    const whole = await ingest({ corpusDir, indexDir: join(tempDir(), "embeddings"), embedder });
    expect(whole.corpusChecked).toBe("read");
    expect(added.index.manifest.articles).toEqual(whole.index.manifest.articles);
    expect(added.skipped.map((skip) => skip.source).sort()).toEqual(whole.skipped.map((skip) => skip.source).sort());
    const byId = (index: typeof whole.index) => [...index.chunks].sort((a, b) => (a.id < b.id ? -1 : 1));
    expect(byId(added.index)).toEqual(byId(whole.index));
    // The lexical index, extended rather than built, scores every chunk as a build over all of them does.
    for (const query of ["wheat harvest", "gas prices Yerevan", "Pashinyan Newroz", "grain"]) {
      const scores = (index: typeof whole.index) => new Map(index.lexical.query(query).map((hit) => [hit.id, hit.score]));
      expect(scores(added.index)).toEqual(scores(whole.index));
    }

    // An added article file whose id an article already has: the folder decides, so it is read whole.
    writeFileSync(join(corpusDir, "2023-03-21-armenpress-pashinyan-newroz.txt"), "Newroz\n\nAnother text.\n");
    const clash = await ingestNoting(corpusDir, indexDir);
    expect(clash.result).toMatchObject({ changed: true, corpusChecked: "read", removed: 1 });
    expect(clash.notices.join("\n")).toMatch(/Skipped 2023-03-21-armenpress-pashinyan-newroz\.md: article id .* is also made by 2023-03-21-armenpress-pashinyan-newroz\.txt/);
    // An added JSONL file, read first, that takes an id a line of another file had: read whole, and the article changes.
    age(corpusDir);
    await ingest({ corpusDir, indexDir, embedder });
    writeFileSync(join(corpusDir, "first.jsonl"), `${JSON.stringify({ id: "l1", title: "Grain", text: "Armenia exported less grain." })}\n`);
    expect(await ingest({ corpusDir, indexDir, embedder })).toMatchObject({ changed: true, corpusChecked: "read", updated: 1 });
  });

  it("reads files modified just before the listing again, as a same-size rewrite in the same timestamp tick would go unseen", async () => {
    const corpusDir = copyOfBundledCorpus();
    const indexDir = join(tempDir(), "embeddings");
    await ingest({ corpusDir, indexDir, embedder });
    expect(await ingest({ corpusDir, indexDir, embedder })).toMatchObject({ changed: false, corpusChecked: "read" });
    age(corpusDir);
    expect(await ingest({ corpusDir, indexDir, embedder })).toMatchObject({ changed: false, corpusChecked: "read" });
    expect(await ingest({ corpusDir, indexDir, embedder })).toMatchObject({ changed: false, corpusChecked: "stat" });
  });

  it("reads the corpus again when the base URL of links changes, and when the manifest has no record of the files (format 3 before it)", async () => {
    const corpusDir = copyOfBundledCorpus();
    const indexDir = join(tempDir(), "embeddings");
    writeFileSync(join(corpusDir, "new.txt"), "Grain exports\n\nArmenia exported more grain this spring.\n");
    age(corpusDir);
    const unlinked = [...(await ingest({ corpusDir, indexDir, embedder })).index.articles.values()].filter((article) => !article.url).length;
    const linked = await ingest({ corpusDir, indexDir, embedder, corpusBaseUrl: "https://news.example/corpus" });
    expect(linked).toMatchObject({ changed: true, corpusChecked: "read", updated: unlinked });
    expect(linked.index.articles.get("new")!.url).toBe("https://news.example/corpus/new.txt");

    const path = join(indexDir, "manifest.json");
    const { corpus, ...older } = JSON.parse(readFileSync(path, "utf8")) as Manifest;
    expect(corpus!.baseUrl).toBe("https://news.example/corpus");
    writeFileSync(path, JSON.stringify(older));
    const options = { corpusDir, indexDir, embedder, corpusBaseUrl: "https://news.example/corpus" };
    expect(await ingest(options)).toMatchObject({ changed: false, corpusChecked: "read" });
    expect(await ingest(options)).toMatchObject({ changed: false, corpusChecked: "stat" });
  });
});
