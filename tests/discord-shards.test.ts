/**
 * DISCORD_SHARDS: the real `npm start` runs the bot as two shard processes under discord.js's
 * ShardingManager, against a Discord-compatible server that owns a guild on each shard.
 */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { cleanupTempDirs, copyOfBundledCorpus, MODELS_DIR, spawnCli, tempDir } from "./helpers/fixtures.js";
import { FakeDiscord, user, type RecordedRequest } from "./helpers/discord-server.js";

afterAll(() => cleanupTempDirs());

describe("sharding", () => {
  it("identifies each shard with its id, switches both to an index built meanwhile, answers a question in a guild of either shard once, and finishes both answers on SIGTERM", async () => {
    // Sixteen sessions per 5 s, as Discord allows large bots, so the shards start a third of a second apart.
    const server = new FakeDiscord({ shards: 2, maxConcurrency: 16 });
    await server.start();
    const guilds = [server.guildOn(0), server.guildOn(1)];
    const corpusDir = copyOfBundledCorpus();
    const env = {
      ...process.env,
      CORPUS_DIR: corpusDir,
      INDEX_DIR: join(tempDir(), "embeddings"),
      DATA_DIR: join(tempDir(), "data"),
      MODELS_DIR,
      DISCORD_TOKEN: server.token,
      DISCORD_API_BASE: server.apiBase,
      DISCORD_SHARDS: "2",
      FEED_POLL_MINUTES: "0",
      INDEX_CHECK_SECONDS: "1",
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

    // An article added and ingested by another process while the shards run: both switch to the new index.
    writeFileSync(join(corpusDir, "grain.md"), "---\ntitle: Armenia's grain harvest\noutlet: Test Wire\ndate: 2023-03-30\n---\n\nArmenia harvested 412,000 tonnes of wheat in 2022, the Ministry of Economy of Armenia said.\n");
    const ingest = spawnCli("ingest", [], env);
    expect(await new Promise<number | null>((resolve) => ingest.on("exit", (code) => resolve(code)))).toBe(0);
    while ((logs.match(/"event":"index-reloaded"/g) ?? []).length < 2) {
      if (Date.now() > deadline || child.exitCode !== null) throw new Error(`the shards did not both switch to the new index; they logged:\n${logs}`);
      await new Promise((r) => setTimeout(r, 50));
    }

    const asked = guilds.map((guildId, i) => server.slash("ask", { question: "How much wheat did Armenia harvest in 2022?" }, user(`asker${i}`), { guildId, channelId: guildId }));
    for (const interaction of asked) await server.waitFor(isCallback(interaction));
    // SIGTERM to the manager once both questions are taken: each shard finishes its answer, logs out and exits.
    child.kill("SIGTERM");
    for (const interaction of asked) expect((await server.waitFor(isEdit(server, interaction))).body.content).toContain("412,000 tonnes");
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
