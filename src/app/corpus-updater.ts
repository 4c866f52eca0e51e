/**
 * Keeps the corpus current for any interface: polls the feeds in feeds.txt (on a timer
 * while `npm start` runs), adds pages or feeds by link, and ingests what came in, so the
 * index on disk is a new generation that the bot or console then switches to. Runs one
 * thing at a time: a poll, an /add and a /feeds add never interleave.
 */
import type { Settings } from "../config/settings.js";
import type { Embedder } from "../embedding/embedder.js";
import { decodeDocument } from "../corpus/charset.js";
import { cleanLink } from "../feeds/clean-link.js";
import { collect, emptyReport, feedKey, type CollectReport } from "../feeds/collect.js";
import { CorpusBusy } from "../feeds/corpus-lock.js";
import { addToFeedList, readFeedList, removeFromFeedList } from "../feeds/feed-list.js";
import { loadFetchState } from "../feeds/fetch-state.js";
import { FeedError, readFeed } from "../feeds/read-feed.js";
import { fetchPolicy, type FetchPolicy } from "../fetch/policy.js";
import { FetchFailure, SafeFetcher, type ContentKind } from "../fetch/safe-fetch.js";
import type { IngestResult } from "../ingest/ingest.js";
import type { Logger } from "../util/logger.js";
import { ingestSummary, runIngest } from "./newsdesk.js";

export interface UpdateResult {
  report: CollectReport;
  /** The ingest that followed, when articles came in. */
  ingest?: IngestResult;
}

export interface FeedStatus {
  url: string;
  title: string | null;
  /** When it was last asked, ISO 8601; null before the first poll. */
  checked: string | null;
  /** Why the last poll of it failed, if it did. */
  problem: string | null;
}

export type FollowResult = { followed: true; url: string; title: string | null; items: number } | { followed: false; url: string; reason: string };

export class CorpusUpdater {
  private readonly fetcher: SafeFetcher;
  private readonly stopping = new AbortController();
  private readonly listeners: ((result: IngestResult) => void)[] = [];
  private running: Promise<unknown> = Promise.resolve();
  private timer?: NodeJS.Timeout;
  private pollWaiting = false;

  constructor(
    private readonly settings: Settings,
    private readonly log: Logger,
    private readonly embedder: Embedder,
    policy: FetchPolicy = fetchPolicy(settings),
  ) {
    this.fetcher = new SafeFetcher(policy);
  }

  /** Polls every feed in feeds.txt once, then ingests when articles came in. */
  poll(): Promise<UpdateResult> {
    return this.exclusive(async () => {
      const list = readFeedList(this.settings.corpusDir);
      for (const warning of list.warnings) this.log.warn({ event: "feed-list" }, warning);
      // With no feeds nothing is written, not even the state file: a corpus without feeds.txt stays as it is.
      if (list.feeds.length === 0) return { report: emptyReport() };
      return this.collectAndIngest({ feeds: list.feeds });
    });
  }

  /** Adds pages by link; with "feed" among `kinds`, a feed's link is followed and its items read. Ingests when articles came in. */
  add(links: string[], kinds: ContentKind[] = ["page", "feed"]): Promise<UpdateResult> {
    return this.exclusive(() => this.collectAndIngest({ links, linkKinds: kinds }));
  }

  /** The feeds followed, and what their last poll found. */
  feeds(): FeedStatus[] {
    const state = loadFetchState(this.settings.corpusDir, (message) => this.log.warn({ event: "fetch-state" }, message));
    return readFeedList(this.settings.corpusDir).feeds.map((url) => {
      const record = state.feeds[feedKey(url)];
      return { url, title: record?.title ?? null, checked: record?.checked ?? null, problem: record?.problem ?? null };
    });
  }

  /** Follows a feed once it has been read as one; its articles come with the next poll, which starts at once. */
  follow(url: string): Promise<FollowResult> {
    return this.exclusive(async (): Promise<FollowResult> => {
      const link = cleanLink(url);
      if (!link) return { followed: false, url, reason: "it is not an http(s) link without a user name or password" };
      if (readFeedList(this.settings.corpusDir).feeds.some((feed) => cleanLink(feed) === link)) return { followed: false, url: link, reason: "it is followed already" };
      try {
        const fetched = await this.fetcher.fetch(link, { accept: ["feed"], signal: this.stopping.signal });
        const feed = readFeed(decodeDocument(fetched.bytes, fetched.charset).text, fetched.url);
        addToFeedList(this.settings.corpusDir, link);
        this.log.info({ event: "feed-followed", url: link }, "following a feed");
        void this.pollInBackground();
        return { followed: true, url: link, title: feed.title, items: feed.items.length };
      } catch (error) {
        if (!(error instanceof FetchFailure || error instanceof FeedError)) throw error;
        const reason = error instanceof FetchFailure ? error.reason : error.message;
        this.log.warn({ event: "fetch-problem", url: link, reason }, "feed not followed");
        return { followed: false, url: link, reason };
      }
    });
  }

  /** Stops following a feed; the articles it brought stay. False when it was not followed. */
  unfollow(url: string): Promise<boolean> {
    return this.exclusive(async () => removeFromFeedList(this.settings.corpusDir, url));
  }

  /** Called after each ingest this updater runs, with the new index on disk. */
  onIngested(listener: (result: IngestResult) => void): void {
    this.listeners.push(listener);
  }

  /** Polls now and then every `minutes` (0 is off); a poll that is due while one waits is skipped. */
  startPolling(minutes: number): void {
    if (minutes <= 0 || this.timer) return;
    void this.pollInBackground();
    this.timer = setInterval(() => void this.pollInBackground(), minutes * 60_000);
    this.timer.unref();
  }

  /** Stops polling, cuts off fetches in flight, and waits for the run in progress to end. */
  async stop(): Promise<void> {
    clearInterval(this.timer);
    this.stopping.abort();
    await this.running.catch(() => undefined);
    await this.fetcher.close();
  }

  private async pollInBackground(): Promise<void> {
    if (this.pollWaiting || this.stopping.signal.aborted) return;
    this.pollWaiting = true;
    try {
      const { report } = await this.poll();
      if (report.feeds.length === 0) return;
      this.log.info(
        { event: "feeds-polled", feeds: report.feeds.length, added: report.added.length, problems: report.problems.length },
        `polled ${report.feeds.length} feeds: ${report.added.length} articles added`,
      );
    } catch (error) {
      if (error instanceof CorpusBusy) this.log.info({ event: "feeds-poll-skipped" }, error.message);
      else this.log.error({ event: "feeds-poll-failed", err: error }, "the feed poll failed; the corpus and index are as they were");
    } finally {
      this.pollWaiting = false;
    }
  }

  private async collectAndIngest(what: { feeds?: string[]; links?: string[]; linkKinds?: ContentKind[] }): Promise<UpdateResult> {
    const report = await collect({ corpusDir: this.settings.corpusDir, fetcher: this.fetcher, log: this.log, signal: this.stopping.signal, ...what });
    if (report.added.length === 0 || this.stopping.signal.aborted) return { report };
    const ingest = await runIngest(this.settings, this.embedder, this.log);
    this.log.info({ event: "ingested" }, ingestSummary(ingest));
    for (const listener of this.listeners) listener(ingest);
    return { report, ingest };
  }

  private exclusive<T>(work: () => Promise<T>): Promise<T> {
    const result = this.running.then(work, work);
    this.running = result.catch(() => undefined);
    return result;
  }
}
