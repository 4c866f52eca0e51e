/**
 * The lexical half of retrieval: BM25 over chunk title and text, plus the document frequency
 * of every term, which query coverage and sentence scoring need.
 *
 * Written here rather than taken from a library: MiniSearch, which it replaces, keeps postings
 * as JavaScript maps and allocates an object per matching document, so at 100,000 articles an
 * OR query with fuzzy terms took hundreds of milliseconds and its JSON index seconds to load;
 * lunr, Orama and wink-bm25 hold postings the same way. Here each term's postings are typed
 * arrays of documents with their BM25 scores computed at build time ("eager scoring", as the
 * bm25s library does), so a query is one addition per posting, and the file on disk is those
 * arrays as they are in memory, loaded without parsing. The scores are MiniSearch's, whose
 * ranking retrieval was tuned with, stored as float32: they agree to within 1e-7, so only
 * documents MiniSearch scored within that of each other may swap places (the eval scores
 * of SciFact and the news questions came out identical).
 */
import { distance } from "fastest-levenshtein";
import { analyze, tokenize } from "./analyzer.js";
import { rememberingToTerm } from "./lexical-terms.js";
import { Vocabulary } from "./lexical-vocabulary.js";
import { BoundedMemo } from "../util/bounded-memo.js";

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

export interface LexicalQueryOptions {
  filter?: (id: string) => boolean;
  /** Only documents with every term, exactly. */
  matchAll?: boolean;
  /** Most hits returned (all by default). */
  limit?: number;
}

/** What a query found: its best hits, and the score of any document it found. */
export interface LexicalResult {
  /** Best first; of equal scores, the document indexed first. */
  hits: LexicalHit[];
  /** The document's score, or undefined when the query did not find it or the filter refuses it. */
  scoreOf(id: string): number | undefined;
}

/**
 * Plain BM25 (no BM25+ floor) over the chunk's title and text as one field, as BEIR and
 * Anserini's "flat" index score a document, plus the title again at a fifth of the weight.
 * Chosen with the fuzzy matching below on SciFact's tuning half (odd query ids): hybrid
 * nDCG@10 / Recall@100 there went from 0.706 / 0.896 (title 0.5 and text as separate
 * fields, b 0.9, exact terms only) to 0.710 / 0.922; the news questions kept their scores.
 * As in MiniSearch, each field's length is its count of distinct words, stop words included,
 * and its IDF counts the documents whose field holds the term.
 */
const BM25 = { k: 0.9, b: 1 };
const TITLE_BOOST = 0.2;

/**
 * A query term of five letters or more also matches terms one edit away (two from eight
 * letters), at 0.3 of the weight scaled down by the edits (MiniSearch's weight x length /
 * (length + edits), at most 6 edits): misspelt or otherwise transliterated names ("Pashinian")
 * and forms the stemmer leaves apart ("RXRs" / "RXR") still find their passages.
 */
const FUZZY = { minLength: 5, share: 0.2, weight: 0.3, maxEdits: 6 };

/** Edits fuzzy matching allows a term: none under five letters. */
function editsAllowed(term: string): number {
  return term.length < FUZZY.minLength ? 0 : Math.min(FUZZY.maxEdits, Math.round(term.length * FUZZY.share));
}

/** Whether `other` is within the edits fuzzy matching allows `term` ("mirzoian" / "mirzoyan"). */
function spelledAlike(term: string, other: string): boolean {
  const edits = editsAllowed(term);
  return edits > 0 && Math.abs(term.length - other.length) <= edits && distance(term, other) <= edits;
}

/** Whether one term is the other with two letters side by side swapped, as typing does ("reciev" / "receiv"): one slip, which edits count as two. */
function swapsTwoLetters(term: string, other: string): boolean {
  if (term.length !== other.length || term.length < FUZZY.minLength) return false;
  const at = [...term].findIndex((letter, i) => letter !== other[i]);
  return at >= 0 && term[at] === other[at + 1] && term[at + 1] === other[at] && term.slice(at + 2) === other.slice(at + 2);
}

function idf(documentCount: number, documentFrequency: number): number {
  return Math.log(1 + (documentCount - documentFrequency + 0.5) / (documentFrequency + 0.5));
}

function termWeight(count: number, length: number, averageLength: number): number {
  return (count * (BM25.k + 1)) / (count + BM25.k * (1 - BM25.b + (BM25.b * length) / averageLength));
}

/** "NDLX", then the version of the layout below. */
const MAGIC = 0x584c444e;
/** 2: each posting's counts and each document's lengths are stored, and the scores computed from them on load. */
const LAYOUT = 2;
/** Magic, layout, documents, terms, postings, bytes of ids, bytes of terms, zero: eight uint32. */
const HEADER_BYTES = 32;
/** A count past what a uint16 holds (no chunk comes near it) is stored as the most it holds. */
const MAX_COUNT = 0xffff;

/** Query terms whose close terms are remembered; past it the memory starts again. */
const MAX_REMEMBERED = 10_000;

/**
 * Documents as the index reads them, in a form a message between threads carries cheaply
 * (an ingest worker analyses the chunks it cuts): their terms once, then per document its
 * terms' counts in the body and the title, and the lengths of both.
 */
export interface AnalysedDocuments {
  ids: string[];
  terms: string[];
  /** Document d's (term, count in the body, count in the title) triples are entries 3 * starts[d] to 3 * starts[d + 1]. */
  triples: Uint32Array;
  starts: Uint32Array;
  bodyLengths: Uint32Array;
  titleLengths: Uint32Array;
}

/** Documents `from` to `to` (not included) of an analysis: one article's chunks in a batch of them. */
export interface AnalysedRange {
  analysed: AnalysedDocuments;
  from: number;
  to: number;
}

export function analyzeDocuments(documents: LexicalDocument[]): AnalysedDocuments {
  const termOf = rememberingToTerm();
  const terms: string[] = [];
  const termNumber = new Map<string, number>();
  const numberOf = (term: string) => {
    let t = termNumber.get(term);
    if (t === undefined) termNumber.set(term, (t = terms.push(term) - 1));
    return t;
  };
  const countsOf = (text: string) => {
    const tokens = tokenize(text);
    const counts = new Map<number, number>();
    for (const token of tokens) {
      const term = termOf(token);
      if (!term) continue;
      const t = numberOf(term);
      counts.set(t, (counts.get(t) ?? 0) + 1);
    }
    return { counts, length: new Set(tokens).size };
  };
  const triples: number[] = [];
  const starts = new Uint32Array(documents.length + 1);
  const bodyLengths = new Uint32Array(documents.length);
  const titleLengths = new Uint32Array(documents.length);
  documents.forEach((document, d) => {
    const body = countsOf(bodyOf(document));
    const title = countsOf(document.title);
    // The title is part of the body, so the body's terms are all the terms.
    for (const [term, inBody] of body.counts) triples.push(term, Math.min(MAX_COUNT, inBody), Math.min(MAX_COUNT, title.counts.get(term) ?? 0));
    starts[d + 1] = triples.length / 3;
    bodyLengths[d] = body.length;
    titleLengths[d] = title.length;
  });
  return { ids: documents.map((document) => document.id), terms, triples: Uint32Array.from(triples), starts, bodyLengths, titleLengths };
}

function wholly(analysed: AnalysedDocuments): AnalysedRange {
  return { analysed, from: 0, to: analysed.ids.length };
}

/**
 * What the index stores: per term its postings (document numbers, ascending, with the term's
 * count in the document's body and title), per document the lengths of both. Scores are
 * derived from these, so adding documents (which changes every IDF and the average lengths)
 * needs no document read again.
 */
interface Postings {
  ids: readonly string[];
  terms: readonly string[];
  /** Term t's postings are entries starts[t] to starts[t + 1] of the posting arrays. */
  starts: Uint32Array;
  documents: Uint32Array;
  bodyCounts: Uint16Array;
  titleCounts: Uint16Array;
  bodyLengths: Uint32Array;
  titleLengths: Uint32Array;
}

/** Every posting's BM25 score, title boost included, from the counts and lengths alone. */
function scoresOf(p: Postings): Float32Array {
  const count = p.ids.length;
  let bodyTotal = 0;
  let titleTotal = 0;
  for (let document = 0; document < count; document++) {
    bodyTotal += p.bodyLengths[document]!;
    titleTotal += p.titleLengths[document]!;
  }
  const averageBody = bodyTotal / Math.max(1, count);
  const averageTitle = titleTotal / Math.max(1, count);
  const scores = new Float32Array(p.documents.length);
  for (let t = 0; t + 1 < p.starts.length; t++) {
    const [start, end] = [p.starts[t]!, p.starts[t + 1]!];
    // The title is part of the body, so every document with the term in its title has a posting.
    let inTitles = 0;
    for (let at = start; at < end; at++) if (p.titleCounts[at]) inTitles++;
    const bodyIdf = idf(count, end - start);
    const titleIdf = idf(count, inTitles);
    for (let at = start; at < end; at++) {
      const document = p.documents[at]!;
      let score = bodyIdf * termWeight(p.bodyCounts[at]!, p.bodyLengths[document]!, averageBody);
      const inTitle = p.titleCounts[at]!;
      if (inTitle) score += TITLE_BOOST * titleIdf * termWeight(inTitle, p.titleLengths[document]!, averageTitle);
      scores[at] = score;
    }
  }
  return scores;
}

/** Sorted terms without repeats, merged (by `<`, as the vocabulary sorts). */
function mergeSorted(a: readonly string[], b: readonly string[]): string[] {
  const merged: string[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (j === b.length || (i < a.length && a[i]! < b[j]!)) merged.push(a[i++]!);
    else if (i === a.length || b[j]! < a[i]!) merged.push(b[j++]!);
    else {
      merged.push(a[i++]!);
      j++;
    }
  }
  return merged;
}

/** The postings with the documents of the ranges appended, in order, numbered after those there. */
function appendDocuments(p: Postings, ranges: AnalysedRange[]): Postings {
  // How many documents of the ranges hold each term, counted per analysis (a batch's articles share one).
  const held = new Map<AnalysedDocuments, Uint32Array>();
  for (const { analysed, from, to } of ranges) {
    let documents = held.get(analysed);
    if (!documents) held.set(analysed, (documents = new Uint32Array(analysed.terms.length)));
    for (let at = analysed.starts[from]!; at < analysed.starts[to]!; at++) documents[analysed.triples[3 * at]!]!++;
  }
  const newFrequency = new Map<string, number>();
  for (const [analysed, documents] of held) {
    documents.forEach((count, t) => {
      if (count > 0) newFrequency.set(analysed.terms[t]!, (newFrequency.get(analysed.terms[t]!) ?? 0) + count);
    });
  }
  const terms = mergeSorted(p.terms, [...newFrequency.keys()].sort());
  const starts = new Uint32Array(terms.length + 1);
  const termNumber = new Map<string, number>();
  // Each term's old postings first, as they were: the new documents' numbers are all higher.
  const oldTerm = new Int32Array(terms.length).fill(-1);
  for (let t = 0, old = 0; t < terms.length; t++) {
    const term = terms[t]!;
    if (old < p.terms.length && p.terms[old] === term) oldTerm[t] = old++;
    const oldCount = oldTerm[t]! < 0 ? 0 : p.starts[oldTerm[t]! + 1]! - p.starts[oldTerm[t]!]!;
    starts[t + 1] = starts[t]! + oldCount + (newFrequency.get(term) ?? 0);
    if (newFrequency.has(term)) termNumber.set(term, t);
  }
  const postings = starts[terms.length]!;
  const out = { documents: new Uint32Array(postings), bodyCounts: new Uint16Array(postings), titleCounts: new Uint16Array(postings) };
  const next = starts.slice(0, terms.length);
  oldTerm.forEach((old, t) => {
    if (old < 0) return;
    const [from, to] = [p.starts[old]!, p.starts[old + 1]!];
    out.documents.set(p.documents.subarray(from, to), next[t]!);
    out.bodyCounts.set(p.bodyCounts.subarray(from, to), next[t]!);
    out.titleCounts.set(p.titleCounts.subarray(from, to), next[t]!);
    next[t]! += to - from;
  });
  let document = p.ids.length;
  const ids = [...p.ids];
  const bodyLengths: number[] = [];
  const titleLengths: number[] = [];
  // Each analysis's term numbers in the merged terms.
  const numbers = new Map([...held].map(([analysed, documents]) => [analysed, Int32Array.from(analysed.terms, (term, t) => (documents[t] ? termNumber.get(term)! : -1))]));
  ranges.forEach(({ analysed, from, to }) => {
    const global = numbers.get(analysed)!;
    const { triples } = analysed;
    for (let d = from; d < to; d++, document++) {
      for (let at = analysed.starts[d]!; at < analysed.starts[d + 1]!; at++) {
        const posting = next[global[triples[3 * at]!]!]!++;
        out.documents[posting] = document;
        out.bodyCounts[posting] = triples[3 * at + 1]!;
        out.titleCounts[posting] = triples[3 * at + 2]!;
      }
      ids.push(analysed.ids[d]!);
      bodyLengths.push(analysed.bodyLengths[d]!);
      titleLengths.push(analysed.titleLengths[d]!);
    }
  });
  const lengths = (old: Uint32Array, added: number[]) => {
    const all = new Uint32Array(old.length + added.length);
    all.set(old);
    all.set(added, old.length);
    return all;
  };
  return { ids, terms, starts, ...out, bodyLengths: lengths(p.bodyLengths, bodyLengths), titleLengths: lengths(p.titleLengths, titleLengths) };
}

const NO_POSTINGS: Postings = {
  ids: [],
  terms: [],
  starts: new Uint32Array(1),
  documents: new Uint32Array(0),
  bodyCounts: new Uint16Array(0),
  titleCounts: new Uint16Array(0),
  bodyLengths: new Uint32Array(0),
  titleLengths: new Uint32Array(0),
};

export class LexicalIndex {
  /** Document by id, made on first use. */
  private rows?: Map<string, number>;
  /** The terms close to a query term: finding them reads much of the vocabulary, and readers reuse their words. */
  private readonly alike = new BoundedMemo<string, { term: number; distance: number }[]>(MAX_REMEMBERED);
  private readonly ids: readonly string[];
  private readonly vocabulary: Vocabulary;
  private readonly starts: Uint32Array;
  /** Document numbers (the order they were indexed in), ascending within a term. */
  private readonly documents: Uint32Array;
  private computedScores: Float32Array | undefined;

  /** Scores are computed now, or, for an index read from disk, at its first search (an ingest that only adds to it never searches it). */
  private constructor(
    private readonly postings: Postings,
    scoreNow = true,
  ) {
    this.ids = postings.ids;
    this.vocabulary = new Vocabulary(postings.terms);
    this.starts = postings.starts;
    this.documents = postings.documents;
    if (scoreNow) this.computedScores = scoresOf(postings);
  }

  /** The term's BM25 score in the document, title boost included. */
  private get scores(): Float32Array {
    return (this.computedScores ??= scoresOf(this.postings));
  }

  static build(documents: LexicalDocument[]): LexicalIndex {
    return LexicalIndex.fromAnalysed([wholly(analyzeDocuments(documents))]);
  }

  /** The index of the documents of the ranges, in order, analysed already (by ingest workers). */
  static fromAnalysed(ranges: AnalysedRange[]): LexicalIndex {
    return new LexicalIndex(appendDocuments(NO_POSTINGS, ranges));
  }

  /**
   * This index with the documents added after its own: what `build` over all of them makes,
   * byte for byte, without reading the documents already here again.
   */
  extend(documents: LexicalDocument[]): LexicalIndex {
    return this.extendAnalysed([wholly(analyzeDocuments(documents))]);
  }

  extendAnalysed(ranges: AnalysedRange[]): LexicalIndex {
    for (const { analysed, from, to } of ranges) {
      const taken = analysed.ids.slice(from, to).find((id) => this.documentOf(id) !== undefined);
      if (taken) throw new Error(`the lexical index already holds ${taken}`);
    }
    return new LexicalIndex(appendDocuments(this.postings, ranges));
  }

  /** The index as stored: the header, the typed arrays as they lie in memory, the ids as JSON, the terms one a line. */
  toBytes(): Uint8Array {
    const p = this.postings;
    const ids = Buffer.from(JSON.stringify(p.ids), "utf8");
    const terms = Buffer.from(p.terms.join("\n"), "utf8");
    const header = new Uint32Array([MAGIC, LAYOUT, p.ids.length, p.terms.length, p.documents.length, ids.length, terms.length, 0]);
    // The uint16 arrays last: two of them take four bytes a posting, so the text after stays aligned.
    const arrays = [header, p.starts, p.documents, p.bodyLengths, p.titleLengths, p.bodyCounts, p.titleCounts];
    return Buffer.concat([...arrays.map((array) => new Uint8Array(array.buffer, array.byteOffset, array.byteLength)), ids, terms]);
  }

  /** Reads what `toBytes` wrote; throws, saying what is wrong, on bytes it did not write. */
  static fromBytes(stored: Uint8Array): LexicalIndex {
    // Typed arrays over the file's bytes need them 4-byte aligned.
    const bytes = stored.byteOffset % 4 === 0 ? stored : new Uint8Array(stored);
    const fail = (what: string): never => {
      throw new Error(`the lexical index is damaged: ${what}`);
    };
    if (bytes.byteLength < HEADER_BYTES) fail(`it is ${bytes.byteLength} bytes long`);
    const [magic, layout, documentCount, termCount, postings, idBytes, termBytes] = new Uint32Array(bytes.buffer, bytes.byteOffset, HEADER_BYTES / 4);
    if (magic !== MAGIC || layout !== LAYOUT) fail("it does not start as a lexical index of this version does");
    const arrays = HEADER_BYTES + 4 * (termCount! + 1 + 2 * postings! + 2 * documentCount!);
    if (bytes.byteLength !== arrays + idBytes! + termBytes!) fail(`it is ${bytes.byteLength} bytes long, its header says ${arrays + idBytes! + termBytes!}`);
    let offset = bytes.byteOffset + HEADER_BYTES;
    const take = <T>(Kind: (new (buffer: ArrayBufferLike, offset: number, length: number) => T) & { BYTES_PER_ELEMENT: number }, length: number): T => {
      const array = new Kind(bytes.buffer, offset, length);
      offset += Kind.BYTES_PER_ELEMENT * length;
      return array;
    };
    const starts = take(Uint32Array, termCount! + 1);
    const documents = take(Uint32Array, postings!);
    const bodyLengths = take(Uint32Array, documentCount!);
    const titleLengths = take(Uint32Array, documentCount!);
    const bodyCounts = take(Uint16Array, postings!);
    const titleCounts = take(Uint16Array, postings!);
    const text = Buffer.from(bytes.buffer, offset, idBytes! + termBytes!);
    const ids = JSON.parse(text.toString("utf8", 0, idBytes)) as string[];
    const terms = termCount === 0 ? [] : text.toString("utf8", idBytes, idBytes! + termBytes!).split("\n");
    if (ids.length !== documentCount || terms.length !== termCount) fail(`it holds ${ids.length} ids and ${terms.length} terms, its header says ${documentCount} and ${termCount}`);
    for (let t = 0; t < termCount!; t++) if (starts[t + 1]! < starts[t]!) fail(`the postings of term ${t} end before they start`);
    if (starts[0] !== 0 || starts[termCount!] !== postings) fail("its postings do not add up");
    for (let at = 0; at < postings!; at++) if (documents[at]! >= documentCount!) fail(`posting ${at} names document ${documents[at]}, past the ${documentCount} it holds`);
    return new LexicalIndex({ ids, terms, starts, documents, bodyCounts, titleCounts, bodyLengths, titleLengths }, false);
  }

  get size(): number {
    return this.ids.length;
  }

  /** Whether some chunk holds the term itself. */
  has(term: string): boolean {
    return this.vocabulary.indexOf(term) >= 0;
  }

  /**
   * Whether a reader's term may be read as `other`, spelt another way: only a word no chunk
   * uses ("Mirzoian" for "Mirzoyan"; "Mario" is not "Maria" when a chunk names a Mario).
   */
  readsAs(term: string, other: string): boolean {
    return !this.has(term) && (spelledAlike(term, other) || swapsTwoLetters(term, other));
  }

  /**
   * Whether the corpus uses the term, a word that shares its first five letters ("kurd" is
   * known from "kurdish"; a term under four letters only as itself: "uk" is not "ukrain") or the
   * term spelt another way ("aliev" / "aliyev"): a name the corpus never mentions is not known.
   */
  knows(term: string): boolean {
    if (this.has(term)) return true;
    if (term.length >= 4 && this.vocabulary.hasPrefix(term.slice(0, 5))) return true;
    return this.similarTo(term).length > 0;
  }

  /** The terms fuzzy matching reads `term` as, other than itself. */
  private similarTo(term: string): { term: number; distance: number }[] {
    return this.alike.get(term, () => {
      const edits = editsAllowed(term);
      return edits === 0 ? [] : this.vocabulary.similar(term, edits);
    });
  }

  /**
   * Inverse document frequency. A term no chunk uses weighs as much as the rarest one some
   * chunk uses: in a question it is mostly the reader's wording ("What does FAON stand
   * for?"), and names the corpus lacks are caught by a rule of their own.
   */
  idf(term: string): number {
    const t = this.vocabulary.indexOf(term);
    return idf(this.size, t < 0 ? 1 : Math.max(1, this.postingCount(t)));
  }

  /**
   * The ids of the documents that hold every term of the text exactly (as `matchAll` finds
   * them), in the order they were indexed, without scoring them: for a reader that samples
   * them rather than ranks them. None for a text without terms.
   */
  idsWithAll(text: string): string[] {
    const terms = [...new Set(analyze(text))].map((term) => this.vocabulary.indexOf(term));
    if (terms.length === 0 || terms.includes(-1)) return [];
    // The shortest postings walked, the others searched from where the last search ended.
    terms.sort((a, b) => this.postingCount(a) - this.postingCount(b));
    const [shortest, ...others] = terms as [number, ...number[]];
    const from = others.map((t) => this.starts[t]!);
    const ids: string[] = [];
    walk: for (let at = this.starts[shortest]!, end = this.starts[shortest + 1]!; at < end; at++) {
      const document = this.documents[at]!;
      for (let o = 0; o < others.length; o++) {
        const otherEnd = this.starts[others[o]! + 1]!;
        const found = (from[o] = this.firstAtLeast(document, from[o]!, otherEnd));
        if (found === otherEnd || this.documents[found] !== document) continue walk;
      }
      ids.push(this.ids[document]!);
    }
    return ids;
  }

  /**
   * A test of whether a document holds every one of the terms itself, in its title, text or
   * aliases: the terms are looked up once, each document's postings found by bisection.
   */
  holdingAll(terms: string[]): (id: string) => boolean {
    const held = terms.map((term) => this.vocabulary.indexOf(term));
    if (held.includes(-1)) return () => false;
    return (id) => {
      const document = this.documentOf(id);
      return (
        document !== undefined &&
        held.every((t) => {
          const end = this.starts[t + 1]!;
          const at = this.firstAtLeast(document, this.starts[t]!, end);
          return at < end && this.documents[at] === document;
        })
      );
    };
  }

  private postingCount(term: number): number {
    return this.starts[term + 1]! - this.starts[term]!;
  }

  /** The first posting from `start` to `end` (ascending documents) whose document is `document` or later; `end` when none. */
  private firstAtLeast(document: number, start: number, end: number): number {
    let low = start;
    let high = end;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (this.documents[middle]! < document) low = middle + 1;
      else high = middle;
    }
    return low;
  }

  private documentOf(id: string): number | undefined {
    this.rows ??= new Map(this.ids.map((documentId, document) => [documentId, document]));
    return this.rows.get(id);
  }

  /**
   * BM25 scores of the documents that hold a query term or one close to it (with `matchAll`,
   * every term exactly) and pass `filter`, best first: all of them, or the best `limit`.
   */
  query(text: string, options: LexicalQueryOptions = {}): LexicalHit[] {
    return this.search(text, options).hits;
  }

  /**
   * As `query`, and the score of any document found, for a caller that also needs the
   * scores of documents below the limit. A query term counts as often as the query repeats
   * it, as it did in MiniSearch; the filter is asked only of documents that make the cut.
   */
  search(text: string, options: LexicalQueryOptions = {}): LexicalResult {
    const { filter, matchAll = false, limit = Infinity } = options;
    const scores = matchAll ? this.scoresOfAll(analyze(text)) : this.scoresOfAny(analyze(text));
    const passes = filter && ((document: number) => filter(this.ids[document]!));
    return {
      hits: best(scores, limit, passes).map((document) => ({ id: this.ids[document]!, score: scores[document]! })),
      scoreOf: (id) => {
        const document = this.documentOf(id);
        return document !== undefined && scores[document]! > 0 && (!passes || passes(document)) ? scores[document] : undefined;
      },
    };
  }

  /** Every document's score for the query terms and those close to them (0: none). */
  private scoresOfAny(queryTerms: string[]): Float64Array {
    const scores = new Float64Array(this.size);
    for (const term of queryTerms) {
      const t = this.vocabulary.indexOf(term);
      if (t >= 0) this.addPostings(scores, t, 1);
      for (const { term: similar, distance } of this.similarTo(term)) {
        const length = this.vocabulary.terms[similar]!.length;
        this.addPostings(scores, similar, (FUZZY.weight * length) / (length + distance));
      }
    }
    return scores;
  }

  /** Every document's score for the query terms, where it holds each of them exactly (0: it does not). */
  private scoresOfAll(queryTerms: string[]): Float64Array {
    const scores = new Float64Array(this.size);
    const distinct = [...new Set(queryTerms)].map((term) => this.vocabulary.indexOf(term));
    if (distinct.length === 0 || distinct.includes(-1)) return scores;
    const held = new Uint16Array(this.size);
    for (const t of distinct) for (let at = this.starts[t]!, end = this.starts[t + 1]!; at < end; at++) held[this.documents[at]!]!++;
    for (const term of queryTerms) this.addPostings(scores, this.vocabulary.indexOf(term), 1);
    for (let document = 0; document < scores.length; document++) if (held[document] !== distinct.length) scores[document] = 0;
    return scores;
  }

  private addPostings(scores: Float64Array, term: number, weight: number): void {
    const { documents, scores: termScores } = this;
    for (let at = this.starts[term]!, end = this.starts[term + 1]!; at < end; at++) scores[documents[at]!]! += weight * termScores[at]!;
  }
}

/**
 * The documents with a score, best first (of equal scores, the lower number), at most `limit`
 * of them, that pass `passes`. A heap of the best so far, whose worst is at the root, keeps a
 * limited selection from sorting every match; `passes` is asked only of a document better
 * than that worst.
 */
function best(scores: Float64Array, limit: number, passes?: (document: number) => boolean): number[] {
  const better = (a: number, b: number) => scores[a]! > scores[b]! || (scores[a] === scores[b] && a < b);
  const byRank = (a: number, b: number) => (a === b ? 0 : better(a, b) ? -1 : 1);
  if (limit >= scores.length) {
    const all: number[] = [];
    for (let document = 0; document < scores.length; document++) if (scores[document]! > 0 && (!passes || passes(document))) all.push(document);
    return all.sort(byRank);
  }
  const heap: number[] = [];
  const siftDown = (from: number) => {
    for (let at = from; ; ) {
      const left = 2 * at + 1;
      if (left >= heap.length) return;
      const worse = left + 1 < heap.length && better(heap[left]!, heap[left + 1]!) ? left + 1 : left;
      if (!better(heap[at]!, heap[worse]!)) return;
      [heap[at], heap[worse]] = [heap[worse]!, heap[at]!];
      at = worse;
    }
  };
  for (let document = 0; document < scores.length && limit > 0; document++) {
    if (scores[document]! <= 0) continue;
    if (heap.length === limit && !better(document, heap[0]!)) continue;
    if (passes && !passes(document)) continue;
    if (heap.length < limit) {
      heap.push(document);
      for (let at = heap.length - 1; at > 0; ) {
        const parent = (at - 1) >> 1;
        if (!better(heap[parent]!, heap[at]!)) break;
        [heap[parent], heap[at]] = [heap[at]!, heap[parent]!];
        at = parent;
      }
    } else {
      heap[0] = document;
      siftDown(0);
    }
  }
  return heap.sort(byRank);
}
