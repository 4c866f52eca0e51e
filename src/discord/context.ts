/** What every Discord handler may use: the core services and the bot's own bookkeeping. */
import type { Newsdesk } from "../app/newsdesk.js";
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
  /** Recent searches by the key their page buttons carry. */
  searches: Recent<{ ownerId: string; query: string; passages: Passage[] }>;
  /** Articles for /source, newest first. */
  articles: ArticleRecord[];
  outlets: string[];
}

export function createContext(desk: Newsdesk, settings: Settings, log: Logger): BotContext {
  return {
    desk,
    settings,
    log,
    feedback: new FeedbackStore(settings.dataDir),
    askCooldown: new Cooldown(settings.discord.askCooldownSeconds),
    answers: new Recent(5000),
    answerMessages: new Recent(5000),
    searches: new Recent(1000),
    ...catalog(desk),
  };
}

/** Switches the bot to a newly built index (the admin ran `npm run ingest`). */
export function useDesk(ctx: BotContext, desk: Newsdesk): void {
  Object.assign(ctx, { desk, ...catalog(desk) });
}

function catalog(desk: Newsdesk): Pick<BotContext, "articles" | "outlets"> {
  const articles = [...desk.index.articles.values()].sort((a, b) => (b.date ?? "").localeCompare(a.date ?? "") || a.title.localeCompare(b.title));
  return { articles, outlets: [...new Set(articles.flatMap((a) => (a.outlet ? [a.outlet] : [])))].sort() };
}
