/**
 * A running bot that follows feeds: the real discord.js client against the local
 * Discord-compatible server, and the feeds and pages of a local news site, both on
 * 127.0.0.1. New feed items reach the bot within a poll interval, with no restart; admins
 * add articles and feeds with /add and /feeds.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CorpusUpdater } from "../src/app/corpus-updater.js";
import { openNewsdesk } from "../src/app/newsdesk.js";
import type { Settings } from "../src/config/settings.js";
import { startBot, type RunningBot } from "../src/discord/bot.js";
import { FakeDiscord, snowflake, user, type RecordedRequest, type User } from "./helpers/discord-server.js";
import { cleanupTempDirs, copyOfBundledCorpus, quietLog, testSettings } from "./helpers/fixtures.js";
import { WEB_FIXTURES, WebServer } from "./helpers/web-server.js";

const discord = new FakeDiscord();
const web = new WebServer();
/** Three seconds: short for a test, long enough to tell "at the next poll" from "at once". */
const POLL_MINUTES = 0.05;
const POLL_MS = POLL_MINUTES * 60_000;
let settings: Settings;
let bot: RunningBot;
let updater: CorpusUpdater;
const admin = user("editor");

beforeAll(async () => {
  await Promise.all([discord.start(), web.start()]);
  const corpusDir = copyOfBundledCorpus();
  writeFileSync(join(corpusDir, "feeds.txt"), `${web.url("/rss.xml")}\n`);
  settings = testSettings({
    CORPUS_DIR: corpusDir,
    DISCORD_TOKEN: discord.token,
    DISCORD_API_BASE: discord.apiBase,
    ASK_COOLDOWN_SECONDS: "0",
    FEED_POLL_MINUTES: String(POLL_MINUTES),
    FETCH_ALLOW_PRIVATE_NETWORKS: "true",
    FETCH_HOST_DELAY_MS: "0",
  });
  const desk = await openNewsdesk(settings, quietLog);
  updater = new CorpusUpdater(settings, quietLog, desk.embedder);
  // As `npm start` wires them: the index check every 30 seconds is too slow to matter here.
  bot = await startBot(desk, settings, quietLog, { handleSignals: false, updater });
  updater.startPolling(settings.feedPollMinutes);
});

afterAll(async () => {
  await bot?.stop();
  await Promise.all([discord.stop(), web.stop()]);
  cleanupTempDirs();
});

const isCallback = (interaction: { id: string; token: string }) => (r: RecordedRequest) => r.method === "POST" && r.path === `/interactions/${interaction.id}/${interaction.token}/callback`;
const isEdit = (interaction: { token: string }) => (r: RecordedRequest) => r.method === "PATCH" && r.path === `/webhooks/${discord.application.id}/${interaction.token}/messages/@original`;

async function ask(question: string): Promise<string> {
  const interaction = discord.slash("ask", { question }, user("reader"));
  return (await discord.waitFor(isEdit(interaction))).body.content;
}

/** Asks until the answer holds `expected` or the time is up; resolves with the milliseconds it took. */
async function askUntil(question: string, expected: string, withinMs: number): Promise<number> {
  const started = Date.now();
  let content = "";
  while (!content.includes(expected)) {
    if (Date.now() - started > withinMs) throw new Error(`no answer with "${expected}" within ${withinMs} ms; the last was: ${content}`);
    content = await ask(question);
    if (!content.includes(expected)) await new Promise((r) => setTimeout(r, 200));
  }
  return Date.now() - started;
}

/** /feeds with a subcommand, as Discord sends it: the subcommand is an option holding the others. */
function feedsCommand(subcommand: string, options: Record<string, string>, from: User) {
  const typed = Object.entries(options).map(([name, value]) => ({ name, type: 3, value }));
  const interaction = discord.interaction(2, { id: snowflake(), name: "feeds", type: 1, options: [{ name: subcommand, type: 1, options: typed }] }, from);
  discord.dispatch("INTERACTION_CREATE", interaction);
  return interaction;
}

describe("following feeds while the bot runs", () => {
  it("answers from the feed's articles after the first poll, and picks up a new item within one poll interval, with no restart", async () => {
    await askUntil("How much did the closure of the Kessvik harbour cost exporters?", "38 million euros", 20_000);
    const rss = readFileSync(join(WEB_FIXTURES, "rss.xml"), "utf8");
    web.setFile("/rss.xml", rss.replace("<item>", "<item><title>Ferry strike ends</title><link>{{base}}/news/ferry-strike.html</link></item>\n    <item>"));
    const took = await askUntil("How many ferry workers voted in favour of the deal?", "412 members had voted in favour", POLL_MS + 10_000);
    // At most one interval until the next poll, and the few seconds that poll and its ingest take.
    expect(took).toBeLessThan(POLL_MS + 6_000);
    const answer = await ask("How many ferry workers voted in favour of the deal?");
    expect(answer).toContain(`Harbour Herald, 18 May 2024: [Ferry workers vote to end three-day strike at Kessvik](<${web.url("/news/ferry-strike.html")}>)`);
  });
});

describe("/add", () => {
  it("fetches an article now, says what was added, and the bot answers from it at once", async () => {
    const interaction = discord.slash("add", { url: web.url("/news/toll-rise.html") }, admin);
    expect((await discord.waitFor(isCallback(interaction))).body).toEqual({ type: 5, data: { flags: 64 } });
    const reply = (await discord.waitFor(isEdit(interaction))).body.content;
    expect(reply).toBe(`Added “Bridge tolls to rise by ten percent in July” (Harbour Herald, 19 May 2024) <${web.url("/news/toll-rise.html")}>. Ask about it now.`);
    expect(await ask("How much will a single car crossing of the Old Kessvik Bridge cost?")).toContain("3.30 euros");
  });

  it("says why not: a page that is gone, one it has already, a link it may not fetch", async () => {
    const gone = discord.slash("add", { url: web.url("/news/gone.html") }, admin);
    expect((await discord.waitFor(isEdit(gone))).body.content).toBe("Not added:\n• HTTP 404");
    const again = discord.slash("add", { url: `${web.url("/news/toll-rise.html")}?utm_source=discord` }, admin);
    expect((await discord.waitFor(isEdit(again))).body.content).toBe("I have that article already (fetched/127.0.0.1/2024-05-19-bridge-tolls-to-rise-by-ten-percent-in-july.md), so nothing was added.");
    const metadata = discord.slash("add", { url: web.url("/hostile/metadata") }, admin);
    // The reason is shown as text from the web is: Markdown escaped (a leading "169." would make a list), links without previews.
    expect((await discord.waitFor(isEdit(metadata))).body.content).toMatch(/^Not added:\n• 169\\\.254\.169\.254 is a link-local address .*; never fetched \(after a redirect to <http:\/\/169\.254\.169\.254\/latest\/meta-data\/iam\/security-credentials\/>\)$/);
    const notALink = discord.slash("add", { url: "ftp://files.example/story" }, admin);
    expect((await discord.waitFor(isCallback(notALink))).body).toMatchObject({ type: 4, data: { flags: 64, content: expect.stringMatching(/^That is not a web address I can fetch/) } });
  });
});

describe("/feeds", () => {
  it("lists the feeds followed, follows a new one after reading it, and stops following one", async () => {
    const list = feedsCommand("list", {}, admin);
    const listed = (await discord.waitFor(isCallback(list))).body.data;
    expect(listed.flags).toBe(64);
    expect(listed.content).toMatch(new RegExp(`^I follow 1 feed\\. I poll them every 0\\.05 minutes\\.\\n• Harbour Herald – Business <${web.url("/rss.xml").replace(/[.]/g, "\\.")}>: checked <t:\\d+:R>$`));

    const follow = feedsCommand("add", { url: web.url("/atom.xml") }, admin);
    expect((await discord.waitFor(isEdit(follow))).body.content).toBe(
      `Now following “Northern Ledger” <${web.url("/atom.xml")}> (2 items listed). Its new articles are being fetched now.`,
    );
    expect(readFileSync(join(settings.corpusDir, "feeds.txt"), "utf8")).toBe(`${web.url("/rss.xml")}\n${web.url("/atom.xml")}\n`);
    await askUntil("By how many votes did parliament approve the Kessvik bridge and tunnel plan?", "88 votes to 52", 20_000);

    const notAFeed = feedsCommand("add", { url: web.url("/news/port-reopens.html") }, admin);
    expect((await discord.waitFor(isEdit(notAFeed))).body.content).toBe(`Not following <${web.url("/news/port-reopens.html")}>: content type "text/html", not a feed.`);

    const remove = feedsCommand("remove", { url: web.url("/atom.xml") }, admin);
    expect((await discord.waitFor(isEdit(remove))).body.content).toBe(`Stopped following <${web.url("/atom.xml")}>. The articles it brought stay.`);
    expect(readFileSync(join(settings.corpusDir, "feeds.txt"), "utf8")).toBe(`${web.url("/rss.xml")}\n`);
  });
});
