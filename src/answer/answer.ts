/**
 * Extractive answers: the sentences of the best passages that best answer the question,
 * each cited, with a numbered source list. When the evidence is weak the answer abstains
 * and names the closest articles instead of quoting something loosely related.
 */
import type { ArticleRecord } from "../index/corpus-index.js";
import { analyze, names } from "../index/analyzer.js";
import type { LexicalIndex } from "../index/lexical-index.js";
import { splitSentences } from "../ingest/sentences.js";
import type { Passage, Retriever } from "../search/retrieve.js";
import type { SearchFilters } from "../search/filters.js";

export interface Citation {
  /** Number of the source in the source list. */
  n: number;
  article: ArticleRecord;
  quote: string;
}

export interface Answer {
  question: string;
  abstained: boolean;
  /** The cited sentences, each followed by its marker ("... [1] ... [2]"), or the abstention sentence. */
  text: string;
  citations: Citation[];
  /** Numbered sources, in order of first citation (n = index + 1). */
  sources: ArticleRecord[];
  passages: Passage[];
  /** When abstaining: the articles that came closest. */
  closest: ArticleRecord[];
  /** How well the best passage covers the question, 0 to 1; below the threshold the answer abstains. */
  evidence: number;
  /** Names in the question that no article mentions (an answer about them would be made up). */
  unknownNames: string[];
  /** Articles the answer searched. */
  articleCount: number;
}

export interface AskOptions {
  filters?: SearchFilters;
  /** An earlier question this one follows up on; its words widen the search. */
  context?: string;
}

/**
 * Below this share of the question's (IDF-weighted) terms found in one passage, the
 * answer abstains. Chosen on the tuning half (even lines) of tests/eval/news.jsonl.
 */
export const ABSTAIN_BELOW = 0.35;
const PASSAGES_READ = 4;
const MAX_QUOTES = 3;
/** A further quote must score at least this share of the best one. */
const QUOTE_RELATIVE_FLOOR = 0.6;
const SENTENCE_DENSE_WEIGHT = 0.4;
/** How much a sentence's score depends on its passage's rank (0: not at all). */
const PASSAGE_RANK_WEIGHT = 0.5;
/** The sentence right after the best one is quoted too when it scores this share of it. */
const FOLLOWING_SENTENCE_FLOOR = 0.25;
/** A sentence that adds question terms the quotes miss is quoted when they carry this share of the question's weight. */
const MISSING_TERMS_FLOOR = 0.1;

/** IDF-weighted share of the query's terms that `text` contains. */
export function coverage(queryTerms: string[], text: string, lexical: LexicalIndex): number {
  if (queryTerms.length === 0) return 0;
  const present = new Set(analyze(text));
  let total = 0;
  let found = 0;
  for (const term of new Set(queryTerms)) {
    const weight = lexical.idf(term);
    total += weight;
    if (present.has(term)) found += weight;
  }
  return total > 0 ? found / total : 0;
}

export class Answerer {
  constructor(readonly retriever: Retriever) {}

  async ask(question: string, options: AskOptions = {}): Promise<Answer> {
    const { index, embedder } = this.retriever;
    const query = options.context ? `${options.context} ${question}` : question;
    const retrieval = await this.retriever.retrieve(query, { limit: 8, perArticle: 2, filters: options.filters });
    const { passages } = retrieval;
    const queryTerms = analyze(question);
    const contextTerms = options.context ? analyze(query) : queryTerms;
    const read = passages.slice(0, PASSAGES_READ);
    const evidence = Math.max(0, ...read.map((p) => Math.max(coverage(queryTerms, `${p.article.title} ${p.chunk.text}`, index.lexical), options.context ? coverage(contextTerms, `${p.article.title} ${p.chunk.text}`, index.lexical) : 0)));
    const unknownNames = unknownNamesIn(question, index.lexical);
    const base = { question, passages, evidence, unknownNames, articleCount: index.articles.size };

    if (evidence < ABSTAIN_BELOW || unknownNames.length > 0 || read.length === 0) {
      return { ...base, abstained: true, text: abstentionLine(index.articles.size, unknownNames), citations: [], sources: [], closest: uniqueArticles(retrieval.articles.map((a) => a.article)).slice(0, 3) };
    }

    // Score every sentence of the passages read: question terms it holds, its meaning, and
    // how well its passage ranked (a stray match in a weak passage should not lead).
    const topScore = read[0]!.score || 1;
    const candidates = read.flatMap((passage) =>
      splitSentences(passage.chunk.text).map((sentence) => ({
        passage,
        text: sentence.text.trim(),
        start: passage.chunk.start + sentence.start,
        end: passage.chunk.start + sentence.end,
      })),
    );
    // Overlapping chunks and duplicate articles repeat sentences; quote each once.
    const unique = [...new Map(candidates.map((c) => [c.text.toLowerCase(), c])).values()];
    const vectors = await embedder.embed(unique.map((c) => c.text), "passage");
    const scored = unique
      .map((candidate, i) => {
        let dense = 0;
        vectors[i]!.forEach((value, d) => (dense += value * retrieval.queryVector[d]!));
        const lexical = coverage(contextTerms, candidate.text, index.lexical);
        const passageWeight = 1 - PASSAGE_RANK_WEIGHT + PASSAGE_RANK_WEIGHT * (candidate.passage.score / topScore);
        return { ...candidate, score: ((1 - SENTENCE_DENSE_WEIGHT) * lexical + SENTENCE_DENSE_WEIGHT * dense) * passageWeight };
      })
      .sort((a, b) => b.score - a.score);
    const lead = scored[0]!;
    // News answers often run on into the next sentence ("... agreed to three key points. They
    // said he agreed to give up Cabinet voting rights"): it joins at a lower bar than others.
    const next = scored.find((s) => s.passage.article.id === lead.passage.article.id && s.start > lead.start && s.start <= lead.end + 2);
    const chosen = [lead];
    if (next && next.score >= lead.score * FOLLOWING_SENTENCE_FLOOR) chosen.push(next);
    // Then sentences that cover question terms the quotes so far miss ("What does Newroz
    // symbolize?": the lead names Newroz, another sentence says what it symbolises).
    const questionTerms = [...new Set(contextTerms)];
    const totalWeight = questionTerms.reduce((sum, term) => sum + index.lexical.idf(term), 0);
    const covered = new Set(chosen.flatMap((quote) => analyze(quote.text)));
    for (const s of scored) {
      if (chosen.length >= MAX_QUOTES) break;
      if (chosen.includes(s) || s.passage.article.id !== lead.passage.article.id) continue;
      const terms = new Set(analyze(s.text));
      const adds = questionTerms.filter((term) => !covered.has(term) && terms.has(term));
      if (adds.reduce((sum, term) => sum + index.lexical.idf(term), 0) >= totalWeight * MISSING_TERMS_FLOOR) {
        chosen.push(s);
        for (const term of terms) covered.add(term);
      }
    }
    for (const s of scored) {
      if (chosen.length >= MAX_QUOTES || s.score < lead.score * QUOTE_RELATIVE_FLOOR) break;
      if (!chosen.includes(s)) chosen.push(s);
    }

    const sources: ArticleRecord[] = [];
    const citations: Citation[] = chosen.map((quote) => {
      let n = sources.findIndex((source) => source.id === quote.passage.article.id) + 1;
      if (n === 0) n = sources.push(quote.passage.article);
      return { n, article: quote.passage.article, quote: quote.text };
    });
    const text = citations.map((c) => `${c.quote} [${c.n}]`).join(" ");
    return { ...base, abstained: false, text, citations, sources, closest: [] };
  }
}

export function abstentionLine(articleCount: number, unknownNames: string[] = []): string {
  const topic = unknownNames.length > 0 ? new Intl.ListFormat("en", { type: "conjunction" }).format(unknownNames) : "that";
  return `I found nothing about ${topic} in the ${articleCount} articles I have.`;
}

/** The names in the question with a word the corpus never uses, as written. */
function unknownNamesIn(question: string, lexical: LexicalIndex): string[] {
  return [...new Set(names(question).filter(({ terms }) => terms.some((term) => !lexical.knows(term))).map(({ name }) => name))];
}

function uniqueArticles(articles: ArticleRecord[]): ArticleRecord[] {
  return [...new Map(articles.map((article) => [article.id, article])).values()];
}
