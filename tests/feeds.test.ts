/**
 * Feeds and pages into the corpus, against a local news site on 127.0.0.1 (fixtures in
 * tests/fixtures/web): what the corpus holds afterwards, field by field, for feeds in the
 * three formats, pages in other charsets, duplicates, and every hostile page. Then big
 * JSON-lines exports, read as a stream.
 */
import { createHash } from "node:crypto";
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import iconv from "iconv-lite";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadSettings } from "../src/config/settings.js";
import type { Article } from "../src/corpus/article.js";
import { loadCorpus, MAX_FILE_BYTES } from "../src/corpus/load-corpus.js";
import { publishedDate } from "../src/corpus/published-date.js";
import { cleanLink } from "../src/feeds/clean-link.js";
import { collect, type CollectReport } from "../src/feeds/collect.js";
import { addToFeedList, readFeedList, removeFromFeedList } from "../src/feeds/feed-list.js";
import { STATE_FILE } from "../src/feeds/fetch-state.js";
import { fetchPolicy } from "../src/fetch/policy.js";
import { SafeFetcher } from "../src/fetch/safe-fetch.js";
import { ingest } from "../src/ingest/ingest.js";
import { cleanupTempDirs, copyOfBundledCorpus, defaultEmbedder, MODELS_DIR, quietLog, runCli, tempDir } from "./helpers/fixtures.js";
import { WEB_FIXTURES, WebServer } from "./helpers/web-server.js";

const web = new WebServer();
let fetcher: SafeFetcher;

beforeAll(async () => {
  await web.start();
  const policy = fetchPolicy(loadSettings({ FETCH_ALLOW_PRIVATE_NETWORKS: "true", FETCH_HOST_DELAY_MS: "0", FETCH_MAX_BYTES: String(2 * 1024 * 1024), FETCH_TIMEOUT_SECONDS: "5" }));
  fetcher = new SafeFetcher({ ...policy, rateWindowMs: 500 });
});

afterAll(async () => {
  await fetcher.close();
  await web.stop();
  cleanupTempDirs();
});

/** A copy of the bundled corpus whose feeds.txt lists these fixture feeds. */
function corpusFollowing(...feeds: string[]): string {
  const dir = copyOfBundledCorpus();
  writeFileSync(join(dir, "feeds.txt"), `# Test feeds\n${feeds.map((feed) => `${web.url(feed)}\n`).join("")}`);
  return dir;
}

function poll(corpusDir: string): Promise<CollectReport> {
  return collect({ corpusDir, fetcher, log: quietLog, feeds: readFeedList(corpusDir).feeds });
}

/** Every file in a folder, by relative path, with a hash of its bytes. */
function snapshot(dir: string): Record<string, string> {
  return Object.fromEntries(
    (readdirSync(dir, { recursive: true, withFileTypes: true }) as import("node:fs").Dirent[])
      .filter((entry) => entry.isFile())
      .map((entry) => {
        const path = join(entry.parentPath, entry.name);
        return [path.slice(dir.length + 1), createHash("sha256").update(readFileSync(path)).digest("hex")];
      }),
  );
}

function fetchedArticles(corpusDir: string): Map<string, Article> {
  return new Map(
    loadCorpus(corpusDir)
      .articles.filter((a) => a.source.startsWith("fetched/"))
      .map((a) => [a.title, a]),
  );
}

const FURNITURE = [
  "cookies",
  "Accept all",
  "Related",
  "Read more",
  "You may also like",
  "Comments",
  "sailor_77",
  "Who pays for the 38 million",
  "Share on",
  "Facebook",
  "Sign up",
  "Most read",
  "Advertisement",
  "Photo: Herald archive",
  "Jonas Berg, trade reporter",
  "free articles left",
  "All rights reserved",
  "Читайте также",
  "Комментарии",
];

describe("polling feeds", () => {
  let corpusDir: string;
  let before: Record<string, string>;
  let report: CollectReport;

  beforeAll(async () => {
    corpusDir = corpusFollowing("/rss.xml", "/atom.xml", "/feed.json", "/malformed.xml");
    before = snapshot(corpusDir);
    report = await poll(corpusDir);
  });

  it("adds each new article of an RSS, an Atom and a JSON feed once, as Markdown with its headline, outlet, date and URL", () => {
    const articles = fetchedArticles(corpusDir);
    expect([...articles.keys()].sort()).toEqual([
      "Ferry fares to Sjöholm frozen until autumn",
      "Kessvik council approves new tram line",
      "Parliament backs Kessvik bridge & tunnel plan",
      "Veltrania and Ostmark sign grain transit deal",
      "Veltrania reopens northern harbour after six-week closure",
      "Порт Кессвик снова принимает суда",
    ]);
    expect(report.added).toHaveLength(6);
    expect(articles.get("Veltrania reopens northern harbour after six-week closure")).toMatchObject({
      outlet: "Harbour Herald",
      // The page's own date, as written, rather than the feed's.
      date: "2024-05-14T09:30:00+02:00",
      url: web.url("/news/port-reopens.html"),
      source: "fetched/127.0.0.1/2024-05-14-veltrania-reopens-northern-harbour-after-six-week-closure.md",
    });
    const port = articles.get("Veltrania reopens northern harbour after six-week closure")!;
    expect(port.text.split("\n\n")).toHaveLength(5);
    expect(port.text).toMatch(/^The Veltranian port authority reopened the northern harbour at Kessvik on Tuesday/);
    expect(port.text).toContain("“We can now take vessels with a draught of up to fourteen metres,” Leskinen told reporters");
    const file = readFileSync(join(corpusDir, port.source), "utf8");
    expect(file).toMatch(/^---\ntitle: Veltrania reopens northern harbour after six-week closure\noutlet: Harbour Herald\ndate: 2024-05-14T09:30:00\+02:00\nurl: http:\/\/127\.0\.0\.1:\d+\/news\/port-reopens\.html\nfetched: \d{4}-\d\d-\d\dT[\d:.]+Z\n---\n\nThe Veltranian/);
  });

  it("reads dates given only in metadata (JSON-LD datePublished, article:published_time) and makes none up", () => {
    const articles = fetchedArticles(corpusDir);
    expect(articles.get("Veltrania and Ostmark sign grain transit deal")).toMatchObject({ outlet: "Harbour Herald", date: "2024-05-15T16:45:00+02:00" });
    expect(articles.get("Parliament backs Kessvik bridge & tunnel plan")).toMatchObject({ outlet: "Northern Ledger", date: "2024-05-16T10:05:00Z", url: web.url("/ledger/bridge-vote.html") });
    // Neither the feed item nor the page gives a date.
    expect(articles.get("Kessvik council approves new tram line")).toMatchObject({ outlet: "Harbour Herald", date: null });
  });

  it("reads a windows-1251 page (charset in the header) and an ISO-8859-1 page (charset in its meta tag), entities and all", () => {
    const articles = fetchedArticles(corpusDir);
    const russian = articles.get("Порт Кессвик снова принимает суда")!;
    expect(russian).toMatchObject({ outlet: "Северный вестник", date: "2024-05-15T10:00:00+03:00" });
    expect(russian.text).toContain("Северная гавань Кессвика во вторник вновь открылась после шестинедельного закрытия");
    expect(russian.text).toContain("«Теперь мы можем принимать суда с осадкой до четырнадцати метров», — сказала Лескинен");
    const latin = articles.get("Ferry fares to Sjöholm frozen until autumn")!;
    // The page gives no date, so the feed's is used.
    expect(latin).toMatchObject({ outlet: "Coastal Wire", date: "2024-05-17T08:15:00+02:00" });
    expect(latin.text).toContain("Managing director Björn Åkesson said the company’s fuel costs had fallen");
    expect(latin.text).toContain("at this year’s level");
    expect(latin.text).toContain("costs 48 €");
    expect(latin.text).toContain("«We heard the islanders,» he said.");
    expect(latin.text).not.toMatch(/Ã|&[a-z]+;|&#\d+;/);
  });

  it("keeps the page furniture out: menus, cookie banners, bylines, share buttons, related stories, comments, ads", () => {
    for (const article of fetchedArticles(corpusDir).values()) {
      for (const furniture of FURNITURE) expect(article.text, `${article.title} holds "${furniture}"`).not.toContain(furniture);
    }
  });

  it("fetches a duplicate item, a link with tracking parameters, and a copy of an article under another link only once", () => {
    const fetches = web.requests.filter((r) => r.path.startsWith("/news/port-reopens.html"));
    expect(fetches).toHaveLength(1);
    // The copy on another site was fetched, and recognised by its text.
    expect(web.hits("/wire/port-copy.html")).toHaveLength(1);
    expect(loadCorpus(corpusDir).articles.filter((a) => a.title === "Veltrania reopens northern harbour after six-week closure")).toHaveLength(1);
  });

  it("names the feed item whose page is gone and the malformed feed, and keeps every file that was there", () => {
    expect(report.problems).toEqual([
      { source: web.url("/news/gone.html"), reason: "HTTP 404" },
      { source: web.url("/malformed.xml"), reason: "malformed XML (line 8, column 5: Expected closing tag 'item' (opened in line 5, col 5) instead of closing tag 'channel'); read as far as it goes" },
    ]);
    const after = snapshot(corpusDir);
    for (const [file, hash] of Object.entries(before)) expect(after[file], file).toBe(hash);
  });

  it("asks each feed again with its validators and fetches no page twice; a new item comes with the next poll", async () => {
    const pages = web.requests.filter((r) => !r.path.endsWith(".xml") && !r.path.endsWith(".json")).length;
    const again = await poll(corpusDir);
    expect(again.feeds.map((feed) => feed.status)).toEqual(["unchanged", "unchanged", "unchanged", "unchanged"]);
    expect(again.added).toEqual([]);
    expect(web.requests.filter((r) => !r.path.endsWith(".xml") && !r.path.endsWith(".json")).length).toBe(pages);

    const rss = readFileSync(join(WEB_FIXTURES, "rss.xml"), "utf8");
    web.setFile("/rss.xml", rss.replace("<item>", "<item><title>Ferry strike ends</title><link>{{base}}/news/ferry-strike.html</link></item>\n    <item>"));
    try {
      const next = await poll(corpusDir);
      expect(next.added.map((a) => [a.title, a.date])).toEqual([["Ferry workers vote to end three-day strike at Kessvik", "2024-05-18T14:20:00+02:00"]]);
      // The item whose page was gone is not asked again: a 404 is final.
      expect(web.hits("/news/gone.html")).toHaveLength(1);
    } finally {
      web.setFile("/rss.xml", rss);
    }
  });
});

describe("hostile items", () => {
  it("each end with a named warning, and the corpus and its index stay as they were", async () => {
    const corpusDir = corpusFollowing("/hostile.xml", "/hostile/broken.xml");
    const indexDir = join(tempDir(), "embeddings");
    const embedder = await defaultEmbedder();
    const built = await ingest({ corpusDir, indexDir, embedder });
    const before = snapshot(corpusDir);
    const report = await poll(corpusDir);
    const reasons = Object.fromEntries(report.problems.map((p) => [p.source.replace(web.base, ""), p.reason]));
    expect(reasons).toEqual({
      "/hostile/loop-a": `more than 5 redirects (after a redirect to ${web.url("/hostile/loop-b")})`,
      "/hostile/metadata": "169.254.169.254 is a link-local address (where cloud metadata services answer); never fetched (after a redirect to http://169.254.169.254/latest/meta-data/iam/security-credentials/)",
      "/hostile/huge": "larger than 2 MB; stopped reading",
      "/hostile/trickle": "too slow: under 1024 bytes a second over 0.5 s; cut off",
      "/hostile/report.pdf": 'content type "application/pdf", not a web page',
      "/private/salaries.html": `robots.txt of 127.0.0.1:${web.port} disallows it`,
      "/news/gone.html": "HTTP 404",
      "/hostile.xml": 'item "No link at all" has no link; skipped',
      "/hostile/broken.xml": "malformed XML (line 1, column 97: Expected closing tag 'title' (opened in line 1, col 78) instead of closing tag 'item')",
    });
    expect(report.problems.find((p) => p.reason.includes("file:///etc/passwd"))?.reason).toBe('item link "file:///etc/passwd" is not an http(s) link; skipped');
    expect(report.added).toEqual([]);
    const after = snapshot(corpusDir);
    expect(Object.keys(after).sort()).toEqual([...Object.keys(before), STATE_FILE].sort());
    for (const [file, hash] of Object.entries(before)) expect(after[file], file).toBe(hash);
    const again = await ingest({ corpusDir, indexDir, embedder });
    expect(again).toMatchObject({ changed: false, articles: built.articles, chunks: built.chunks });
    // The trickling page is tried again at the next polls (it may be a slow day), then given up.
    const state = JSON.parse(readFileSync(join(corpusDir, STATE_FILE), "utf8"));
    expect(state.failures[web.url("/hostile/trickle")].attempts).toBe(1);
    expect(state.failures[web.url("/hostile/loop-a")].attempts).toBe(3);
  });
});

describe("links given by hand", () => {
  it("adds a page, knows one already in the corpus without fetching it, follows a feed, and refuses what is not a link", async () => {
    const corpusDir = copyOfBundledCorpus();
    const first = await collect({ corpusDir, fetcher, log: quietLog, links: [web.url("/news/toll-rise.html"), "javascript:alert(1)"] });
    expect(first.added).toEqual([
      {
        file: "fetched/127.0.0.1/2024-05-19-bridge-tolls-to-rise-by-ten-percent-in-july.md",
        title: "Bridge tolls to rise by ten percent in July",
        outlet: "Harbour Herald",
        date: "2024-05-19",
        url: web.url("/news/toll-rise.html"),
      },
    ]);
    expect(first.problems).toEqual([{ source: "javascript:alert(1)", reason: "is not an http(s) link without a user name or password" }]);
    const hits = web.hits("/news/toll-rise.html").length;
    const second = await collect({ corpusDir, fetcher, log: quietLog, links: [web.url("/news/toll-rise.html?utm_campaign=x#top"), web.url("/atom.xml")] });
    expect(second.alreadyHad).toEqual([{ url: web.url("/news/toll-rise.html"), file: first.added[0]!.file }]);
    expect(web.hits("/news/toll-rise.html")).toHaveLength(hits);
    expect(second.followed).toEqual([web.url("/atom.xml")]);
    expect(second.added.map((a) => a.title).sort()).toEqual(["Parliament backs Kessvik bridge & tunnel plan", "Порт Кессвик снова принимает суда"]);
    expect(readFeedList(corpusDir).feeds).toEqual([web.url("/atom.xml")]);
  });

  it("recognises an article the corpus holds by its link even when the state file is damaged, which is set aside", async () => {
    const corpusDir = copyOfBundledCorpus();
    writeFileSync(join(corpusDir, "by-hand.md"), `---\ntitle: Bridge tolls rise\nurl: ${web.url("/news/toll-rise.html")}\n---\n\nTolls rise.\n`);
    writeFileSync(join(corpusDir, STATE_FILE), "{ not json");
    const hits = web.hits("/news/toll-rise.html").length;
    const report = await collect({ corpusDir, fetcher, log: quietLog, links: [web.url("/news/toll-rise.html")] });
    expect(report.alreadyHad).toEqual([{ url: web.url("/news/toll-rise.html"), file: "by-hand.md" }]);
    expect(web.hits("/news/toll-rise.html")).toHaveLength(hits);
    expect(report.problems[0]?.reason).toMatch(/^\.fetch-state\.json could not be read \(.*\); moved to .*\.fetch-state\.json\.unreadable-\d+ and started afresh$/);
    expect(JSON.parse(readFileSync(join(corpusDir, STATE_FILE), "utf8")).version).toBe(1);
  });
});

describe("feeds.txt", () => {
  it("is read one URL a line with comments, and edited without losing the other lines", () => {
    const dir = tempDir();
    writeFileSync(join(dir, "feeds.txt"), "# my feeds\nhttps://a.example/rss  # the A feed\n\nnot a url\nhttps://a.example/rss#again\n");
    expect(readFeedList(dir)).toEqual({ feeds: ["https://a.example/rss"], warnings: ['feeds.txt line 4: "not a url" is not an http(s) URL; skipped'] });
    expect(addToFeedList(dir, "https://b.example/atom.xml")).toBe(true);
    expect(addToFeedList(dir, "https://b.example/atom.xml?utm_source=x")).toBe(false);
    expect(removeFromFeedList(dir, "https://a.example/rss")).toBe(true);
    expect(readFileSync(join(dir, "feeds.txt"), "utf8")).toBe("# my feeds\n\nnot a url\nhttps://b.example/atom.xml\n");
    expect(removeFromFeedList(dir, "https://c.example/")).toBe(false);
  });
});

describe("reading links and dates", () => {
  it("compares links without fragments and tracking parameters", () => {
    expect(cleanLink("https://News.example/a?id=3&utm_source=rss&fbclid=x#top")).toBe("https://news.example/a?id=3");
    expect(cleanLink("ftp://news.example/a")).toBeNull();
  });

  it("keeps ISO dates as written and rewrites RSS dates in ISO with their own offset, never guessing", () => {
    expect(publishedDate("2024-05-14T09:30:00+02:00")).toBe("2024-05-14T09:30:00+02:00");
    expect(publishedDate("2024-05-14 09:30")).toBe("2024-05-14T09:30");
    expect(publishedDate("Tue, 14 May 2024 23:30:00 -0400")).toBe("2024-05-14T23:30:00-04:00");
    expect(publishedDate("14 May 2024 08:00 GMT")).toBe("2024-05-14T08:00Z");
    expect(publishedDate("Tue, 14 May 2024 08:00:00 CEST")).toBe("2024-05-14");
    expect(publishedDate("2024-02-30")).toBeNull();
    expect(publishedDate("last Tuesday")).toBeNull();
  });
});

describe("article files in the corpus folder", () => {
  it("extracts a saved .html page like a fetched one, in the charset it declares; a page with no article is skipped with the reason", () => {
    const dir = tempDir();
    const page = readFileSync(join(WEB_FIXTURES, "ledger", "kessvik-ru.windows-1251.html"), "utf8");
    writeFileSync(join(dir, "kessvik.html"), iconv.encode(page, "windows-1251"));
    copyFileSync(join(WEB_FIXTURES, "news", "grain-deal.html"), join(dir, "grain.htm"));
    writeFileSync(join(dir, "empty-page.html"), "<!DOCTYPE html><html><head><title>Nothing</title></head><body><nav><a href='/'>Home</a></nav></body></html>");
    const { articles, skipped } = loadCorpus(dir);
    expect(articles.map((a) => [a.id, a.title, a.outlet, a.date])).toEqual([
      ["grain", "Veltrania and Ostmark sign grain transit deal", "Harbour Herald", "2024-05-15T16:45:00+02:00"],
      ["kessvik", "Порт Кессвик снова принимает суда", "Северный вестник", "2024-05-15T10:00:00+03:00"],
    ]);
    expect(articles[1]!.text).toMatch(/^Северная гавань Кессвика/);
    expect(skipped).toEqual([{ source: "empty-page.html", reason: "no article found in the page" }]);
  });

  it("reads JSON lines as a stream: a line over the article limit is skipped with a warning, the others kept", () => {
    const dir = tempDir();
    const line = (id: string, text: string) => JSON.stringify({ id, title: `Title ${id}`, text });
    const huge = line("huge", "x".repeat(MAX_FILE_BYTES + 10));
    writeFileSync(join(dir, "export.jsonl"), `\uFEFF${line("first", "Before.")}\r\n${huge}\n${line("last", "After.")}`);
    writeFileSync(join(dir, "binary.jsonl"), Buffer.from([0x7b, 0x00, 0x01, 0x0a, 0x7b, 0x7d]));
    const { articles, skipped } = loadCorpus(dir);
    expect(articles.map((a) => [a.id, a.text])).toEqual([
      ["first", "Before."],
      ["last", "After."],
    ]);
    expect(skipped).toEqual([
      { source: "binary.jsonl", reason: "binary file (contains NUL bytes)" },
      { source: "export.jsonl:2", reason: "line too long (20.0 MB; an article may have at most 20 MB)" },
    ]);
  });

  it("ingests one 40 MB JSON-lines export of 5,000 articles whole", async () => {
    const dir = join(tempDir(), "corpus");
    mkdirSync(dir);
    // Short texts keep embedding quick; the raw page each export line carries makes up the size.
    const page = `<article>${"<p>Kessvik harbour news.</p>".repeat(300)}</article>`;
    const lines = Array.from({ length: 5000 }, (_, i) =>
      JSON.stringify({ id: `a${i}`, title: `Harbour bulletin ${i}`, text: `Berth ${i} at Kessvik reopened on day ${i % 28 + 1}.`, outlet: "Wire", date: "2024-05-14", html: page }),
    );
    writeFileSync(join(dir, "export.jsonl"), `${lines.join("\n")}\n`);
    const size = readFileSync(join(dir, "export.jsonl")).length;
    expect(size).toBeGreaterThan(40 * 1024 * 1024);
    const started = performance.now();
    const result = await ingest({ corpusDir: dir, indexDir: join(tempDir(), "embeddings"), embedder: await defaultEmbedder() });
    console.info(`40 MB JSON lines (${(size / 1024 / 1024).toFixed(1)} MB, 5,000 articles): ingested in ${((performance.now() - started) / 1000).toFixed(1)} s`);
    expect(result).toMatchObject({ articles: 5000, added: 5000, skipped: [] });
    expect(result.index.articles.get("a4999")?.title).toBe("Harbour bulletin 4999");
  });
});

describe("npm run fetch, then npm run ask", () => {
  it("adds a local feed's articles and answers a question about one, citing its URL", async () => {
    const corpusDir = corpusFollowing("/rss.xml");
    const env = {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      CORPUS_DIR: corpusDir,
      INDEX_DIR: join(tempDir(), "embeddings"),
      MODELS_DIR,
      FETCH_ALLOW_PRIVATE_NETWORKS: "true",
      FETCH_HOST_DELAY_MS: "0",
      LOG_LEVEL: "error",
    };
    const fetched = await runCli("fetch", [], env);
    expect(fetched.code).toBe(0);
    expect(fetched.stdout).toContain("Feeds: 1 polled (1 read, 0 unchanged since the last poll, 0 failed).\nAdded 3 articles:\n");
    expect(fetched.stdout).toContain(`  + Harbour Herald, 14 May 2024: Veltrania reopens northern harbour after six-week closure <${web.url("/news/port-reopens.html")}>`);
    expect(fetched.stdout).toContain(`  - ${web.url("/news/gone.html")}: HTTP 404\n`);
    expect(fetched.stdout).toMatch(/\nIndexed 13 articles, \d+ chunks \(13 added, 0 updated, 0 removed;/);
    expect(existsSync(join(corpusDir, "fetched", "127.0.0.1"))).toBe(true);

    const asked = await runCli("ask", ["--json", "How much did the closure of the Kessvik harbour cost exporters?"], env);
    const answer = JSON.parse(asked.stdout);
    expect(answer.abstained).toBe(false);
    expect(answer.answer.citations[0]).toMatchObject({ title: "Veltrania reopens northern harbour after six-week closure", outlet: "Harbour Herald", url: web.url("/news/port-reopens.html") });
    expect(answer.answer.text).toContain("38 million euros");
  });
});
