/** The JSON form of an answer, as printed by `npm run ask -- --json`; a stable contract. */
import type { Answer } from "../answer/answer.js";
import type { Passage } from "../search/retrieve.js";

export interface AnswerJson {
  question: string;
  kind: Answer["kind"];
  abstained: boolean;
  /** Which rule said "not found", and what it found; null when answered. */
  abstention: Answer["abstention"];
  answer: {
    text: string;
    citations: { n: number; articleId: string; title: string; outlet: string | null; date: string | null; url: string | null; quote: string }[];
  };
  passages: PassageJson[];
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
  return {
    question: answer.question,
    kind: answer.kind,
    abstained: answer.abstained,
    abstention: answer.abstention,
    answer: {
      text: answer.text,
      citations: answer.citations.map(({ n, article, quote }) => ({
        n,
        articleId: article.id,
        title: article.title,
        outlet: article.outlet,
        date: article.date,
        url: article.url,
        quote,
      })),
    },
    passages: answer.passages.map(passageToJson),
  };
}
