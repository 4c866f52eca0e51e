/**
 * The lines of a file, read a block at a time: a file of any size goes through in the
 * memory of one block and one line. A line longer than the limit is not kept; it comes back
 * as its length, for a warning, and reading goes on with the next line.
 */
import { closeSync, openSync, readSync } from "node:fs";

export type FileLine = { number: number; bytes: Buffer } | { number: number; tooLong: number };

const BLOCK_BYTES = 1024 * 1024;
const NEWLINE = 0x0a;
const CARRIAGE_RETURN = 0x0d;

export function* fileLines(path: string, maxLineBytes: number): Generator<FileLine> {
  const fd = openSync(path, "r");
  try {
    const block = Buffer.allocUnsafe(BLOCK_BYTES);
    let parts: Buffer[] = [];
    let length = 0;
    let number = 1;
    const line = (): FileLine => {
      if (length > maxLineBytes) return { number, tooLong: length };
      const bytes = Buffer.concat(parts, length);
      return { number, bytes: bytes.at(-1) === CARRIAGE_RETURN ? bytes.subarray(0, -1) : bytes };
    };
    for (let read = readSync(fd, block); read > 0; read = readSync(fd, block)) {
      const data = block.subarray(0, read);
      for (let start = 0; start < data.length; ) {
        const newline = data.indexOf(NEWLINE, start);
        const end = newline === -1 ? data.length : newline;
        length += end - start;
        // The block is reused, so what is kept is copied; past the limit nothing more is kept.
        if (length <= maxLineBytes) parts.push(Buffer.from(data.subarray(start, end)));
        else parts = [];
        if (newline === -1) break;
        yield line();
        parts = [];
        length = 0;
        number++;
        start = newline + 1;
      }
    }
    if (length > 0) yield line();
  } finally {
    closeSync(fd);
  }
}
