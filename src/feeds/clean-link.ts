/**
 * A link in the one form newsdesk stores and compares it: http(s) only, no fragment, no
 * tracking parameters (utm_*, fbclid, ...), written as safeUrl writes it. Two links to one
 * article from a feed and a newsletter then compare equal.
 */
import { safeUrl } from "../corpus/url.js";

const TRACKING = /^(utm_\w+|fbclid|gclid|dclid|msclkid|mc_cid|mc_eid|igshid|ref_src)$/i;

/** The link in stored form, or null when it is no web link newsdesk may keep. */
export function cleanLink(value: string, base?: string): string | null {
  let url: URL;
  try {
    url = new URL(value.trim(), base);
  } catch {
    return null;
  }
  url.hash = "";
  const tracking = [...url.searchParams.keys()].filter((name) => TRACKING.test(name));
  for (const name of tracking) url.searchParams.delete(name);
  return safeUrl(url.href).href;
}
