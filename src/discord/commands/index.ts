import { about } from "./about.js";
import { add } from "./add.js";
import { ask } from "./ask.js";
import type { ButtonRoute, SlashCommand } from "./command.js";
import { digest } from "./digest.js";
import { feedback } from "./feedback.js";
import { feeds } from "./feeds.js";
import { search } from "./search.js";
import { source } from "./source.js";

export const COMMANDS: SlashCommand[] = [ask, digest, search, source, about, feedback, add, feeds];

export const commandsByName = new Map(COMMANDS.map((command) => [command.data.name, command]));

/** The button a custom id belongs to ("search:key:2" -> /search's pager). */
export function buttonRouteFor(customId: string): ButtonRoute | undefined {
  const prefix = customId.split(":", 1)[0];
  return COMMANDS.flatMap((command) => command.buttons ?? []).find((route) => route.prefix === prefix);
}
