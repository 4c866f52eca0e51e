/** Reading the JSON-lines files the evaluations use, plain or gzipped. */
import { createReadStream, readFileSync } from "node:fs";
import { createInterface } from "node:readline";
import { createGunzip } from "node:zlib";

export function readJsonl<T>(path: string): T[] {
  return readFileSync(path, "utf8")
    .split("\n")
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as T);
}

/** The first `limit` records of a gzipped JSON-lines file, streamed (the files are large). */
export async function readJsonlGz<T>(path: string, limit = Infinity): Promise<T[]> {
  const records: T[] = [];
  const input = createReadStream(path).pipe(createGunzip());
  const lines = createInterface({ input, crlfDelay: Infinity });
  for await (const line of lines) {
    if (records.length >= limit) break;
    if (line.trim()) records.push(JSON.parse(line) as T);
  }
  lines.close();
  input.destroy();
  return records;
}
