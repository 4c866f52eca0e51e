/**
 * The labelled news questions (tests/eval/news.jsonl): does the answer cite the right
 * article, do its quotes hold the answer words, and does it abstain when it should.
 */
import type { Answerer } from "../answer/answer.js";
import { readJsonl } from "./jsonl.js";
import { mean, round } from "./metrics.js";
import { storyCopies } from "./same-story.js";

export interface LabelledQuestion {
  question: string;
  /** Articles that answer it (any one will do); empty for a question the corpus cannot answer. */
  articles: string[];
  /** Words a correct answer's quotes must contain (case-insensitive). */
  answer: string[];
  /** In the blind sets: plain, paraphrase, casual, multi, nearmiss, offtopic or chat. */
  kind?: string;
}

export function readQuestions(path: string): LabelledQuestion[] {
  return readJsonl<LabelledQuestion>(path);
}

export interface QuestionOutcome {
  question: LabelledQuestion;
  abstained: boolean;
  evidence: number;
  /** Rank of the first answering article among retrieved articles (1-based), or null. */
  sourceRank: number | null;
  answerWordsPresent: boolean;
  /** Whether the first quote alone holds the answer words: the answer comes first. */
  answerFirst: boolean;
  quotes: string;
  /** How many sentences the reply quotes. */
  quoteCount: number;
  /** The articles the answer cites, a copy of an answering story the wire sent twice as that story, once. */
  cited: string[];
  /** The rules that refused to answer. */
  refusedBy: string[];
}

export async function runQuestions(answerer: Answerer, questions: LabelledQuestion[]): Promise<QuestionOutcome[]> {
  const outcomes: QuestionOutcome[] = [];
  const copiesOf = storyCopies(answerer.retriever.index);
  for (const question of questions) {
    const answer = await answerer.ask(question.question);
    // A copy of an answering story the wire sent twice is that story.
    const asStory = (id: string) => question.articles.find((answering) => answering === id || copiesOf(answering).includes(id)) ?? id;
    const ranked = [...new Set(answer.passages.map((p) => asStory(p.article.id)))];
    const index = ranked.findIndex((id) => question.articles.includes(id));
    const quotes = answer.citations.map((c) => c.quote).join(" ").toLowerCase();
    outcomes.push({
      // Its answering articles as stories: two copies of one story are one.
      question: { ...question, articles: [...new Set(question.articles.map(asStory))] },
      abstained: answer.abstained,
      evidence: answer.evidence,
      sourceRank: index === -1 ? null : index + 1,
      answerWordsPresent: !answer.abstained && question.answer.every((word) => quotes.includes(word.toLowerCase())),
      answerFirst: !answer.abstained && question.answer.every((word) => answer.citations[0]!.quote.toLowerCase().includes(word.toLowerCase())),
      quotes,
      quoteCount: answer.citations.length,
      cited: [...new Set(answer.sources.map((source) => asStory(source.id)))],
      refusedBy: answer.refusedBy,
    });
  }
  return outcomes;
}

export interface NewsSummary {
  answerable: number;
  unanswerable: number;
  sourceAt1: number;
  sourceAt3: number;
  answerWords: number;
  /** Of the answerable questions, the share whose first quote holds the answer words. */
  answerFirst: number;
  /** Of the answerable questions answered, the mean number of sentences quoted: more quotes hold the answer words more often, and ask more reading. */
  quotesPerAnswer: number;
  abstentionPrecision: number;
  abstentionRecall: number;
  falseAbstentionRate: number;
}

export function summarise(outcomes: QuestionOutcome[]): NewsSummary {
  const answerable = outcomes.filter((o) => o.question.articles.length > 0);
  const unanswerable = outcomes.filter((o) => o.question.articles.length === 0);
  const abstained = outcomes.filter((o) => o.abstained);
  const rightAbstentions = abstained.filter((o) => o.question.articles.length === 0).length;
  return {
    answerable: answerable.length,
    unanswerable: unanswerable.length,
    sourceAt1: round(mean(answerable.map((o) => (o.sourceRank === 1 ? 1 : 0)))),
    sourceAt3: round(mean(answerable.map((o) => (o.sourceRank !== null && o.sourceRank <= 3 ? 1 : 0)))),
    answerWords: round(mean(answerable.map((o) => (o.answerWordsPresent ? 1 : 0)))),
    answerFirst: round(mean(answerable.map((o) => (o.answerFirst ? 1 : 0)))),
    quotesPerAnswer: quotesPerAnswer(answerable),
    abstentionPrecision: round(abstained.length ? rightAbstentions / abstained.length : 1),
    abstentionRecall: round(unanswerable.length ? rightAbstentions / unanswerable.length : 1),
    falseAbstentionRate: round(mean(answerable.map((o) => (o.abstained ? 1 : 0)))),
  };
}

function quotesPerAnswer(outcomes: QuestionOutcome[]): number {
  const answered = outcomes.filter((o) => !o.abstained);
  return round(mean(answered.map((o) => o.quoteCount)));
}

/** Kinds of question the articles answer; the others (nearmiss, offtopic, chat) should be declined. */
const ANSWERABLE_KINDS = new Set(["plain", "paraphrase", "casual", "multi"]);

export interface KindSummary {
  kind: string;
  questions: number;
  /** Answerable kinds: the share refused, with an answering article in the top 3, and with the answer words. */
  refused?: number;
  sourceAt3?: number;
  answerWords?: number;
  answerFirst?: number;
  quotesPerAnswer?: number;
  /** Multi-article questions: the share answered citing two or more of the articles named. */
  fromTwoArticles?: number;
  /** Kinds to decline: the share declined (no quote given). */
  declined?: number;
}

/** Every figure per kind of question, as the blind sets are reported. */
export function summariseByKind(outcomes: QuestionOutcome[]): KindSummary[] {
  const kinds = [...new Set(outcomes.map((o) => o.question.kind ?? "unlabelled"))];
  return kinds.map((kind) => {
    const of = outcomes.filter((o) => (o.question.kind ?? "unlabelled") === kind);
    const share = (test: (o: QuestionOutcome) => boolean) => round(mean(of.map((o) => (test(o) ? 1 : 0))));
    if (!ANSWERABLE_KINDS.has(kind)) return { kind, questions: of.length, declined: share((o) => o.abstained) };
    return {
      kind,
      questions: of.length,
      refused: share((o) => o.abstained),
      sourceAt3: share((o) => o.sourceRank !== null && o.sourceRank <= 3),
      answerWords: share((o) => o.answerWordsPresent),
      answerFirst: share((o) => o.answerFirst),
      quotesPerAnswer: quotesPerAnswer(of),
      // From two stories, or from the one a question on two copies of a story asks about.
      ...(kind === "multi" ? { fromTwoArticles: share((o) => o.cited.filter((id) => o.question.articles.includes(id)).length >= Math.min(2, o.question.articles.length)) } : {}),
    };
  });
}

export interface RuleCount {
  rule: string;
  /** Questions the articles cannot answer that the rule refused. */
  rightly: number;
  /** Questions the articles answer that the rule refused. */
  wrongly: number;
}

/** What each rule did: how many questions it refused, rightly and wrongly. */
export function countRefusals(outcomes: QuestionOutcome[], rules: string[]): RuleCount[] {
  return rules.map((rule) => {
    const refused = outcomes.filter((o) => o.refusedBy.includes(rule));
    const wrongly = refused.filter((o) => o.question.articles.length > 0).length;
    return { rule, rightly: refused.length - wrongly, wrongly };
  });
}
