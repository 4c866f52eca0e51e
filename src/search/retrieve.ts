/**
 * Hybrid retrieval: BM25 and HNSW candidates, fused by a weighted sum of normalised
 * scores whose dense weight belongs to the model (reciprocal rank fusion would let a weak
 * dense model pull good BM25 results down), then grouped so one article cannot fill
 * every slot.
 */
import type { Embedder } from "../embedding/embedder.js";
import type { Chunk } from "../text/chunk.js";
import type { ArticleRecord, CorpusIndex } from "../index/corpus-index.js";
import { analyze, analyzeWith } from "../index/analyzer.js";
import { BoundedMemo } from "../util/bounded-memo.js";
import { rememberingToTerm } from "../index/lexical-terms.js";
import { commonCountryNameOf, countryNamesOf, isCapital, isDemonym } from "../index/countries.js";
import { stateAbbreviationsIn } from "../index/us-states.js";
import { otherNamesWrittenIn } from "../index/aliases.js";
import { COUNTRY_NAMED_FIRMS } from "../index/firm-words.js";
import { COUNTRY_NAMED_ENVOYS } from "../index/envoy-words.js";
import { boundedText, MAX_QUERY_CHARS } from "./bounded-query.js";
import { hasFilters, RowFilters, type SearchFilters } from "./filters.js";
import { PROXIMITY_WEIGHT, proximityBonus, queryBigrams } from "./proximity.js";

export interface Passage {
  rank: number;
  chunk: Chunk;
  article: ArticleRecord;
  /** Fused score, 0 to 1. */
  score: number;
  /** BM25 score plus the phrase signal (0 when BM25 did not find the chunk). */
  lexical: number;
  /** Cosine similarity of chunk and query vectors. */
  dense: number;
}

export interface RetrievalOptions {
  /** Passages to return. */
  limit?: number;
  /** Most passages from one article. */
  perArticle?: number;
  filters?: SearchFilters;
  /** Overrides the model's dense weight (0: lexical only, 1: dense only). */
  denseWeight?: number;
  /** Calendar days the question asks about ("03-05"): the reports of those days rank higher. */
  days?: string[];
}

export interface Retrieval {
  passages: Passage[];
  /** Every candidate article, best first, scored by its best chunk. */
  articles: { article: ArticleRecord; score: number }[];
  queryVector: Float32Array;
}

/** How many candidates each side contributes before fusion. */
const CANDIDATES = 200;
/**
 * Added to the fused score of a passage whose report is dated on a day the question asks about:
 * the wire files the same story day after day ("The Bank of England said it provided the money
 * market with ..."), and "on March 5" asks for that day's.
 */
const DAY_ASKED_BONUS = 0.1;
/** Chunks whose terms are remembered (some tens of MB): unbounded, a long-running bot would come to hold every chunk's. */
const MAX_REMEMBERED = 20_000;

export class Retriever {
  /** Chunk terms in order, analysed on first use: the proximity signal reads them. Past MAX_REMEMBERED chunks the memory starts again. */
  private readonly chunkTerms = new BoundedMemo<number, string[]>(MAX_REMEMBERED);
  private readonly termOf = rememberingToTerm();
  /** What the filters read of each row, worked out at the first filtered search. */
  private rowFilters: RowFilters | undefined;

  constructor(
    readonly index: CorpusIndex,
    readonly embedder: Embedder,
  ) {}

  private termsOf(row: number): string[] {
    return this.chunkTerms.get(row, () => {
      const chunk = this.index.chunks[row]!;
      return analyzeWith(`${this.index.articles.get(chunk.articleId)!.title} ${chunk.text}`, this.termOf);
    });
  }

  async retrieve(text: string, options: RetrievalOptions = {}): Promise<Retrieval> {
    const query = boundedText(text, MAX_QUERY_CHARS);
    const { limit = 8, perArticle = 2, filters } = options;
    const weight = options.denseWeight ?? this.embedder.spec.denseWeight;
    const { index } = this;
    const [queryVector] = await this.embedder.embed([query], "query");
    const passing = hasFilters(filters) ? (this.rowFilters ??= new RowFilters(index.chunks, index.articles)).passing(filters) : undefined;

    const queryTerms = analyze(query);
    const lexicalResult = index.lexical.search(withNamesTheArticlesUse(query, queryTerms, (term) => index.lexical.has(term), (term) => index.lexical.idf(term), (name) => index.lexical.idsWithAll(name).length), { filter: passing && ((id) => passing.has(index.chunkRows.get(id)!)), limit: CANDIDATES });
    const candidates = new Set(lexicalResult.hits.map((hit) => index.chunkRows.get(hit.id)!));
    if (weight > 0) for (const hit of index.vectors.query(queryVector!, CANDIDATES, passing)) candidates.add(hit.row);

    // Both scores are computed for every candidate, whichever side found it: a chunk the
    // dense side found keeps the BM25 score it has below the lexical cut-off.
    // A chunk that does not hold both terms of a pair cannot have them adjacent: the postings
    // say so (they also read its aliases, so they may only say yes too often), and its text is
    // analysed only for the pairs that may be in it.
    const bigrams = queryBigrams(queryTerms).map((pair) => ({ pair, holds: index.lexical.holdingAll(pair) }));
    const scored = [...candidates].map((row) => {
      const { id } = index.chunks[row]!;
      const bm25 = lexicalResult.scoreOf(id);
      const possible = bm25 === undefined ? [] : bigrams.filter(({ holds }) => holds(id)).map(({ pair }) => pair);
      const bonus = possible.length === 0 ? 0 : proximityBonus(possible, this.termsOf(row), (term) => index.lexical.idf(term));
      const lexical = bm25 === undefined ? 0 : bm25 + PROXIMITY_WEIGHT * bonus;
      return { row, lexical, dense: index.vectors.similarity(queryVector!, row) };
    });
    const maxLexical = Math.max(0, ...scored.map((s) => s.lexical));
    const minDense = Math.min(...scored.map((s) => s.dense));
    const maxDense = Math.max(...scored.map((s) => s.dense));
    const days = new Set(options.days ?? []);
    const ofDayAsked = (row: number) => days.size > 0 && days.has(index.articles.get(index.chunks[row]!.articleId)!.date?.slice(5, 10) ?? "");
    const fused = scored
      .map((s) => ({
        ...s,
        score:
          (1 - weight) * (maxLexical > 0 ? s.lexical / maxLexical : 0) +
          weight * (maxDense > minDense ? (s.dense - minDense) / (maxDense - minDense) : 0) +
          (ofDayAsked(s.row) ? DAY_ASKED_BONUS : 0),
      }))
      .sort((a, b) => b.score - a.score);

    const articles: Retrieval["articles"] = [];
    const perArticleCount = new Map<string, number>();
    const passages: Passage[] = [];
    for (const candidate of fused) {
      const chunk = index.chunks[candidate.row]!;
      const article = index.articles.get(chunk.articleId)!;
      const count = perArticleCount.get(article.id) ?? 0;
      if (count === 0) articles.push({ article, score: candidate.score });
      perArticleCount.set(article.id, count + 1);
      if (count < perArticle && passages.length < limit) {
        passages.push({ rank: passages.length + 1, chunk, article, score: candidate.score, lexical: candidate.lexical, dense: candidate.dense });
      }
    }
    return { passages, articles, queryVector: queryVector! };
  }
}

/** How many times more chunks must use a body's other name than the one asked for the search to look for it. */
const OTHER_NAME_USE = 2;

/** The most letters of a country's short name: "US", "USA", "UK". */
const SHORT_NAME = 3;

/** A people's adjective before a word for a firm. */
const PEOPLE_FIRM = new RegExp(`\\b(\\p{L}+)\\s+(?:${COUNTRY_NAMED_FIRMS})\\b`, "giu");
/** A people, a country or its seat before a word for an envoy: "the American envoy", "Washington's ambassador". */
const COUNTRY_ENVOY = new RegExp(`\\b(\\p{L}+)(?:['’]s)?\\s+(?:${COUNTRY_NAMED_ENVOYS})\\b`, "giu");

/**
 * The query with the country each capital in it stands for ("Madrid's plan to boost foreign
 * sales": Spain), which the news names as often as its capital, and with the names the
 * articles use of a country they never call as the question does ("Czechia": Czech Republic),
 * or call so more often ("us": United States), with the states as datelines abbreviate
 * them, and with a body's other names they use far more ("pentagon": Defense Department), for the lexical search.
 */
function withNamesTheArticlesUse(query: string, terms: string[], knows: (term: string) => boolean, idf: (term: string) => number, chunksNaming: (name: string) => number): string {
  const countries = new Set(terms.flatMap((term) => (isCapital(term) && commonCountryNameOf(term)) || []));
  // A firm described by its country's people ("the Finnish lender", "the fund that invests in French companies") is
  // one the wire names by the country ("Union Bank of Finland", "France Fund Inc"); so is an envoy, by a people, a
  // country or its seat ("the American envoy", "Washington's envoy": "the United States Ambassador").
  for (const [, people] of query.matchAll(PEOPLE_FIRM)) {
    const term = analyze(people!)[0];
    const country = term !== undefined && isDemonym(term) ? commonCountryNameOf(term) : undefined;
    if (country) countries.add(country);
  }
  for (const [, sender] of query.matchAll(COUNTRY_ENVOY)) {
    const country = commonCountryNameOf(analyze(sender!)[0] ?? "");
    if (country) countries.add(country);
  }
  // Not for a people otherwise ("Iranian"): its country's name found the wrong passages for "Which Iranian officials visited Baku?".
  for (const term of terms.filter((term) => !knows(term) && !isDemonym(term))) {
    for (const name of countryNamesOf(term)) if (name.terms.every(knows) && !isCapital(name.terms[0]!)) countries.add(name.text);
  }
  // A country's short name stands for its common one too ("the us ambassador": "the United States Ambassador"), where the
  // articles write the common one more often; the wire writes "U.S." in most stories, and the common name found others.
  // Short names only: "Washington" is a city first.
  for (const term of terms.filter((term) => term.length <= SHORT_NAME && !isDemonym(term) && !isCapital(term))) {
    const common = commonCountryNameOf(term);
    const words = common ? analyze(common) : [];
    if (words.length > 1 && words.every(knows) && words.every((word) => idf(word) < idf(term))) countries.add(common!);
  }
  // A state as a dateline writes it: "the Arkansas trucking company" filed from "LITTLE ROCK, Ark.".
  const states = stateAbbreviationsIn(terms).filter((abbreviation) => analyze(abbreviation).every(knows));
  // A body by another name the articles use far more: "the engineering firm's pentagon deal" (3 Reuters chunks) is one
  // "the Defense Department" (17) announced. Not by one used about as often, which only weighs the search down ("icj", 2 of
  // the bundled chunks, is "International Court of Justice" in 3).
  const otherNames = otherNamesWrittenIn(terms).filter(({ name, other }) => chunksNaming(other) > OTHER_NAME_USE * chunksNaming(name));
  return [query, ...[...countries, ...otherNames.map(({ other }) => other)].filter((name) => !analyze(name).every((term) => terms.includes(term))), ...states].join(" ");
}
