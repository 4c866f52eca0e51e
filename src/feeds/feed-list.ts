/**
 * feeds.txt in the corpus folder: the feeds newsdesk follows, one URL a line; "#" at the
 * start of a line or after a space starts a comment. Edits keep every other line as it
 * is, and are written atomically, so a crash never leaves half a list.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { writeFileAtomic } from "../util/atomic-write.js";
import { cleanLink } from "./clean-link.js";

export const FEEDS_FILE = "feeds.txt";
/** More lines than any list a person keeps; a longer file is read up to here, with a warning. */
const MAX_FEEDS = 500;

const HEADER = '# Feeds newsdesk follows, one URL a line (RSS 2.0, Atom or JSON Feed). "#" starts a comment.\n';

export interface FeedList {
  feeds: string[];
  /** Lines that are not a feed URL, each naming the line. */
  warnings: string[];
}

export function feedListPath(corpusDir: string): string {
  return join(corpusDir, FEEDS_FILE);
}

export function readFeedList(corpusDir: string): FeedList {
  const path = feedListPath(corpusDir);
  const list: FeedList = { feeds: [], warnings: [] };
  if (!existsSync(path)) return list;
  const seen = new Set<string>();
  readFileSync(path, "utf8")
    .split(/\r?\n/)
    .forEach((raw, index) => {
      const line = withoutComment(raw);
      if (!line) return;
      const key = cleanLink(line);
      if (!key) list.warnings.push(`${FEEDS_FILE} line ${index + 1}: ${JSON.stringify(line.slice(0, 100))} is not an http(s) URL; skipped`);
      else if (list.feeds.length >= MAX_FEEDS) list.warnings.push(`${FEEDS_FILE} line ${index + 1}: more than ${MAX_FEEDS} feeds; the rest are skipped`);
      else if (!seen.has(key)) {
        seen.add(key);
        list.feeds.push(line);
      }
    });
  return list;
}

/** Adds a feed at the end of the list; false when it is there already. */
export function addToFeedList(corpusDir: string, url: string): boolean {
  const key = cleanLink(url);
  if (!key) throw new Error(`${url} is not an http(s) URL`);
  if (readFeedList(corpusDir).feeds.some((feed) => cleanLink(feed) === key)) return false;
  const path = feedListPath(corpusDir);
  const text = existsSync(path) ? readFileSync(path, "utf8") : HEADER;
  writeFileAtomic(path, `${text}${text === "" || text.endsWith("\n") ? "" : "\n"}${url}\n`);
  return true;
}

/** Removes every line naming the feed (comments stay); false when none did. */
export function removeFromFeedList(corpusDir: string, url: string): boolean {
  const key = cleanLink(url);
  const path = feedListPath(corpusDir);
  if (!key || !existsSync(path)) return false;
  const lines = readFileSync(path, "utf8").split("\n");
  const kept = lines.filter((line) => cleanLink(withoutComment(line)) !== key);
  if (kept.length === lines.length) return false;
  writeFileAtomic(path, kept.join("\n"));
  return true;
}

function withoutComment(line: string): string {
  return line.replace(/(^|\s)#.*$/, "").trim();
}
