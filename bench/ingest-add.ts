/**
 * `npm run bench -- --add 100 --base N`: an index of N Reuters articles (scale-corpus.ts, repeats
 * marked past the 19,043 there are), then K more articles in a new file, ingested by a fresh
 * process as `npm run ingest` would: the time to take K new articles into a large index,
 * start to end (loading the stored index, reading the new file, embedding, building, saving). Prints the runs, then one JSON line.
 *
 *   npm run bench -- --add 100 --base 10000
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { ingest } from "../src/ingest/ingest.js";
import { benchEmbedder, bytesOnDisk, peakRssMb, root, runBenchChild } from "./scale-common.js";
import { writeScaledCorpus } from "./scale-corpus.js";

interface Run {
  articles: number;
  added: number;
  embeddedChunks: number;
  graphExtended: boolean;
  seconds: number;
  peakMb: number;
}

const [mode, ...rest] = process.argv.slice(2);
if (mode === "run") {
  // The child: one ingest of what changed, then its numbers.
  const [corpusDir, indexDir] = rest as [string, string];
  const embedder = await benchEmbedder();
  const started = performance.now();
  const result = await ingest({ corpusDir, indexDir, embedder });
  const seconds = (performance.now() - started) / 1000;
  const run: Run = { articles: result.articles, added: result.added, embeddedChunks: result.embeddedChunks, graphExtended: result.graphExtended, seconds, peakMb: peakRssMb() };
  console.log(JSON.stringify(run));
} else {
  const { values } = parseArgs({ options: { add: { type: "string" }, base: { type: "string", default: "10000" } } });
  const add = Number(values.add);
  const base = Number(values.base);
  if (!Number.isInteger(add) || add < 1 || !Number.isInteger(base) || base < 1) throw new Error("Usage: npm run bench -- --add K [--base N]");
  const scratch = mkdtempSync(join(tmpdir(), "newsdesk-add-"));
  const corpusDir = join(scratch, "corpus");
  const indexDir = join(scratch, "index");
  mkdirSync(corpusDir);
  const child = () => runBenchChild<Run>("ingest-add.ts", [corpusDir, indexDir]);
  try {
    // N + K articles, split: the first N make the stored index, the last K arrive as a new file.
    await writeScaledCorpus(join(root, "..", "shared", "data"), corpusDir, base + add);
    const lines = readFileSync(join(corpusDir, "reuters.jsonl"), "utf8").split("\n").filter((line) => line.trim());
    writeFileSync(join(corpusDir, "reuters.jsonl"), `${lines.slice(0, base).join("\n")}\n`);
    // Written a while before, as a corpus file is: one written within a second of the listing is read again, to be safe.
    const earlier = new Date(Date.now() - 60_000);
    utimesSync(join(corpusDir, "reuters.jsonl"), earlier, earlier);
    const first = child();
    console.log(`index of ${first.articles} articles built in ${first.seconds.toFixed(1)} s (${(bytesOnDisk(indexDir) / 2 ** 20).toFixed(0)} MB on disk)`);
    writeFileSync(join(corpusDir, "reuters-new.jsonl"), `${lines.slice(base).join("\n")}\n`);
    const second = child();
    console.log(
      `${second.added} articles added to it in ${second.seconds.toFixed(2)} s (${second.embeddedChunks} chunks embedded, vector graph ${second.graphExtended ? "extended" : "rebuilt"}), peak RSS ${second.peakMb.toFixed(0)} MB`,
    );
    console.log(JSON.stringify({ bench: "ingest-add", base, add, build: first, added: second }));
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}
