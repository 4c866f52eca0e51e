/**
 * Where a fetched article goes in the corpus: `fetched/<site>/<date>-<headline>.md`, a new
 * file each time (never one already there, whatever its extension, as two files with one
 * name would clash over the article id), written atomically.
 */
import { existsSync, mkdirSync } from "node:fs";
import { join } from "node:path";
import { articleMarkdown, type ArticleFields } from "../corpus/article-markdown.js";
import { writeFileAtomic } from "../util/atomic-write.js";

export const FETCHED_DIR = "fetched";
const ARTICLE_EXTENSIONS = [".md", ".markdown", ".txt", ".html", ".htm"];
const MAX_SLUG_CHARS = 80;

/** Writes the article; returns its path relative to the corpus folder. */
export function writeArticleFile(corpusDir: string, fields: ArticleFields & { url: string }, text: string): string {
  const site = new URL(fields.url).hostname.replace(/^www\./, "").replace(/[^a-z0-9.-]/gi, "_") || "site";
  const folder = join(corpusDir, FETCHED_DIR, site);
  mkdirSync(folder, { recursive: true });
  const stem = [fields.date?.slice(0, 10), slug(fields.title)].filter(Boolean).join("-");
  let name = stem;
  for (let n = 2; ARTICLE_EXTENSIONS.some((extension) => existsSync(join(folder, name + extension))); n++) name = `${stem}-${n}`;
  writeFileAtomic(join(folder, `${name}.md`), articleMarkdown(fields, text));
  return `${FETCHED_DIR}/${site}/${name}.md`;
}

/** A headline as a file name: letters and digits of any script, lower case, joined by hyphens. */
function slug(title: string): string {
  const words = title
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, "-")
    .replace(/^-+|-+$/g, "");
  return words.slice(0, MAX_SLUG_CHARS).replace(/-+$/, "") || "article";
}
