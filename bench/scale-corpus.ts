/**
 * A corpus of exactly N articles for the scale benchmark, from the Reuters-21578 JSONL that
 * newsdesk's own eval writes. Past the 19,043 real articles the collection is repeated: copy c
 * of an article gets the id "reuters-123~c" and "(copy c)" after its title, c in words (the
 * built-in model reads every number as the same unknown word). The title is embedded with every
 * chunk, so no chunk of a copy embeds to the vector of its original or of another copy: exact
 * ties would make HNSW recall against brute force ambiguous. Stories that Reuters-21578 itself
 * holds twice still tie, copies included. Copies stay near-duplicates of their original.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { writeReutersCorpus } from "../src/eval/reuters.js";

interface JsonlArticle {
  id: string;
  title: string;
}

const ONES = ["", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"];
const TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"];

/** `n` (1 to 999) in English words. */
function inWords(n: number): string {
  if (n < 20) return ONES[n]!;
  if (n < 100) return `${TENS[Math.floor(n / 10)]}${n % 10 ? ` ${ONES[n % 10]}` : ""}`;
  return `${ONES[Math.floor(n / 100)]} hundred${n % 100 ? ` ${inWords(n % 100)}` : ""}`;
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
  if (n > 999 * distinct) throw new Error(`at most ${999 * distinct} articles: copies are numbered in words up to 999`);
  const out: string[] = [];
  for (let i = 0; i < n; i++) {
    const copy = Math.floor(i / distinct) + 1;
    if (copy === 1) {
      out.push(lines[i]!);
      continue;
    }
    const article = JSON.parse(lines[i % distinct]!) as JsonlArticle;
    out.push(JSON.stringify({ ...article, id: `${article.id}~${copy}`, title: `${article.title} (copy ${inWords(copy)})` }));
  }
  writeFileSync(join(corpusDir, "reuters.jsonl"), `${out.join("\n")}\n`);
  return { articles: n, repeats: Math.max(0, n - distinct), distinct };
}
