/** A chunk of an article: the unit that is embedded, indexed, retrieved and quoted from. */

export interface ChunkingParams {
  /** Most model tokens in a chunk, title included. */
  maxTokens: number;
  /** Sentences repeated from the end of one chunk at the start of the next. */
  overlapSentences: number;
}

export interface Chunk {
  /** `chunkId(articleId, index)` */
  id: string;
  articleId: string;
  index: number;
  text: string;
  /** Character offsets of `text` in the article's cleaned text. */
  start: number;
  end: number;
}

/** The id of an article's chunk by its place in the article (0 for the first). */
export function chunkId(articleId: string, index: number): string {
  return `${articleId}#${index}`;
}
