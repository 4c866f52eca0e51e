/**
 * Corpus text is untrusted in Discord: every string from it is shown through safeText,
 * so it cannot ping anyone (allowed mentions are off as well; this also keeps "@everyone"
 * from rendering as a mention), mention a command, break the layout with Markdown, fake
 * a link, turn text around with bidirectional controls, or unfold a link preview.
 */
import { escapeMarkdown } from "discord.js";
import { safeUrl } from "../corpus/url.js";

const ZERO_WIDTH_SPACE = "\u200b";
/** Controls that reorder the text around them (U+202E shows "txt.exe" as "exe.txt"). */
const BIDI_CONTROLS = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
/** A bare web link in running text, without the punctuation that ends a sentence after it. */
const BARE_LINK = /\bhttps?:\/\/[^\s<>]*[^\s<>.,;:!?'"’”)\]]/gi;

function defuse(text: string): string {
  // Every bracket is escaped: a link cut out of "[text](url)" leaves no pattern for maskedLink to see.
  return escapeMarkdown(text, { heading: true, bulletedList: true, numberedList: true })
    .replace(/[[\]]/g, "\\$&")
    .replace(/@/g, `@${ZERO_WIDTH_SPACE}`)
    .replace(/<(?=[@#&:/a-z])/gi, `<${ZERO_WIDTH_SPACE}`);
}

export function safeText(text: string): string {
  const folded = text.replace(BIDI_CONTROLS, "").replace(/\s+/g, " ").trim();
  // Links in quoted text stay clickable but unfold no preview; the text around them is defused.
  let shown = "";
  let last = 0;
  for (const link of folded.matchAll(BARE_LINK)) {
    const href = safeUrl(link[0]).href;
    shown += defuse(folded.slice(last, link.index)) + (href ? `<${href}>` : defuse(link[0]));
    last = link.index + link[0].length;
  }
  return shown + defuse(folded.slice(last));
}

/** Link text for a masked link: no brackets that would end it early. */
export function safeLinkText(text: string): string {
  return safeText(text.replace(/\[/g, "(").replace(/\]/g, ")"));
}

/** A stored link inside <...>, so Discord shows no preview, in the form safe to show; null if it is no web link. */
export function quietUrl(url: string): string | null {
  const href = safeUrl(url).href;
  return href && `<${href}>`;
}

/** Cuts text to at most `max` characters at a word boundary, with an ellipsis. */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(" ");
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).trimEnd()}…`;
}
