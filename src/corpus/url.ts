/**
 * Links from untrusted files are stored only in a form that is safe to show: a web address
 * (http or https) with no credentials, written as the WHATWG URL parser writes it, and with
 * every character that could close or open Markdown around it percent-encoded.
 */

/** Characters that end a link or start markup in Discord Markdown: `[t](url)`, `<url>`, quotes, pipes, spaces. */
const MARKUP = /[()[\]<>"'`{}|\\^\s]/g;

/** The link as it may be stored and shown, or why there is none. */
export function safeUrl(value: string): { href: string; problem?: undefined } | { href: null; problem: string } {
  let url: URL;
  try {
    url = new URL(value.trim());
  } catch {
    return { href: null, problem: "is not a URL" };
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") return { href: null, problem: "is not an http(s) link" };
  if (url.username || url.password) return { href: null, problem: "carries a user name or password" };
  // A host can hold none of these in a real address (an IPv6 literal is no news site either).
  if (url.host.search(MARKUP) !== -1) return { href: null, problem: "has a host name no web site has" };
  const origin = `${url.protocol}//${url.host}`;
  // An href is ASCII (the parser encodes the rest), so each character here is one byte.
  const rest = url.href.slice(origin.length).replace(MARKUP, (char) => `%${char.charCodeAt(0).toString(16).toUpperCase().padStart(2, "0")}`);
  return { href: origin + rest };
}
