/** The outlet / after / before options that /ask and /search share. */
import type { AutocompleteInteraction, SlashCommandOptionsOnlyBuilder } from "discord.js";
import type { BotContext } from "../context.js";
import { LIMITS } from "../limits.js";

export function addFilterOptions(builder: SlashCommandOptionsOnlyBuilder): SlashCommandOptionsOnlyBuilder {
  return builder
    .addStringOption((o) => o.setName("outlet").setDescription("Only articles from this outlet").setAutocomplete(true).setMaxLength(100))
    .addStringOption((o) => o.setName("after").setDescription("Only articles from this day on (YYYY-MM-DD)").setMinLength(10).setMaxLength(10))
    .addStringOption((o) => o.setName("before").setDescription("Only articles up to this day (YYYY-MM-DD)").setMinLength(10).setMaxLength(10));
}

export async function autocompleteOutlet(interaction: AutocompleteInteraction, ctx: BotContext): Promise<void> {
  const typed = interaction.options.getFocused().toLowerCase();
  const choices = ctx.outlets.filter((outlet) => outlet.toLowerCase().includes(typed)).slice(0, LIMITS.autocompleteChoices);
  await interaction.respond(choices.map((outlet) => ({ name: outlet.slice(0, LIMITS.choiceName), value: outlet.slice(0, LIMITS.choiceValue) })));
}
