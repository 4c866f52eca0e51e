/**
 * A lock across processes: a file holding the owner's process id, created exclusively. One
 * left by a process that died (killed mid-ingest, a crash) is taken over.
 */
import { closeSync, mkdirSync, openSync, readFileSync, rmSync, statSync, writeSync } from "node:fs";
import { dirname } from "node:path";

export interface LockOptions {
  /** How long to wait for a running owner to finish before giving up (0: give up at once). */
  waitMs?: number;
  /** The error to throw when the owner still runs after the wait, given its process id (0 if unknown). */
  busy: (owner: number) => Error;
}

const POLL_MS = 100;

/**
 * Runs `work` holding the lock at `path`. Where the lock cannot be created at all (a read-only
 * folder), the work runs without it: it can write nothing there that another process could undo.
 */
export async function withProcessLock<T>(path: string, options: LockOptions, work: () => Promise<T>): Promise<T> {
  const deadline = Date.now() + (options.waitMs ?? 0);
  let held: boolean;
  for (;;) {
    const outcome = tryTake(path);
    if (outcome !== "busy") {
      held = outcome === "taken";
      break;
    }
    const owner = ownerOf(path);
    if (Date.now() >= deadline) throw options.busy(owner);
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
  try {
    return await work();
  } finally {
    if (held) rmSync(path, { force: true });
  }
}

function tryTake(path: string, retry = true): "taken" | "busy" | "unavailable" {
  let fd: number;
  try {
    mkdirSync(dirname(path), { recursive: true });
    fd = openSync(path, "wx");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EEXIST") return "unavailable";
    if (retry && abandoned(path)) {
      rmSync(path, { force: true });
      return tryTake(path, false);
    }
    return "busy";
  }
  try {
    writeSync(fd, String(process.pid));
  } catch {
    // No room for the id (a full disk): an empty lock would be taken over by anyone.
    rmSync(path, { force: true });
    return "unavailable";
  } finally {
    closeSync(fd);
  }
  return "taken";
}

/** A lock no running process holds: its owner died, or it stayed empty (a writer dies between creating and filling it) a while. */
function abandoned(path: string): boolean {
  const owner = ownerOf(path);
  if (owner > 0) return !isRunning(owner);
  const age = Date.now() - (statSync(path, { throwIfNoEntry: false })?.mtimeMs ?? 0);
  return age > EMPTY_LOCK_MS;
}

/** An empty lock younger than this may be one whose owner is about to write its id. */
const EMPTY_LOCK_MS = 5000;

function ownerOf(path: string): number {
  try {
    return Number(readFileSync(path, "utf8").trim());
  } catch {
    // Removed by its owner meanwhile.
    return 0;
  }
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
