/**
 * A feed (RSS 0.9x-2.0, RDF, Atom or JSON Feed) read with feedsmith into what newsdesk
 * needs of it: its title, and each item's link, title and publication date. Feedsmith is
 * forgiving with feeds real sites get slightly wrong; a feed it cannot read at all is a
 * FeedError that says why.
 */
import { XMLValidator } from "fast-xml-parser";
import { DetectError, MalformedError, ParseError, parseFeed, type AnyFeed } from "feedsmith";
import { cleanText } from "../corpus/clean-text.js";
import { parseHtmlDocument } from "../corpus/dom.js";
import { publishedDate } from "../corpus/published-date.js";

export interface FeedItem {
  /** The item's link, resolved against the feed's URL; null when it has none. */
  link: string | null;
  title: string | null;
  /** In corpus form; null when the item gives none that can be read. */
  date: string | null;
}

export interface Feed {
  title: string | null;
  items: FeedItem[];
  /** What is wrong with a feed that was still read (malformed XML). */
  warnings: string[];
}

export class FeedError extends Error {
  override name = "FeedError";
}

/** An Atom text construct, or a plain string. */
type Text = string | { value?: string; type?: string } | undefined;

export function readFeed(text: string, feedUrl: string): Feed {
  let parsed: AnyFeed<string>;
  try {
    parsed = parseFeed<string>(text);
  } catch (error) {
    if (error instanceof DetectError) throw new FeedError("not an RSS, Atom or JSON feed");
    if (error instanceof MalformedError) throw new FeedError(xmlProblem(text) ?? `malformed XML (${firstLine((error.cause as Error | undefined)?.message ?? error.message)})`);
    if (error instanceof ParseError) throw new FeedError("a feed without the parts every feed has");
    throw error;
  }
  // Feedsmith reads past some mistakes (a stray "&", a tag left open): the feed is read as far as it goes, and the mistake reported.
  const problem = xmlProblem(text);
  return { ...feedFields(parsed, feedUrl), warnings: problem ? [`${problem}; read as far as it goes`] : [] };
}

/** Where XML is not well-formed, if it is XML and is not. */
function xmlProblem(text: string): string | undefined {
  if (!text.trimStart().startsWith("<")) return undefined;
  const result = XMLValidator.validate(text);
  return result === true ? undefined : `malformed XML (line ${result.err.line}, column ${result.err.col}: ${firstLine(result.err.msg).replace(/\.$/, "")})`;
}

function feedFields(parsed: AnyFeed<string>, feedUrl: string): Omit<Feed, "warnings"> {
  const link = (value: string | undefined) => resolved(value, feedUrl);
  switch (parsed.format) {
    case "rss":
      return {
        title: plain(parsed.feed.title),
        items: (parsed.feed.items ?? []).map((item) => ({
          link: link(item.link ?? (item.guid?.isPermaLink !== false ? item.guid?.value : undefined)),
          title: plain(item.title),
          date: publishedDate(item.pubDate ?? item.dc?.dates?.[0]),
        })),
      };
    case "rdf":
      return {
        title: plain(parsed.feed.title),
        items: (parsed.feed.items ?? []).map((item) => ({ link: link(item.link), title: plain(item.title), date: publishedDate(item.dc?.dates?.[0]) })),
      };
    case "atom":
      return {
        title: plain(parsed.feed.title),
        items: (parsed.feed.entries ?? []).map((entry) => {
          const links = entry.links ?? [];
          const alternate = links.find((l) => !l.rel || l.rel === "alternate") ?? links[0];
          // "updated" is when the entry last changed, not when it was published.
          return { link: link(alternate?.href), title: plain(entry.title), date: publishedDate(entry.published ?? entry.dc?.dates?.[0]) };
        }),
      };
    case "json":
      return {
        title: plain(parsed.feed.title),
        items: (parsed.feed.items ?? []).map((item) => ({ link: link(item.url ?? item.external_url), title: plain(item.title), date: publishedDate(item.date_published) })),
      };
  }
}

function resolved(value: string | undefined, base: string): string | null {
  if (!value?.trim()) return null;
  try {
    return new URL(value.trim(), base).href;
  } catch {
    return null;
  }
}

/** A title as text: an Atom title of type "html" or "xhtml" has its markup read, entities and all. */
function plain(value: Text): string | null {
  const text = typeof value === "string" ? value : value?.value;
  if (!text) return null;
  const markup = typeof value === "object" && (value.type === "html" || value.type === "xhtml");
  const read = markup ? (parseHtmlDocument(`<!DOCTYPE html><html><body>${text}</body></html>`).body.textContent ?? "") : text;
  return cleanText(read).replace(/\s+/g, " ") || null;
}

function firstLine(message: string): string {
  return message.split("\n")[0]!.trim();
}
