/** One question to one answer payload, the same for /ask, a mention, a DM and a reply. */
import { randomBytes } from "node:crypto";
import type { Answer } from "../answer/answer.js";
import type { SearchFilters } from "../search/filters.js";
import type { AnsweredQuestion, BotContext } from "./context.js";
import { answerPayload, type Payload } from "./render.js";

export interface AskRequest {
  question: string;
  userId: string;
  via: "slash" | "mention" | "dm" | "reply";
  filters?: SearchFilters;
  /** The answer this question follows up on. */
  previous?: AnsweredQuestion;
}

export async function answerQuestion(ctx: BotContext, request: AskRequest): Promise<{ answer: Answer; payload: Payload; record: AnsweredQuestion }> {
  const started = performance.now();
  // A follow-up carries the one question it replies to, never the whole chain, so the work per question stays bounded.
  const answer = await ctx.desk.answerer.ask(request.question, { filters: request.filters, context: request.previous?.question });
  return recordAnswer(ctx, answer, { via: request.via, userId: request.userId, started });
}

/** Keeps an answer for its feedback buttons and follow-ups, logs how it went, and lays it out. */
export function recordAnswer(ctx: BotContext, answer: Answer, how: { via: AskRequest["via"] | "digest"; userId: string; started: number }): { answer: Answer; payload: Payload; record: AnsweredQuestion } {
  const key = randomBytes(6).toString("hex");
  const record: AnsweredQuestion = { question: answer.question, articleIds: answer.sources.map((s) => s.id) };
  ctx.answers.set(key, record);
  // Message content stays out of the logs; ids, timing and the outcome are enough to operate.
  ctx.log.info({ event: "answer", via: how.via, userId: how.userId, ms: Math.round(performance.now() - how.started), kind: answer.kind, sources: record.articleIds.length });
  return { answer, payload: answerPayload(answer, key), record };
}

export function cooldownMessage(seconds: number): string {
  return `You're asking quickly. Please wait ${seconds} second${seconds === 1 ? "" : "s"} before the next question.`;
}
