import { about } from "./about.js";
import { ask } from "./ask.js";
import type { SlashCommand } from "./command.js";
import { feedback } from "./feedback.js";
import { search } from "./search.js";
import { source } from "./source.js";

export const COMMANDS: SlashCommand[] = [ask, search, source, about, feedback];

export const commandsByName = new Map(COMMANDS.map((command) => [command.data.name, command]));
