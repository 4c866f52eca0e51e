/**
 * What the user is given: a written answer whose every sentence was checked against the
 * passage it cites, or today's extractive answer. The extractive answer always travels
 * with it: it is the fallback, and the quotes behind a written answer.
 */
import type { Answer } from "../answer/answer.js";
import type { ArticleRecord } from "../index/corpus-index.js";
import type { Passage } from "../search/retrieve.js";

/** A sentence the checks kept, and the sources it cites (numbers into Reply.sources, from 1). */
export interface WrittenSentence {
  text: string;
  cites: number[];
}

/** A cited article and the passages of it that the sentences citing it were checked against. */
export interface WrittenSource {
  article: ArticleRecord;
  passages: Passage[];
}

export interface Dropped {
  sentence: string;
  why: string;
}

export interface Reply {
  answer: Answer;
  mode: "generated" | "extractive";
  /** The model configured; null when none is. */
  model: string | null;
  /** The written sentences, in order; empty when extractive. */
  sentences: WrittenSentence[];
  /** Numbered in order of first citation (n = index + 1); empty when extractive. */
  sources: WrittenSource[];
  /** Sentences the model wrote that the checks took out, and why. */
  dropped: Dropped[];
}

/** The checked sentences written so far, as a reply being streamed shows them. */
export type Draft = Pick<Reply, "sentences" | "sources">;

export function extractiveReply(answer: Answer, model: string | null = null, dropped: Dropped[] = []): Reply {
  return { answer, mode: "extractive", model, sentences: [], sources: [], dropped };
}

/** "Text [1][2]". */
export function citedSentence(sentence: WrittenSentence): string {
  return `${sentence.text} ${sentence.cites.map((n) => `[${n}]`).join("")}`;
}

export function writtenText(draft: Draft): string {
  return draft.sentences.map(citedSentence).join(" ");
}
