/**
 * An article as a Markdown file of the corpus: YAML front matter written by the yaml
 * library (so a headline with a colon, a quote or a "---" cannot break out of its field),
 * then the text. load-corpus.ts reads it back field for field.
 */
import { stringify } from "yaml";

export interface ArticleFields {
  title: string;
  outlet: string | null;
  date: string | null;
  url: string | null;
  /** When it was fetched, ISO 8601 in UTC. */
  fetched: string;
}

export function articleMarkdown(fields: ArticleFields, text: string): string {
  // Fields the source does not give are left out, never written empty.
  const present = Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== null));
  return `---\n${stringify(present, { lineWidth: 0 })}---\n\n${text.trim()}\n`;
}
