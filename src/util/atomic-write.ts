import { closeSync, fsyncSync, openSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { basename, dirname, join } from "node:path";

/**
 * What to write: the bytes, or a function that writes the file at the path it is given and
 * returns the bytes it wrote (for a library that writes its files itself).
 */
export type FileContent = string | Uint8Array | ((temporaryPath: string) => Uint8Array);

/**
 * Writes a file so that readers see either the old content or the new, never a part:
 * the data goes to a temporary file in the same folder, is flushed, then renamed over.
 * Returns the bytes written. On failure no temporary file is left (where the disk allows
 * removing it), and the error names the file.
 */
export function writeFileAtomic(path: string, content: FileContent): Uint8Array {
  const temporary = join(dirname(path), `.${basename(path)}.${process.pid}.${Date.now()}.tmp`);
  try {
    // Opened here even when a library writes the file, so that its errors surface with a code.
    const fd = openSync(temporary, "w");
    let bytes: Uint8Array;
    try {
      if (typeof content === "function") bytes = content(temporary);
      else {
        bytes = typeof content === "string" ? Buffer.from(content, "utf8") : content;
        // writeFileSync goes on until all is written; a bare writeSync may stop short on a full disk.
        writeFileSync(fd, bytes);
      }
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(temporary, path);
    return bytes;
  } catch (error) {
    tryRemove(temporary);
    throw namingPath(path, error);
  }
}

/** Removes a file if it is there; returns the error instead of throwing it (a read-only disk). */
export function tryRemove(path: string): Error | undefined {
  try {
    rmSync(path, { force: true });
    return undefined;
  } catch (error) {
    return error as Error;
  }
}

/** fs names the file when open or rename fail, but not when write or fsync do (ENOSPC). */
function namingPath(path: string, error: unknown): Error {
  const cause = error as NodeJS.ErrnoException;
  return Object.assign(new Error(`could not write ${path}: ${cause.message}`, { cause }), { code: cause.code, path });
}
