/**
 * One fetch at a time into a corpus folder, across processes: `npm run fetch` while the bot
 * polls would otherwise fetch the same new article twice and keep two copies.
 */
import { join } from "node:path";
import { withProcessLock } from "../util/process-lock.js";

const LOCK_FILE = ".fetch.lock";

export class CorpusBusy extends Error {
  override name = "CorpusBusy";
}

export function withCorpusLock<T>(corpusDir: string, work: () => Promise<T>): Promise<T> {
  const busy = (owner: number) => new CorpusBusy(`another newsdesk process (pid ${owner || "unknown"}) is fetching into this corpus; try again when it has finished`);
  return withProcessLock(join(corpusDir, LOCK_FILE), { busy }, work);
}
