/**
 * A corpus of exactly N articles for the scale benchmark, from the Reuters-21578 JSONL that
 * newsdesk's own eval writes. Past the 19,043 real articles the collection is repeated: copy c
 * of an article gets the id "reuters-123~c" and one added closing sentence, so no two chunks
 * embed to the same vector (exact ties would make HNSW recall against brute force ambiguous).
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { writeReutersCorpus } from "../src/eval/reuters.js";

interface JsonlArticle {
  id: string;
  text: string;
}

export interface ScaledCorpus {
  articles: number;
  /** Articles that are varied copies of another (0 up to the size of the collection). */
  repeats: number;
  distinct: number;
}

/** Writes `reuters.jsonl` with `n` articles into `corpusDir`. */
export async function writeScaledCorpus(dataDir: string, corpusDir: string, n: number): Promise<ScaledCorpus> {
  // The product's own conversion, into a scratch folder, so the text is what `eval` would ingest.
  const scratch = mkdtempSync(join(tmpdir(), "newsdesk-scale-source-"));
  let lines: string[];
  try {
    await writeReutersCorpus(dataDir, scratch, n);
    lines = readFileSync(join(scratch, "reuters.jsonl"), "utf8").split("\n").filter((line) => line.trim());
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
  const distinct = lines.length;
  const out: string[] = [];
  for (let i = 0; i < n; i++) {
    const copy = Math.floor(i / distinct) + 1;
    if (copy === 1) {
      out.push(lines[i]!);
      continue;
    }
    const article = JSON.parse(lines[i % distinct]!) as JsonlArticle;
    out.push(JSON.stringify({ ...article, id: `${article.id}~${copy}`, text: `${article.text}\n\nThis report was filed again as copy ${copy}.` }));
  }
  writeFileSync(join(corpusDir, "reuters.jsonl"), `${out.join("\n")}\n`);
  return { articles: n, repeats: Math.max(0, n - distinct), distinct };
}
