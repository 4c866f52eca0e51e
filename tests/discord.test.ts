/**
 * The real discord.js client against a Discord-compatible server on 127.0.0.1: every
 * login, event, callback, edit and message goes over the wire.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openNewsdesk, type Newsdesk } from "../src/app/newsdesk.js";
import type { Settings } from "../src/config/settings.js";
import { startBot, type RunningBot } from "../src/discord/bot.js";
import { LIMITS } from "../src/discord/limits.js";
import { cleanupTempDirs, copyOfBundledCorpus, MODELS_DIR, quietLog, runCli, spawnCli, tempDir, testSettings, type CliRun } from "./helpers/fixtures.js";
import { FakeDiscord, user, type RecordedRequest } from "./helpers/discord-server.js";

const discord = new FakeDiscord();
let bot: RunningBot;
let settings: Settings;
let registered: CliRun;
let desk: Newsdesk;

/** An article whose text tries to ping everyone, and one with sentences too long for a message. */
function addHostileArticles(corpusDir: string): void {
  writeFileSync(
    join(corpusDir, "ping-test.md"),
    '---\ntitle: "Zarvanian shelter notice [click](https://evil.example)"\noutlet: Test Wire\ndate: 2023-03-30\n---\n\nThe Zarvanian civil defence office told @everyone and @here to shelter, and <@123456789012345678> repeated the Zarvanian order **loudly**.\n',
  );
  // A link that tries to smuggle a masked link, a command mention, a role mention, a right-to-left override and a bare link.
  writeFileSync(
    join(corpusDir, "quellmark.md"),
    '---\ntitle: "Quellmark harbour bulletin </ask:123456789012345678> \\u202Eexe.txt"\noutlet: Test Wire\ndate: 2023-03-29\nurl: "https://example.org/quellmark\\n[x](http://evil.example)"\n---\n\nThe Quellmark harbour office published its closure notice at https://example.org/notice.pdf on Wednesday, and <@&123456789012345678> staff were told to run </ask:123456789012345678>.\n',
  );
  const longSentence = Array.from({ length: 700 }, (_, i) => ["grain", "quota", "Volgrath", "harvest", "silo"][i % 5]).join(" ");
  writeFileSync(join(corpusDir, "huge.md"), `---\ntitle: Volgrath grain quota report\n---\n\n${longSentence} one. ${longSentence} two. ${longSentence} three.\n`);
}

beforeAll(async () => {
  await discord.start();
  const corpusDir = copyOfBundledCorpus();
  addHostileArticles(corpusDir);
  settings = testSettings({ CORPUS_DIR: corpusDir, DISCORD_TOKEN: discord.token, DISCORD_API_BASE: discord.apiBase, DISCORD_GUILD_ID: discord.guildId, ASK_COOLDOWN_SECONDS: "30" });
  registered = await runRegister();
  desk = await openNewsdesk(settings, quietLog);
  bot = await startBot(desk, settings, quietLog, { handleSignals: false, indexCheckMs: 200 });
});

afterAll(async () => {
  await bot?.stop();
  await discord.stop();
  cleanupTempDirs();
});

function runRegister() {
  return runCli("register", [], { PATH: process.env.PATH, DISCORD_TOKEN: discord.token, DISCORD_API_BASE: discord.apiBase, DISCORD_GUILD_ID: discord.guildId, LOG_LEVEL: "warn" });
}

const isCallback = (interaction: { id: string }) => (r: RecordedRequest) => r.method === "POST" && r.path === `/interactions/${interaction.id}/${(interaction as any).token}/callback`;
const isEdit = (interaction: { token: string }) => (r: RecordedRequest) => r.method === "PATCH" && r.path === `/webhooks/${discord.application.id}/${interaction.token}/messages/@original`;
const isFollowUp = (interaction: { token: string }) => (r: RecordedRequest) => r.method === "POST" && r.path === `/webhooks/${discord.application.id}/${interaction.token}`;
/** A message the bot sends to a channel, after the first `seen` requests to the server. */
const isChannelMessage = (seen: number, server: FakeDiscord = discord) => (r: RecordedRequest) =>
  r.method === "POST" && /^\/channels\/\d+\/messages$/.test(r.path) && server.requests.indexOf(r) >= seen;

async function ask(question: string, from = user("reader"), options: Record<string, string | boolean> = {}) {
  const interaction = discord.slash("ask", { question, ...options }, from);
  const deferred = await discord.waitFor(isCallback(interaction));
  const edit = await discord.waitFor(isEdit(interaction));
  return { interaction, deferred, edit, from };
}

describe("registration", () => {
  it("registers every command in the guild with npm run register", async () => {
    expect(registered.code).toBe(0);
    expect(registered.stdout).toBe(`Registered 8 commands (/ask, /digest, /search, /source, /about, /feedback, /add, /feeds) in guild ${discord.guildId}.\n`);
    const put = await discord.waitFor((r) => r.method === "PUT");
    expect(put.path).toBe(`/applications/${discord.application.id}/guilds/${discord.guildId}/commands`);
    expect(put.body.map((c: any) => c.name)).toEqual(["ask", "digest", "search", "source", "about", "feedback", "add", "feeds"]);
    // /feedback, /add and /feeds are for admins: Manage Server.
    for (const admin of ["feedback", "add", "feeds"]) expect(put.body.find((c: any) => c.name === admin).default_member_permissions).toBe("32");
    expect(put.body.find((c: any) => c.name === "ask").options.map((o: any) => o.name)).toEqual(["question", "private", "outlet", "after", "before"]);
  });
});

describe("/ask", () => {
  it("acknowledges at once, then edits in the cited sentences and a compact sources block", async () => {
    const { deferred, edit } = await ask("Why did Pashinyan say Armenia lost the 2020 war?");
    expect(deferred.body).toEqual({ type: 5, data: { flags: 0 } });
    const content: string = edit.body.content;
    expect(content).toMatch(/fifth column/);
    expect(content).toContain(
      "**Sources**\n[1] BLiTZ, 14 Mar 2023: [Pashinyan said that Armenia lost the 2020 war because of the fifth column in the army](<https://www.weeklyblitz.net/news/pashinyan-said-that-armenia-lost-the-2020-war-because-of-the-fifth-column-in-the-army/>)",
    );
    expect(edit.body.allowed_mentions).toEqual({ parse: [], replied_user: false });
    const labels = edit.body.components[0].components.map((b: any) => b.label);
    expect(labels).toEqual(["Helpful", "Not helpful", "More"]);
  });

  it("reads on in the stories an answer quoted when More is clicked, to the one who clicked, with a More of its own", async () => {
    const { edit } = await ask("Who is Kristina Kvien?", user("curious"));
    expect(edit.body.content).toContain("Kristina Kvien, the United States Ambassador to Armenia");
    const more = edit.body.components[0].components.find((b: any) => b.label === "More").custom_id as string;
    expect(more.length).toBeLessThanOrEqual(LIMITS.customId);
    const message = [...discord.messages.values()].findLast((m) => m.content === edit.body.content);
    const reader = user("reader-on");
    const click = discord.click(more, message, reader);
    const deferred = await discord.waitFor(isCallback(click));
    expect(deferred.body).toEqual({ type: 5, data: { flags: 64 } });
    const readOn = await discord.waitFor(isEdit(click));
    expect(readOn.body.content).toMatch(/^Indeed, the Lachin corridor has been blocked since December 12/);
    expect(readOn.body.content).not.toContain("Kristina Kvien, the United States Ambassador");
    expect(readOn.body.components[0].components.map((b: any) => b.label)).toEqual(["Helpful", "Not helpful", "More"]);
    // Reading on may cost a written answer's work, so it spends the clicker's cooldown: clicked again at once, it waits.
    const again = discord.click(readOn.body.components[0].components[2].custom_id, [...discord.messages.values()].findLast((m) => m.content === readOn.body.content), reader);
    expect((await discord.waitFor(isCallback(again))).body).toMatchObject({ type: 4, data: { flags: 64, content: expect.stringMatching(/^You're asking quickly/) } });
  });

  it("answers privately when asked to", async () => {
    const { deferred, edit } = await ask("Whom did Aliyev meet in Berlin?", user("shy"), { private: true });
    expect(deferred.body.data.flags).toBe(64);
    expect(edit.body.content).toContain("Steinmeier");
  });

  it("says plainly when the articles hold no answer, and names the closest only when they are related", async () => {
    const { edit: offTopic } = await ask("Who won the 2022 FIFA World Cup?");
    expect(offTopic.body.content).toBe("I found nothing about FIFA World Cup in the 13 articles I have.");
    expect(offTopic.body.components).toEqual([]);
    const { edit: nearMiss } = await ask("Why did the Czech delegation visit Baku?");
    expect(nearMiss.body.content).toMatch(/^I found nothing about that in Baku in the 13 articles I have\.\n\n\*\*Closest articles\*\*\n• Armenpress, 27 Mar 2023: Azerbaijan’s provocations/);
  });

  it("refuses a malformed date with a short private message, without spending the cooldown", async () => {
    const typo = user("typo");
    const interaction = discord.slash("ask", { question: "Lachin", after: "2023/03/01" }, typo);
    const callback = await discord.waitFor(isCallback(interaction));
    expect(callback.body).toMatchObject({ type: 4, data: { flags: 64, content: '"after" must be a day written as YYYY-MM-DD, such as 2023-03-14.' } });
    const { edit } = await ask("Who is Kristina Kvien?", typo);
    expect(edit.body.content).toContain("Kristina Kvien");
  });

  it("holds a per-user cooldown, with a polite private message", async () => {
    const eager = user("eager");
    await ask("Who is the Dutch foreign minister?", eager);
    const second = discord.slash("ask", { question: "Who is Kristina Kvien?" }, eager);
    const callback = await discord.waitFor(isCallback(second));
    expect(callback.body).toMatchObject({ type: 4, data: { flags: 64 } });
    expect(callback.body.data.content).toMatch(/^You're asking quickly\. Please wait (29|30) seconds before the next question\.$/);
    // Searching costs the same work, so it shares the cooldown.
    const search = discord.slash("search", { query: "Kristina Kvien" }, eager);
    expect((await discord.waitFor(isCallback(search))).body.data.content).toMatch(/^You're asking quickly\./);
  });
});

describe("/digest", () => {
  it("gives the key sentence of each article on a topic, one dated line each, oldest first", async () => {
    const interaction = discord.slash("digest", { topic: "the Lachin corridor blockade" }, user("digester"));
    const edit = await discord.waitFor(isEdit(interaction));
    const content: string = edit.body.content;
    const lines = content.split("\n\n**Sources**\n")[0]!.split("\n");
    expect(lines.length).toBeGreaterThanOrEqual(3);
    const days = lines.map((line) => {
      expect(line).toMatch(/^• (\d{1,2} )?Mar 2023: .+ \[\d\]$/);
      return Date.parse(line.replace(/^• ((?:\d{1,2} )?Mar 2023):.*$/, "$1"));
    });
    expect(days).toEqual([...days].sort((a, b) => a - b));
    expect(content.split("**Sources**\n")[1]!.split("\n")).toHaveLength(lines.length);
    expect(edit.body.components[0].components.map((b: any) => b.label)).toEqual(["Helpful", "Not helpful", "More"]);
  });

  it("says first that no article is dated the day asked, where those shown are dated only to its month", async () => {
    const interaction = discord.slash("digest", { topic: "march 26" }, user("dayasker"));
    const content: string = (await discord.waitFor(isEdit(interaction))).body.content;
    const lines = content.split("\n\n**Sources**\n")[0]!.split("\n");
    expect(lines[0]).toBe("None of my articles is dated 26 Mar 2023; these are dated only to its month:");
    expect(lines.slice(1)).toHaveLength(2);
    for (const line of lines.slice(1)) expect(line).toMatch(/^• Mar 2023: .+ \[\d\]$/);
  });

  it("sums up the things a topic lists, and names those it found nothing on", async () => {
    const interaction = discord.slash("digest", { topic: "roundup: the newroz greetings, the dutch summons, the quibbler satellite launch" }, user("roundup"));
    const content: string = (await discord.waitFor(isEdit(interaction))).body.content;
    const [lines, sources] = content.split("\n\n**Sources**\n");
    expect(lines!.split("\n").at(-1)).toBe("Nothing found on: the quibbler satellite launch.");
    expect(sources).toContain("Pashinyan");
    expect(sources).toMatch(/Dutch|Netherlands|ambassador/i);
  });
});

describe("feedback", () => {
  it("stores a vote with the question, the answer's articles and the time, and acknowledges quietly", async () => {
    const { edit, from } = await ask("How did Pashinyan greet the Kurdish community of Armenia?", user("voter"));
    const helpful = edit.body.components[0].components[0].custom_id as string;
    expect(helpful.length).toBeLessThanOrEqual(LIMITS.customId);
    const message = discord.messages.get([...discord.messages.values()].find((m) => m.content === edit.body.content).id);
    const click = discord.click(helpful, message, from);
    const callback = await discord.waitFor(isCallback(click));
    expect(callback.body).toMatchObject({ type: 4, data: { flags: 64, content: "Thanks, noted as helpful." } });
    const votes = readFileSync(join(settings.dataDir, "feedback.jsonl"), "utf8").trim().split("\n").map((l) => JSON.parse(l));
    expect(votes.at(-1)).toMatchObject({ vote: "up", voterId: from.id, question: "How did Pashinyan greet the Kurdish community of Armenia?", articleIds: ["2023-03-21-armenpress-pashinyan-newroz"] });
    expect(Date.now() - Date.parse(votes.at(-1).time)).toBeLessThan(60_000);

    const summary = discord.slash("feedback", {}, user("admin"));
    const reply = await discord.waitFor(isCallback(summary));
    expect(reply.body.data.content).toMatch(/^\d+ votes: \d+ helpful, 0 not helpful \(100% helpful\)\.$/);
  });
});

describe("/search", () => {
  it("pages through results with Previous / Next, for the person who searched only", async () => {
    const owner = user("searcher");
    const interaction = discord.slash("search", { query: "Lachin corridor blockade" }, owner);
    const edit = await discord.waitFor(isEdit(interaction));
    const embed = edit.body.embeds[0];
    expect(embed.title).toBe("Search: Lachin corridor blockade");
    expect(embed.footer.text).toMatch(/^Page 1 of [2-5] · \d+ passages$/);
    const [previous, next] = edit.body.components[0].components;
    expect(previous.disabled).toBe(true);
    const message = [...discord.messages.values()].find((m) => m.embeds[0]?.title === embed.title);

    const stranger = discord.click(next.custom_id, message, user("stranger"));
    const refused = await discord.waitFor(isCallback(stranger));
    expect(refused.body).toMatchObject({ type: 4, data: { flags: 64, content: "Only the person who searched can page through these results. Run /search yourself to get your own." } });

    const paged = discord.click(next.custom_id, message, owner);
    const update = await discord.waitFor(isCallback(paged));
    expect(update.body.type).toBe(7);
    expect(update.body.data.embeds[0].footer.text).toMatch(/^Page 2 of /);
    expect(update.body.data.components[0].components[0].disabled).toBe(false);
  });
});

describe("/source", () => {
  it("autocompletes headlines and shows the article's outlet, date, link and lead", async () => {
    const typing = discord.autocomplete("source", "article", "dutch", user("reader"));
    const choices = await discord.waitFor(isCallback(typing));
    expect(choices.body.type).toBe(8);
    expect(choices.body.data.choices[0].name).toMatch(/^Dutch foreign ministry summons Azeri ambassador/);
    expect(choices.body.data.choices.length).toBeLessThanOrEqual(LIMITS.autocompleteChoices);

    const shown = discord.slash("source", { article: choices.body.data.choices[0].value }, user("reader"));
    const reply = await discord.waitFor(isCallback(shown));
    const embed = reply.body.data.embeds[0];
    expect(embed.title).toMatch(/^Dutch foreign ministry summons/);
    expect(embed.description).toMatch(/^YEREVAN, MARCH 23, ARMENPRESS\. The Azerbaijani Ambassador was invited/);
    expect(embed.fields).toEqual([
      { name: "Outlet", value: "Armenpress", inline: true },
      { name: "Date", value: "23 Mar 2023", inline: true },
      { name: "Link", value: "No link: the source gives none", inline: false },
    ]);
  });

  it("/about says what the bot knows", async () => {
    const about = discord.slash("about", {}, user("newcomer"));
    const reply = await discord.waitFor(isCallback(about));
    const fields = Object.fromEntries(reply.body.data.embeds[0].fields.map((f: any) => [f.name, f.value]));
    expect(fields).toMatchObject({ Articles: "13", Dates: "14 Mar 2023 to 30 Mar 2023", Model: "newsdesk/glove-sif-100d" });
    expect(reply.body.data.embeds[0].description).toContain("ask “tell me more” to read on");
  });
});

describe("asking in messages", () => {
  it("answers a mention in a channel, as a reply that pings no one", async () => {
    const since = discord.requests.length;
    const asked = discord.say(`<@${discord.botUser.id}> Who is the Dutch foreign minister?`, user("mentioner"), { mentionBot: true });
    const reply = await discord.waitFor(isChannelMessage(since));
    expect(reply.path).toBe(`/channels/${discord.channelId}/messages`);
    expect(reply.body.content).toContain("Hoekstra");
    expect(reply.body.message_reference.message_id).toBe(asked.id);
    expect(reply.body.allowed_mentions).toEqual({ parse: [], replied_user: false });
  });

  it("answers small talk with a short reply and no quote, spending no cooldown", async () => {
    const polite = user("polite");
    let since = discord.requests.length;
    discord.say(`<@${discord.botUser.id}> Who is Kristina Kvien?`, polite, { mentionBot: true });
    expect((await discord.waitFor(isChannelMessage(since))).body.content).toContain("Kristina Kvien");
    since = discord.requests.length;
    discord.say(`<@${discord.botUser.id}> thanks!`, polite, { mentionBot: true });
    const thanks = await discord.waitFor(isChannelMessage(since));
    expect(thanks.body.content).toMatch(/^You're welcome! Ask me anything else about the news\. I hold 13 articles from .*Try: “What did [^”]+ say\?”/);
    expect(thanks.body.content).not.toContain("**Sources**");
    expect(thanks.body.components).toEqual([]);
    since = discord.requests.length;
    discord.say(`<@${discord.botUser.id}>`, polite, { mentionBot: true });
    expect((await discord.waitFor(isChannelMessage(since))).body.content).toMatch(/^Ask me a question about the news\. I hold 13 articles/);
    // The news asked for with no topic: the newest headlines, linked, no quote.
    since = discord.requests.length;
    discord.say(`<@${discord.botUser.id}> any news?`, polite, { mentionBot: true });
    const news = (await discord.waitFor(isChannelMessage(since))).body.content;
    expect(news).toMatch(/^The newest of my articles are listed below/);
    expect(news).toContain("\n\n**Newest articles**\n• ");
    expect(news.match(/^• /gm)).toHaveLength(5);
    expect(news).not.toContain("**Sources**");
  });

  it("spends the cooldown on a request for more, which reads on in the asker's last answer", async () => {
    const reader = user("goer-on");
    let since = discord.requests.length;
    discord.say(`<@${discord.botUser.id}> Who is Kristina Kvien?`, reader, { mentionBot: true });
    expect((await discord.waitFor(isChannelMessage(since))).body.content).toContain("Kristina Kvien");
    since = discord.requests.length;
    discord.say(`<@${discord.botUser.id}> what else?`, reader, { mentionBot: true });
    expect((await discord.waitFor(isChannelMessage(since))).body.content).toMatch(/^You're asking quickly/);
  });

  it("answers a DM", async () => {
    const since = discord.requests.length;
    discord.say("In which district did Azerbaijani troops cross the line of contact?", user("dmer"), { dm: true });
    const reply = await discord.waitFor(isChannelMessage(since));
    expect(reply.path).toBe(`/channels/${discord.dmChannelId}/messages`);
    expect(reply.body.content).toContain("Shusha");
  });

  it("takes the earlier question into account when someone replies to an answer", async () => {
    const reader = user("follower");
    let since = discord.requests.length;
    discord.say(`<@${discord.botUser.id}> Which foreign ministry summoned the Azerbaijani ambassador over the ICJ ruling?`, reader, { mentionBot: true });
    const first = await discord.waitFor(isChannelMessage(since));
    const answerId = [...discord.messages.values()].find((m) => m.content === first.body.content).id;
    await new Promise((r) => setTimeout(r, 50));
    since = discord.requests.length;
    // A second question from the same person within the cooldown would be refused; another reader follows up.
    discord.say(`<@${discord.botUser.id}> Who is the foreign minister there?`, user("follower2"), { mentionBot: true, replyTo: answerId });
    const followUp = await discord.waitFor(isChannelMessage(since));
    expect(followUp.body.content).toContain("Hoekstra");
    expect(followUp.body.content).toContain("Dutch foreign ministry summons Azeri ambassador");
  });
});

describe("rules the bot never breaks", () => {
  it("quotes a corpus sentence with @everyone without pinging anyone or breaking the layout", async () => {
    const { edit } = await ask("What did the Zarvanian civil defence office tell people?", user("pinger"));
    const content: string = edit.body.content;
    expect(edit.body.allowed_mentions).toEqual({ parse: [], replied_user: false });
    expect(content).toContain("@\u200beveryone");
    expect(content).toContain("<\u200b@\u200b123456789012345678>");
    expect(content).not.toMatch(/(^|[^\u200b])@(everyone|here)/);
    expect(content).toContain("\\*\\*loudly\\*\\*");
    // The headline's fake link cannot become a masked link: its brackets are escaped, the link unfolds no preview.
    expect(content).toContain("Zarvanian shelter notice \\[click\\](<https://evil.example/>)");
    expect(content).not.toMatch(/(^|[^\\])\[[^\]]*\]\(https:\/\/evil/);
  });

  it("defuses links, command and role mentions and bidirectional controls from the corpus in answers and /source", async () => {
    const { edit } = await ask("What did the Quellmark harbour office publish?", user("hostile"));
    const content: string = edit.body.content;
    // The bare link in the quote stays a link but unfolds no preview.
    expect(content).toContain("closure notice at <https://example.org/notice.pdf> on Wednesday");
    expect(content).toContain("<\u200b@\u200b&123456789012345678>");
    expect(content).toContain("<\u200b/ask:123456789012345678>");
    expect(content).not.toMatch(/\u202e/);
    // The URL's smuggled masked link is percent-encoded into one harmless link.
    expect(content).toContain("](<https://example.org/quellmark%5Bx%5D%28http://evil.example%29>)");
    expect(content).not.toContain("](http://evil.example)");

    const typing = discord.autocomplete("source", "article", "quellmark", user("hostile"));
    const choice = (await discord.waitFor(isCallback(typing))).body.data.choices[0];
    const shown = discord.slash("source", { article: choice.value }, user("hostile"));
    const embed = (await discord.waitFor(isCallback(shown))).body.data.embeds[0];
    expect(embed.title).toContain("<\u200b/ask:123456789012345678>");
    expect(embed.title).not.toMatch(/\u202e/);
    expect(embed.url).toBe("https://example.org/quellmark%5Bx%5D%28http://evil.example%29");
    expect(embed.fields.find((f: any) => f.name === "Link").value).toBe("<https://example.org/quellmark%5Bx%5D%28http://evil.example%29>");
  });

  it("keeps a huge answer and huge search results within Discord's limits", async () => {
    const { edit } = await ask("What did the Volgrath grain quota report say about the harvest silo?", user("bulk"));
    expect(edit.body.content.length).toBeLessThanOrEqual(LIMITS.content);
    expect(edit.body.content).toMatch(/\[1\]\n\n\*\*Sources\*\*\n\[1\] Unknown outlet: Volgrath grain quota report$/);

    const search = discord.slash("search", { query: "Volgrath grain quota harvest silo" }, user("bulk-search"));
    const result = await discord.waitFor(isEdit(search));
    const embed = result.body.embeds[0];
    expect(embed.description.length).toBeLessThanOrEqual(LIMITS.embedDescription);
    const total = embed.title.length + embed.description.length + embed.footer.text.length;
    expect(total).toBeLessThanOrEqual(LIMITS.embedsTotal);
  });

  it("answers a failing handler with a short private error and keeps running", async () => {
    const from = user("unlucky");
    const interaction = discord.slash("ask", { question: "Who is Ruben Margaryan?" }, from);
    discord.failNext(isEdit(interaction), { status: 400, body: { message: "Invalid Form Body", code: 50035 } });
    const followUp = await discord.waitFor(isFollowUp(interaction));
    expect(followUp.body).toMatchObject({ flags: 64, content: "Sorry, something went wrong while answering. The error has been logged; please try again." });
    const { edit } = await ask("Who is Ruben Margaryan?", user("lucky"));
    expect(edit.body.content).toContain("Columnist Ruben Margaryan");
  });

  it("honours a 429 with retry-after and delivers the answer after it", async () => {
    const interaction = discord.slash("ask", { question: "Who is Markus Ritter?" }, user("patient"));
    discord.failNext(isEdit(interaction), {
      status: 429,
      body: { message: "You are being rate limited.", retry_after: 0.5, global: false },
      headers: { "retry-after": "0.5", "x-ratelimit-scope": "user" },
    });
    await discord.waitFor(isEdit(interaction));
    const edits = () => discord.requests.filter(isEdit(interaction));
    while (edits().length < 2) await new Promise((r) => setTimeout(r, 50));
    const [limited, delivered] = edits();
    expect(delivered!.at - limited!.at).toBeGreaterThanOrEqual(450);
    expect(delivered!.body.content).toContain("European mission");
  });

  it("resumes a dropped gateway connection and keeps answering", async () => {
    const before = Date.now();
    const session = discord.sessionId;
    discord.dropConnection();
    const resume = await discord.waitForGateway(6, before);
    expect(resume.d.session_id).toBe(session);
    await new Promise((r) => setTimeout(r, 200));
    const { edit } = await ask("Who is Kristina Kvien?", user("after-resume"));
    expect(edit.body.content).toContain("Kristina Kvien");
  });
});

describe("untrusted events and heavy askers", () => {
  it("ignores malformed gateway events and keeps answering", async () => {
    const from = user("malformed");
    // An interaction from no one, one with no data, a message with no author, a button press with no message.
    const noAsker: any = discord.interaction(2, { id: "1", name: "ask", type: 1, options: [{ name: "question", type: 3, value: "Who is Kristina Kvien?" }] }, from);
    delete noAsker.member;
    discord.dispatch("INTERACTION_CREATE", noAsker);
    discord.dispatch("INTERACTION_CREATE", discord.interaction(2, null, from));
    discord.dispatch("MESSAGE_CREATE", { id: "2", channel_id: discord.channelId, guild_id: discord.guildId, content: "hello", mentions: [discord.botUser] });
    discord.dispatch("INTERACTION_CREATE", { ...discord.interaction(3, { custom_id: "search:x:1", component_type: 2 }, from), message: undefined });
    const { edit } = await ask("Who is Kristina Kvien?", from);
    expect(edit.body.content).toContain("Kristina Kvien");
  });

  /** How long Discord waits for a bystander's /ask to be acknowledged while `work` runs. */
  async function bystanderWait(work: () => Promise<unknown>): Promise<number> {
    const running = work();
    await new Promise((r) => setTimeout(r, 20));
    const sent = Date.now();
    const interaction = discord.slash("ask", { question: "Who is the Dutch foreign minister?" }, user(`bystander${sent}`));
    const acknowledged = await discord.waitFor(isCallback(interaction));
    await running;
    return acknowledged.at - sent;
  }

  it("answers a 10,000-character question without holding up a bystander", async () => {
    const huge = "in 1987 ".repeat(1250);
    let edit: RecordedRequest | undefined;
    const wait = await bystanderWait(async () => (edit = (await ask(huge, user("flooder"))).edit));
    expect(wait).toBeLessThan(3000);
    expect(edit!.body.content.length).toBeLessThanOrEqual(LIMITS.content);
  });

  it("reads a follow-up with the question it replies to, not the whole chain before it", async () => {
    let since = discord.requests.length;
    discord.say(`<@${discord.botUser.id}> Who is the Dutch foreign minister?`, user("thread0"), { mentionBot: true });
    const first = await discord.waitFor(isChannelMessage(since));
    since = discord.requests.length;
    discord.say(`<@${discord.botUser.id}> Who is Kristina Kvien?`, user("thread1"), { mentionBot: true, replyTo: [...discord.messages.values()].findLast((m) => m.content === first.body.content).id });
    const second = await discord.waitFor(isChannelMessage(since));
    since = discord.requests.length;
    // With the first question still in the search, this one was refused ("I found nothing about that in Berlin").
    discord.say(`<@${discord.botUser.id}> Whom did Aliyev meet in Berlin?`, user("thread2"), { mentionBot: true, replyTo: [...discord.messages.values()].findLast((m) => m.content === second.body.content).id });
    const third = await discord.waitFor(isChannelMessage(since));
    expect(third.body.content).toContain("**Sources**\n[1] TASS, 14 Mar 2023: Azerbaijani president sees good chance for reaching peace with Armenia");
  });

  it("answers each reply of a chain of 20 long questions without holding up a bystander", async () => {
    // Each follow-up reads the question it replies to, never the whole chain, so the work stays bounded.
    const long = `Who is Kristina Kvien, ${"and what happened in 1987 ".repeat(17)}?`;
    let since = discord.requests.length;
    discord.say(`<@${discord.botUser.id}> ${long}`, user("chain0"), { mentionBot: true });
    let answer = await discord.waitFor(isChannelMessage(since));
    for (let i = 1; i < 20; i++) {
      const answered = [...discord.messages.values()].at(-1);
      since = discord.requests.length;
      let asked = { id: "" };
      const reply = async () => {
        asked = discord.say(`<@${discord.botUser.id}> ${long}`, user(`chain${i}`), { mentionBot: true, replyTo: answered.id });
        answer = await discord.waitFor(isChannelMessage(since));
      };
      if (i === 19) expect(await bystanderWait(reply)).toBeLessThan(3000);
      else await reply();
      expect(answer.body.message_reference.message_id).toBe(asked.id);
      expect(answer.body.content).toMatch(/^I found nothing about that in 1987 in the 13 articles I have\./);
    }
  });

  it("tries an edit once more when the connection closes under it", async () => {
    const interaction = discord.slash("ask", { question: "Who is Ruben Margaryan?" }, user("dropped"));
    discord.failNext(isEdit(interaction), { drop: true });
    await discord.waitFor(isEdit(interaction));
    const edits = () => discord.requests.filter(isEdit(interaction));
    while (edits().length < 2) await new Promise((r) => setTimeout(r, 50));
    expect(edits()[1]!.body.content).toContain("Columnist Ruben Margaryan");
  });
});

describe("load", () => {
  it("answers 50 concurrent /ask interactions", async () => {
    const questions = ["Who is the Dutch foreign minister?", "Whom did Aliyev meet in Berlin?", "When does the Russian peacekeepers' mandate expire?", "Who is Kristina Kvien?", "What is the Nakhchivan Corridor also known as?"];
    const sent = Array.from({ length: 50 }, (_, i) => ({ at: Date.now(), interaction: discord.slash("ask", { question: questions[i % 5]! }, user(`crowd${i}`)) }));
    const edits = await Promise.all(sent.map(({ interaction }) => discord.waitFor(isEdit(interaction), 60_000)));
    for (const edit of edits) expect(edit.body.content).toMatch(/\[1\]/);
    const latencies = edits.map((edit, i) => edit.at - sent[i]!.at).sort((a, b) => a - b);
    console.info(`50 concurrent /ask: median ${latencies[25]} ms from INTERACTION_CREATE to the edited answer (min ${latencies[0]}, max ${latencies[49]})`);
  });
});

describe("login", () => {
  it("fails with a clear message, and without the token, when Discord refuses the token", async () => {
    const wrong = testSettings({ DISCORD_TOKEN: "wrong.token.value", DISCORD_API_BASE: discord.apiBase });
    const failure = startBot(desk, wrong, quietLog, { handleSignals: false });
    await expect(failure).rejects.toThrow(`Could not log in to Discord at ${discord.apiBase}: An invalid token was provided.`);
    await expect(failure).rejects.not.toThrow(/wrong\.token/);
  });
});

describe("channel allow-list", () => {
  it("answers in the allowed channels and politely declines elsewhere", async () => {
    const server = new FakeDiscord();
    await server.start();
    const allowed = testSettings({ CORPUS_DIR: settings.corpusDir, DISCORD_TOKEN: server.token, DISCORD_API_BASE: server.apiBase, DISCORD_ALLOWED_CHANNELS: server.channelId, ASK_COOLDOWN_SECONDS: "0" });
    const other = await startBot(await openNewsdesk(allowed, quietLog), allowed, quietLog, { handleSignals: false });
    try {
      const elsewhere = server.slash("ask", { question: "Who is the Dutch foreign minister?" }, user("wanderer"), { channelId: "123456789012345678" });
      const declined = await server.waitFor(isCallbackOn(server, elsewhere));
      expect(declined.body).toMatchObject({ type: 4, data: { flags: 64, content: `I only answer in <#${server.channelId}>.` } });
      const here = server.slash("ask", { question: "Who is the Dutch foreign minister?" }, user("local"));
      const answered = await server.waitFor((r) => r.method === "PATCH" && r.path.includes(here.token));
      expect(answered.body.content).toContain("Hoekstra");
    } finally {
      await other.stop();
      await server.stop();
    }
  });
});

describe("follow-ups without a reply", () => {
  it("reads a question about someone unnamed as a follow-up to the asker's last answer in the channel, reads on for more, and asks whom anyone else means", async () => {
    const server = new FakeDiscord();
    await server.start();
    const eager = testSettings({ CORPUS_DIR: settings.corpusDir, DISCORD_TOKEN: server.token, DISCORD_API_BASE: server.apiBase, ASK_COOLDOWN_SECONDS: "0" });
    const bot = await startBot(await openNewsdesk(eager, quietLog), eager, quietLog, { handleSignals: false });
    try {
      const asker = user("asker");
      let since = server.requests.length;
      server.say(`<@${server.botUser.id}> Who is Kristina Kvien?`, asker, { mentionBot: true });
      expect((await server.waitFor(isChannelMessage(since, server))).body.content).toContain("Kristina Kvien");
      since = server.requests.length;
      server.say(`<@${server.botUser.id}> what did she say`, asker, { mentionBot: true });
      const followUp = (await server.waitFor(isChannelMessage(since, server))).body.content;
      expect(followUp).toContain("Kristina Kvien, the United States Ambassador to Armenia");
      expect(followUp).toContain("**Sources**");
      since = server.requests.length;
      server.say(`<@${server.botUser.id}> tell me more`, asker, { mentionBot: true });
      const more = (await server.waitFor(isChannelMessage(since, server))).body.content;
      expect(more).toMatch(/^Indeed, the Lachin corridor has been blocked since December 12/);
      expect(more).not.toContain("Kristina Kvien, the United States Ambassador");
      since = server.requests.length;
      server.say(`<@${server.botUser.id}> what did she say`, user("newcomer"), { mentionBot: true });
      expect((await server.waitFor(isChannelMessage(since, server))).body.content).toMatch(/^Whom or what do you mean\?/);
    } finally {
      await bot.stop();
      await server.stop();
    }
  });
});

describe("shutdown", () => {
  it("survives malformed events, finishes the answer in flight on SIGTERM, logs out and exits 0, never logging a token or an answer", async () => {
    const server = new FakeDiscord();
    await server.start();
    const env = { ...process.env, CORPUS_DIR: settings.corpusDir, INDEX_DIR: join(tempDir(), "embeddings"), DATA_DIR: join(tempDir(), "data"), MODELS_DIR, DISCORD_TOKEN: server.token, DISCORD_API_BASE: server.apiBase, LOG_LEVEL: "debug" };
    const child = spawnCli("start", [], env);
    let logs = "";
    child.stderr.on("data", (d) => (logs += d));
    child.stdout.on("data", (d) => (logs += d));
    const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
    await server.waitForGateway(2, 0, 60_000);
    while (!logs.includes('"event":"ready"')) await new Promise((r) => setTimeout(r, 50));
    // Malformed events are dropped with a warning; a failed edit is logged without the interaction token or the answer.
    server.dispatch("INTERACTION_CREATE", server.interaction(2, null, user("broken")));
    server.dispatch("MESSAGE_CREATE", { id: "3", channel_id: server.channelId, guild_id: server.guildId, content: "hi", mentions: [server.botUser] });
    const failing = server.slash("ask", { question: "Who is Kristina Kvien?" }, user("unlucky"));
    server.failNext((r) => r.method === "PATCH" && r.path.includes(failing.token), { status: 400, body: { message: "Invalid Form Body", code: 50035 } });
    await server.waitFor((r) => r.method === "POST" && r.path === `/webhooks/${server.application.id}/${failing.token}`);
    const interaction = server.slash("ask", { question: "Who is the Dutch foreign minister?" }, user("last"));
    await server.waitFor(isCallbackOn(server, interaction));
    child.kill("SIGTERM");
    const edit = await server.waitFor((r) => r.method === "PATCH" && r.path.includes(interaction.token)).catch((error) => {
      throw new Error(`${error.message}; the bot logged:\n${logs}`);
    });
    expect(edit.body.content).toContain("Hoekstra");
    expect(await exited).toBe(0);
    expect(logs).toContain('"event":"stopped"');
    expect(logs.match(/"event":"malformed-gateway-event"/g)).toHaveLength(2);
    expect(logs).toContain('"event":"handler-error"');
    expect(logs).toContain(`/webhooks/${server.application.id}/[redacted]`);
    for (const secret of [server.token, failing.token, interaction.token, "Kristina Kvien", "Hoekstra"]) expect(logs).not.toContain(secret);
    await server.stop();
  });
});

function isCallbackOn(server: FakeDiscord, interaction: { id: string; token: string }) {
  return (r: RecordedRequest) => r.method === "POST" && r.path === `/interactions/${interaction.id}/${interaction.token}/callback`;
}

describe("new articles", () => {
  it("reach the running bot once the admin runs npm run ingest", async () => {
    writeFileSync(
      join(settings.corpusDir, "grain.md"),
      "---\ntitle: Armenia lifts its grain export ban\noutlet: Test Wire\ndate: 2023-03-31\n---\n\nArmenia lifted its ban on grain exports on March 31, the economy ministry said.\n",
    );
    const ingested = await runCli("ingest", [], { PATH: process.env.PATH, CORPUS_DIR: settings.corpusDir, INDEX_DIR: settings.indexDir, MODELS_DIR, LOG_LEVEL: "warn" });
    expect(ingested.stdout).toMatch(/^Indexed 14 articles, \d+ chunks \(1 added, 0 updated, 0 removed;/);
    let edit: RecordedRequest | undefined;
    for (let attempt = 0; attempt < 20 && !edit?.body.content.includes("grain exports"); attempt++) {
      await new Promise((r) => setTimeout(r, 250));
      edit = (await ask("When did Armenia lift its ban on grain exports?", user(`grain${attempt}`))).edit;
    }
    expect(edit!.body.content).toContain("Armenia lifted its ban on grain exports on March 31");
    expect(edit!.body.content).toContain("[1] Test Wire, 31 Mar 2023: Armenia lifts its grain export ban");
  });
});
