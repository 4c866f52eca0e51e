/** The `url` option of /add and /feeds: what is wrong with it, said before any work starts. */
import type { ChatInputCommandInteraction } from "discord.js";
import { cleanLink } from "../../feeds/clean-link.js";

export function checkUrlOption(interaction: ChatInputCommandInteraction): string | undefined {
  const url = interaction.options.getString("url");
  if (url === null || cleanLink(url)) return undefined;
  return "That is not a web address I can fetch: give a link that starts with http:// or https://, without a user name or password.";
}

/** What admin commands say when the bot was started without fetching (a test, or a bot built on its own). */
export const FETCHING_OFF = "Fetching articles is off in this bot.";
