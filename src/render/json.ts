/** The JSON form of an answer, as printed by `npm run ask -- --json`; a stable contract. */
import type { Answer } from "../answer/answer.js";
import type { ArticleRecord } from "../index/corpus-index.js";
import type { Passage } from "../search/retrieve.js";
import { extractiveReply, writtenText, type Dropped, type Reply } from "../written/reply.js";

export interface AnswerJson {
  question: string;
  kind: Answer["kind"];
  abstained: boolean;
  /** Which rule said "not found", and what it found; null when answered. */
  abstention: Answer["abstention"];
  answer: {
    text: string;
    citations: CitationJson[];
    /** With a model configured (LLM_BASE_URL) only. generated: written by `model`, every sentence checked; extractive: the quoted sentences. */
    mode?: Reply["mode"];
    model?: string;
    /** Written sentences the checks took out, and why. */
    dropped?: Dropped[];
  };
  /** For a digest of things listed: those no article was found on, as typed; absent otherwise. */
  notFoundOn?: string[];
  /** The line a digest's quotes come under, where it has one ("None of my articles is dated 26 Mar 2023; ..."). */
  heading?: string;
  passages: PassageJson[];
}

export interface CitationJson {
  n: number;
  articleId: string;
  title: string;
  outlet: string | null;
  date: string | null;
  url: string | null;
  /** The quoted sentence; for a written answer, the excerpt its sentences citing n were checked against. */
  quote: string;
}

export interface PassageJson {
  rank: number;
  articleId: string;
  chunkId: string;
  title: string;
  outlet: string | null;
  date: string | null;
  url: string | null;
  text: string;
  score: number;
}

export function passageToJson(p: Passage): PassageJson {
  const { article } = p;
  return { rank: p.rank, articleId: article.id, chunkId: p.chunk.id, title: article.title, outlet: article.outlet, date: article.date, url: article.url, text: p.chunk.text, score: Math.round(p.score * 10000) / 10000 };
}

export function answerToJson(answer: Answer): AnswerJson {
  return replyToJson(extractiveReply(answer));
}

function citationToJson(n: number, article: ArticleRecord, quote: string): CitationJson {
  return { n, articleId: article.id, title: article.title, outlet: article.outlet, date: article.date, url: article.url, quote };
}

export function replyToJson(reply: Reply): AnswerJson {
  const { answer } = reply;
  const generated = reply.mode === "generated";
  return {
    question: answer.question,
    kind: answer.kind,
    abstained: answer.abstained,
    abstention: answer.abstention,
    answer: {
      text: generated ? writtenText(reply) : answer.text,
      citations: generated
        ? reply.sources.map((source, i) => citationToJson(i + 1, source.article, source.passages.map((p) => p.chunk.text).join(" … ")))
        : answer.citations.map(({ n, article, quote }) => citationToJson(n, article, quote)),
      // Without a model the contract is as it was.
      ...(reply.model === null ? {} : { mode: reply.mode, model: reply.model, dropped: reply.dropped }),
    },
    ...(answer.notFoundOn ? { notFoundOn: answer.notFoundOn } : {}),
    ...(answer.heading ? { heading: answer.heading } : {}),
    passages: answer.passages.map(passageToJson),
  };
}
