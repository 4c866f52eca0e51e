/**
 * The per-article work of an ingest, done in worker threads (ingest-worker.ts) or, for a
 * small corpus, on the main thread: a batch of articles is cut into chunks, the chunks are
 * read for the lexical index (with the aliases their articles give) and embedded, and all of
 * it goes back in one message.
 */
import { abbreviationsIn, otherFormsIn } from "../corpus/abbreviations.js";
import type { Embedder } from "../embedding/embedder.js";
import { analyzeDocuments, type AnalysedDocuments } from "../index/lexical-index.js";
import type { Chunk, ChunkingParams } from "../text/chunk.js";
import { chunkArticle, chunkArticleTokens } from "./chunk.js";

export interface ArticleText {
  id: string;
  title: string;
  text: string;
}

export interface PreparedBatch {
  /** Each article's chunks, in the order given. */
  chunks: Chunk[][];
  /** Every chunk, article after article, as the lexical index reads it. */
  lexical: AnalysedDocuments;
  /** Every chunk's vector, row after row (one message, no per-vector objects). */
  vectors: Float32Array;
}

/** The text a chunk is embedded as: its article's title, then its own text. */
export function embeddedText(title: string, chunk: Chunk): string {
  return `${title}\n${chunk.text}`;
}

/** An abbreviation is defined once in an article, then used in either form: each chunk gets the form it lacks. */
export function aliasesOf(article: ArticleText, chunks: Chunk[]): string[] {
  const abbreviations = abbreviationsIn(article.text);
  return chunks.map((chunk) => otherFormsIn(`${article.title} ${chunk.text}`, abbreviations).join(" "));
}

export async function prepareBatch(articles: ArticleText[], chunking: ChunkingParams, embedder: Embedder): Promise<PreparedBatch> {
  const { words } = embedder;
  const chunks: Chunk[][] = [];
  let vectors: Float32Array[];
  if (words) {
    // A word-level model embeds the token ids counted while cutting, rather than tokenizing again.
    const ids: number[][] = [];
    for (const article of articles) {
      const tokenized = chunkArticleTokens(article, chunking, words);
      chunks.push(tokenized.chunks);
      ids.push(...tokenized.ids);
    }
    vectors = words.embed(ids);
  } else {
    for (const article of articles) chunks.push(chunkArticle(article, chunking, (text) => embedder.countTokens(text)));
    vectors = await embedder.embed(articles.flatMap((article, i) => chunks[i]!.map((chunk) => embeddedText(article.title, chunk))), "passage");
  }
  const lexical = analyzeDocuments(
    articles.flatMap((article, i) => {
      const aliases = aliasesOf(article, chunks[i]!);
      return chunks[i]!.map((chunk, j) => ({ id: chunk.id, title: article.title, text: chunk.text, aliases: aliases[j] }));
    }),
  );
  const rows = new Float32Array(vectors.length * embedder.dimension);
  vectors.forEach((vector, row) => rows.set(vector, row * embedder.dimension));
  return { chunks, lexical, vectors: rows };
}
