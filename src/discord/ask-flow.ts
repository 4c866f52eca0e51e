/** One question to one answer payload, the same for /ask, a mention, a DM and a reply. */
import { randomBytes } from "node:crypto";
import { leavesFollowUp, shownIn, type Answer, type ShownQuote } from "../answer/answer.js";
import { refersBack, shownAfter, subjectAsked } from "../answer/conversation.js";
import type { SearchFilters } from "../search/filters.js";
import type { Draft, Reply } from "../written/reply.js";
import { replyTo } from "../written/writer.js";
import type { AnsweredQuestion, BotContext } from "./context.js";
import { answerContent, replyPayload, type Payload } from "./render.js";

export interface AskRequest {
  question: string;
  userId: string;
  channelId: string;
  via: "slash" | "mention" | "dm" | "reply" | "more";
  filters?: SearchFilters;
  /** The answer this question follows up on. */
  previous?: AnsweredQuestion;
}

type Answered = { reply: Reply; payload: Payload; record: AnsweredQuestion };

export async function answerQuestion(ctx: BotContext, request: AskRequest, onDraft?: (draft: Draft) => void): Promise<Answered> {
  const started = performance.now();
  // A follow-up carries the one question it replies to, never the whole chain, so the work per question stays bounded. Not in
  // reply to an answer, a question about someone unnamed ("what did she say") follows up on the asker's last answer there.
  const last = ctx.lastAnswers.get(lastAnswerKey(request));
  const recent = last && started - last.at <= FOLLOW_UP_MS && refersBack(request.question) ? last : undefined;
  const followed = request.previous ?? recent;
  const context = followed?.question;
  const answer = await ctx.desk.answerer.ask(request.question, { filters: request.filters, context, shown: followed?.shown });
  return replyToAnswer(ctx, answer, { via: request.via, userId: request.userId, channelId: request.channelId, started, context, shown: followed?.shown, onDraft });
}

/** How long after an answer a question that names nothing follows up on it: the span of a conversation. */
const FOLLOW_UP_MS = 15 * 60_000;

const lastAnswerKey = ({ channelId, userId }: { channelId: string; userId: string }) => `${channelId}:${userId}`;

/**
 * Has the answer written when a model is configured (drafts go to `onDraft` as they are
 * checked), keeps it for its buttons and follow-ups, logs how it went, and lays it out.
 */
export async function replyToAnswer(
  ctx: BotContext,
  answer: Answer,
  how: { via: AskRequest["via"] | "digest"; userId: string; channelId: string; started: number; context?: string; shown?: ShownQuote[]; onDraft?: (draft: Draft) => void },
): Promise<Answered> {
  const reply = await replyTo(ctx.desk.writer, answer, { context: how.context, onDraft: how.onDraft });
  const key = randomBytes(6).toString("hex");
  const generated = reply.mode === "generated";
  const articles = generated ? reply.sources.map((source) => source.article) : answer.sources;
  const record: AnsweredQuestion = {
    question: subjectAsked(answer.question, how.context),
    articleIds: articles.map((s) => s.id),
    shown: shownAfter(answer.question, how.shown ?? [], shownIn(answer)),
    ...(generated ? { quotes: answerContent(answer) } : {}),
  };
  ctx.answers.set(key, record);
  if (leavesFollowUp(answer)) ctx.lastAnswers.set(lastAnswerKey(how), { ...record, at: how.started });
  // Message content stays out of the logs; ids, timing and the outcome are enough to operate.
  ctx.log.info({ event: "answer", via: how.via, userId: how.userId, ms: Math.round(performance.now() - how.started), kind: answer.kind, mode: reply.mode, sources: record.articleIds.length });
  return { reply, payload: replyPayload(reply, key), record };
}

export function cooldownMessage(seconds: number): string {
  return `You're asking quickly. Please wait ${seconds} second${seconds === 1 ? "" : "s"} before the next question.`;
}
