/**
 * Normalises article text the same way for every source format: Unicode NFC, one kind of
 * line break, no control characters, runs of spaces folded, paragraphs separated by one
 * blank line. Typography (curly quotes, dashes, accented names) is kept as written.
 */
export function cleanText(raw: string): string {
  return raw
    .normalize("NFC")
    .replace(/\r\n?/g, "\n")
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\u200B\uFEFF]/g, "")
    .replace(/[\t\u00A0 ]+/g, " ")
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.split("\n").map((line) => line.trim()).filter(Boolean).join(" "))
    .filter(Boolean)
    .join("\n\n");
}
