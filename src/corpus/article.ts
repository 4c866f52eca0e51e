/** One news article as newsdesk knows it, whatever file it came from. */
export interface Article {
  /** Unique within the corpus: the file name without extension, or the `id` of a JSONL line. */
  id: string;
  title: string;
  outlet: string | null;
  /** ISO 8601, only as precise as the source allows ("2023-03", "2023-03-14", "2023-03-21T10:53"). */
  date: string | null;
  /** The article's own URL, or a link to its stored copy when a corpus base URL is set; never made up. */
  url: string | null;
  /** Cleaned body text, paragraphs separated by blank lines. */
  text: string;
  /** Where it came from, relative to the corpus folder (with `:line` for JSONL). */
  source: string;
}

/** A file (or JSONL line) that was not ingested, and why. */
export interface SkippedSource {
  source: string;
  reason: string;
}

/** A field of an article (or of its front matter) that was dropped or changed, and why. */
export interface FieldWarning {
  /** The file, with `:line` for JSONL. */
  source: string;
  reason: string;
}
