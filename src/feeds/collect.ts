/**
 * Brings new articles into the corpus folder: polls feeds (with conditional requests),
 * fetches each new item's page, or takes pages and feeds given by link; extracts each
 * article and writes it as one Markdown file. An article already in the corpus is not
 * fetched again: its link is known (from earlier fetches, or from the corpus itself), and
 * after fetching, its canonical link and then its text are compared with what the corpus
 * holds. Nothing already in the corpus is changed or removed; every link not added is
 * reported with the reason, and logged.
 */
import { createHash } from "node:crypto";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { decodeDocument } from "../corpus/charset.js";
import { cleanText } from "../corpus/clean-text.js";
import { extractHtmlArticle } from "../corpus/html-article.js";
import { loadCorpus } from "../corpus/load-corpus.js";
import { FetchFailure, type ContentKind, type Fetched, type SafeFetcher } from "../fetch/safe-fetch.js";
import type { Logger } from "../util/logger.js";
import { writeArticleFile } from "./article-file.js";
import { cleanLink } from "./clean-link.js";
import { withCorpusLock } from "./corpus-lock.js";
import { addToFeedList } from "./feed-list.js";
import { loadFetchState, MAX_ATTEMPTS, saveFetchState, type FetchState } from "./fetch-state.js";
import { FeedError, readFeed, type Feed } from "./read-feed.js";

/** New items fetched from one feed in one poll; the rest wait for the next poll. */
export const MAX_ITEMS_PER_POLL = 50;

export interface CollectRequest {
  corpusDir: string;
  fetcher: SafeFetcher;
  log: Logger;
  /** Feeds to poll. */
  feeds?: string[];
  /** Links given by hand: always fetched unless already in the corpus. */
  links?: string[];
  /** What a link may be: a page, or also a feed, which is then followed (added to feeds.txt) and read. */
  linkKinds?: ContentKind[];
  signal?: AbortSignal;
}

export interface AddedArticle {
  /** Relative to the corpus folder. */
  file: string;
  title: string;
  outlet: string | null;
  date: string | null;
  url: string;
}

/** A link, feed or file that was not (wholly) taken in, and why. */
export interface Problem {
  source: string;
  reason: string;
}

export interface FeedOutcome {
  url: string;
  title: string | null;
  status: "read" | "unchanged" | "failed";
  items: number;
}

export interface CollectReport {
  added: AddedArticle[];
  /** Links given by hand that the corpus already holds, with the file that holds each. */
  alreadyHad: { url: string; file: string }[];
  problems: Problem[];
  feeds: FeedOutcome[];
  /** Feeds given as links and now followed. */
  followed: string[];
}

type PageOutcome = { status: "added" | "known"; file: string } | { status: "failed" | "retry" };

interface Fallback {
  title: string | null;
  date: string | null;
  outlet: string | null;
}

const NO_FALLBACK: Fallback = { title: null, date: null, outlet: null };

export function emptyReport(): CollectReport {
  return { added: [], alreadyHad: [], problems: [], feeds: [], followed: [] };
}

export function collect(request: CollectRequest): Promise<CollectReport> {
  return withCorpusLock(request.corpusDir, () => new Collector(request).run());
}

class Collector {
  private readonly report = emptyReport();
  private readonly state: FetchState;
  private corpus?: KnownArticles;

  constructor(private readonly request: CollectRequest) {
    this.state = loadFetchState(request.corpusDir, (reason) => this.problem(request.corpusDir, reason));
  }

  async run(): Promise<CollectReport> {
    for (const feed of this.request.feeds ?? []) if (!this.stopped) await this.pollFeed(feed);
    for (const link of this.request.links ?? []) if (!this.stopped) await this.addLink(link);
    this.save();
    return this.report;
  }

  private get stopped(): boolean {
    return this.request.signal?.aborted === true;
  }

  private async pollFeed(url: string): Promise<void> {
    const record = this.state.feeds[feedKey(url)];
    try {
      const fetched = await this.request.fetcher.fetchIfChanged(url, { accept: ["feed"], etag: record?.etag, lastModified: record?.lastModified, signal: this.request.signal });
      if ("notModified" in fetched) {
        this.state.feeds[feedKey(url)] = { ...record!, checked: now(), problem: undefined };
        this.report.feeds.push({ url, title: record?.title ?? null, status: "unchanged", items: 0 });
        return;
      }
      await this.readItems(url, fetched);
    } catch (error) {
      if (!(error instanceof FetchFailure)) throw error;
      this.feedFailed(url, error.reason);
    }
  }

  /** Reads a feed and fetches its new items; its validators are kept only once every item is settled, so a failed item is tried again. */
  private async readItems(url: string, fetched: Fetched): Promise<void> {
    let feed: Feed;
    try {
      feed = readFeed(decodeDocument(fetched.bytes, fetched.charset).text, fetched.url);
    } catch (error) {
      if (!(error instanceof FeedError)) throw error;
      this.feedFailed(url, error.message);
      return;
    }
    for (const warning of feed.warnings) this.problem(url, warning);
    const settled = await this.fetchItems(url, feed);
    this.state.feeds[feedKey(url)] = { title: feed.title, checked: now(), ...(settled ? { etag: fetched.etag, lastModified: fetched.lastModified } : {}) };
    this.report.feeds.push({ url, title: feed.title, status: "read", items: feed.items.length });
  }

  private feedFailed(url: string, reason: string): void {
    this.problem(url, reason);
    const title = this.state.feeds[feedKey(url)]?.title ?? null;
    this.state.feeds[feedKey(url)] = { title, checked: now(), problem: reason };
    this.report.feeds.push({ url, title, status: "failed", items: 0 });
  }

  /** Fetches the feed's new items in its order; true when none is left to try again. */
  private async fetchItems(feedUrl: string, feed: Feed): Promise<boolean> {
    const fallback = (item: Feed["items"][number]): Fallback => ({ title: item.title, date: item.date, outlet: feed.title });
    const handled = new Set<string>();
    let settled = true;
    let fetchedNow = 0;
    let waiting = 0;
    for (const item of feed.items) {
      if (this.stopped) return false;
      const link = item.link && cleanLink(item.link);
      if (!link) {
        this.problem(feedUrl, item.link ? `item link ${JSON.stringify(item.link.slice(0, 200))} is not an http(s) link; skipped` : `item ${JSON.stringify(item.title ?? "(untitled)")} has no link; skipped`);
        continue;
      }
      if (handled.has(link) || this.state.seen[link] || (this.state.failures[link]?.attempts ?? 0) >= MAX_ATTEMPTS) continue;
      handled.add(link);
      const inCorpus = this.knownArticles().fileFor(link);
      if (inCorpus) {
        this.state.seen[link] = inCorpus;
        continue;
      }
      if (fetchedNow === MAX_ITEMS_PER_POLL) {
        waiting++;
        settled = false;
        continue;
      }
      fetchedNow++;
      const outcome = await this.fetchPage(link, fallback(item));
      if (outcome.status === "retry") settled = false;
    }
    if (waiting > 0) this.problem(feedUrl, `${waiting} more new items than the ${MAX_ITEMS_PER_POLL} fetched in one poll; they come with the next`);
    return settled;
  }

  /** A link given by hand: a page is added, a feed (when allowed) followed and read. */
  private async addLink(url: string): Promise<void> {
    const link = cleanLink(url);
    if (!link) {
      this.problem(url, "is not an http(s) link without a user name or password");
      return;
    }
    const had = this.onDisk(this.state.seen[link]) ?? this.knownArticles().fileFor(link);
    if (had) {
      this.report.alreadyHad.push({ url: link, file: had });
      return;
    }
    let fetched: Fetched;
    try {
      fetched = await this.request.fetcher.fetch(link, { accept: this.request.linkKinds ?? ["page", "feed"], signal: this.request.signal });
    } catch (error) {
      if (!(error instanceof FetchFailure)) throw error;
      this.failed(link, error.reason, error.retryable);
      return;
    }
    if (fetched.kind === "feed") {
      if (addToFeedList(this.request.corpusDir, link)) this.report.followed.push(link);
      await this.readItems(link, fetched);
      return;
    }
    const outcome = this.keepPage(link, fetched, NO_FALLBACK);
    if (outcome.status === "known") this.report.alreadyHad.push({ url: link, file: outcome.file });
  }

  private async fetchPage(link: string, fallback: Fallback): Promise<PageOutcome> {
    try {
      const fetched = await this.request.fetcher.fetch(link, { accept: ["page"], signal: this.request.signal });
      return this.keepPage(link, fetched, fallback);
    } catch (error) {
      if (!(error instanceof FetchFailure)) throw error;
      return this.failed(link, error.reason, error.retryable);
    }
  }

  /** Extracts the article and writes it, unless the corpus holds it already (same canonical link, or same text). */
  private keepPage(link: string, fetched: Fetched, fallback: Fallback): PageOutcome {
    const page = extractHtmlArticle(decodeDocument(fetched.bytes, fetched.charset).text, fetched.url);
    if (!page) return this.failed(link, "no article found in the page", false);
    const finalLink = cleanLink(fetched.url) ?? link;
    const canonical = trustedCanonical(page.canonicalUrl, finalLink) ?? finalLink;
    const hash = textHash(page.text);
    const corpus = this.knownArticles();
    const existing = corpus.fileFor(canonical) ?? corpus.fileFor(finalLink) ?? corpus.fileWithText(hash);
    if (existing) {
      this.remember([link, finalLink, canonical], existing);
      return { status: "known", file: existing };
    }
    const title = page.title ?? fallback.title;
    if (!title) return this.failed(link, "the page gives no headline", false);
    if (page.unreadDate) this.problem(link, `the page's date ${JSON.stringify(page.unreadDate.slice(0, 100))} is not one newsdesk can read; ${fallback.date ? "the feed's date is used" : "left out"}`);
    const fields = { title, outlet: page.outlet ?? fallback.outlet, date: page.date ?? fallback.date, url: canonical, fetched: now() };
    const file = writeArticleFile(this.request.corpusDir, fields, page.text);
    corpus.add(canonical, hash, file);
    this.remember([link, finalLink, canonical], file);
    delete this.state.failures[link];
    this.save();
    this.report.added.push({ file, title: fields.title, outlet: fields.outlet, date: fields.date, url: canonical });
    this.request.log.info({ event: "article-added", file, url: canonical }, "added an article");
    return { status: "added", file };
  }

  /** Counts a failed attempt; a refusal that cannot change (404, robots.txt, a private address) counts as the last. */
  private failed(link: string, reason: string, retryable: boolean): PageOutcome {
    // Stopping (the bot shuts down) is no failure of the link.
    if (this.stopped) return { status: "retry" };
    const attempts = retryable ? (this.state.failures[link]?.attempts ?? 0) + 1 : MAX_ATTEMPTS;
    this.state.failures[link] = { attempts, reason, last: now() };
    this.problem(link, retryable && attempts >= MAX_ATTEMPTS ? `${reason}; given up after ${attempts} attempts` : reason);
    return { status: retryable && attempts < MAX_ATTEMPTS ? "retry" : "failed" };
  }

  private problem(source: string, reason: string): void {
    this.report.problems.push({ source, reason });
    this.request.log.warn({ event: "fetch-problem", url: source, reason }, "not added");
  }

  private remember(links: string[], file: string): void {
    for (const link of links) this.state.seen[link] = file;
  }

  /** The file, if it is still in the corpus (an admin may have deleted it to have it fetched again). */
  private onDisk(file: string | undefined): string | undefined {
    return file && existsSync(join(this.request.corpusDir, file.replace(/:\d+$/, ""))) ? file : undefined;
  }

  /** The corpus's own articles by link and text, read once a run, and only when a new link needs them. */
  private knownArticles(): KnownArticles {
    this.corpus ??= KnownArticles.in(this.request.corpusDir);
    return this.corpus;
  }

  private save(): void {
    saveFetchState(this.request.corpusDir, this.state);
  }
}

/** The articles a corpus holds, by their links and by their text. */
class KnownArticles {
  private readonly byLink = new Map<string, string>();
  private readonly byText = new Map<string, string>();

  static in(corpusDir: string): KnownArticles {
    const known = new KnownArticles();
    for (const article of loadCorpus(corpusDir).articles) {
      const link = article.url && cleanLink(article.url);
      known.add(link, textHash(article.text), article.source);
    }
    return known;
  }

  fileFor(link: string): string | undefined {
    return this.byLink.get(link);
  }

  fileWithText(hash: string): string | undefined {
    return this.byText.get(hash);
  }

  add(link: string | null, hash: string, file: string): void {
    if (link && !this.byLink.has(link)) this.byLink.set(link, file);
    if (!this.byText.has(hash)) this.byText.set(hash, file);
  }
}

/** Text compared as the corpus keeps it, so the same article read twice hashes the same. */
function textHash(text: string): string {
  return createHash("sha256").update(cleanText(text)).digest("hex");
}

/**
 * A page's canonical link is taken only on its own site ("www.", "m." and "amp." aside):
 * otherwise a page could pass its text off as another outlet's article.
 */
function trustedCanonical(canonical: string | null, pageLink: string): string | null {
  const link = canonical && cleanLink(canonical);
  if (!link) return null;
  const site = (url: string) => new URL(url).hostname.replace(/^(www|m|amp|mobile)\./, "");
  return site(link) === site(pageLink) ? link : null;
}

/** Feeds are remembered by their link in clean form, however feeds.txt writes it. */
export function feedKey(url: string): string {
  return cleanLink(url) ?? url;
}

function now(): string {
  return new Date().toISOString();
}
