/**
 * `npm run register`: registers the slash commands, to one guild when DISCORD_GUILD_ID is
 * set (updates show at once) and globally otherwise. Run it after changing commands,
 * not on every start.
 */
import { REST, Routes, type APIApplication } from "discord.js";
import { COMMANDS } from "../discord/commands/index.js";
import { bootstrap, run } from "./bootstrap.js";

run(async () => {
  const { settings } = bootstrap();
  const { token, guildId, apiBase } = settings.discord;
  if (!token) throw new Error("DISCORD_TOKEN is not set; put the bot token in .env (see .env.example)");
  const rest = new REST({ api: apiBase }).setToken(token);
  const application = (await rest.get(Routes.currentApplication())) as APIApplication;
  const body = COMMANDS.map((command) => command.data);
  const route = guildId ? Routes.applicationGuildCommands(application.id, guildId) : Routes.applicationCommands(application.id);
  const registered = (await rest.put(route, { body })) as unknown[];
  process.stdout.write(
    `Registered ${registered.length} commands (${body.map((c) => `/${c.name}`).join(", ")}) ${guildId ? `in guild ${guildId}` : "globally (may take up to an hour to show everywhere)"}.\n`,
  );
});
