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
import type { Draft, Reply } from "../written/reply.js";
import { datedLine, nothingFoundOn } from "../answer/digest.js";
import { closestHeading, sourceByline } from "../render/source-label.js";
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

/** One cited line of a message: its text, already safe to show, and the sources it cites. */
interface CitedLine {
  text: string;
  cites: number[];
}

/**
 * Cited lines, then one compact sources block with the sources they use. A long answer
 * loses whole lines from its end (so it is cut at sentence boundaries) until it fits one
 * message; `after` goes between the lines and the sources.
 */
function citedContent(lines: CitedLine[], sourceOf: (n: number) => ArticleRecord, separator: string, after = "", before = ""): string {
  const marked = (line: CitedLine) => `${line.text} ${line.cites.map((n) => `[${n}]`).join("")}`;
  for (let keep = lines.length; keep >= 1; keep--) {
    const kept = lines.slice(0, keep);
    const used = [...new Set(kept.flatMap((line) => line.cites))].sort((a, b) => a - b);
    const sources = `${after}\n\n**Sources**\n${used.map((n) => sourceLine(n, sourceOf(n))).join("\n")}`;
    const text = before + kept.map(marked).join(separator);
    if (text.length + sources.length <= LIMITS.content) return text + sources;
    if (keep === 1) {
      // One line longer than a message: shorten the line itself, keep the sources.
      const marker = marked({ text: "", cites: kept[0]!.cites });
      return fit(`${truncate(kept[0]!.text, Math.max(100, LIMITS.content - sources.length - marker.length))}${marker}${sources}`);
    }
  }
  return "";
}

/** The cited sentences, then one compact sources block. */
export function answerContent(answer: Answer): string {
  if (answer.abstained) {
    const closest = answer.closest.map((article) => `• ${sourceLabel(article)}`);
    return fit([safeText(answer.text), ...(closest.length ? ["", `**${closestHeading(answer)}**`, ...closest] : [])].join("\n"));
  }
  // A digest is a timeline: one dated line an article.
  const lines = answer.citations.map((c) => ({
    text: answer.kind === "digest" ? `• ${datedLine(c.article.date, safeText(c.quote))}` : safeText(c.quote),
    cites: [c.n],
  }));
  const heading = answer.heading ? `${safeText(answer.heading)}\n` : "";
  return citedContent(lines, (n) => answer.sources[n - 1]!, answer.kind === "digest" ? "\n" : " ", notFoundLine(answer.notFoundOn), heading) || fit(safeText(answer.text));
}

/** A written answer, or the part of it checked so far while it is `writing`. */
export function writtenContent(draft: Draft, writing = false, { notFoundOn, heading }: Pick<Answer, "notFoundOn" | "heading"> = {}): string {
  const lines = draft.sentences.map((sentence) => ({ text: safeText(sentence.text), cites: sentence.cites }));
  return citedContent(lines, (n) => draft.sources[n - 1]!.article, " ", writing ? " …" : notFoundLine(notFoundOn), heading ? `${safeText(heading)}\n` : "");
}

/** Under a digest of things listed, written or quoted: those no article was found on. */
function notFoundLine(notFoundOn: string[] | undefined): string {
  return notFoundOn ? `\n${safeText(nothingFoundOn(notFoundOn))}` : "";
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

export const MORE_PREFIX = "more";

/** Under an answer: the next sentences of the stories it quoted, for whoever asks. */
function moreButton(answerKey: string): ButtonBuilder {
  return new ButtonBuilder().setCustomId(`${MORE_PREFIX}:${answerKey}`).setLabel("More").setStyle(ButtonStyle.Secondary);
}

export const QUOTES_PREFIX = "quotes";

/** Under a written answer: the quotes it was written from, shown to whoever asks for them. */
function quotesButton(answerKey: string): ButtonBuilder {
  return new ButtonBuilder().setCustomId(`${QUOTES_PREFIX}:${answerKey}`).setLabel("Show quotes").setStyle(ButtonStyle.Secondary);
}

/** The reply to a question: the written answer with its buttons, or the extractive answer as before. */
export function replyPayload(reply: Reply, answerKey: string): Payload {
  if (reply.mode === "extractive") return answerPayload(reply.answer, answerKey);
  return { content: writtenContent(reply, false, reply.answer), embeds: [], components: [feedbackButtons(answerKey).addComponents(quotesButton(answerKey), moreButton(answerKey))], allowedMentions: NO_MENTIONS };
}

/** A written answer as far as it is checked, while the rest is being written. */
export function draftPayload(draft: Draft): Payload {
  return { content: writtenContent(draft, true), embeds: [], components: [], allowedMentions: NO_MENTIONS };
}

export function answerPayload(answer: Answer, answerKey?: string): Payload {
  return {
    content: answerContent(answer),
    embeds: [],
    components: answerKey && !answer.abstained ? [feedbackButtons(answerKey).addComponents(moreButton(answerKey))] : [],
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
