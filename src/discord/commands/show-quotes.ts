import type { ButtonInteraction } from "discord.js";
import type { BotContext } from "../context.js";
import { privateNotice, QUOTES_PREFIX } from "../render.js";
import type { ButtonRoute } from "./command.js";

/** "Show quotes" under a written answer: the extractive answer it was written from, to the one who clicked only. */
export const showQuotes: ButtonRoute = { prefix: QUOTES_PREFIX, handle: showQuotesOf };

async function showQuotesOf(interaction: ButtonInteraction, ctx: BotContext): Promise<void> {
  const [, key] = interaction.customId.split(":");
  const quotes = ctx.answers.get(key ?? "")?.quotes;
  await interaction.reply(privateNotice(quotes ?? "These quotes have expired; ask again to see them."));
}
