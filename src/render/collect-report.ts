/** What a fetch did, as plain text for a terminal: each article added, each link not added and why. */
import type { CollectReport } from "../feeds/collect.js";
import { sourceByline } from "./source-label.js";

export function collectReportToText(report: CollectReport): string {
  const lines: string[] = [];
  if (report.feeds.length > 0) {
    const count = (status: string) => report.feeds.filter((feed) => feed.status === status).length;
    lines.push(`Feeds: ${report.feeds.length} polled (${count("read")} read, ${count("unchanged")} unchanged since the last poll, ${count("failed")} failed).`);
  }
  for (const url of report.followed) lines.push(`Now following the feed ${url} (added to feeds.txt).`);
  lines.push(report.added.length === 1 ? "Added 1 article:" : `Added ${report.added.length} articles${report.added.length ? ":" : "."}`);
  for (const article of report.added) lines.push(`  + ${sourceByline(article)}: ${article.title} <${article.url}> (${article.file})`);
  for (const { url, file } of report.alreadyHad) lines.push(`Already in the corpus: ${url} (${file})`);
  if (report.problems.length > 0) lines.push(`Not added or read (${report.problems.length}):`);
  for (const { source, reason } of report.problems) lines.push(`  - ${source}: ${reason}`);
  return `${lines.join("\n")}\n`;
}
