/** One question to one answer payload, the same for /ask, a mention, a DM and a reply. */
import { randomBytes } from "node:crypto";
import type { Answer } from "../answer/answer.js";
import type { SearchFilters } from "../search/filters.js";
import type { Draft, Reply } from "../written/reply.js";
import { replyTo } from "../written/writer.js";
import type { AnsweredQuestion, BotContext } from "./context.js";
import { answerContent, replyPayload, type Payload } from "./render.js";

export interface AskRequest {
  question: string;
  userId: string;
  via: "slash" | "mention" | "dm" | "reply";
  filters?: SearchFilters;
  /** The answer this question follows up on. */
  previous?: AnsweredQuestion;
}

type Answered = { reply: Reply; payload: Payload; record: AnsweredQuestion };

export async function answerQuestion(ctx: BotContext, request: AskRequest, onDraft?: (draft: Draft) => void): Promise<Answered> {
  const started = performance.now();
  // A follow-up carries the one question it replies to, never the whole chain, so the work per question stays bounded.
  const context = request.previous?.question;
  const answer = await ctx.desk.answerer.ask(request.question, { filters: request.filters, context });
  return replyToAnswer(ctx, answer, { via: request.via, userId: request.userId, started, context, onDraft });
}

/**
 * Has the answer written when a model is configured (drafts go to `onDraft` as they are
 * checked), keeps it for its buttons and follow-ups, logs how it went, and lays it out.
 */
export async function replyToAnswer(
  ctx: BotContext,
  answer: Answer,
  how: { via: AskRequest["via"] | "digest"; userId: string; started: number; context?: string; onDraft?: (draft: Draft) => void },
): Promise<Answered> {
  const reply = await replyTo(ctx.desk.writer, answer, { context: how.context, onDraft: how.onDraft });
  const key = randomBytes(6).toString("hex");
  const generated = reply.mode === "generated";
  const articles = generated ? reply.sources.map((source) => source.article) : answer.sources;
  const record: AnsweredQuestion = { question: answer.question, articleIds: articles.map((s) => s.id), ...(generated ? { quotes: answerContent(answer) } : {}) };
  ctx.answers.set(key, record);
  // Message content stays out of the logs; ids, timing and the outcome are enough to operate.
  ctx.log.info({ event: "answer", via: how.via, userId: how.userId, ms: Math.round(performance.now() - how.started), kind: answer.kind, mode: reply.mode, sources: record.articleIds.length });
  return { reply, payload: replyPayload(reply, key), record };
}

export function cooldownMessage(seconds: number): string {
  return `You're asking quickly. Please wait ${seconds} second${seconds === 1 ? "" : "s"} before the next question.`;
}
