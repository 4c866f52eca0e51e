/**
 * DISCORD_SHARDS: the bot as one process per gateway shard, under discord.js's
 * ShardingManager. This process only spawns, supervises and stops the shards; it loads no
 * model. Each shard is `node bin/newsdesk.js shard` (src/cli/shard.ts), so it runs the
 * compiled code or the sources as the launcher decides, like every other command.
 */
import { join } from "node:path";
import { REST, Routes, ShardingManager, type RESTGetAPIGatewayBotResult } from "discord.js";
import type { Settings } from "../config/settings.js";
import type { Logger } from "../util/logger.js";

const LAUNCHER = join(import.meta.dirname, "..", "..", "bin", "newsdesk.js");
/** Discord lets a bot start max_concurrency sessions per 5 s; discord.js adds half a second of margin. */
const IDENTIFY_WINDOW_MS = 5_500;
/** The first shard may build the index before it logs in, which takes minutes for a large corpus. */
const READY_TIMEOUT_MS = 15 * 60_000;

export async function runShards(settings: Settings, log: Logger): Promise<void> {
  const token = settings.discord.token!;
  const gateway = (await new REST({ api: settings.discord.apiBase }).setToken(token).get(Routes.gatewayBot())) as RESTGetAPIGatewayBotResult;
  const totalShards = settings.discord.shards === "auto" ? gateway.shards : settings.discord.shards!;
  const manager = new ShardingManager(LAUNCHER, { totalShards, token, shardArgs: ["shard"], execArgv: process.execArgv, mode: "process", respawn: true });
  manager.on("shardCreate", (shard) => {
    shard.on("death", () => {
      if (manager.respawn) log.warn({ event: "shard-died", shard: shard.id }, "a shard exited; starting it again");
    });
  });

  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    process.once(signal, () => {
      void stopShards(manager, log).then(() => process.exit(0));
    });
  }
  log.info({ event: "sharding", shards: totalShards }, `starting ${totalShards} shards`);
  try {
    // One after another: the first builds the index if it is stale, so every shard opens the same generation.
    await manager.spawn({ delay: Math.ceil(IDENTIFY_WINDOW_MS / gateway.session_start_limit.max_concurrency), timeout: READY_TIMEOUT_MS });
  } catch (error) {
    await stopShards(manager, log);
    throw new Error(`A shard did not start: ${(error as Error).message}`);
  }
}

/** Stops every shard the way a single bot stops (SIGTERM: answers in flight finish), without starting them again. */
async function stopShards(manager: ShardingManager, log: Logger): Promise<void> {
  manager.respawn = false;
  log.info({ event: "stopping-shards" }, "stopping the shards");
  await Promise.all(
    manager.shards.map((shard) => {
      const child = shard.process;
      if (!child || child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
      return new Promise<void>((resolve) => {
        child.once("exit", () => resolve());
        child.kill("SIGTERM");
      });
    }),
  );
  log.info({ event: "shards-stopped" }, "all shards stopped");
}
