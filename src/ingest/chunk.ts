/**
 * Packs an article's sentences into chunks that fit the embedding model's input, as few and
 * as even in size as the budget allows, with a small overlap so that a fact split across a
 * chunk boundary is whole in one of them.
 */
import { splitSentences, type Sentence } from "../text/sentences.js";
import { chunkId, type Chunk, type ChunkingParams } from "../text/chunk.js";

/** Bumped whenever the same parameters cut articles differently, so stored indexes are rebuilt. */
export const CHUNKER_VERSION = 6;

export type TokenCounter = (text: string) => number;

export function chunkArticle(
  article: { id: string; title: string; text: string },
  params: ChunkingParams,
  countTokens: TokenCounter,
): Chunk[] {
  return cut(article, params, (text) => ({ size: countTokens(text) })).chunks;
}

/** How a word-level tokenizer reads text (Embedder["words"]). */
export interface WordTokenizer {
  ids(text: string): number[];
  separates(gap: string): boolean;
}

/**
 * The chunks chunkArticle cuts, each with the token ids of `${title}\n${text}` (what is
 * embedded), made from the ids of its sentences as they were counted, not by a second pass.
 */
export function chunkArticleTokens(article: { id: string; title: string; text: string }, params: ChunkingParams, words: WordTokenizer): { chunks: Chunk[]; ids: number[][] } {
  const { chunks, pieces, runs, title } = cut(article, params, (text) => {
    const ids = words.ids(text);
    return { size: ids.length, ids };
  });
  const ids = runs.map(([first, last], index) => {
    const run = pieces.slice(first, last + 1);
    // A line break always separates the title's tokens from the text's.
    const joined = run.every((piece, i) => i === 0 || words.separates(article.text.slice(run[i - 1]!.end, piece.start)));
    return [...title.ids!, ...(joined ? run.flatMap((piece) => piece.ids!) : words.ids(chunks[index]!.text))];
  });
  return { chunks, ids };
}

interface Measure {
  size: number;
  ids?: number[];
}

function cut(article: { id: string; title: string; text: string }, params: ChunkingParams, measure: (text: string) => Measure) {
  const title = measure(article.title);
  const budget = Math.max(16, params.maxTokens - title.size);
  // Each sentence is measured once (counting is most of the cost of chunking).
  const pieces = splitSentences(article.text).flatMap((sentence) => {
    const measured = measure(sentence.text);
    return measured.size <= budget
      ? [{ ...sentence, ...measured }]
      : splitLongSentence(sentence, budget, (text) => measure(text).size).map((piece) => ({ ...piece, ...measure(piece.text) }));
  });
  const sizes = pieces.map((piece) => piece.size);
  // The fewest chunks the budget allows, made as even as they can be: a long article's last
  // chunk is not a short tail that BM25's length normalisation would favour.
  const fewest = pack(sizes, budget, params.overlapSentences);
  let low = 1;
  let high = budget;
  while (low < high) {
    const mid = Math.floor((low + high) / 2);
    if (pack(sizes, mid, params.overlapSentences).length <= fewest.length) high = mid;
    else low = mid + 1;
  }
  const runs = pack(sizes, low, params.overlapSentences);
  const chunks = runs.map(([first, last], index): Chunk => {
    const start = pieces[first]!.start;
    const end = pieces[last]!.end;
    return { id: chunkId(article.id, index), articleId: article.id, index, text: article.text.slice(start, end), start, end };
  });
  return { chunks, pieces, runs, title };
}

/** Sentences packed greedily into runs of at most `budget` tokens, as [first, last] indexes. */
function pack(sizes: number[], budget: number, overlapSentences: number): [number, number][] {
  const runs: [number, number][] = [];
  let first = 0;
  while (first < sizes.length) {
    let last = first;
    let used = sizes[first]!;
    while (last + 1 < sizes.length && used + sizes[last + 1]! <= budget) used += sizes[++last]!;
    runs.push([first, last]);
    if (last + 1 >= sizes.length) break;
    // Step back for the overlap, but always move forward by at least one sentence.
    first = Math.max(first + 1, last + 1 - overlapSentences);
  }
  return runs;
}

/**
 * A sentence longer than the whole budget is cut at word boundaries. Word token counts
 * are summed, which is exact for tokenizers that split on white space first (WordPiece,
 * word-level) and close for the others.
 */
function splitLongSentence(sentence: Sentence, budget: number, countTokens: TokenCounter): Sentence[] {
  const pieces: Sentence[] = [];
  let piece: { start: number; end: number } | null = null;
  let used = 0;
  for (const word of sentence.text.matchAll(/\S+/g)) {
    const size = countTokens(word[0]);
    if (piece && used + size > budget) {
      pieces.push({ text: sentence.text.slice(piece.start, piece.end), start: sentence.start + piece.start, end: sentence.start + piece.end });
      piece = null;
    }
    if (!piece) {
      piece = { start: word.index, end: word.index };
      used = 0;
    }
    piece.end = word.index + word[0].length;
    used += size;
  }
  if (piece) pieces.push({ text: sentence.text.slice(piece.start, piece.end), start: sentence.start + piece.start, end: sentence.start + piece.end });
  return pieces;
}
