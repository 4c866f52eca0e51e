import type { AutocompleteInteraction, ButtonInteraction, ChatInputCommandInteraction, RESTPostAPIChatInputApplicationCommandsJSONBody } from "discord.js";
import type { BotContext } from "../context.js";

/** A button that a command's replies carry, found by the prefix of its custom id. */
export interface ButtonRoute {
  prefix: string;
  /** Buttons that cost answering work (a written answer) share the per-user cooldown. */
  cooldown?: boolean;
  handle(interaction: ButtonInteraction, ctx: BotContext): Promise<void>;
}

/**
 * A slash command: its definition for registration and its handlers, as the discord.js
 * guide lays them out, with what the one handler in handlers.ts applies to it.
 */
export interface SlashCommand {
  data: RESTPostAPIChatInputApplicationCommandsJSONBody;
  /** Commands that cost answering work (questions, searches) share the per-user cooldown. */
  cooldown?: boolean;
  /** What is wrong with the options, for the user, checked before the cooldown is spent. */
  check?(interaction: ChatInputCommandInteraction): string | undefined;
  /** The buttons this command's replies carry. */
  buttons?: ButtonRoute[];
  execute(interaction: ChatInputCommandInteraction, ctx: BotContext): Promise<void>;
  autocomplete?(interaction: AutocompleteInteraction, ctx: BotContext): Promise<void>;
}
