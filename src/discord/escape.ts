/**
 * Corpus text is untrusted in Discord: it must not ping anyone (allowed mentions are off
 * as well; this also keeps "@everyone" from rendering as a mention), break the layout
 * with Markdown, or fake a link.
 */
import { escapeMarkdown } from "discord.js";

const ZERO_WIDTH_SPACE = "\u200b";

export function safeText(text: string): string {
  return escapeMarkdown(text.replace(/\s+/g, " ").trim(), { heading: true, bulletedList: true, numberedList: true, maskedLink: true })
    .replace(/@/g, `@${ZERO_WIDTH_SPACE}`)
    .replace(/<(?=[@#&:a-z])/gi, `<${ZERO_WIDTH_SPACE}`);
}

/** Link text for a masked link: no brackets that would end it early. */
export function safeLinkText(text: string): string {
  return safeText(text.replace(/\[/g, "(").replace(/\]/g, ")"));
}

/** A URL inside <...> so Discord shows no preview; characters that would end it are encoded. */
export function quietUrl(url: string): string {
  return `<${url.replace(/[<>\s)]/g, (c) => encodeURIComponent(c))}>`;
}

/** Cuts text to at most `max` characters at a word boundary, with an ellipsis. */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(" ");
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).trimEnd()}…`;
}
