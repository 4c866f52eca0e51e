/**
 * Reuters-21578 (../shared/data/reuters21578) as a newsdesk corpus: a JSONL file of
 * articles in the format users' JSONL articles have, for scale tests and the eval.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { readJsonlGz } from "./jsonl.js";

interface ReutersRecord {
  newid: number;
  date: string;
  title: string;
  dateline?: string;
  body: string;
}

const MONTHS = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"];

/** "26-FEB-1987 15:01:01.79" -> "1987-02-26T15:01"; null if it does not parse. */
export function reutersDate(value: string): string | null {
  const match = /^\s*(\d{1,2})-([A-Z]{3})-(\d{4}) (\d{2}):(\d{2})/.exec(value);
  const month = match ? MONTHS.indexOf(match[2]!) + 1 : 0;
  if (!match || month === 0) return null;
  return `${match[3]}-${String(month).padStart(2, "0")}-${match[1]!.padStart(2, "0")}T${match[4]}:${match[5]}`;
}

/** Title case for the upper-case Reuters headlines, so they read like headlines. */
function headline(title: string): string {
  return title.toLowerCase().replace(/(^|[\s-])(\p{L})/gu, (_, space: string, letter: string) => space + letter.toUpperCase());
}

/**
 * The story as the wire printed it, led by its dateline ("SALVADOR, Feb 26 - Showers
 * continued ..."), which says where it was filed; indented lines start paragraphs; the
 * closing "Reuter" signature is not text.
 */
function body(text: string, dateline: string | undefined): string {
  const story = text.replace(/\n {2,}/g, "\n\n").replace(/\s*\bReuter\s*$/i, "");
  return dateline?.trim() ? `${dateline.trim()} ${story.trimStart()}` : story;
}

/** Writes `reuters.jsonl` into `corpusDir` with the first `limit` articles. */
export async function writeReutersCorpus(dataDir: string, corpusDir: string, limit: number): Promise<number> {
  // The first articles in file order, which is stable.
  const records = await readJsonlGz<ReutersRecord>(join(dataDir, "reuters21578", "reuters21578.jsonl.gz"), limit);
  mkdirSync(corpusDir, { recursive: true });
  const lines = records.map((r) =>
    JSON.stringify({ id: `reuters-${r.newid}`, title: headline(r.title), text: body(r.body, r.dateline), outlet: "Reuters", date: reutersDate(r.date) }),
  );
  writeFileSync(join(corpusDir, "reuters.jsonl"), `${lines.join("\n")}\n`);
  return records.length;
}
