/** How newsdesk fetches from the web: the limits every request is held to, and how it names itself. */
import { readFileSync } from "node:fs";
import type { Settings } from "../config/settings.js";
import type { Resolver } from "./guarded-lookup.js";

/** The product token sites name in robots.txt to address newsdesk. */
export const ROBOTS_TOKEN = "newsdesk";

export interface FetchPolicy {
  allowPrivateNetworks: boolean;
  /** Bytes one response may have; a longer one is cut off and refused. */
  maxBytes: number;
  maxRedirects: number;
  connectTimeoutMs: number;
  headersTimeoutMs: number;
  /** For one request, from connecting to the last byte. */
  totalTimeoutMs: number;
  /** A body must keep coming at this rate, measured over each window, or it is cut off. */
  minBytesPerSecond: number;
  rateWindowMs: number;
  /** Pause between two requests to one host; a robots.txt Crawl-delay can lengthen it up to maxCrawlDelayMs. */
  hostDelayMs: number;
  maxCrawlDelayMs: number;
  userAgent: string;
  /** How host names are resolved; tests put a stand-in here. */
  resolve?: Resolver;
}

const VERSION = (JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8")) as { version: string }).version;

/** "newsdesk/0.1.0 (news question-answering bot; +contact)": a real User-Agent that names the bot, and whom to ask. */
export function userAgent(contact?: string): string {
  return `${ROBOTS_TOKEN}/${VERSION} (news question-answering Discord bot${contact ? `; +${contact}` : ""})`;
}

export function fetchPolicy(settings: Settings): FetchPolicy {
  const { fetch } = settings;
  return {
    allowPrivateNetworks: fetch.allowPrivateNetworks,
    maxBytes: fetch.maxBytes,
    maxRedirects: 5,
    connectTimeoutMs: Math.min(10_000, fetch.timeoutSeconds * 1000),
    headersTimeoutMs: Math.min(15_000, fetch.timeoutSeconds * 1000),
    totalTimeoutMs: fetch.timeoutSeconds * 1000,
    minBytesPerSecond: 1024,
    rateWindowMs: 5000,
    hostDelayMs: fetch.hostDelayMs,
    maxCrawlDelayMs: 60_000,
    userAgent: userAgent(fetch.contact),
  };
}
