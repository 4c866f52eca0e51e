/**
 * The lexical half of retrieval: BM25 over chunk title and text (MiniSearch), plus the
 * document frequency of every term, which query coverage and sentence scoring need.
 */
import { distance } from "fastest-levenshtein";
import MiniSearch, { type Options, type SearchResult } from "minisearch";
import { analyze, toTerm, tokenize } from "./analyzer.js";

export interface LexicalDocument {
  id: string;
  title: string;
  text: string;
  /** Other names its article gives what the text names ("ICC" where it says "International Criminal Court"). */
  aliases?: string;
}

function bodyOf(document: LexicalDocument): string {
  return `${document.title} ${document.text} ${document.aliases ?? ""}`;
}

export interface LexicalHit {
  id: string;
  score: number;
}

/**
 * Plain BM25 (no BM25+ floor) over the chunk's title and text as one field, as BEIR and
 * Anserini's "flat" index score a document, plus the title again at a fifth of the weight.
 * Chosen with the fuzzy matching below on SciFact's tuning half (odd query ids): hybrid
 * nDCG@10 / Recall@100 there went from 0.706 / 0.896 (title 0.5 and text as separate
 * fields, b 0.9, exact terms only) to 0.710 / 0.922; the news questions kept their scores.
 */
const BM25 = { k: 0.9, b: 1, d: 0 };
const TITLE_BOOST = 0.2;

/**
 * A query term of five letters or more also matches terms one edit away (two from eight
 * letters), at 0.3 of the weight: misspelt or otherwise transliterated names ("Pashinian")
 * and forms the stemmer leaves apart ("RXRs" / "RXR") still find their passages.
 */
const FUZZY = { minLength: 5, share: 0.2, weight: 0.3 };

/** Whether `other` is within the edits fuzzy matching allows `term` ("mirzoian" / "mirzoyan"). */
function spelledAlike(term: string, other: string): boolean {
  if (term.length < FUZZY.minLength) return false;
  const edits = Math.round(term.length * FUZZY.share);
  return Math.abs(term.length - other.length) <= edits && distance(term, other) <= edits;
}

const OPTIONS: Options<LexicalDocument> = {
  fields: ["title", "body"],
  extractField: (document, field) => (field === "body" ? bodyOf(document) : document[field as keyof LexicalDocument]),
  tokenize: (text: string) => tokenize(text),
  processTerm: (token: string) => toTerm(token) ?? null,
  searchOptions: { bm25: BM25, boost: { title: TITLE_BOOST } },
};

export class LexicalIndex {
  private constructor(
    private readonly search: MiniSearch<LexicalDocument>,
    /** Chunks that hold each term. */
    private readonly documentFrequency: Map<string, number>,
  ) {}

  static build(documents: LexicalDocument[]): LexicalIndex {
    const search = new MiniSearch<LexicalDocument>(OPTIONS);
    search.addAll(documents);
    const documentFrequency = new Map<string, number>();
    for (const document of documents) {
      for (const term of new Set(analyze(bodyOf(document)))) {
        documentFrequency.set(term, (documentFrequency.get(term) ?? 0) + 1);
      }
    }
    return new LexicalIndex(search, documentFrequency);
  }

  static fromJSON(json: string): LexicalIndex {
    const { search, documentFrequency } = JSON.parse(json) as { search: unknown; documentFrequency: [string, number][] };
    return new LexicalIndex(MiniSearch.loadJS(search as never, OPTIONS), new Map(documentFrequency));
  }

  toJSON(): string {
    return JSON.stringify({ search: this.search.toJSON(), documentFrequency: [...this.documentFrequency] });
  }

  get size(): number {
    return this.search.documentCount;
  }

  /** Whether some chunk holds the term itself. */
  has(term: string): boolean {
    return this.documentFrequency.has(term);
  }

  /**
   * Whether a reader's term may be read as `other`, spelt another way: only a word no chunk
   * uses ("Mirzoian" for "Mirzoyan"; "Mario" is not "Maria" when a chunk names a Mario).
   */
  readsAs(term: string, other: string): boolean {
    return !this.documentFrequency.has(term) && spelledAlike(term, other);
  }

  /**
   * Whether the corpus uses the term, a word that shares its first five letters ("kurd" is
   * known from "kurdish"; a term under four letters only as itself: "uk" is not "ukrain") or the
   * term spelt another way ("aliev" / "aliyev"): a name the corpus never mentions is not known.
   */
  knows(term: string): boolean {
    if (this.documentFrequency.has(term)) return true;
    const prefix = term.length >= 4 ? term.slice(0, 5) : null;
    for (const known of this.documentFrequency.keys()) if ((prefix && known.startsWith(prefix)) || spelledAlike(term, known)) return true;
    return false;
  }

  /**
   * Inverse document frequency. A term no chunk uses weighs as much as the rarest one some
   * chunk uses: in a question it is mostly the reader's wording ("What does FAON stand
   * for?"), and names the corpus lacks are caught by a rule of their own.
   */
  idf(term: string): number {
    const n = this.search.documentCount;
    const df = Math.max(1, this.documentFrequency.get(term) ?? 0);
    return Math.log(1 + (n - df + 0.5) / (df + 0.5));
  }

  /**
   * BM25 scores of every document that holds a query term or one close to it (with
   * `matchAll`, every term exactly) and passes `filter`, best first.
   */
  query(text: string, options: { filter?: (id: string) => boolean; matchAll?: boolean } = {}): LexicalHit[] {
    const { filter, matchAll = false } = options;
    const results = this.search.search(text, {
      combineWith: matchAll ? "AND" : "OR",
      fuzzy: matchAll ? false : (term: string) => (term.length >= FUZZY.minLength ? FUZZY.share : false),
      weights: { fuzzy: FUZZY.weight, prefix: 0 },
      filter: filter ? (result: SearchResult) => filter(result.id as string) : undefined,
    });
    // MiniSearch multiplies each score by the number of query terms matched; plain BM25 does not.
    return results
      .map((result) => ({ id: result.id as string, score: result.score / Math.max(1, result.queryTerms.length) }))
      .sort((a, b) => b.score - a.score);
  }
}
