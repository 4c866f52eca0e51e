/**
 * Answers and search results as Discord payloads. Nothing is computed here: the answer
 * comes whole from the core, and this only lays it out within Discord's limits.
 */
import {
  ActionRowBuilder,
  ButtonBuilder,
  ButtonStyle,
  EmbedBuilder,
  MessageFlags,
  type APIEmbed,
  type MessageCreateOptions,
} from "discord.js";
import type { Answer } from "../answer/answer.js";
import type { ArticleRecord } from "../index/corpus-index.js";
import type { Passage } from "../search/retrieve.js";
import { formatDate } from "../corpus/dates.js";
import { sourceByline } from "../render/source-label.js";
import { quietUrl, safeLinkText, safeText, truncate } from "./escape.js";
import { LIMITS } from "./limits.js";

/** Every payload pings no one, whatever its text. */
export const NO_MENTIONS = { parse: [], repliedUser: false } as const;

export type Payload = Pick<MessageCreateOptions, "content" | "embeds" | "components"> & { allowedMentions: typeof NO_MENTIONS };

/** "Outlet, date: [headline](<url>)", or the headline alone when there is no link. */
function sourceLabel(article: ArticleRecord): string {
  const headline = truncate(article.title, 150);
  const link = article.url && quietUrl(article.url);
  const title = link ? `[${safeLinkText(headline)}](${link})` : safeText(headline);
  return `${safeText(sourceByline(article))}: ${title}`;
}

/** "[n] Outlet, date: [headline](<url>)": one line of an answer's sources block. */
export function sourceLine(n: number, article: ArticleRecord): string {
  return `[${n}] ${sourceLabel(article)}`;
}

/**
 * The cited sentences, then one compact sources block. A long answer loses whole
 * quotes from its end (so it is cut at sentence boundaries) until it fits one message.
 */
export function answerContent(answer: Answer): string {
  if (answer.abstained) {
    const closest = answer.closest.map((article) => `• ${sourceLabel(article)}`);
    return fit([safeText(answer.text), ...(closest.length ? ["", "**Closest articles**", ...closest] : [])].join("\n"));
  }
  for (let keep = answer.citations.length; keep >= 1; keep--) {
    const citations = answer.citations.slice(0, keep);
    const used = [...new Set(citations.map((c) => c.n))].sort((a, b) => a - b);
    const sources = `\n\n**Sources**\n${used.map((n) => sourceLine(n, answer.sources[n - 1]!)).join("\n")}`;
    // A digest is a timeline: one dated line an article.
    const quotes =
      answer.kind === "digest"
        ? citations.map((c) => `• ${c.article.date ? `${formatDate(c.article.date)}: ` : ""}${safeText(c.quote)} [${c.n}]`).join("\n")
        : citations.map((c) => `${safeText(c.quote)} [${c.n}]`).join(" ");
    if (quotes.length + sources.length <= LIMITS.content) return quotes + sources;
    if (keep === 1) {
      // One quote longer than a message: shorten the quote itself, keep the sources.
      const marker = ` [${citations[0]!.n}]`;
      const room = LIMITS.content - sources.length - marker.length;
      return fit(`${truncate(safeText(citations[0]!.quote), Math.max(100, room))}${marker}${sources}`);
    }
  }
  return fit(safeText(answer.text));
}

function fit(text: string): string {
  return truncate(text, LIMITS.content);
}

export const FEEDBACK_PREFIX = "feedback";

export function feedbackButtons(answerKey: string): ActionRowBuilder<ButtonBuilder> {
  return new ActionRowBuilder<ButtonBuilder>().addComponents(
    new ButtonBuilder().setCustomId(`${FEEDBACK_PREFIX}:up:${answerKey}`).setLabel("Helpful").setEmoji("👍").setStyle(ButtonStyle.Secondary),
    new ButtonBuilder().setCustomId(`${FEEDBACK_PREFIX}:down:${answerKey}`).setLabel("Not helpful").setEmoji("👎").setStyle(ButtonStyle.Secondary),
  );
}

export function answerPayload(answer: Answer, answerKey?: string): Payload {
  return {
    content: answerContent(answer),
    embeds: [],
    components: answerKey && !answer.abstained ? [feedbackButtons(answerKey)] : [],
    allowedMentions: NO_MENTIONS,
  };
}

export const SEARCH_PREFIX = "search";
export const PAGE_SIZE = 5;

/** One page of search results as an embed, with Previous / Next buttons. */
export function searchPayload(query: string, passages: Passage[], page: number, searchKey: string): Payload {
  const pages = Math.max(1, Math.ceil(passages.length / PAGE_SIZE));
  const shown = passages.slice(page * PAGE_SIZE, (page + 1) * PAGE_SIZE);
  const perPassage = Math.floor((LIMITS.embedDescription - 50) / PAGE_SIZE);
  const description =
    shown.length === 0
      ? "No passages found."
      : shown
          .map((p) => {
            const head = `**${p.rank}.** ${sourceLabel(p.article)} · score ${p.score.toFixed(2)}`;
            return `${truncate(head, 400)}\n> ${truncate(safeText(p.chunk.text), perPassage - Math.min(head.length, 400) - 10)}`;
          })
          .join("\n\n");
  const embed: APIEmbed = new EmbedBuilder()
    .setTitle(truncate(`Search: ${safeText(query)}`, LIMITS.embedTitle))
    .setDescription(truncate(description, LIMITS.embedDescription))
    .setFooter({ text: `Page ${page + 1} of ${pages} · ${passages.length} passages` })
    .toJSON();
  const button = (label: string, target: number, disabled: boolean) =>
    new ButtonBuilder().setCustomId(`${SEARCH_PREFIX}:${searchKey}:${target}`).setLabel(label).setStyle(ButtonStyle.Secondary).setDisabled(disabled);
  return {
    embeds: [embed],
    components: [new ActionRowBuilder<ButtonBuilder>().addComponents(button("Previous", page - 1, page === 0), button("Next", page + 1, page >= pages - 1))],
    allowedMentions: NO_MENTIONS,
  };
}

/** A short notice. */
export function notice(text: string): Payload {
  return { content: truncate(text, LIMITS.content), embeds: [], components: [], allowedMentions: NO_MENTIONS };
}

/** A short notice for the person who asked only (an ephemeral interaction reply). */
export function privateNotice(text: string): Payload & { flags: MessageFlags.Ephemeral } {
  return { ...notice(text), flags: MessageFlags.Ephemeral };
}
