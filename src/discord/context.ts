/** What every Discord handler may use: the core services and the bot's own bookkeeping. */
import type { ShownQuote } from "../answer/answer.js";
import type { CorpusUpdater } from "../app/corpus-updater.js";
import { reloadedDesk, type Newsdesk } from "../app/newsdesk.js";
import type { Settings } from "../config/settings.js";
import { FeedbackStore } from "../feedback/feedback-store.js";
import type { ArticleRecord } from "../index/corpus-index.js";
import type { Passage } from "../search/retrieve.js";
import type { Logger } from "../util/logger.js";
import { Cooldown } from "./cooldown.js";
import { Recent } from "./recent.js";

export interface AnsweredQuestion {
  /** The question as the answer read it; a reply to the answer follows up on it. */
  question: string;
  articleIds: string[];
  /** For a written answer: the quotes it was written from, as "Show quotes" shows them. */
  quotes?: string;
  /** The sentences the asker has been shown on the question, which "tell me more" does not quote again. */
  shown: ShownQuote[];
}

export interface BotContext {
  desk: Newsdesk;
  settings: Settings;
  log: Logger;
  feedback: FeedbackStore;
  askCooldown: Cooldown;
  /** Recent answers by the key their feedback buttons carry. */
  answers: Recent<AnsweredQuestion>;
  /** Recent answer messages by message id, so a reply to one is a follow-up. */
  answerMessages: Recent<AnsweredQuestion>;
  /** Each asker's last answer in each channel, by channel and user id, so that "what did she say" right after it follows up on it. */
  lastAnswers: Recent<AnsweredQuestion & { at: number }>;
  /** Recent searches by the key their page buttons carry. */
  searches: Recent<{ ownerId: string; query: string; passages: Passage[] }>;
  /** Articles for /source, newest first. */
  articles: ArticleRecord[];
  outlets: string[];
  /** Fetches feeds and links into the corpus (/add, /feeds); absent, those commands say it is off. */
  updater?: CorpusUpdater;
}

export function createContext(desk: Newsdesk, settings: Settings, log: Logger, updater?: CorpusUpdater): BotContext {
  return {
    desk,
    settings,
    log,
    updater,
    feedback: new FeedbackStore(settings.dataDir),
    askCooldown: new Cooldown(settings.discord.askCooldownSeconds),
    answers: new Recent(5000),
    answerMessages: new Recent(5000),
    lastAnswers: new Recent(5000),
    searches: new Recent(1000),
    ...catalog(desk),
  };
}

/** Switches the bot to a newly built index (the admin ran `npm run ingest`, or articles were fetched). */
export function useDesk(ctx: BotContext, desk: Newsdesk): void {
  Object.assign(ctx, { desk, ...catalog(desk) });
}

/** Switches to the index on disk when it is newer than the one in use; a failure is logged and the current index kept. */
export function switchToNewIndex(ctx: BotContext): void {
  try {
    const reloaded = reloadedDesk(ctx.desk, ctx.settings.indexDir);
    if (reloaded) {
      useDesk(ctx, reloaded);
      ctx.log.info({ event: "index-reloaded", articles: reloaded.index.articles.size, chunks: reloaded.index.chunks.length }, "switched to the newly built index");
    }
  } catch (error) {
    ctx.log.warn({ event: "index-reload-failed", err: error }, "kept the current index");
  }
}

function catalog(desk: Newsdesk): Pick<BotContext, "articles" | "outlets"> {
  const articles = [...desk.index.articles.values()].sort((a, b) => (b.date ?? "").localeCompare(a.date ?? "") || a.title.localeCompare(b.title));
  return { articles, outlets: [...new Set(articles.flatMap((a) => (a.outlet ? [a.outlet] : [])))].sort() };
}
