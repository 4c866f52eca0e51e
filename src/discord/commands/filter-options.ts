/** The outlet / after / before options that /ask and /search share. */
import type { AutocompleteInteraction, ChatInputCommandInteraction, SlashCommandOptionsOnlyBuilder } from "discord.js";
import { invalidDateFilter, type SearchFilters } from "../../search/filters.js";
import type { BotContext } from "../context.js";
import { LIMITS } from "../limits.js";

export function addFilterOptions(builder: SlashCommandOptionsOnlyBuilder): SlashCommandOptionsOnlyBuilder {
  return builder
    .addStringOption((o) => o.setName("outlet").setDescription("Only articles from this outlet").setAutocomplete(true).setMaxLength(100))
    .addStringOption((o) => o.setName("after").setDescription("Only articles from this day on (YYYY-MM-DD)").setMinLength(10).setMaxLength(10))
    .addStringOption((o) => o.setName("before").setDescription("Only articles up to this day (YYYY-MM-DD)").setMinLength(10).setMaxLength(10));
}

/** The filters the options ask for (checkFilters has refused bad dates before). */
export function filtersOf(interaction: ChatInputCommandInteraction): SearchFilters {
  const filters: SearchFilters = {};
  for (const name of ["outlet", "after", "before"] as const) {
    const value = interaction.options.getString(name)?.trim();
    if (value) filters[name] = value;
  }
  return filters;
}

/** A message for the user when a date option is not a day written YYYY-MM-DD. */
export function checkFilters(interaction: ChatInputCommandInteraction): string | undefined {
  const invalid = invalidDateFilter(filtersOf(interaction));
  return invalid && `"${invalid}" must be a day written as YYYY-MM-DD, such as 2023-03-14.`;
}

export async function autocompleteOutlet(interaction: AutocompleteInteraction, ctx: BotContext): Promise<void> {
  const typed = interaction.options.getFocused().toLowerCase();
  const choices = ctx.outlets.filter((outlet) => outlet.toLowerCase().includes(typed)).slice(0, LIMITS.autocompleteChoices);
  await interaction.respond(choices.map((outlet) => ({ name: outlet.slice(0, LIMITS.choiceName), value: outlet.slice(0, LIMITS.choiceValue) })));
}
