/** Answers and search results as plain text for a terminal. */
import type { Answer } from "../answer/answer.js";
import type { Passage } from "../search/retrieve.js";
import { sourceByline } from "./source-label.js";

export function answerToText(answer: Answer): string {
  if (answer.abstained) {
    const closest = answer.closest.map((article) => `  - ${sourceByline(article)}: ${article.title}${article.url ? ` <${article.url}>` : ""}`);
    return [answer.text, ...(closest.length ? ["Closest articles:", ...closest] : [])].join("\n");
  }
  const sources = answer.sources.map((article, i) => `[${i + 1}] ${sourceByline(article)}: ${article.title}${article.url ? ` <${article.url}>` : ""}`);
  return [answer.text, "", "Sources:", ...sources].join("\n");
}

export function passagesToText(passages: Passage[]): string {
  if (passages.length === 0) return "No passages found.";
  return passages
    .map((p) => `#${p.rank}  score ${p.score.toFixed(3)}  ${sourceByline(p.article)}: ${p.article.title}${p.article.url ? ` <${p.article.url}>` : ""}\n    ${p.chunk.text.replace(/\s+/g, " ")}`)
    .join("\n\n");
}
