/**
 * The per-article work of an ingest, done in worker threads (ingest-worker.ts) or, for a
 * small corpus, on the main thread: cutting articles into chunks with their aliases, then
 * embedding the chunks. Cutting comes first for all articles so the number of chunks, which
 * progress is reported against, is known before the embedding starts.
 */
import { abbreviationsIn, otherFormsIn } from "../corpus/abbreviations.js";
import type { Embedder } from "../embedding/embedder.js";
import type { Chunk, ChunkingParams } from "../text/chunk.js";
import { chunkArticle, chunkArticleTokens } from "./chunk.js";

export interface ArticleText {
  id: string;
  title: string;
  text: string;
}

export interface CutArticle {
  chunks: Chunk[];
  /** Per chunk, the other names its article gives what the chunk names (LexicalDocument.aliases). */
  aliases: string[];
}

/** Token ids of several texts end to end: text i's are `ids[ends[i - 1] .. ends[i]]`. */
export interface TokenRuns {
  ids: Uint32Array;
  ends: Uint32Array;
}

export interface CutBatch {
  articles: CutArticle[];
  /** For a word-level model, the ids of each chunk's embedded text (title and text), chunk after chunk. */
  tokens?: TokenRuns;
}

/** What a batch of chunks is embedded from: their token ids when the cut gave them, else their texts. */
export type EmbedInput = { tokens: TokenRuns } | { texts: string[] };

/** The text a chunk is embedded as: its article's title, then its own text. */
export function embeddedText(title: string, chunk: Chunk): string {
  return `${title}\n${chunk.text}`;
}

/** An abbreviation is defined once in an article, then used in either form: each chunk gets the form it lacks. */
export function aliasesOf(article: ArticleText, chunks: Chunk[]): string[] {
  const abbreviations = abbreviationsIn(article.text);
  return chunks.map((chunk) => otherFormsIn(`${article.title} ${chunk.text}`, abbreviations).join(" "));
}

export function cutBatch(articles: ArticleText[], chunking: ChunkingParams, embedder: Embedder): CutBatch {
  const { words } = embedder;
  if (!words) {
    return {
      articles: articles.map((article) => {
        const chunks = chunkArticle(article, chunking, (text) => embedder.countTokens(text));
        return { chunks, aliases: aliasesOf(article, chunks) };
      }),
    };
  }
  const ids: number[][] = [];
  const cut = articles.map((article) => {
    const tokenized = chunkArticleTokens(article, chunking, words);
    ids.push(...tokenized.ids);
    return { chunks: tokenized.chunks, aliases: aliasesOf(article, tokenized.chunks) };
  });
  const ends = new Uint32Array(ids.length);
  let end = 0;
  ids.forEach((run, i) => (ends[i] = end += run.length));
  const flat = new Uint32Array(end);
  ids.forEach((run, i) => flat.set(run, ends[i]! - run.length));
  return { articles: cut, tokens: { ids: flat, ends } };
}

/** The chunks' vectors, row after row, as one array (one message, no per-vector objects). */
export async function embedBatch(input: EmbedInput, embedder: Embedder): Promise<Float32Array> {
  let vectors: Float32Array[];
  if ("texts" in input) vectors = await embedder.embed(input.texts, "passage");
  else {
    const { ids, ends } = input.tokens;
    vectors = embedder.words!.embed(Array.from(ends, (end, i) => ids.subarray(i === 0 ? 0 : ends[i - 1]!, end)));
  }
  const rows = new Float32Array(vectors.length * embedder.dimension);
  vectors.forEach((vector, row) => rows.set(vector, row * embedder.dimension));
  return rows;
}
