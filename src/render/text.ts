/** Answers and search results as plain text for a terminal. */
import type { Answer } from "../answer/answer.js";
import type { ArticleRecord } from "../index/corpus-index.js";
import type { Passage } from "../search/retrieve.js";
import { sourceByline } from "./source-label.js";

/** "Outlet, date: Headline <url>" */
function sourceText(article: ArticleRecord): string {
  return `${sourceByline(article)}: ${article.title}${article.url ? ` <${article.url}>` : ""}`;
}

export function answerToText(answer: Answer): string {
  if (answer.abstained) {
    const closest = answer.closest.map((article) => `  - ${sourceText(article)}`);
    return [answer.text, ...(closest.length ? ["Closest articles:", ...closest] : [])].join("\n");
  }
  const sources = answer.sources.map((article, i) => `[${i + 1}] ${sourceText(article)}`);
  return [answer.text, "", "Sources:", ...sources].join("\n");
}

export function passagesToText(passages: Passage[]): string {
  if (passages.length === 0) return "No passages found.";
  return passages.map((p) => `#${p.rank}  score ${p.score.toFixed(3)}  ${sourceText(p.article)}\n    ${p.chunk.text.replace(/\s+/g, " ")}`).join("\n\n");
}
