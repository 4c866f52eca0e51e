/**
 * One fetch at a time into a corpus folder, across processes: `npm run fetch` while the bot
 * polls would otherwise fetch the same new article twice and keep two copies. The lock is
 * a file holding the owner's process id; one left by a process that died is taken over.
 */
import { closeSync, openSync, readFileSync, rmSync, writeSync } from "node:fs";
import { join } from "node:path";

const LOCK_FILE = ".fetch.lock";

export class CorpusBusy extends Error {
  override name = "CorpusBusy";
}

export async function withCorpusLock<T>(corpusDir: string, work: () => Promise<T>): Promise<T> {
  const path = join(corpusDir, LOCK_FILE);
  take(path);
  try {
    return await work();
  } finally {
    rmSync(path, { force: true });
  }
}

function take(path: string, retry = true): void {
  let fd: number;
  try {
    fd = openSync(path, "wx");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
    const owner = Number(readFileSync(path, "utf8").trim());
    if (retry && !isRunning(owner)) {
      rmSync(path, { force: true });
      take(path, false);
      return;
    }
    throw new CorpusBusy(`another newsdesk process (pid ${owner || "unknown"}) is fetching into this corpus; try again when it has finished`);
  }
  writeSync(fd, String(process.pid));
  closeSync(fd);
}

function isRunning(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it runs, as another user.
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}
