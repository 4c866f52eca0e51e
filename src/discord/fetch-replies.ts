/**
 * The replies of /add and /feeds, laid out for Discord. Everything in them comes from the
 * web (headlines, outlets, feed titles, reasons naming links) and is shown through
 * safeText and quietUrl, like article text: no pings, no Markdown, no link previews.
 */
import type { FeedStatus, FollowResult } from "../app/corpus-updater.js";
import type { CollectReport } from "../feeds/collect.js";
import { sourceByline } from "../render/source-label.js";
import { quietUrl, safeText, truncate } from "./escape.js";
import { LIMITS } from "./limits.js";

/** What /add did with its one link: the article added, the file that has it already, or why not; `notSaved` when the index could not be written. */
export function addReply(report: CollectReport, notSaved?: string): string {
  const [added] = report.added;
  if (added) {
    const what = `“${safeText(added.title)}” (${safeText(sourceByline(added))}) ${quietUrl(added.url) ?? ""}`;
    if (notSaved) return fit(`Added ${what} to the articles, but the index could not be saved (${safeText(notSaved)}), so I cannot answer from it yet.`);
    return fit(`Added ${what}. Ask about it now.`);
  }
  const [had] = report.alreadyHad;
  if (had) return fit(`I have that article already (${safeText(had.file)}), so nothing was added.`);
  const reasons = report.problems.map((problem) => `• ${safeText(problem.reason)}`);
  return fit(["Not added:", ...(reasons.length ? reasons : ["• the page held no article"])].join("\n"));
}

export function feedListReply(feeds: FeedStatus[], pollMinutes: number): string {
  if (feeds.length === 0) return "I follow no feeds. Add one with `/feeds add url:`.";
  const polling = pollMinutes > 0 ? `I poll them every ${minutes(pollMinutes)}.` : "Polling is off (FEED_POLL_MINUTES=0); the admin runs `npm run fetch`.";
  const lines = feeds.map((feed) => {
    const name = feed.title ? `${safeText(feed.title)} ${quietUrl(feed.url) ?? ""}` : (quietUrl(feed.url) ?? safeText(feed.url));
    const checked = feed.checked ? `checked <t:${Math.floor(Date.parse(feed.checked) / 1000)}:R>` : "not polled yet";
    return `• ${name}: ${checked}${feed.problem ? `; last poll failed: ${safeText(feed.problem)}` : ""}`;
  });
  return fit([`I follow ${feeds.length === 1 ? "1 feed" : `${feeds.length} feeds`}. ${polling}`, ...lines].join("\n"));
}

export function followReply(result: FollowResult): string {
  const link = quietUrl(result.url) ?? safeText(result.url);
  if (!result.followed) return fit(`Not following ${link}: ${safeText(result.reason)}.`);
  const title = result.title ? `“${safeText(result.title)}” ` : "";
  return fit(`Now following ${title}${link} (${result.items === 1 ? "1 item" : `${result.items} items`} listed). Its new articles are being fetched now.`);
}

export function unfollowReply(url: string, removed: boolean): string {
  const link = quietUrl(url) ?? safeText(url);
  return removed ? fit(`Stopped following ${link}. The articles it brought stay.`) : fit(`I was not following ${link}.`);
}

function minutes(value: number): string {
  return value === 1 ? "minute" : `${value} minutes`;
}

function fit(text: string): string {
  return truncate(text, LIMITS.content);
}
