/**
 * The slowest questions an asker can send: long, repetitive, full of years, names, places
 * and quarters, at the question length limit, as a follow-up to another such question.
 * Prints each one's time in a warm process; the answer work per question must stay a small
 * part of Discord's three seconds, since other askers wait behind it.
 *
 *   node --import tsx bench/hostile.ts [--reuters N]
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { servicesOver } from "../src/app/newsdesk.js";
import { loadEmbedder } from "../src/embedding/embedder.js";
import { resolveModel } from "../src/embedding/models.js";
import { writeReutersCorpus } from "../src/eval/reuters.js";
import { ingest } from "../src/ingest/ingest.js";
import { MAX_QUESTION_CHARS } from "../src/search/bounded-query.js";

const { values } = parseArgs({ options: { reuters: { type: "string" } } });
const root = resolve(import.meta.dirname, "..");
const embedder = await loadEmbedder(resolveModel(process.env.EMBEDDING_MODEL), {
  modelsDir: join(root, "models"),
  cacheDir: join(root, ".cache", "models"),
  hubUrl: process.env.MODEL_HUB_URL ?? "https://huggingface.co/",
});

const corpusDir = mkdtempSync(join(tmpdir(), "newsdesk-bench-hostile-"));
const indexDir = mkdtempSync(join(tmpdir(), "newsdesk-bench-hostile-index-"));
if (values.reuters) await writeReutersCorpus(resolve(root, "..", "shared", "data"), corpusDir, Number(values.reuters));
const { index, articles } = await ingest({ corpusDir: values.reuters ? corpusDir : join(root, "corpus"), indexDir, embedder });
const { answerer } = servicesOver(index, embedder);

/** A pattern repeated to ten thousand characters; the answer reads the first 500. */
const flood = (pattern: string) => pattern.repeat(Math.ceil(10_000 / pattern.length));
const HOSTILE: Record<string, string> = {
  years: flood("in 1987 and 2020 "),
  names: flood("What did Aliyev tell Pashinyan Mirzoyan Kurfürst in Baku Yerevan "),
  quarters: flood("the third quarter of 1988 "),
  capitals: flood("Alpha Beta Gamma Delta "),
  hyphens: flood("Armenian-Turkish-Iranian-"),
  speakers: flood("what did X say about "),
  days: flood("on March 25 "),
  quotes: flood("“a” "),
  places: flood("at Baku visit Yerevan in Shusha "),
  mixed: flood("who how many Baku in 2020 the fourth quarter of 1986 NATO Lachin "),
  misspelt: flood("Pashinian Aliev Mirzoian Kurfurst Hoekstara "),
  letters: flood("a"),
};
await answerer.ask("warm up");
const rows: { name: string; ms: number }[] = [];
for (const [name, question] of Object.entries(HOSTILE)) {
  const started = performance.now();
  await answerer.ask(question, { context: question });
  rows.push({ name, ms: performance.now() - started });
}
rows.sort((a, b) => b.ms - a.ms);
for (const { name, ms } of rows) console.log(`${name.padEnd(10)} ${ms.toFixed(0)} ms`);
console.log(JSON.stringify({ bench: "hostile", articles, questionChars: MAX_QUESTION_CHARS, slowestMs: Math.round(rows[0]!.ms), medianMs: Math.round(rows[Math.floor(rows.length / 2)]!.ms) }));
rmSync(corpusDir, { recursive: true, force: true });
rmSync(indexDir, { recursive: true, force: true });
