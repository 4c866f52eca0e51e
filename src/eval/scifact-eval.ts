/**
 * BEIR SciFact through the product's own code path: the abstracts become a JSONL corpus,
 * are ingested like any user's articles, and the 300 test claims are retrieved lexical
 * only, dense only and hybrid. An abstract scores as its best chunk.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Retriever } from "../search/retrieve.js";
import { readJsonl, readJsonlGz } from "./jsonl.js";
import { mean, ndcgAt, recallAt, round } from "./metrics.js";

export interface SciFactData {
  queries: { id: string; text: string }[];
  qrels: Map<string, Set<string>>;
}

/** Writes the abstracts as `corpusDir/scifact.jsonl` (once) in the format users' JSONL articles have. */
export async function prepareSciFactCorpus(dataDir: string, corpusDir: string): Promise<void> {
  const target = join(corpusDir, "scifact.jsonl");
  if (existsSync(target)) return;
  mkdirSync(corpusDir, { recursive: true });
  const docs = await readJsonlGz<{ _id: string; title: string; text: string }>(join(dataDir, "corpus.jsonl.gz"));
  const lines = docs.map((doc) => JSON.stringify({ id: doc._id, title: doc.title || doc._id, text: doc.text }));
  writeFileSync(target, `${lines.join("\n")}\n`);
}

export function readSciFact(dataDir: string): SciFactData {
  const qrels = new Map<string, Set<string>>();
  for (const line of readFileSync(join(dataDir, "qrels", "test.tsv"), "utf8").split(/\r?\n/).slice(1)) {
    const [query, doc, score] = line.split("\t");
    if (!query || !doc || Number(score) <= 0) continue;
    qrels.set(query, (qrels.get(query) ?? new Set()).add(doc));
  }
  const queries = readJsonl<{ _id: string; text: string }>(join(dataDir, "queries.jsonl"))
    .filter((query) => qrels.has(query._id))
    .map((query) => ({ id: query._id, text: query.text }));
  return { queries, qrels };
}

export interface RetrievalScores {
  ndcg10: number;
  recall100: number;
}

export interface QueryScores extends RetrievalScores {
  queryId: string;
}

/** nDCG@10 and Recall@100 of each of the given queries at one dense weight. */
export async function scoreSciFact(retriever: Retriever, data: SciFactData, queryIds: Set<string>, denseWeight: number): Promise<QueryScores[]> {
  const scores: QueryScores[] = [];
  for (const query of data.queries) {
    if (!queryIds.has(query.id)) continue;
    const { articles } = await retriever.retrieve(query.text, { limit: 1, denseWeight });
    const ranked = articles.slice(0, 100).map((a) => a.article.id);
    const relevant = data.qrels.get(query.id)!;
    scores.push({ queryId: query.id, ndcg10: ndcgAt(10, ranked, relevant), recall100: recallAt(100, ranked, relevant) });
  }
  return scores;
}

/** Mean scores over some of the queries. */
export function meanScores(scores: QueryScores[]): RetrievalScores {
  return { ndcg10: round(mean(scores.map((s) => s.ndcg10))), recall100: round(mean(scores.map((s) => s.recall100))) };
}
