/**
 * The one way newsdesk reads from the web. Every request, and every redirect it is sent
 * on, goes to an http(s) URL whose host resolves only to addresses the policy allows (the
 * socket connects to the address checked), that robots.txt allows, one at a time per host
 * with a pause between, within timeouts, a minimum transfer rate and a size cap. Whatever
 * is refused or fails comes back as a FetchFailure naming the URL and the reason.
 */
import ipaddr from "ipaddr.js";
import { Agent, request } from "undici";
import { addressRefusal } from "./address-policy.js";
import { AddressRefused, guardedLookup, refusedAddress, systemResolver } from "./guarded-lookup.js";
import { HostQueue } from "./host-queue.js";
import type { FetchPolicy } from "./policy.js";
import { RobotsRules, type RobotsResponse } from "./robots.js";

/** What a response may be: an article page, or a feed (RSS, Atom, JSON Feed). */
export type ContentKind = "page" | "feed";

const CONTENT_TYPES: Record<ContentKind, string[]> = {
  page: ["text/html", "application/xhtml+xml"],
  feed: ["application/rss+xml", "application/atom+xml", "application/rdf+xml", "application/feed+json", "application/json", "application/xml", "text/xml", "text/plain"],
};
const ACCEPT: Record<ContentKind, string> = {
  page: "text/html,application/xhtml+xml;q=0.9",
  feed: "application/rss+xml,application/atom+xml,application/feed+json,application/xml;q=0.9,text/xml;q=0.9,application/json;q=0.8",
};
const REDIRECTS = new Set([301, 302, 303, 307, 308]);
/** RFC 9309 asks crawlers to read at least this much of a robots.txt. */
const ROBOTS_MAX_BYTES = 512 * 1024;

/** A URL that was not fetched, or not in full, and why; `retryable` when a later attempt may succeed. */
export class FetchFailure extends Error {
  override name = "FetchFailure";
  constructor(
    readonly url: string,
    readonly reason: string,
    readonly retryable: boolean,
  ) {
    super(`${url}: ${reason}`);
  }
}

export interface Fetched {
  /** The URL it came from, after redirects. */
  url: string;
  kind: ContentKind;
  /** The media type without parameters ("text/html"). */
  contentType: string;
  /** The charset the Content-Type header declares, if any. */
  charset?: string;
  bytes: Buffer;
  etag?: string;
  lastModified?: string;
}

export interface NotModified {
  url: string;
  notModified: true;
}

export interface FetchOptions {
  accept: ContentKind[];
  signal?: AbortSignal;
}

/** Validators from the last time, for a conditional request. */
export interface ConditionalOptions extends FetchOptions {
  etag?: string;
  lastModified?: string;
}

/** Why one request was refused or cut off (too slow, too long, too large); the caller names the URL. */
class Refusal extends Error {
  constructor(
    message: string,
    readonly retryable: boolean,
  ) {
    super(message);
  }
}

interface Hop {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  bytes?: Buffer;
}

export class SafeFetcher {
  private readonly agent: Agent;
  private readonly queue: HostQueue;
  private readonly robots: RobotsRules;

  constructor(private readonly policy: FetchPolicy) {
    this.agent = new Agent({
      connect: { timeout: policy.connectTimeoutMs, lookup: guardedLookup(policy.allowPrivateNetworks, policy.resolve) },
      headersTimeout: policy.headersTimeoutMs,
      bodyTimeout: policy.totalTimeoutMs,
    });
    this.robots = new RobotsRules((url) => this.readRobots(url));
    this.queue = new HostQueue((host) => Math.max(policy.hostDelayMs, Math.min(policy.maxCrawlDelayMs, this.robots.crawlDelayMs(host))));
  }

  /** GETs `url` as a page or feed, following at most policy.maxRedirects redirects, each checked like the first request. */
  async fetch(url: string, options: FetchOptions): Promise<Fetched> {
    const fetched = await this.fetchIfChanged(url, options);
    if ("notModified" in fetched) throw new FetchFailure(url, "HTTP 304 to a request that was not conditional", false);
    return fetched;
  }

  /** As fetch, asking with the validators of the last response; NotModified when the server says nothing changed. */
  async fetchIfChanged(url: string, options: ConditionalOptions): Promise<Fetched | NotModified> {
    const { target, hop } = await this.follow(url, { robots: true, options });
    if (hop.status === 304) return { url: target.href, notModified: true };
    const [contentType = "", ...parameters] = header(hop.headers, "content-type").split(";").map((part) => part.trim().toLowerCase());
    const kind = options.accept.find((k) => CONTENT_TYPES[k].includes(contentType))!;
    const charset = parameters.find((p) => p.startsWith("charset="))?.slice(8).replace(/^"|"$/g, "");
    return {
      url: target.href,
      kind,
      contentType,
      charset: charset || undefined,
      bytes: hop.bytes!,
      etag: header(hop.headers, "etag") || undefined,
      lastModified: header(hop.headers, "last-modified") || undefined,
    };
  }

  /** Closes idle connections; in-flight requests are not waited for. */
  async close(): Promise<void> {
    await this.agent.destroy();
  }

  /** Requests `url` and each redirect target in turn; `robots: false` is for robots.txt itself. */
  private async follow(url: string, how: { robots: boolean; options?: ConditionalOptions; maxBytes?: number }): Promise<{ target: URL; hop: Hop }> {
    let target = webUrl(url);
    if (typeof target === "string") throw new FetchFailure(url, target, false);
    const first = target.href;
    const fail = (at: URL, reason: string, retryable: boolean) => new FetchFailure(url, at.href === first ? reason : `${reason} (after a redirect to ${at.href})`, retryable);
    for (let redirects = 0; ; redirects++) {
      const current = target;
      let hop: Hop;
      try {
        const refusal = (await this.addressProblem(current)) ?? (how.robots ? await this.robots.refusal(current) : undefined);
        if (refusal) throw new Refusal(refusal, false);
        hop = await this.queue.run(current.hostname, () => this.request(current, how.options, how.maxBytes), how.options?.signal);
      } catch (error) {
        const { reason, retryable } = error instanceof Refusal ? { reason: error.message, retryable: error.retryable } : describeError(error, this.policy);
        throw fail(current, reason, retryable);
      }
      if (!REDIRECTS.has(hop.status)) return { target, hop };
      const location = header(hop.headers, "location");
      if (!location) throw fail(target, `HTTP ${hop.status} redirect without a Location`, false);
      if (redirects >= this.policy.maxRedirects) throw fail(target, `more than ${this.policy.maxRedirects} redirects`, false);
      const next = webUrl(location, target);
      if (typeof next === "string") throw fail(target, `redirected to a URL that ${next}`, false);
      target = next;
    }
  }

  /**
   * Why the host's address may not be fetched, checked before anything is sent so that the
   * refusal is reported as such (the connection checks the addresses it uses once more).
   */
  private async addressProblem(url: URL): Promise<string | undefined> {
    const host = url.hostname.replace(/^\[|\]$/g, "");
    if (ipaddr.isValid(host)) {
      const refusal = addressRefusal(host, this.policy.allowPrivateNetworks);
      return refusal && `${refusal.address} is ${refusal.why}`;
    }
    return refusedAddress(host, await (this.policy.resolve ?? systemResolver)(host), this.policy.allowPrivateNetworks);
  }

  /**
   * One request, its body read within the limits. A redirect or 304 comes back without a
   * body; so does any other status for robots.txt (asked without options), which reads it.
   */
  private async request(url: URL, options: ConditionalOptions | undefined, maxBytes = this.policy.maxBytes): Promise<Hop> {
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(new Refusal(`took longer than ${seconds(this.policy.totalTimeoutMs)}`, true)), this.policy.totalTimeoutMs);
    const signal = options?.signal ? AbortSignal.any([controller.signal, options.signal]) : controller.signal;
    try {
      const response = await request(url, { dispatcher: this.agent, method: "GET", headers: this.headers(options), signal });
      const hop: Hop = { status: response.statusCode, headers: response.headers };
      const ok = hop.status >= 200 && hop.status <= 299;
      if (REDIRECTS.has(hop.status) || hop.status === 304 || (!options && !ok)) {
        discard(response.body);
        return hop;
      }
      // robots.txt is read up to the cap whatever length it declares; a page or feed over the cap is refused.
      const problem = options ? responseProblem(hop, options, maxBytes) : compression(hop);
      if (problem) {
        discard(response.body);
        throw problem;
      }
      hop.bytes = await this.readBody(response.body, controller, maxBytes, !options);
      return hop;
    } catch (error) {
      if (controller.signal.reason instanceof Refusal) throw controller.signal.reason;
      throw error;
    } finally {
      clearTimeout(timer);
    }
  }

  private headers(options: ConditionalOptions | undefined): Record<string, string> {
    const headers: Record<string, string> = {
      "user-agent": this.policy.userAgent,
      accept: options ? options.accept.map((kind) => ACCEPT[kind]).join(",") : "text/plain",
      "accept-encoding": "identity",
    };
    if (options?.etag) headers["if-none-match"] = options.etag;
    if (options?.lastModified) headers["if-modified-since"] = options.lastModified;
    return headers;
  }

  /**
   * Reads a body as it streams, never more than `maxBytes` of it: past the cap the
   * connection is closed (or, for robots.txt, what came so far is kept). A body that comes
   * slower than the minimum rate over a window is cut off.
   */
  private async readBody(body: Body, controller: AbortController, maxBytes: number, keepWhatFits: boolean): Promise<Buffer> {
    const { minBytesPerSecond, rateWindowMs } = this.policy;
    const chunks: Buffer[] = [];
    let size = 0;
    let inWindow = 0;
    const rate = setInterval(() => {
      if (inWindow < (minBytesPerSecond * rateWindowMs) / 1000) {
        controller.abort(new Refusal(`too slow: under ${minBytesPerSecond} bytes a second over ${seconds(rateWindowMs)}; cut off`, true));
      }
      inWindow = 0;
    }, rateWindowMs);
    try {
      for await (const chunk of body) {
        inWindow += chunk.length;
        if (size + chunk.length > maxBytes) {
          discard(body);
          if (!keepWhatFits) throw new Refusal(`larger than ${megabytes(maxBytes)}; stopped reading`, false);
          chunks.push(chunk.subarray(0, maxBytes - size));
          size = maxBytes;
          break;
        }
        chunks.push(chunk);
        size += chunk.length;
      }
    } finally {
      clearInterval(rate);
    }
    return Buffer.concat(chunks, size);
  }

  private async readRobots(url: URL): Promise<RobotsResponse> {
    try {
      const { hop } = await this.follow(url.href, { robots: false, maxBytes: ROBOTS_MAX_BYTES });
      return { status: hop.status, text: hop.bytes?.toString("utf8") ?? "" };
    } catch (error) {
      return { failure: error instanceof FetchFailure ? error.reason : String(error) };
    }
  }
}

type Body = AsyncIterable<Buffer> & Pick<NodeJS.ReadableStream, "on"> & { destroy(): void };

/** Closes a body not read to its end; undici reports that as an error event, which is expected here. */
function discard(body: Body): void {
  body.on("error", () => undefined);
  body.destroy();
}

function header(headers: Hop["headers"], name: string): string {
  const value = headers[name];
  return (Array.isArray(value) ? value[0] : value) ?? "";
}

/** What is wrong with a page or feed response before its body is read: its status, then its type, length or encoding. */
function responseProblem(hop: Hop, options: FetchOptions, maxBytes: number): Refusal | undefined {
  if (hop.status < 200 || hop.status > 299) return new Refusal(`HTTP ${hop.status}`, hop.status >= 500 || hop.status === 429 || hop.status === 408);
  const type = header(hop.headers, "content-type").split(";")[0]!.trim().toLowerCase();
  if (!options.accept.some((kind) => CONTENT_TYPES[kind].includes(type))) {
    const wanted = options.accept.map((kind) => (kind === "page" ? "a web page" : "a feed")).join(" or ");
    return new Refusal(`content type ${type ? `"${type}"` : "missing"}, not ${wanted}`, false);
  }
  const length = Number(header(hop.headers, "content-length"));
  if (length > maxBytes) return new Refusal(`larger than ${megabytes(maxBytes)} (${megabytes(length)} declared); not read`, false);
  return compression(hop);
}

/** A body sent compressed, though asked plainly so that the size cap counts the bytes kept. */
function compression(hop: Hop): Refusal | undefined {
  const encoding = header(hop.headers, "content-encoding").toLowerCase();
  return encoding && encoding !== "identity" ? new Refusal(`sent compressed (${encoding}) though asked not to`, false) : undefined;
}

/** The URL if newsdesk may ask it: http(s), without user name or password; otherwise what is wrong with it. */
function webUrl(value: string, base?: URL): URL | string {
  let url: URL;
  try {
    url = new URL(value, base);
  } catch {
    return "is not a URL";
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") return `is not http or https (${url.protocol.replace(/:$/, "")})`;
  if (url.username || url.password) return "carries a user name or password";
  url.hash = "";
  return url;
}

/** The reason a request failed, as a person reads it, and whether trying later may help. */
function describeError(error: unknown, policy: FetchPolicy): { reason: string; retryable: boolean } {
  for (let e = error as { code?: unknown; message?: string; cause?: unknown } | undefined, depth = 0; e && depth < 5; e = e.cause as typeof e, depth++) {
    if (e instanceof AddressRefused) return { reason: e.message, retryable: false };
    switch (e.code) {
      case "ENOTFOUND":
      case "EAI_AGAIN":
        return { reason: "host not found", retryable: true };
      case "ECONNREFUSED":
        return { reason: "connection refused", retryable: true };
      case "ECONNRESET":
      case "UND_ERR_SOCKET":
        return { reason: "the server closed the connection", retryable: true };
      case "UND_ERR_CONNECT_TIMEOUT":
        return { reason: `could not connect within ${seconds(policy.connectTimeoutMs)}`, retryable: true };
      case "UND_ERR_HEADERS_TIMEOUT":
        return { reason: `no response within ${seconds(policy.headersTimeoutMs)}`, retryable: true };
      case "UND_ERR_BODY_TIMEOUT":
        return { reason: `the body stalled for ${seconds(policy.totalTimeoutMs)}`, retryable: true };
      case "UND_ERR_ABORTED":
      case "ABORT_ERR":
        return { reason: "stopped", retryable: true };
    }
    if (typeof e.code === "string" && /CERT|TLS|SSL/.test(e.code)) return { reason: `TLS error (${e.code})`, retryable: false };
  }
  return { reason: (error as Error)?.message ?? String(error), retryable: true };
}

function seconds(ms: number): string {
  return `${Math.round(ms / 100) / 10} s`;
}

function megabytes(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${Math.round((bytes / 1024 / 1024) * 10) / 10} MB` : `${Math.ceil(bytes / 1024)} KB`;
}
