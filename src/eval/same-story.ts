/**
 * Stories the wire sent more than once. The Reuters collection holds some story twice under one
 * headline, refiled hours later ("Japan Minister Says About 170 Yen Appropriate", March 13, as
 * reuters-4633 and reuters-4709): an answer that cites either copy cites the story. A story
 * rewritten under the same headline is another.
 */
import { analyze } from "../index/analyzer.js";
import type { CorpusIndex } from "../index/corpus-index.js";

/** Share of their terms two opening passages under one headline have in common when they are one story refiled. */
const SAME_STORY = 0.8;

/** For an article, the other articles of the index that are the same story. */
export function storyCopies(index: CorpusIndex): (id: string) => string[] {
  const byHeadline = new Map<string, string[]>();
  for (const article of index.articles.values()) {
    const headline = article.title.trim().toLowerCase();
    const ids = byHeadline.get(headline);
    if (ids) ids.push(article.id);
    else byHeadline.set(headline, [article.id]);
  }
  const shared = new Set([...byHeadline.values()].filter((ids) => ids.length > 1).flat());
  const opening = new Map(index.chunks.filter((chunk) => chunk.index === 0 && shared.has(chunk.articleId)).map((chunk) => [chunk.articleId, new Set(analyze(chunk.text))]));
  const alike = (a: string, b: string) => {
    const [x, y] = [opening.get(a), opening.get(b)];
    if (!x || !y) return false;
    const common = [...x].filter((term) => y.has(term)).length;
    return common / (x.size + y.size - common) >= SAME_STORY;
  };
  const copies = new Map<string, string[]>();
  for (const ids of byHeadline.values()) {
    for (const id of ids) {
      const others = ids.filter((other) => other !== id && alike(id, other));
      if (others.length > 0) copies.set(id, others);
    }
  }
  return (id) => copies.get(id) ?? [];
}
