/**
 * Normalises article text the same way for every source format: Unicode NFC, one kind of
 * line break, no control characters, runs of spaces folded, paragraphs separated by one
 * blank line. Typography (curly quotes, dashes, accented names) is kept as written.
 */

/**
 * C0 and C1 controls but tab and line breaks, zero-width space, byte order mark, and the bidi
 * embeddings, overrides and isolates that can make a title or quote display as something else.
 */
const INVISIBLE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u200B\u202A-\u202E\u2066-\u2069\uFEFF]/g;

export function cleanText(raw: string): string {
  return raw
    .normalize("NFC")
    .replace(/\r\n?/g, "\n")
    .replace(INVISIBLE, "")
    .replace(/[\t\u00A0 ]+/g, " ")
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.split("\n").map((line) => line.trim()).filter(Boolean).join(" "))
    .filter(Boolean)
    .join("\n\n");
}
