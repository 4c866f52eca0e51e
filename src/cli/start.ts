/**
 * `npm start`: brings the index up to date, then runs the Discord bot when DISCORD_TOKEN
 * is set, and otherwise a local console that answers the same way the bot does. Either
 * way the feeds in feeds.txt are polled every FEED_POLL_MINUTES, and answers come from the
 * newest index. With DISCORD_SHARDS set, it runs the bot as one process per shard instead.
 */
import { createInterface } from "node:readline";
import { CorpusUpdater } from "../app/corpus-updater.js";
import { openNewsdesk, reloadedDesk, type Newsdesk } from "../app/newsdesk.js";
import { refersBack, shownAfter, subjectAsked } from "../answer/conversation.js";
import { leavesFollowUp, shownIn, type ShownQuote } from "../answer/answer.js";
import type { Logger } from "../util/logger.js";
import { bootstrap, run, withProgressBar } from "./bootstrap.js";
import { printReply } from "./print-reply.js";

run(async () => {
  const { settings, log } = bootstrap();
  if (settings.discord.token && settings.discord.shards !== undefined) {
    const { runShards } = await import("../discord/shards.js");
    await runShards(settings, log);
    return;
  }
  let desk = await withProgressBar((onProgress) => openNewsdesk(settings, log, { onProgress }));
  const updater = new CorpusUpdater(settings, log, desk.embedder);
  updater.startPolling(settings.feedPollMinutes);
  if (settings.discord.token) {
    const { startBot } = await import("../discord/bot.js");
    await startBot(desk, settings, log, { updater });
    return;
  }
  const interactive = process.stdin.isTTY && process.stdout.isTTY;
  const input = createInterface({ input: process.stdin, output: interactive ? process.stdout : undefined, crlfDelay: Infinity });
  if (interactive) {
    process.stdout.write(
      `newsdesk: ${desk.index.articles.size} articles. Ask a question about them (Ctrl+D to quit). No DISCORD_TOKEN is set, so this is the local console.\n`,
    );
    input.setPrompt("> ");
    input.prompt();
  }
  // The question last answered: a line that asks about it unnamed ("what did she say") follows up on it, as a reply does in
  // Discord; "tell me more" quotes what it finds besides the sentences shown.
  let answered: string | undefined;
  let shown: ShownQuote[] = [];
  try {
    for await (const line of input) {
      const question = line.trim();
      if (question) {
        desk = newestDesk(desk, settings.indexDir, log);
        const context = answered !== undefined && refersBack(question) ? answered : undefined;
        const answer = await desk.answerer.ask(question, { context, shown });
        if (leavesFollowUp(answer)) {
          answered = subjectAsked(question, context);
          shown = shownAfter(question, shown, shownIn(answer));
        }
        await printReply(desk.writer, answer);
        process.stdout.write("\n");
      }
      if (interactive) input.prompt();
    }
  } finally {
    await updater.stop();
  }
});

/** The desk over the newest index on disk (built by a feed poll or `npm run ingest`), or the same desk. */
function newestDesk(desk: Newsdesk, indexDir: string, log: Logger): Newsdesk {
  try {
    return reloadedDesk(desk, indexDir) ?? desk;
  } catch (error) {
    log.warn({ event: "index-reload-failed", err: error }, "kept the current index");
    return desk;
  }
}
