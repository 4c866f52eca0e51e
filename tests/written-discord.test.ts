/**
 * Written answers in Discord, end to end: the real discord.js client against the test
 * Discord server, and a scripted model that writes slowly. The deferred reply shows the
 * checked sentences as they are written, then the final answer with "Show quotes".
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openNewsdesk } from "../src/app/newsdesk.js";
import { startBot, type RunningBot } from "../src/discord/bot.js";
import { cleanupTempDirs, quietLog, testSettings } from "./helpers/fixtures.js";
import { FakeDiscord, user, type RecordedRequest } from "./helpers/discord-server.js";
import { FakeLlm, passageWith, type ChatRequest } from "./helpers/llm-server.js";

const discord = new FakeDiscord();
const llm = new FakeLlm();
let bot: RunningBot;

const cite = (r: ChatRequest, text: string) => `[${passageWith(r, text)}]`;
const WRITTEN = (r: ChatRequest) =>
  `Ilham Aliyev met German President Frank-Walter Steinmeier in Berlin ${cite(r, "Frank-Walter Steinmeier")}. ` +
  `He said there is every chance of achieving peace between Azerbaijan and Armenia ${cite(r, "Frank-Walter Steinmeier")}. ` +
  `@everyone Aliyev also met Olaf Scholz ${cite(r, "Frank-Walter Steinmeier")}. ` +
  `The Dutch Prime Minister Rutte also met Aliyev recently ${cite(r, "Rutte")}.`;

beforeAll(async () => {
  await Promise.all([discord.start(), llm.start()]);
  const settings = testSettings({ DISCORD_TOKEN: discord.token, DISCORD_API_BASE: discord.apiBase, ASK_COOLDOWN_SECONDS: "0", LLM_BASE_URL: llm.baseUrl, LLM_MODEL: "test-model", LLM_TIMEOUT_SECONDS: "10" });
  bot = await startBot(await openNewsdesk(settings, quietLog), settings, quietLog, { handleSignals: false });
});

afterAll(async () => {
  await bot?.stop();
  await Promise.all([discord.stop(), llm.stop()]);
  cleanupTempDirs();
});

const edits = (token: string) => discord.requests.filter((r) => r.method === "PATCH" && r.path === `/webhooks/${discord.application.id}/${token}/messages/@original`);
const isCallback = (interaction: { id: string; token: string }) => (r: RecordedRequest) => r.method === "POST" && r.path === `/interactions/${interaction.id}/${interaction.token}/callback`;

describe("/ask with a model", () => {
  it("edits in the checked sentences as they are written, about once a second, then the checked answer with Show quotes", async () => {
    // About three seconds of writing, word by word.
    llm.script({ reply: WRITTEN, pieceMs: 80 });
    const interaction = discord.slash("ask", { question: "Whom did Aliyev meet in Berlin?" }, user("reader"));
    await discord.waitFor((r) => isCallback(interaction)(r) && r.body.type === 5);
    await discord.waitFor((r) => edits(interaction.token).includes(r) && r.body.components.length > 0);
    const shown = edits(interaction.token);
    const drafts = shown.slice(0, -1);
    const final = shown.at(-1)!.body;

    expect(drafts.length).toBeGreaterThanOrEqual(2);
    for (const [i, draft] of drafts.entries()) {
      expect(draft.body.content).toMatch(/^Ilham Aliyev met German President Frank-Walter Steinmeier in Berlin\. \[1\].* …\n\n\*\*Sources\*\*\n\[1\] TASS/s);
      expect(draft.body.components).toEqual([]);
      if (i > 0) expect(draft.at - drafts[i - 1]!.at).toBeGreaterThanOrEqual(900);
    }
    // The sentence naming someone the passage does not, and its @everyone, never show.
    for (const edit of shown) expect(edit.body.content).not.toMatch(/Scholz|everyone/);
    expect(final.content).toBe(
      "Ilham Aliyev met German President Frank-Walter Steinmeier in Berlin. [1] He said there is every chance of achieving peace between Azerbaijan and Armenia. [1] The Dutch Prime Minister Rutte also met Aliyev recently. [2]\n\n" +
        "**Sources**\n[1] TASS, 14 Mar 2023: Azerbaijani president sees good chance for reaching peace with Armenia\n" +
        "[2] Armenpress, 23 Mar 2023: Dutch foreign ministry summons Azeri ambassador to communicate need to fully implement ICJ ruling on Lachin Corridor",
    );
    expect(final.allowed_mentions).toEqual({ parse: [], replied_user: false });
    const buttons = final.components[0].components;
    expect(buttons.map((b: any) => b.label)).toEqual(["Helpful", "Not helpful", "Show quotes", "More"]);

    // Show quotes: the extractive answer, privately.
    const message = [...discord.messages.values()].find((m) => m.content === final.content);
    const click = discord.click(buttons[2].custom_id, message, user("curious"));
    const quotes = await discord.waitFor(isCallback(click));
    expect(quotes.body).toMatchObject({ type: 4, data: { flags: 64 } });
    expect(quotes.body.data.content).toMatch(/Frank-Walter Steinmeier in Berlin\. \[1\].*\n\n\*\*Sources\*\*\n\[1\] TASS, 14 Mar 2023/s);
  });

  it("answers a mention in writing too, and falls back to the quotes when the model fails", async () => {
    llm.script({ reply: WRITTEN }, { status: 500 });
    const seen = discord.requests.length;
    const isReply = (r: RecordedRequest) => r.method === "POST" && /^\/channels\/\d+\/messages$/.test(r.path) && discord.requests.indexOf(r) >= seen;
    discord.say(`<@${discord.botUser.id}> Whom did Aliyev meet in Berlin?`, user("mentioner"), { mentionBot: true });
    const written = await discord.waitFor(isReply);
    expect(written.body.content).toMatch(/^Ilham Aliyev met German President Frank-Walter Steinmeier in Berlin\. \[1\] /);
    expect(written.body.components[0].components.map((b: any) => b.label)).toEqual(["Helpful", "Not helpful", "Show quotes", "More"]);

    const before = discord.requests.length;
    discord.say("Whom did Aliyev meet in Berlin?", user("dm-reader"), { dm: true });
    const fallback = await discord.waitFor((r) => isReply(r) && discord.requests.indexOf(r) >= before);
    expect(fallback.body.content).toMatch(/"It would be a good idea to sign such an agreement sooner or later,".* \[1\]/);
    expect(fallback.body.components[0].components.map((b: any) => b.label)).toEqual(["Helpful", "Not helpful", "More"]);
  });
});
