/**
 * `npm start`: brings the index up to date, then runs the Discord bot when DISCORD_TOKEN
 * is set, and otherwise a local console that answers the same way the bot does.
 */
import { createInterface } from "node:readline";
import { openNewsdesk } from "../app/newsdesk.js";
import { answerToText } from "../render/text.js";
import { bootstrap, run, withProgressBar } from "./bootstrap.js";

run(async () => {
  const { settings, log } = bootstrap();
  const desk = await withProgressBar((onProgress) => openNewsdesk(settings, log, { onProgress }));
  if (settings.discord.token) {
    const { startBot } = await import("../discord/bot.js");
    await startBot(desk, settings, log);
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
  for await (const line of input) {
    const question = line.trim();
    if (question) {
      const answer = await desk.answerer.ask(question);
      process.stdout.write(`${answerToText(answer)}\n\n`);
    }
    if (interactive) input.prompt();
  }
});
