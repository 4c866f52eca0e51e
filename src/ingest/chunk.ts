/**
 * Packs an article's sentences into chunks that fit the embedding model's input, with a
 * small overlap so that a fact split across a chunk boundary is whole in one of them.
 */
import { splitSentences, type Sentence } from "./sentences.js";

export interface ChunkingParams {
  /** Most model tokens in a chunk, title included. */
  maxTokens: number;
  /** Sentences repeated from the end of one chunk at the start of the next. */
  overlapSentences: number;
}

export interface Chunk {
  /** `${articleId}#${index}` */
  id: string;
  articleId: string;
  index: number;
  text: string;
  /** Character offsets of `text` in the article's cleaned text. */
  start: number;
  end: number;
}

export type TokenCounter = (text: string) => number;

export function chunkArticle(
  article: { id: string; title: string; text: string },
  params: ChunkingParams,
  countTokens: TokenCounter,
): Chunk[] {
  const budget = Math.max(16, params.maxTokens - countTokens(article.title));
  const pieces = splitSentences(article.text).flatMap((sentence) => splitLongSentence(sentence, budget, countTokens));
  const sizes = pieces.map((piece) => countTokens(piece.text));
  const chunks: Chunk[] = [];
  let first = 0;
  while (first < pieces.length) {
    let last = first;
    let used = sizes[first]!;
    while (last + 1 < pieces.length && used + sizes[last + 1]! <= budget) used += sizes[++last]!;
    const start = pieces[first]!.start;
    const end = pieces[last]!.end;
    chunks.push({ id: `${article.id}#${chunks.length}`, articleId: article.id, index: chunks.length, text: article.text.slice(start, end), start, end });
    if (last + 1 >= pieces.length) break;
    // Step back for the overlap, but always move forward by at least one sentence.
    first = Math.max(first + 1, last + 1 - params.overlapSentences);
  }
  return chunks;
}

/**
 * A sentence longer than the whole budget is cut at word boundaries. Word token counts
 * are summed, which is exact for tokenizers that split on white space first (WordPiece,
 * word-level) and close for the others.
 */
function splitLongSentence(sentence: Sentence, budget: number, countTokens: TokenCounter): Sentence[] {
  if (countTokens(sentence.text) <= budget) return [sentence];
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
