/** Answers and search results as plain text for a terminal. */
import type { Answer } from "../answer/answer.js";
import { nothingFoundOn } from "../answer/digest.js";
import type { ArticleRecord } from "../index/corpus-index.js";
import type { Passage } from "../search/retrieve.js";
import { writtenText, type Reply } from "../written/reply.js";
import { closestHeading, sourceByline } from "./source-label.js";

/** "Outlet, date: Headline <url>" */
function sourceText(article: ArticleRecord): string {
  return `${sourceByline(article)}: ${article.title}${article.url ? ` <${article.url}>` : ""}`;
}

export function answerToText(answer: Answer): string {
  if (answer.abstained) {
    const closest = answer.closest.map((article) => `  - ${sourceText(article)}`);
    return [answer.text, ...(closest.length ? [`${closestHeading(answer)}:`, ...closest] : [])].join("\n");
  }
  return [answer.text, "", ...sourcesBlock(answer.sources)].join("\n");
}

function sourcesBlock(articles: ArticleRecord[]): string[] {
  return ["Sources:", ...articles.map((article, i) => `[${i + 1}] ${sourceText(article)}`)];
}

/** A reply: the written answer and its sources (with `quotes`, then the extractive answer it was written from), or the extractive answer. */
export function replyToText(reply: Reply, options: { quotes?: boolean } = {}): string {
  if (reply.mode === "extractive") return answerToText(reply.answer);
  const notFound = reply.answer.notFoundOn ? [nothingFoundOn(reply.answer.notFoundOn)] : [];
  const written = [...(reply.answer.heading ? [reply.answer.heading] : []), writtenText(reply), ...notFound, "", ...sourcesBlock(reply.sources.map((source) => source.article))];
  return [...written, ...(options.quotes ? ["", "Quotes:", answerToText(reply.answer)] : [])].join("\n");
}

export function passagesToText(passages: Passage[]): string {
  if (passages.length === 0) return "No passages found.";
  return passages.map((p) => `#${p.rank}  score ${p.score.toFixed(3)}  ${sourceText(p.article)}\n    ${p.chunk.text.replace(/\s+/g, " ")}`).join("\n\n");
}
