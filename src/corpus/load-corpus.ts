/**
 * Reads every article in the corpus folder. Supported: `.md` (front matter with title,
 * outlet, date, url), `.txt` (first line is the headline) and `.jsonl` (one article a
 * line). Anything else, and any file that cannot be read as an article, is skipped with
 * a reason; one bad file never stops the rest.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { extname, join, relative, sep } from "node:path";
import matter from "gray-matter";
import { z } from "zod";
import type { Article, SkippedSource } from "./article.js";
import { cleanText } from "./clean-text.js";
import { isIsoDate } from "./dates.js";

export const MAX_FILE_BYTES = 20 * 1024 * 1024;
const SUPPORTED = new Set([".md", ".markdown", ".txt", ".jsonl"]);
/** Files a corpus folder may hold that are not articles. */
const IGNORED_NAMES = new Set(["README.md", "readme.md", ".gitkeep", ".DS_Store"]);

export interface CorpusLoad {
  articles: Article[];
  skipped: SkippedSource[];
}

export interface LoadOptions {
  /** Base URL of a web view of the corpus folder, used to link articles that carry no URL. */
  baseUrl?: string;
}

class SkipError extends Error {}

export function loadCorpus(corpusDir: string, options: LoadOptions = {}): CorpusLoad {
  const articles: Article[] = [];
  const skipped: SkippedSource[] = [];
  const seen = new Map<string, string>();
  for (const path of listFiles(corpusDir)) {
    const source = relative(corpusDir, path).split(sep).join("/");
    const name = source.split("/").pop()!;
    if (IGNORED_NAMES.has(name) || name.startsWith(".")) continue;
    const extension = extname(name).toLowerCase();
    if (!SUPPORTED.has(extension)) {
      skipped.push({ source, reason: `unsupported file type "${extension || "(none)"}"; use .md, .txt or .jsonl` });
      continue;
    }
    try {
      const text = readText(path);
      const found =
        extension === ".jsonl"
          ? parseJsonl(text, source, skipped)
          : [extension === ".txt" ? parseTxt(text, source) : parseMarkdown(text, source)];
      for (const article of found) {
        const earlier = seen.get(article.id);
        if (earlier) {
          skipped.push({ source: article.source, reason: `duplicate article id "${article.id}" (already used by ${earlier})` });
          continue;
        }
        seen.set(article.id, article.source);
        articles.push(withLink(article, options.baseUrl));
      }
    } catch (error) {
      if (!(error instanceof SkipError)) throw error;
      skipped.push({ source, reason: error.message });
    }
  }
  articles.sort((a, b) => a.id.localeCompare(b.id));
  return { articles, skipped };
}

function listFiles(dir: string): string[] {
  const entries = readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name));
  return entries.flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name.startsWith(".") ? [] : listFiles(path);
    return entry.isFile() ? [path] : [];
  });
}

function readText(path: string): string {
  const size = statSync(path).size;
  if (size === 0) throw new SkipError("empty file");
  if (size > MAX_FILE_BYTES) throw new SkipError(`file too large (${(size / 1024 / 1024).toFixed(1)} MB; the limit is ${MAX_FILE_BYTES / 1024 / 1024} MB)`);
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    throw new SkipError(`unreadable: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  }
  if (bytes.includes(0)) throw new SkipError("binary file (contains NUL bytes)");
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    throw new SkipError("not valid UTF-8 text");
  }
}

function idFromSource(source: string): string {
  return source.replace(/\.[^./]+$/, "");
}

/** YAML turns an unquoted 2023-03-14 into a Date; it and numbers become strings again, absent becomes null. */
const optionalString = z.preprocess(
  (value) => value ?? null,
  z
    .union([z.string(), z.number(), z.date(), z.null()])
    .transform((value) => (value instanceof Date ? value.toISOString().replace(/T00:00:00\.000Z$/, "") : value === null ? null : String(value).trim() || null)),
);

const metadataSchema = z.object({
  title: optionalString,
  outlet: optionalString,
  date: optionalString.refine((value) => value === null || isIsoDate(value), {
    message: 'must be an ISO 8601 date such as "2023-03-14" (or "2023-03", "2023-03-14T10:53")',
  }),
  url: optionalString.refine((value) => value === null || isHttpUrl(value), { message: "must be an http(s) URL" }),
});

function isHttpUrl(value: string): boolean {
  try {
    return ["http:", "https:"].includes(new URL(value).protocol);
  } catch {
    return false;
  }
}

type Metadata = { [K in keyof z.output<typeof metadataSchema>]-?: string | null };

function checkMetadata(data: unknown, what: string): Metadata {
  const parsed = metadataSchema.safeParse(data ?? {});
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new SkipError(`${what}: "${issue.path.join(".")}" ${issue.message}`);
  }
  // zod leaves a refined key undefined when it is absent; the article wants null.
  const { title, outlet, date, url } = parsed.data;
  return { title: title ?? null, outlet: outlet ?? null, date: date ?? null, url: url ?? null };
}

function article(fields: Omit<Article, "text"> & { text: string }): Article {
  const text = cleanText(fields.text);
  if (!text) throw new SkipError("no article text");
  const title = cleanText(fields.title).replace(/\s+/g, " ");
  if (!title) throw new SkipError("no title");
  return { ...fields, title, text };
}

function parseMarkdown(raw: string, source: string): Article {
  let parsed: matter.GrayMatterFile<string>;
  try {
    // An empty options object keeps gray-matter from caching by content across files.
    parsed = matter(raw, {});
  } catch (error) {
    throw new SkipError(`malformed front matter: ${(error as Error).message.split("\n")[0]}`);
  }
  const meta = checkMetadata(parsed.data, "front matter");
  let body = parsed.content;
  let title = meta.title;
  if (!title) {
    // No title in the front matter: a leading "# Heading" will do.
    const heading = /^\s*#\s+(.+)\n/.exec(body);
    if (!heading) throw new SkipError('no title: add "title:" to the front matter');
    title = heading[1]!;
    body = body.slice(heading[0].length);
  }
  return article({ id: idFromSource(source), title, outlet: meta.outlet, date: meta.date, url: meta.url, text: body, source });
}

function parseTxt(raw: string, source: string): Article {
  const text = raw.replace(/^\uFEFF/, "").replace(/^\s+/, "");
  const newline = text.indexOf("\n");
  const title = newline === -1 ? text : text.slice(0, newline);
  const body = newline === -1 ? "" : text.slice(newline + 1);
  return article({ id: idFromSource(source), title, outlet: null, date: null, url: null, text: body, source });
}

const jsonlLineSchema = z.object({
  id: z.union([z.string().trim().min(1), z.number()]).transform(String),
  title: z.string(),
  text: z.string(),
});

/** Each line is its own article: a bad line is skipped, the others are kept. */
function parseJsonl(raw: string, source: string, skipped: SkippedSource[]): Article[] {
  const articles: Article[] = [];
  raw.split("\n").forEach((line, index) => {
    if (!line.trim()) return;
    const lineSource = `${source}:${index + 1}`;
    try {
      let value: unknown;
      try {
        value = JSON.parse(line);
      } catch {
        throw new SkipError("not valid JSON");
      }
      const parsed = jsonlLineSchema.safeParse(value);
      if (!parsed.success) {
        const issue = parsed.error.issues[0]!;
        throw new SkipError(`"${issue.path.join(".") || "line"}" ${issue.message.toLowerCase()}`);
      }
      const meta = checkMetadata(value, "fields");
      articles.push(
        article({ id: parsed.data.id, title: parsed.data.title, outlet: meta.outlet, date: meta.date, url: meta.url, text: parsed.data.text, source: lineSource }),
      );
    } catch (error) {
      if (!(error instanceof SkipError)) throw error;
      skipped.push({ source: lineSource, reason: error.message });
    }
  });
  if (articles.length === 0 && !skipped.some((s) => s.source.startsWith(`${source}:`))) throw new SkipError("no articles in file");
  return articles;
}

/** Articles without a URL link to their stored copy when the admin gave a base URL. */
function withLink(article: Article, baseUrl: string | undefined): Article {
  if (article.url || !baseUrl) return article;
  const [file, line] = article.source.split(":");
  const path = file!.split("/").map(encodeURIComponent).join("/");
  return { ...article, url: `${baseUrl}/${path}${line ? `#L${line}` : ""}` };
}
