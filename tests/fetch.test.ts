/**
 * The safe HTTP client against a local web site on 127.0.0.1 (private networks allowed for
 * it, as FETCH_ALLOW_PRIVATE_NETWORKS=true allows), and the address rules on their own,
 * with the allowance off, on addresses that are never connected to.
 */
import type { LookupAddress } from "node:dns";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadSettings } from "../src/config/settings.js";
import { addressRefusal } from "../src/fetch/address-policy.js";
import { guardedLookup } from "../src/fetch/guarded-lookup.js";
import { HostQueue } from "../src/fetch/host-queue.js";
import { fetchPolicy, type FetchPolicy } from "../src/fetch/policy.js";
import { FetchFailure, SafeFetcher } from "../src/fetch/safe-fetch.js";
import { WebServer } from "./helpers/web-server.js";

const web = new WebServer();
/** Short limits, so the hostile pages are cut off in a second rather than the default thirty. */
const testPolicy = (overrides: Partial<FetchPolicy> = {}): FetchPolicy => ({
  ...fetchPolicy(loadSettings({ FETCH_ALLOW_PRIVATE_NETWORKS: "true", FETCH_HOST_DELAY_MS: "0", FETCH_MAX_BYTES: String(2 * 1024 * 1024), FETCH_TIMEOUT_SECONDS: "5" })),
  rateWindowMs: 500,
  ...overrides,
});
let fetcher: SafeFetcher;

beforeAll(async () => {
  await web.start();
  fetcher = new SafeFetcher(testPolicy());
});

afterAll(async () => {
  await fetcher.close();
  await web.stop();
});

/** The reason a fetch was refused; fails the test when it was not. */
async function refusal(url: string, client = fetcher, accept: ("page" | "feed")[] = ["page"]): Promise<string> {
  try {
    await client.fetch(url, { accept });
  } catch (error) {
    expect(error).toBeInstanceOf(FetchFailure);
    expect((error as FetchFailure).url).toBe(url);
    return (error as FetchFailure).reason;
  }
  throw new Error(`${url} was fetched`);
}

describe("the address rules", () => {
  const refused = (address: string, allowPrivate = false) => {
    const r = addressRefusal(address, allowPrivate);
    return r && `${r.address} is ${r.why}`;
  };

  it("allow public addresses and refuse loopback, private, CGNAT, link-local, multicast and unspecified ones, IPv4 and IPv6", () => {
    for (const address of ["93.184.216.34", "2606:2800:220:1:248:1893:25c8:1946", "64:ff9b::5db8:d822"]) expect(refused(address)).toBeUndefined();
    expect(refused("127.0.0.1")).toBe("127.0.0.1 is a loopback address; private networks are not fetched unless FETCH_ALLOW_PRIVATE_NETWORKS=true");
    expect(refused("::1")).toMatch(/^::1 is a loopback address/);
    expect(refused("10.1.2.3")).toMatch(/a private-network address/);
    expect(refused("172.16.0.1")).toMatch(/a private-network address/);
    expect(refused("192.168.1.1")).toMatch(/a private-network address/);
    expect(refused("fd12:3456::1")).toMatch(/a private-network \(unique local\) address/);
    expect(refused("100.64.0.1")).toMatch(/a carrier-grade NAT address/);
    expect(refused("169.254.1.1")).toMatch(/a link-local address .*; never fetched$/);
    expect(refused("fe80::1")).toMatch(/a link-local address/);
    expect(refused("224.0.0.1")).toMatch(/a multicast address; never fetched/);
    expect(refused("ff02::1")).toMatch(/a multicast address/);
    expect(refused("0.0.0.0")).toMatch(/the unspecified address; never fetched/);
    expect(refused("::")).toMatch(/the unspecified address/);
    expect(refused("192.0.2.10")).toMatch(/in a reserved range/);
  });

  it("see through IPv4 written as IPv6: mapped, NAT64, 6to4 and IPv4-compatible forms", () => {
    expect(refused("::ffff:127.0.0.1")).toMatch(/^::ffff:7f00:1 \(127\.0\.0\.1\) is a loopback address/);
    expect(refused("::ffff:a9fe:a9fe")).toMatch(/\(169\.254\.169\.254\) is a link-local address/);
    expect(refused("64:ff9b::a00:1")).toMatch(/\(10\.0\.0\.1\) is a private-network address/);
    expect(refused("2002:7f00:1::")).toMatch(/\(127\.0\.0\.1\) is a loopback address/);
    expect(refused("::7f00:1")).toMatch(/\(127\.0\.0\.1\) is a loopback address/);
  });

  it("let FETCH_ALLOW_PRIVATE_NETWORKS open loopback and private networks, never link-local or cloud metadata addresses", () => {
    for (const address of ["127.0.0.1", "::1", "10.0.0.1", "192.168.0.10", "fd12::1", "100.64.0.1"]) expect(refused(address, true)).toBeUndefined();
    expect(refused("169.254.169.254", true)).toMatch(/link-local .*never fetched/);
    expect(refused("fd00:ec2::254", true)).toBe("fd00:ec2::254 is a cloud metadata address; never fetched");
    expect(refused("100.100.100.200", true)).toBe("100.100.100.200 is a cloud metadata address; never fetched");
    expect(refused("0.0.0.0", true)).toMatch(/unspecified/);
  });

  it("check every address a name resolves to, and hand the connection exactly the addresses checked", async () => {
    const resolving = (...addresses: string[]) => async (): Promise<LookupAddress[]> => addresses.map((address) => ({ address, family: address.includes(":") ? 6 : 4 }));
    const lookup = (resolve: () => Promise<LookupAddress[]>, all: boolean) =>
      new Promise<{ error: Error | null; result: unknown }>((settle) =>
        guardedLookup(false, resolve)("news.example", { all }, (error, result) => settle({ error, result: error ? undefined : result })),
      );
    expect(await lookup(resolving("93.184.216.34", "2606:2800::1"), true)).toEqual({
      error: null,
      result: [
        { address: "93.184.216.34", family: 4 },
        { address: "2606:2800::1", family: 6 },
      ],
    });
    expect((await lookup(resolving("93.184.216.34"), false)).result).toBe("93.184.216.34");
    // One private record among public ones refuses the host: a mix cannot be played either way.
    const mixed = await lookup(resolving("93.184.216.34", "10.0.0.5"), true);
    expect(mixed.error?.message).toBe("news.example resolves to 10.0.0.5, a private-network address; private networks are not fetched unless FETCH_ALLOW_PRIVATE_NETWORKS=true");
  });
});

describe("fetching", () => {
  it("gets a page with a User-Agent that names the bot, its type and charset, and its validators", async () => {
    const page = await fetcher.fetch(web.url("/news/port-reopens.html"), { accept: ["page"] });
    expect(page).toMatchObject({ url: web.url("/news/port-reopens.html"), kind: "page", contentType: "text/html", charset: "utf-8", etag: expect.stringMatching(/^"/) });
    expect(page.bytes.toString("utf8")).toContain("Veltranian port authority");
    const request = web.hits("/news/port-reopens.html").at(-1)!;
    expect(request.headers["user-agent"]).toMatch(/^newsdesk\/\d+\.\d+\.\d+ \(news question-answering Discord bot\)$/);
    expect(request.headers["accept-encoding"]).toBe("identity");
    // robots.txt was read first, once for the site.
    expect(web.hits("/robots.txt")).toHaveLength(1);
  });

  it("asks a feed again with If-None-Match and If-Modified-Since, and hears that nothing changed", async () => {
    const first = await fetcher.fetch(web.url("/rss.xml"), { accept: ["feed"] });
    expect(first.kind).toBe("feed");
    const again = await fetcher.fetchIfChanged(web.url("/rss.xml"), { accept: ["feed"], etag: first.etag, lastModified: first.lastModified });
    expect(again).toEqual({ url: web.url("/rss.xml"), notModified: true });
    expect(web.hits("/rss.xml").at(-1)!.headers).toMatchObject({ "if-none-match": first.etag, "if-modified-since": "Thu, 16 May 2024 12:00:00 GMT" });
  });

  it("refuses what is not a page or feed, a missing page, and what robots.txt disallows (never asking for it)", async () => {
    expect(await refusal(web.url("/hostile/report.pdf"))).toBe('content type "application/pdf", not a web page');
    expect(await refusal(web.url("/rss.xml"))).toBe('content type "application/rss+xml", not a web page');
    expect(await refusal(web.url("/news/gone.html"))).toBe("HTTP 404");
    expect(await refusal(web.url("/private/salaries.html"))).toBe(`robots.txt of 127.0.0.1:${web.port} disallows it`);
    expect(web.hits("/private/salaries.html")).toHaveLength(0);
    expect(await refusal("file:///etc/passwd")).toBe("is not http or https (file)");
    expect(await refusal(`http://user:secret@127.0.0.1:${web.port}/`)).toBe("carries a user name or password");
  });

  it("follows at most five redirects, so a loop ends", async () => {
    expect(await refusal(web.url("/hostile/loop-a"))).toBe(`more than 5 redirects (after a redirect to ${web.url("/hostile/loop-b")})`);
    expect(web.hits("/hostile/loop-a").length + web.hits("/hostile/loop-b").length).toBe(6);
  });

  it("refuses a redirect to the cloud metadata address even with private networks allowed, before connecting", async () => {
    expect(await refusal(web.url("/hostile/metadata"))).toBe(
      "169.254.169.254 is a link-local address (where cloud metadata services answer); never fetched (after a redirect to http://169.254.169.254/latest/meta-data/iam/security-credentials/)",
    );
  });

  it("streams a 50 MB page and stops reading at the size cap, without the rest ever being sent", async () => {
    const started = performance.now();
    expect(await refusal(web.url("/hostile/huge"))).toBe("larger than 2 MB; stopped reading");
    expect(performance.now() - started).toBeLessThan(5000);
    // What the server got written before the connection closed: socket buffers, not the 50 MB.
    expect(web.hugeBytesSent).toBeLessThan(12 * 1024 * 1024);
  });

  it("cuts off a page that trickles a byte a second", async () => {
    const started = performance.now();
    expect(await refusal(web.url("/hostile/trickle"))).toBe("too slow: under 1024 bytes a second over 0.5 s; cut off");
    expect(performance.now() - started).toBeLessThan(4000);
  });

  it("holds a request to the total timeout", async () => {
    const slow = new SafeFetcher(testPolicy({ totalTimeoutMs: 700, rateWindowMs: 60_000 }));
    try {
      expect(await refusal(web.url("/hostile/trickle"), slow)).toBe("took longer than 0.7 s");
    } finally {
      await slow.close();
    }
  });

  it("with private networks not allowed, refuses loopback by address and by name, before any request", async () => {
    const strict = new SafeFetcher(testPolicy({ allowPrivateNetworks: false }));
    const before = web.requests.length;
    try {
      expect(await refusal(web.url("/rss.xml"), strict, ["feed"])).toBe(
        "127.0.0.1 is a loopback address; private networks are not fetched unless FETCH_ALLOW_PRIVATE_NETWORKS=true",
      );
      expect(await refusal(`http://localhost:${web.port}/rss.xml`, strict, ["feed"])).toMatch(/^localhost resolves to (127\.0\.0\.1|::1), a loopback address; private networks are not fetched/);
      expect(await refusal("http://[::ffff:7f00:1]/", strict)).toMatch(/^::ffff:7f00:1 \(127\.0\.0\.1\) is a loopback address/);
      // The URL parser reads 0x7f000001 as 127.0.0.1.
      expect(await refusal("http://0x7f000001/", strict)).toMatch(/^127\.0\.0\.1 is a loopback address/);
      expect(web.requests.length).toBe(before);
    } finally {
      await strict.close();
    }
  });

  it("checks the address the connection uses, so a name that turns private between check and connect is refused", async () => {
    // DNS rebinding: public for the checks before connecting, loopback when the socket resolves it.
    let lookups = 0;
    const rebinding = async (): Promise<LookupAddress[]> => [++lookups <= 2 ? { address: "93.184.216.34", family: 4 } : { address: "127.0.0.1", family: 4 }];
    const strict = new SafeFetcher(testPolicy({ allowPrivateNetworks: false, resolve: rebinding }));
    const before = web.requests.length;
    try {
      expect(await refusal(`http://rebind.test:${web.port}/news/port-reopens.html`, strict)).toMatch(/rebind\.test resolves to 127\.0\.0\.1, a loopback address/);
      expect(lookups).toBeGreaterThanOrEqual(3);
      expect(web.requests.length).toBe(before);
    } finally {
      await strict.close();
    }
  });

  it("treats an unreadable robots.txt as disallowing everything, and a missing one as allowing", async () => {
    const site = new WebServer();
    await site.start();
    const client = new SafeFetcher(testPolicy());
    try {
      site.route("/robots.txt", (_req, res) => res.writeHead(503).end());
      expect(await refusal(site.url("/news/port-reopens.html"), client)).toBe(`robots.txt of 127.0.0.1:${site.port} could not be read (HTTP 503), which counts as disallowing everything`);
      const other = new SafeFetcher(testPolicy());
      site.route("/robots.txt", (_req, res) => res.writeHead(404).end());
      expect((await other.fetch(site.url("/news/port-reopens.html"), { accept: ["page"] })).kind).toBe("page");
      await other.close();
    } finally {
      await client.close();
      await site.stop();
    }
  });

  it("sends one request at a time to a host, with the polite pause between", async () => {
    const site = new WebServer();
    await site.start();
    site.route("/slow.html", (_req, res) => setTimeout(() => res.writeHead(200, { "content-type": "text/html" }).end("<p>slow</p>"), 80));
    const client = new SafeFetcher(testPolicy({ hostDelayMs: 100 }));
    try {
      await Promise.all(Array.from({ length: 4 }, () => client.fetch(site.url("/slow.html"), { accept: ["page"] })));
      expect(site.maxConcurrent).toBe(1);
      const starts = site.hits("/slow.html").map((r) => r.at);
      // Each starts after the last one's 80 ms answer and the 100 ms pause.
      for (let i = 1; i < starts.length; i++) expect(starts[i]! - starts[i - 1]!).toBeGreaterThanOrEqual(170);
    } finally {
      await client.close();
      await site.stop();
    }
  });

  it("runs a host's queue in order and other hosts without waiting", async () => {
    const queue = new HostQueue(() => 50);
    const order: string[] = [];
    const task = (name: string, ms: number) => () => new Promise<void>((resolve) => setTimeout(() => (order.push(name), resolve()), ms));
    await Promise.all([queue.run("a", task("a1", 30)), queue.run("a", task("a2", 0)), queue.run("b", task("b1", 10))]);
    expect(order).toEqual(["b1", "a1", "a2"]);
  });
});
