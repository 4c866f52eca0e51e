import { formatDate } from "../corpus/dates.js";
import type { ArticleRecord } from "../index/corpus-index.js";

/** "TASS, 14 Mar 2023", "Armenpress", "14 Mar 2023" or "Unknown outlet": what a citation says before the headline. */
export function sourceByline(article: Pick<ArticleRecord, "outlet" | "date">): string {
  const parts = [article.outlet, formatDate(article.date)].filter(Boolean);
  return parts.length > 0 ? parts.join(", ") : "Unknown outlet";
}

/** What the articles listed under a reply that quotes nothing are: the newest, for the news asked for with no topic, else the closest to the question. */
export function closestHeading(answer: { kind: string }): string {
  return answer.kind === "chat" ? "Newest articles" : "Closest articles";
}
