/** The eval commands on small slices, so they keep working; their full runs are in the README. */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { ndcgAt, recallAt } from "../src/eval/metrics.js";
import { summariseByKind, type QuestionOutcome } from "../src/eval/news-eval.js";
import { storyCopies } from "../src/eval/same-story.js";
import { ingest } from "../src/ingest/ingest.js";
import { wireStory } from "./helpers/answer-rules.js";
import { cleanupTempDirs, defaultEmbedder, MODELS_DIR, runCli, SHARED_DATA, tempDir, type CliRun } from "./helpers/fixtures.js";

afterAll(cleanupTempDirs);

function runEval(args: string[], work = tempDir()): Promise<CliRun> {
  return runCli("eval", [...args, "--data", SHARED_DATA], {
    PATH: process.env.PATH,
    MODELS_DIR,
    MODEL_CACHE_DIR: join(work, "cache", "models"),
    INDEX_DIR: join(work, "embeddings"),
    LOG_LEVEL: "warn",
  });
}

const lastJson = (stdout: string) => JSON.parse(stdout.trim().split("\n").at(-1)!);

describe("metrics", () => {
  it("computes nDCG@10 and Recall@100 with binary relevance and the ideal DCG from the qrels", () => {
    const relevant = new Set(["a", "b"]);
    expect(ndcgAt(10, ["a", "b", "c"], relevant)).toBe(1);
    expect(ndcgAt(10, ["c", "a"], relevant)).toBeCloseTo(1 / Math.log2(3) / (1 + 1 / Math.log2(3)), 10);
    expect(ndcgAt(10, ["c"], relevant)).toBe(0);
    expect(recallAt(100, ["x", "b"], relevant)).toBe(0.5);
  });

  it("reports the blind sets per kind: refusals and answers for answerable kinds, two cited articles for multi, declines for the rest", () => {
    const outcome = (kind: string, articles: string[], abstained: boolean, cited: string[], answerWordsPresent = false, quoteCount = abstained ? 0 : 3): QuestionOutcome => ({
      question: { question: "q", kind, articles, answer: [] },
      abstained,
      evidence: 1,
      sourceRank: cited.length ? 1 : null,
      answerWordsPresent,
      answerFirst: answerWordsPresent,
      quotes: "",
      quoteCount,
      cited,
      refusedBy: abstained ? ["coverage"] : [],
    });
    const rows = summariseByKind([
      outcome("multi", ["a", "b"], false, ["a", "b"], true),
      outcome("multi", ["a", "b"], false, ["a", "c"], false, 4),
      outcome("chat", [], true, []),
      outcome("chat", [], false, ["a"]),
      outcome("chat", [], false, ["b"]),
      outcome("chat", [], true, []),
    ]);
    expect(rows).toEqual([
      { kind: "multi", questions: 2, refused: 0, sourceAt3: 1, answerWords: 0.5, answerFirst: 0.5, quotesPerAnswer: 3.5, fromTwoArticles: 0.5 },
      { kind: "chat", questions: 4, declined: 0.5 },
    ]);
  });
});

describe("stories the wire sent twice", () => {
  it("reads a story refiled under its headline as a copy of it, and another story under the same headline as none", async () => {
    const corpusDir = tempDir();
    const strike = "DAKOTA CITY, Neb., March 16 - Members of the United Food and Commercial Workers union voted to strike the IBP Inc beef plant here, a union spokesman said.";
    writeFileSync(join(corpusDir, "first.md"), wireStory("Union Votes To Strike Dakota City Plant", "1987-03-16", strike));
    writeFileSync(join(corpusDir, "refiled.md"), wireStory("Union Votes To Strike Dakota City Plant", "1987-03-16", strike.replace("a union spokesman said", "a spokesman for the union said")));
    writeFileSync(join(corpusDir, "other.md"), wireStory("Union Votes To Strike Dakota City Plant", "1987-03-20", "DAKOTA CITY, Neb., March 20 - Workers at the town's pork plant rejected the company's latest offer and will walk out on Monday."));
    const { index } = await ingest({ corpusDir, indexDir: join(tempDir(), "embeddings"), embedder: await defaultEmbedder() });
    const copiesOf = storyCopies(index);
    expect(copiesOf("first")).toEqual(["refiled"]);
    expect(copiesOf("refiled")).toEqual(["first"]);
    expect(copiesOf("other")).toEqual([]);
  });
});

describe("npm run eval", () => {
  it("news and probes: score a slice of the labelled questions and of the probes on the bundled corpus and on Reuters", async () => {
    const work = tempDir();
    const { code, stdout } = await runEval(["news", "--limit", "12"], work);
    expect(code).toBe(0);
    const summary = lastJson(stdout);
    expect(summary.eval).toBe("news");
    expect(summary.parts.map((p: { part: string }) => p.part)).toEqual(["bundled", "reuters-3000"]);
    for (const part of summary.parts) {
      expect(part.questions).toBe(12);
      expect(part.sourceAt3).toBeGreaterThanOrEqual(0.9);
      // The same questions typed in lower case.
      expect(part.lowerCase.answerable + part.lowerCase.unanswerable).toBe(12);
    }
    // The same indexes, kept between runs, answer the probes: greetings get a chat reply, trivia no quote.
    const probes = await runEval(["probes", "--limit", "10"], work);
    expect(probes.code).toBe(0);
    const { results } = lastJson(probes.stdout);
    // Each set of probes, oldest first.
    expect(results.map((r: { part: string; set: string; probe: string }) => `${r.part} ${r.set} ${r.probe}`)).toEqual(
      ["bundled", "reuters-3000"].flatMap((part) => ["2026-12", "2026-12ab", "2026-12ae"].flatMap((set) => [`${part} ${set} chat`, `${part} ${set} offtopic`])),
    );
    for (const result of results) expect(result.tuned).toBeGreaterThanOrEqual(0.8);
    expect(probes.stdout).toMatch(/^2026-12ab {2}chat {6}\d\.\d{3} \/ \d\.\d{3} of 10$/m);
  });

  it("scifact: indexes the abstracts through the product's path and scores the first test queries", async () => {
    const { code, stdout } = await runEval(["scifact", "--limit", "30"]);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^Indexed 5183 articles, \d+ chunks/m);
    const summary = lastJson(stdout);
    expect(summary).toMatchObject({ eval: "scifact", queries: 30 });
    const bySystem = Object.fromEntries(summary.results.map((r: { system: string; ndcg10: number }) => [r.system, r.ndcg10]));
    expect(bySystem["newsdesk lexical (BM25)"]).toBeGreaterThan(0.55);
    expect(bySystem["newsdesk hybrid"]).toBeGreaterThan(0.55);
    expect(stdout).toContain("BM25 (Anserini flat)         nDCG@10 0.679  Recall@100 0.925");
  });
});
