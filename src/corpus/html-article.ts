/**
 * The article in a web page: headline, outlet, publication date, canonical link and body
 * text, without the page around it (menus, cookie banners, share buttons, "related" lists,
 * comments, ads). Mozilla's Readability, the engine of Firefox Reader View, finds the body
 * and reads the metadata (Open Graph, article:published_time, JSON-LD NewsArticle), over a
 * linkedom DOM. Nothing is made up: a field the page does not give is null.
 */
import { Readability } from "@mozilla/readability";
import { escapeRegExp } from "../util/regexp.js";
import { cleanText } from "./clean-text.js";
import { parseHtmlDocument, type HtmlDocument } from "./dom.js";
import { publishedDate } from "./published-date.js";

export interface HtmlArticle {
  title: string | null;
  outlet: string | null;
  /** In corpus form (see published-date.ts); null when the page gives none or one that cannot be read. */
  date: string | null;
  /** The page's own date as written, when it could not be read, for a warning to quote. */
  unreadDate: string | null;
  /** The canonical URL the page declares (rel=canonical, og:url), resolved against the page's URL. */
  canonicalUrl: string | null;
  /** Paragraphs separated by blank lines. */
  text: string;
}

/** Page furniture that is never article text, removed before Readability looks (JSON-LD stays: it holds the metadata). */
const FURNITURE = [
  'script:not([type="application/ld+json"])',
  "style",
  "noscript",
  "template",
  "iframe",
  "nav",
  "aside",
  "footer",
  "form",
  "button",
  "dialog",
  "[role=navigation]",
  "[role=complementary]",
  "[role=contentinfo]",
  "[role=dialog]",
  "[aria-hidden=true]",
  "[hidden]",
].join(",");
/**
 * Class and id names of furniture Readability keeps when it sits beside the story: bylines
 * (the metadata names the author), consent and paywall banners, comment threads, "related"
 * and share blocks. Whole names only, so that "has-comments" on an article does not match.
 */
const FURNITURE_NAME = /^(comments?|comments?[-_][\w-]+|disqus_thread|(byline|cookie|consent|gdpr|paywall|newsletter|related|share|sharing|social|breadcrumbs?)([-_][\w-]*)?)$/i;
/** Media and captions inside the article: a caption is not the story. */
const MEDIA = "figure,figcaption,picture,img,svg,video,audio";
/** Blocks that end a paragraph of text. */
const BLOCKS = "p,h1,h2,h3,h4,h5,h6,li,blockquote,pre,dt,dd,tr,div,section,article,header";
/** Labels that ad slots leave in the text when they are empty. */
const AD_LABEL = /^(advertisement|advert|ad|sponsored( content)?|story continues below( advertisement)?|continue reading( below)?|scroll to continue( with content)?)$/i;

/** The article in `html`, or null when the page holds none Readability can find. */
export function extractHtmlArticle(html: string, pageUrl?: string): HtmlArticle | null {
  const document = parseHtmlDocument(html);
  const canonicalUrl = canonicalOf(document, pageUrl);
  for (const element of document.querySelectorAll(FURNITURE)) element.remove();
  // The page's frame and its article are never removed for a name ("body.share-enabled").
  for (const element of document.querySelectorAll(":is([class],[id]):not(html,body,main,article)")) {
    const names = `${element.getAttribute("class") ?? ""} ${element.getAttribute("id") ?? ""}`.split(/\s+/);
    if (names.some((name) => FURNITURE_NAME.test(name))) element.remove();
  }
  // Readability's own types are for the browser DOM, which linkedom implements.
  const parsed = new Readability(document as unknown as Document).parse();
  if (!parsed?.content) return null;
  const text = bodyText(parsed.content);
  if (!text) return null;
  const written = parsed.publishedTime?.trim();
  const date = publishedDate(written);
  const outlet = oneLine(parsed.siteName);
  return {
    title: withoutSiteName(oneLine(parsed.title), outlet),
    outlet,
    date,
    unreadDate: date === null && written ? written : null,
    canonicalUrl,
    text,
  };
}

/** Readability's article HTML as paragraphs of plain text. */
function bodyText(content: string): string {
  const document = parseHtmlDocument(`<!DOCTYPE html><html><body>${content}</body></html>`);
  for (const element of document.querySelectorAll(MEDIA)) element.remove();
  for (const element of document.querySelectorAll("br")) element.replaceWith(document.createTextNode("\n"));
  for (const element of document.querySelectorAll(BLOCKS)) element.after(document.createTextNode("\n\n"));
  return cleanText(document.body.textContent ?? "")
    .split("\n\n")
    .filter((paragraph) => !AD_LABEL.test(paragraph))
    .join("\n\n");
}

function canonicalOf(document: HtmlDocument, pageUrl: string | undefined): string | null {
  const declared = document.querySelector('link[rel~="canonical" i]')?.getAttribute("href") ?? metaContent(document, "og:url");
  if (!declared) return null;
  try {
    return new URL(declared.trim(), pageUrl).href;
  } catch {
    return null;
  }
}

function metaContent(document: HtmlDocument, property: string): string | null {
  return document.querySelector(`meta[property="${property}"], meta[name="${property}"]`)?.getAttribute("content")?.trim() || null;
}

/** "Headline — Outlet" as a page's <title> often reads: the headline alone. */
function withoutSiteName(title: string | null, outlet: string | null): string | null {
  if (!title || !outlet) return title;
  const suffix = new RegExp(`\\s+[|\\-–—·:•]\\s+${escapeRegExp(outlet)}$`, "i");
  return title.replace(suffix, "") || title;
}

function oneLine(value: string | null | undefined): string | null {
  return value ? cleanText(value).replace(/\s+/g, " ") || null : null;
}
