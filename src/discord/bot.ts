/**
 * The Discord bot: logs in, routes events to the handlers, and on SIGINT / SIGTERM stops
 * taking new work, finishes the answers in flight, logs out and exits.
 */
import { Client, Events, GatewayIntentBits, Partials } from "discord.js";
import type { CorpusUpdater } from "../app/corpus-updater.js";
import type { Newsdesk } from "../app/newsdesk.js";
import type { Settings } from "../config/settings.js";
import type { Logger } from "../util/logger.js";
import { createContext, switchToNewIndex } from "./context.js";
import { guardGateway } from "./gateway-guard.js";
import { createHandlers } from "./handlers.js";
import { NO_MENTIONS, privateNotice } from "./render.js";

export interface RunningBot {
  client: Client;
  /** Stops taking work, waits for answers in flight, logs out. */
  stop(): Promise<void>;
}

export function createClient(settings: Settings): Client {
  return new Client({
    // Guilds: slash commands and channels; GuildMessages and DirectMessages: mentions, replies and DMs.
    // Message content of mentions and DMs reaches bots without the privileged MessageContent intent.
    intents: [GatewayIntentBits.Guilds, GatewayIntentBits.GuildMessages, GatewayIntentBits.DirectMessages],
    partials: [Partials.Channel],
    allowedMentions: NO_MENTIONS,
    rest: { api: settings.discord.apiBase },
  });
}

export interface BotOptions {
  /** The bot owns the process: it stops on SIGINT / SIGTERM and installs the last-resort handlers. */
  handleSignals?: boolean;
  /** How often the bot looks for an index that `npm run ingest` built while it runs (default: the INDEX_CHECK_SECONDS setting). */
  indexCheckMs?: number;
  /** Fetches articles while the bot runs: /add and /feeds use it, and the bot switches to each index it builds. */
  updater?: CorpusUpdater;
}

export async function startBot(desk: Newsdesk, settings: Settings, log: Logger, options: BotOptions = {}): Promise<RunningBot> {
  const client = createClient(settings);
  const ctx = createContext(desk, settings, log, options.updater);
  const handlers = createHandlers(client, ctx);
  const inFlight = new Set<Promise<void>>();
  let stopping = false;

  const track = (work: Promise<void>) => {
    const settled = work.catch((error: unknown) => log.error({ event: "handler-error", err: error }, "an event handler failed"));
    inFlight.add(settled);
    void settled.finally(() => inFlight.delete(settled));
  };
  guardGateway(client, log);

  client.on(Events.InteractionCreate, (interaction) => {
    if (stopping) {
      if (interaction.isRepliable()) {
        track(
          interaction
            .reply(privateNotice("I'm restarting; please ask again in a minute."))
            .then(() => undefined)
            .catch(() => undefined),
        );
      }
      return;
    }
    track(handlers.onInteraction(interaction));
  });
  client.on(Events.MessageCreate, (message) => {
    if (!stopping) track(handlers.onMessage(message));
  });
  client.on(Events.ClientReady, (ready) => log.info({ event: "ready", user: ready.user.tag, guilds: ready.guilds.cache.size }, "logged in to Discord"));
  client.on(Events.ShardResume, (shard, replayed) => log.info({ event: "resumed", shard, replayed }, "gateway connection resumed"));
  client.on(Events.ShardDisconnect, (event, shard) => log.warn({ event: "disconnect", shard, code: event.code }, "gateway connection closed"));
  client.on(Events.Error, (error) => log.error({ event: "client-error", err: error }));
  client.rest.on("rateLimited", (info) => log.warn({ event: "rate-limited", route: info.route, retryAfterMs: info.retryAfter }, "Discord rate limit; waiting"));

  const ready = new Promise<void>((resolve) => client.once(Events.ClientReady, () => resolve()));
  try {
    await client.login(settings.discord.token);
  } catch (error) {
    await client.destroy();
    throw new Error(`Could not log in to Discord at ${settings.discord.apiBase}: ${(error as Error).message}`);
  }
  await ready;

  // New articles reach the bot without a restart: the admin runs `npm run ingest`, or the updater fetches some; the bot switches over.
  const indexCheck = setInterval(() => switchToNewIndex(ctx), options.indexCheckMs ?? settings.discord.indexCheckSeconds * 1000);
  indexCheck.unref();
  options.updater?.onIngested(() => switchToNewIndex(ctx));

  const finish = async () => {
    stopping = true;
    clearInterval(indexCheck);
    log.info({ event: "stopping", inFlight: inFlight.size }, "finishing answers in flight");
    // Fetches in flight are cut off, so an /add waiting on one answers now rather than after its timeout.
    await options.updater?.stop();
    while (inFlight.size > 0) await Promise.allSettled([...inFlight]);
    await client.destroy();
    log.info({ event: "stopped" }, "logged out");
  };
  // One stop for every caller: a shard gets SIGINT from the terminal and SIGTERM from its manager, and must not exit on the second before the first has finished.
  let stopped: Promise<void> | undefined;
  const stop = () => (stopped ??= finish());

  if (options.handleSignals ?? true) {
    installLastResort(log);
    for (const signal of ["SIGINT", "SIGTERM"] as const) {
      process.once(signal, () => {
        void stop().then(() => process.exit(0));
      });
    }
  }
  return { client, stop };
}

/**
 * A promise nobody awaited that failed leaves no state half-changed: it is logged and the
 * bot keeps serving. An exception thrown past every handler may have: it is logged and the
 * process exits non-zero, for the supervisor (systemd, a container's restart policy) to
 * start it again.
 */
function installLastResort(log: Logger): void {
  process.on("unhandledRejection", (reason) => log.error({ event: "unhandled-rejection", err: reason }, "a failure nothing awaited; still running"));
  process.on("uncaughtException", (error) => {
    log.fatal({ event: "uncaught-exception", err: error }, "an unexpected error; exiting for the supervisor to restart");
    process.exit(1);
  });
}
