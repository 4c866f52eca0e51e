/**
 * DISCORD_SHARDS: the real `npm start` runs the bot as two shard processes under discord.js's
 * ShardingManager, against a Discord-compatible server that owns a guild on each shard.
 */
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { cleanupTempDirs, copyOfBundledCorpus, MODELS_DIR, spawnCli, tempDir } from "./helpers/fixtures.js";
import { FakeDiscord, user, type RecordedRequest } from "./helpers/discord-server.js";

afterAll(() => cleanupTempDirs());

describe("sharding", () => {
  it("identifies each shard with its id, answers a question in a guild of either shard once, and finishes both answers on SIGTERM", async () => {
    // Sixteen sessions per 5 s, as Discord allows large bots, so the shards start a third of a second apart.
    const server = new FakeDiscord({ shards: 2, maxConcurrency: 16 });
    await server.start();
    const guilds = [server.guildOn(0), server.guildOn(1)];
    const env = {
      ...process.env,
      CORPUS_DIR: copyOfBundledCorpus(),
      INDEX_DIR: join(tempDir(), "embeddings"),
      DATA_DIR: join(tempDir(), "data"),
      MODELS_DIR,
      DISCORD_TOKEN: server.token,
      DISCORD_API_BASE: server.apiBase,
      DISCORD_SHARDS: "2",
      FEED_POLL_MINUTES: "0",
      LOG_LEVEL: "info",
    };
    const child = spawnCli("start", [], env);
    let logs = "";
    child.stderr.on("data", (d) => (logs += d));
    child.stdout.on("data", (d) => (logs += d));
    const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
    const deadline = Date.now() + 60_000;
    while ((logs.match(/"event":"ready"/g) ?? []).length < 2) {
      if (Date.now() > deadline || child.exitCode !== null) throw new Error(`the shards did not both log in; they logged:\n${logs}`);
      await new Promise((r) => setTimeout(r, 50));
    }
    expect([...server.identified].sort()).toEqual([
      [0, 2],
      [1, 2],
    ]);

    const asked = guilds.map((guildId, i) => server.slash("ask", { question: "Who is the Dutch foreign minister?" }, user(`asker${i}`), { guildId, channelId: guildId }));
    for (const interaction of asked) await server.waitFor(isCallback(interaction));
    // SIGTERM to the manager once both questions are taken: each shard finishes its answer, logs out and exits.
    child.kill("SIGTERM");
    for (const interaction of asked) expect((await server.waitFor(isEdit(server, interaction))).body.content).toContain("Hoekstra");
    expect(await exited).toBe(0);
    // Once each: only the shard that owns the guild got the question.
    for (const interaction of asked) expect(server.requests.filter(isCallback(interaction))).toHaveLength(1);
    expect(logs.match(/"event":"stopped"/g)).toHaveLength(2);
    await server.stop();
  });
});

function isCallback(interaction: { id: string; token: string }) {
  return (r: RecordedRequest) => r.method === "POST" && r.path === `/interactions/${interaction.id}/${interaction.token}/callback`;
}

function isEdit(server: FakeDiscord, interaction: { token: string }) {
  return (r: RecordedRequest) => r.method === "PATCH" && r.path === `/webhooks/${server.application.id}/${interaction.token}/messages/@original`;
}
