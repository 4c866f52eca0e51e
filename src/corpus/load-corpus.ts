/**
 * Reads every article in the corpus folder. Supported: `.md` (YAML front matter with title,
 * outlet, date, url), `.txt` (first line is the headline), `.html` (a saved web page, whose
 * article is extracted as a fetched page's is) and `.jsonl` (one article a line, read as a
 * stream, so an export of any size). Every file is untrusted input: anything that cannot be
 * read as an article is skipped with a reason, a field that is wrong is dropped (or cut)
 * with a warning and the article kept, and one bad file never stops the rest.
 */
import { lstatSync, readdirSync, readFileSync, statSync, type Dirent } from "node:fs";
import { extname, join, relative, sep } from "node:path";
import { parseDocument } from "yaml";
import { z } from "zod";
import type { Article, FieldWarning, SkippedSource } from "./article.js";
import { decodeDocument } from "./charset.js";
import { cleanText } from "./clean-text.js";
import { isIsoDate } from "./dates.js";
import { fileLines, type FileLine } from "./file-lines.js";
import { extractHtmlArticle } from "./html-article.js";
import { safeUrl } from "./url.js";

/** The most an article may take: a whole file, or one line of a JSON-lines file (which itself has no limit). */
export const MAX_FILE_BYTES = 20 * 1024 * 1024;
const SIZE_LIMIT = `${MAX_FILE_BYTES / 1024 / 1024} MB`;
export const MAX_TITLE_CHARS = 500;
export const MAX_OUTLET_CHARS = 200;
const SUPPORTED = new Set([".md", ".markdown", ".txt", ".html", ".htm", ".jsonl"]);
const HTML = new Set([".html", ".htm"]);
/** Files a corpus folder may hold that are not articles (feeds.txt lists the feeds to follow). */
const IGNORED_NAMES = new Set(["README.md", "readme.md", "feeds.txt", ".gitkeep", ".DS_Store"]);

export interface CorpusLoad {
  articles: Article[];
  skipped: SkippedSource[];
  /** Fields dropped or cut, each naming the file (and JSONL line) and the field. */
  warnings: FieldWarning[];
}

export interface LoadOptions {
  /** Base URL of a web view of the corpus folder, used to link articles that carry no URL. */
  baseUrl?: string;
  /**
   * Read only the entries these sources name (the others' articles are known already). Ids are
   * still owned as the whole folder decides, but a JSONL line is not checked against lines of
   * files not read: the caller checks the ids read against those it knows.
   */
  only?: ReadonlySet<string>;
}

class SkipError extends Error {}

/** Records a warning about the file or JSONL line being read. */
type Warn = (reason: string) => void;

interface CorpusFile {
  path: string;
  source: string;
  extension: string;
}

/**
 * Who gets an id two sources claim: an article file (.md, .markdown, .txt) owns the id made
 * from its path, so a JSONL line claiming it is skipped whatever the order; of JSONL lines
 * with one id, the first by path and line number wins; two article files whose paths make
 * one id (a.md, a.txt) are both skipped, as neither owns it more than the other.
 */
export function loadCorpus(corpusDir: string, options: LoadOptions = {}): CorpusLoad {
  const load: CorpusLoad = { articles: [], skipped: [], warnings: [] };
  const { only } = options;
  const listed = listFiles(corpusDir, load.skipped);
  if (only) load.skipped = load.skipped.filter((skip) => only.has(skip.source));
  const owners = articleFileOwners(listed);
  const files = only ? listed.filter((file) => only.has(file.source)) : listed;
  const firstLines = new Map<string, string>();
  const keep = (article: Article) => load.articles.push(withLink(article, options.baseUrl));
  for (const file of files) {
    try {
      if (file.extension !== ".jsonl") {
        keep(readArticleFile(file, owners, (reason) => load.warnings.push({ source: file.source, reason })));
        continue;
      }
      for (const article of parseJsonl(file, load)) {
        const taken = idTaken(article.id, owners, firstLines);
        if (taken) {
          load.skipped.push({ source: article.source, reason: taken });
        } else {
          firstLines.set(article.id, article.source);
          keep(article);
        }
      }
    } catch (error) {
      if (!(error instanceof SkipError)) throw error;
      load.skipped.push({ source: file.source, reason: error.message });
    }
  }
  load.articles.sort((a, b) => a.id.localeCompare(b.id));
  return load;
}

/** The article files (not JSONL) that make each id from their paths; more than one is a clash. */
function articleFileOwners(files: CorpusFile[]): Map<string, string[]> {
  const owners = new Map<string, string[]>();
  for (const { source, extension } of files) {
    const id = idFromSource(source);
    if (extension !== ".jsonl") owners.set(id, [...(owners.get(id) ?? []), source]);
  }
  return owners;
}

function readArticleFile({ path, source, extension }: CorpusFile, owners: Map<string, string[]>, warn: Warn): Article {
  const id = idFromSource(source);
  const others = owners.get(id)!.filter((other) => other !== source);
  if (others.length > 0) throw new SkipError(`article id ${quoted(id)} is also made by ${others.join(" and ")}; rename one of them`);
  if (HTML.has(extension)) return parseHtml(readBytes(path), source, warn);
  const text = utf8(readBytes(path));
  return extension === ".txt" ? parseTxt(text, source, warn) : parseMarkdown(text, source, warn);
}

/** Why a JSONL line may not have the id it claims, if it may not. */
function idTaken(id: string, owners: Map<string, string[]>, firstLines: Map<string, string>): string | undefined {
  const owner = owners.get(id);
  if (owner) return `article id ${quoted(id)} belongs to the article file ${owner.join(" and ")}`;
  const first = firstLines.get(id);
  if (first) return `duplicate article id ${quoted(id)} (first used by ${first})`;
  return undefined;
}

/** The supported files under the corpus folder; anything else there is reported, and links are never followed. */
function listFiles(corpusDir: string, skipped: SkippedSource[]): CorpusFile[] {
  return walk(corpusDir).flatMap(({ path, source, entry }) => {
    const extension = extname(entry.name).toLowerCase();
    if (entry.isFile() && SUPPORTED.has(extension)) return [{ path, source, extension }];
    skipped.push({ source, reason: entry.isFile() ? `unsupported file type "${extension || "(none)"}"; use .md, .txt, .html or .jsonl` : notAFile(entry) });
    return [];
  });
}

/** Every entry under the corpus folder but folders and the names it ignores, in the order they are read. */
function walk(corpusDir: string, dir = corpusDir): { path: string; source: string; entry: Dirent }[] {
  return (
    readdirSync(dir, { withFileTypes: true })
      // By code unit rather than locale, so that "first" means the same on every machine.
      .sort((a, b) => (a.name < b.name ? -1 : 1))
      .flatMap((entry) => {
        if (entry.name.startsWith(".") || IGNORED_NAMES.has(entry.name)) return [];
        const path = join(dir, entry.name);
        if (entry.isDirectory()) return walk(corpusDir, path);
        return [{ path, source: relative(corpusDir, path).split(sep).join("/"), entry }];
      })
  );
}

/** What a corpus entry looked like when listed: when every one is as it was, the corpus reads as it did. */
export interface CorpusFileStat {
  source: string;
  size: number;
  mtimeMs: number;
  /** Changes with a rewrite that restores the modification time, and with permissions. */
  ctimeMs: number;
  ino: number;
}

/**
 * The entries loadCorpus reports or reads (skipped ones too, as they give notices), without
 * reading them; links are described, not followed. An entry gone since the listing is left out.
 */
export function statCorpus(corpusDir: string): CorpusFileStat[] {
  return walk(corpusDir).flatMap(({ path, source }) => {
    const stat = lstatSync(path, { throwIfNoEntry: false });
    return stat ? [{ source, size: stat.size, mtimeMs: stat.mtimeMs, ctimeMs: stat.ctimeMs, ino: stat.ino }] : [];
  });
}

/** Why an entry that is neither a folder nor a regular file is not read. */
function notAFile(entry: Dirent): string {
  if (entry.isSymbolicLink()) return "symbolic link; not followed";
  const kind = entry.isFIFO() ? "a named pipe" : entry.isSocket() ? "a socket" : "a device";
  return `not a regular file (${kind}); not read`;
}

/** An article file's bytes, when it is one: not empty, not over the limit, not binary. */
function readBytes(path: string): Buffer {
  const size = statSync(path).size;
  if (size === 0) throw new SkipError("empty file");
  if (size > MAX_FILE_BYTES) throw new SkipError(`file too large (${megabytes(size)}; the limit is ${SIZE_LIMIT})`);
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    throw unreadable(error);
  }
  if (bytes.includes(0)) throw new SkipError("binary file (contains NUL bytes)");
  return bytes;
}

function utf8(bytes: Uint8Array): string {
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    throw new SkipError("not valid UTF-8 text");
  }
}

function unreadable(error: unknown): SkipError {
  return new SkipError(`unreadable: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
}

function megabytes(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

function idFromSource(source: string): string {
  return source.replace(/\.[^./]+$/, "");
}

/** The id an article file (not a JSONL file, whose lines carry their own) claims by its path. */
export function idOfArticleFile(source: string): string | undefined {
  return extname(source).toLowerCase() === ".jsonl" ? undefined : idFromSource(source);
}

/** Text cleaned onto one line, as titles and outlets are kept. */
function oneLine(value: string): string {
  return cleanText(value).replace(/\s+/g, " ");
}

/** An untrusted value as a message may quote it: on one line, without control characters, not too long. */
function quoted(value: string): string {
  const line = oneLine(value);
  return JSON.stringify(line.length > 80 ? `${line.slice(0, 79)}…` : line);
}

function firstLine(message: string): string {
  return message.split("\n")[0]!.replace(/:$/, "");
}

/** The opening line of front matter: "---", perhaps naming a language ("----" is a Markdown rule). */
const FRONT_MATTER_OPEN = /^---(?!-)([^\r\n]*)\r?\n/;
const FRONT_MATTER_CLOSE = /^---[ \t]*(?:\r?\n|$)/m;

/**
 * Front matter is read as YAML and nothing else: gray-matter, which read it before, ran a
 * block opening with "---js" as code. A block naming any language but YAML is refused.
 */
function splitFrontMatter(raw: string, warn: Warn): { fields: Record<string, unknown>; body: string } {
  const open = FRONT_MATTER_OPEN.exec(raw);
  if (!open) return { fields: {}, body: raw };
  const language = open[1]!.trim();
  if (language && language.toLowerCase() !== "yaml") {
    throw new SkipError(`front matter marked as ${quoted(language)} refused: only YAML front matter is read, and never run as code`);
  }
  const rest = raw.slice(open[0].length);
  const close = FRONT_MATTER_CLOSE.exec(rest);
  if (!close) throw new SkipError('malformed front matter: no closing "---" line');
  return { fields: yamlFields(rest.slice(0, close.index), warn), body: rest.slice(close.index + close[0].length) };
}

/**
 * YAML 1.2 core schema without the YAML 1.1 tags: no tag builds a Date, Set or Buffer (an
 * unquoted 2023-03-14 stays the text it is), and aliases cannot expand without bound.
 */
const YAML_OPTIONS = { version: "1.2", schema: "core", resolveKnownTags: false, uniqueKeys: true } as const;
const MAX_YAML_ALIASES = 100;

function yamlFields(yaml: string, warn: Warn): Record<string, unknown> {
  const document = parseDocument(yaml, YAML_OPTIONS);
  const error = document.errors[0];
  if (error) throw new SkipError(`malformed front matter: ${firstLine(error.message)}`);
  for (const warning of document.warnings) warn(`front matter: ${firstLine(warning.message)}`);
  let data: unknown;
  try {
    data = document.toJS({ maxAliasCount: MAX_YAML_ALIASES });
  } catch (error) {
    // What yaml throws when aliases expand past maxAliasCount: a "billion laughs" bomb.
    if (!(error instanceof ReferenceError)) throw error;
    throw new SkipError(`front matter refused: its aliases expand too far (more than ${MAX_YAML_ALIASES}), as in a "billion laughs" attack`);
  }
  if (data === null) return {};
  if (typeof data !== "object" || Array.isArray(data)) {
    throw new SkipError(`malformed front matter: it is ${Array.isArray(data) ? "a list" : "a single value"}, not "field: value" lines`);
  }
  return data as Record<string, unknown>;
}

type Metadata = { [K in "title" | "outlet" | "date" | "url"]: string | null };

/** The fields an article file or line may carry; one that is wrong is dropped with a warning. */
function readMetadata(fields: Record<string, unknown>, warn: Warn): Metadata {
  const title = textField(fields, "title", warn);
  const outlet = textField(fields, "outlet", warn);
  const date = textField(fields, "date", warn);
  const url = textField(fields, "url", warn);
  return { title, outlet, date: date && checkedDate(date, warn), url: url && checkedUrl(url, warn) };
}

/** A field as written: text as it is, a number or true/false as text; a list or mapping is no text. */
function textField(fields: Record<string, unknown>, name: keyof Metadata, warn: Warn): string | null {
  const value = fields[name];
  if (value === undefined || value === null) return null;
  if (typeof value === "object") {
    warn(`"${name}" is a ${Array.isArray(value) ? "list" : "mapping"}, not text; dropped`);
    return null;
  }
  return String(value).trim() || null;
}

function checkedDate(value: string, warn: Warn): string | null {
  if (isIsoDate(value)) return value;
  warn(`"date" ${quoted(value)} is not a calendar date in ISO 8601 ("2023-03-14", "2023-03" or "2023-03-14T10:53"); dropped`);
  return null;
}

function checkedUrl(value: string, warn: Warn): string | null {
  const { href, problem } = safeUrl(value);
  // The value is not quoted: it may hold a password.
  if (problem) warn(`"url" ${problem}; dropped`);
  return href;
}

/** A field cut at a word boundary to fit the limit, ellipsis included, with a warning. */
function bounded(value: string, name: keyof Metadata, limit: number, warn: Warn): string {
  const chars = [...value];
  if (chars.length <= limit) return value;
  // The last of these characters is where the ellipsis goes; a space there means the cut falls between words.
  const head = chars.slice(0, limit).join("");
  const cut = /\s/.test(head) ? head.replace(/\s+\S*$/, "") : chars.slice(0, limit - 1).join("");
  warn(`"${name}" is longer than ${limit} characters; cut to ${[...cut].length + 1}`);
  return `${cut}…`;
}

function article(fields: Article, warn: Warn): Article {
  const text = cleanText(fields.text);
  if (!text) throw new SkipError("no article text");
  const title = bounded(oneLine(fields.title), "title", MAX_TITLE_CHARS, warn);
  if (!title) throw new SkipError("no title");
  const outlet = fields.outlet === null ? null : bounded(oneLine(fields.outlet), "outlet", MAX_OUTLET_CHARS, warn) || null;
  return { ...fields, title, outlet, text };
}

function parseMarkdown(raw: string, source: string, warn: Warn): Article {
  const { fields, body } = splitFrontMatter(raw, warn);
  const meta = readMetadata(fields, warn);
  let text = body;
  let title = meta.title;
  if (!title) {
    // No title in the front matter: a leading "# Heading" will do.
    const heading = /^\s*#\s+(.+)\n/.exec(text);
    if (!heading) throw new SkipError('no title: add "title:" to the front matter');
    title = heading[1]!;
    text = text.slice(heading[0].length);
  }
  return article({ ...meta, id: idFromSource(source), title, text, source }, warn);
}

function parseTxt(raw: string, source: string, warn: Warn): Article {
  const text = raw.replace(/^\uFEFF/, "").replace(/^\s+/, "");
  const newline = text.indexOf("\n");
  const title = newline === -1 ? text : text.slice(0, newline);
  const body = newline === -1 ? "" : text.slice(newline + 1);
  return article({ id: idFromSource(source), title, outlet: null, date: null, url: null, text: body, source }, warn);
}

/**
 * A saved web page: the article is extracted as a fetched page's is, in the charset the
 * page declares. Its canonical link, when absolute, is its URL.
 */
function parseHtml(bytes: Buffer, source: string, warn: Warn): Article {
  const page = extractHtmlArticle(decodeDocument(bytes).text);
  if (!page) throw new SkipError("no article found in the page");
  if (page.unreadDate) warn(`the page's date ${quoted(page.unreadDate)} is not a date newsdesk can read; dropped`);
  const url = page.canonicalUrl && checkedUrl(page.canonicalUrl, warn);
  return article({ id: idFromSource(source), title: page.title ?? "", outlet: page.outlet, date: page.date, url, text: page.text, source }, warn);
}

/** A line needs an id and a text; its other fields are read as front matter's are. */
const jsonlLineSchema = z.looseObject({
  id: z.union([z.string().trim().min(1), z.number()]).transform(String),
  text: z.string(),
});

/**
 * Each line is its own article: a bad line is skipped, the others are kept. The file is read
 * as a stream, a line at a time, so an export of any size goes in; a line over the limit of
 * an article is skipped with a warning that says so.
 */
function* parseJsonl({ path, source }: CorpusFile, load: Pick<CorpusLoad, "skipped" | "warnings">): Generator<Article> {
  if (statSync(path).size === 0) throw new SkipError("empty file");
  const lines = fileLines(path, MAX_FILE_BYTES);
  let kept = 0;
  for (;;) {
    // Reading fails only for the file as a whole (it went away, a disk error); a line fails alone.
    let next: IteratorResult<FileLine>;
    try {
      next = lines.next();
    } catch (error) {
      throw unreadable(error);
    }
    if (next.done) break;
    const line = next.value;
    const lineSource = `${source}:${line.number}`;
    const warn: Warn = (reason) => load.warnings.push({ source: lineSource, reason });
    // A file that is not text at all is skipped whole, not reported line by line.
    if (line.number === 1 && "bytes" in line) checkIsText(line.bytes);
    try {
      const article = jsonlArticle(line, lineSource, warn);
      if (!article) continue;
      kept++;
      yield article;
    } catch (error) {
      if (!(error instanceof SkipError)) throw error;
      load.skipped.push({ source: lineSource, reason: error.message });
    }
  }
  if (kept === 0 && !load.skipped.some((s) => s.source.startsWith(`${source}:`))) throw new SkipError("no articles in file");
}

/** Skips the whole file when its first line shows that it is not UTF-8 text. */
function checkIsText(bytes: Buffer): void {
  if (bytes.includes(0)) throw new SkipError("binary file (contains NUL bytes)");
  utf8(bytes);
}

/** The article on one line, or undefined for a blank line. */
function jsonlArticle(line: FileLine, source: string, warn: Warn): Article | undefined {
  if ("tooLong" in line) throw new SkipError(`line too long (${megabytes(line.tooLong)}; an article may have at most ${SIZE_LIMIT})`);
  if (line.bytes.includes(0)) throw new SkipError("binary data (contains NUL bytes)");
  const text = utf8(line.bytes).replace(/^\uFEFF/, "");
  if (!text.trim()) return undefined;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new SkipError("not valid JSON");
  }
  const parsed = jsonlLineSchema.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new SkipError(`"${issue.path.join(".") || "line"}" ${issue.message.toLowerCase()}`);
  }
  const meta = readMetadata(parsed.data, warn);
  return article({ ...meta, id: parsed.data.id, title: meta.title ?? "", text: parsed.data.text, source }, warn);
}

/** Articles without a URL link to their stored copy when the admin gave a base URL. */
function withLink(article: Article, baseUrl: string | undefined): Article {
  if (article.url || !baseUrl) return article;
  const [, file, line] = /^(.*?)(?::(\d+))?$/.exec(article.source)!;
  const path = file!.split("/").map(encodeURIComponent).join("/");
  // File names are untrusted too: the link is made safe to show like any other.
  return { ...article, url: safeUrl(`${baseUrl}/${path}${line ? `#L${line}` : ""}`).href };
}
