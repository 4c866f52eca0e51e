/**
 * robots.txt, read as RFC 9309 says: a file that is missing (4xx) allows everything; one
 * that cannot be read (5xx, a timeout, a refused connection) disallows everything until it
 * can be. Rules are kept for a day per origin; a Crawl-delay lengthens the pause between
 * requests to the host.
 */
import robotsParserModule from "robots-parser";
import { ROBOTS_TOKEN } from "./policy.js";

// A CommonJS module whose export is the function itself, which its types call `default`.
const robotsParser = robotsParserModule as unknown as typeof robotsParserModule.default;
type Robots = ReturnType<typeof robotsParser>;

/** What reading an origin's robots.txt gave: its text and status, or why it could not be read. */
export type RobotsResponse = { status: number; text: string } | { failure: string };

interface Entry {
  robots?: Robots;
  /** Why everything on the origin is disallowed for now. */
  unreachable?: string;
  expires: number;
}

const KEEP_MS = 24 * 60 * 60 * 1000;
/** An unreadable robots.txt is asked again sooner: the site may be back. */
const KEEP_UNREACHABLE_MS = 10 * 60 * 1000;

/** An origin's rules once read, and the read in progress (so concurrent requests share it). */
interface Slot {
  host: string;
  loading: Promise<Entry>;
  entry?: Entry;
}

export class RobotsRules {
  private readonly origins = new Map<string, Slot>();

  constructor(private readonly load: (robotsUrl: URL) => Promise<RobotsResponse>) {}

  /** Why robots.txt forbids fetching `url`, or undefined when it allows it. */
  async refusal(url: URL): Promise<string | undefined> {
    const entry = await this.entry(url);
    if (entry.unreachable) return `robots.txt of ${url.host} could not be read (${entry.unreachable}), which counts as disallowing everything`;
    return entry.robots?.isAllowed(url.href, ROBOTS_TOKEN) === false ? `robots.txt of ${url.host} disallows it` : undefined;
  }

  /** The Crawl-delay robots.txt asks of newsdesk on this host, in milliseconds (0 when none is known). */
  crawlDelayMs(hostname: string): number {
    let delay = 0;
    for (const slot of this.origins.values()) {
      const seconds = slot.host === hostname ? slot.entry?.robots?.getCrawlDelay(ROBOTS_TOKEN) : undefined;
      if (seconds !== undefined && Number.isFinite(seconds)) delay = Math.max(delay, seconds * 1000);
    }
    return delay;
  }

  private entry(url: URL): Promise<Entry> {
    const slot = this.origins.get(url.origin);
    if (slot && (!slot.entry || slot.entry.expires > Date.now())) return slot.loading;
    const fresh: Slot = { host: url.hostname, loading: this.read(url.origin).then((entry) => (fresh.entry = entry)) };
    this.origins.set(url.origin, fresh);
    return fresh.loading;
  }

  private async read(origin: string): Promise<Entry> {
    const robotsUrl = new URL("/robots.txt", origin);
    const response = await this.load(robotsUrl);
    if ("failure" in response) return { unreachable: response.failure, expires: Date.now() + KEEP_UNREACHABLE_MS };
    if (response.status >= 500) return { unreachable: `HTTP ${response.status}`, expires: Date.now() + KEEP_UNREACHABLE_MS };
    const text = response.status >= 200 && response.status < 300 ? response.text : "";
    return { robots: robotsParser(robotsUrl.href, text), expires: Date.now() + KEEP_MS };
  }
}
