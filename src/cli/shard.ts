/**
 * One shard of the Discord bot, started by `npm start` when DISCORD_SHARDS is set (see
 * src/discord/shards.ts); discord.js tells it its shard id and count through the
 * environment. It serves like the single-process bot: it opens the index (building it when
 * stale), switches to each newer generation on disk, and stops gracefully on SIGTERM.
 */
import { CorpusUpdater } from "../app/corpus-updater.js";
import { openNewsdesk } from "../app/newsdesk.js";
import { startBot } from "../discord/bot.js";
import { bootstrap, run } from "./bootstrap.js";

run(async () => {
  if (!process.send || process.env.SHARDS === undefined) throw new Error("shards are started by `npm start` with DISCORD_SHARDS set, not by hand");
  const { settings, log: base } = bootstrap();
  const shardId = Number(process.env.SHARDS);
  const log = base.child({ shard: shardId });
  const desk = await openNewsdesk(settings, log);
  const updater = new CorpusUpdater(settings, log, desk.embedder);
  // One shard polls the feeds, so each is fetched once; the others switch to what it ingests by watching the manifest.
  if (shardId === 0) updater.startPolling(settings.feedPollMinutes);
  const bot = await startBot(desk, settings, log, { updater });
  // The manager is gone without stopping this shard (killed outright): a shard left running would answer beside the next manager's.
  process.once("disconnect", () => void bot.stop().then(() => process.exit(0)));
});
