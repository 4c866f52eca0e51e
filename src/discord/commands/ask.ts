import { MessageFlags, SlashCommandBuilder } from "discord.js";
import { answerQuestion, readFilters } from "../ask-flow.js";
import { privateNotice } from "../render.js";
import type { SlashCommand } from "./command.js";
import { addFilterOptions, autocompleteOutlet } from "./filter-options.js";

export const ask: SlashCommand = {
  data: addFilterOptions(
    new SlashCommandBuilder()
      .setName("ask")
      .setDescription("Ask a question about the news; get the sentences that answer it, with sources")
      .addStringOption((o) => o.setName("question").setDescription("Your question, in plain words").setRequired(true).setMaxLength(500))
      .addBooleanOption((o) => o.setName("private").setDescription("Show the answer to you only")),
  ).toJSON(),
  usesAskCooldown: true,
  async execute(interaction, ctx) {
    const filters = readFilters((name) => interaction.options.getString(name));
    if (typeof filters === "string") {
      await interaction.reply(privateNotice(filters));
      return;
    }
    const isPrivate = interaction.options.getBoolean("private") ?? false;
    // Acknowledge inside Discord's three seconds; the answer is edited in.
    await interaction.deferReply(isPrivate ? { flags: MessageFlags.Ephemeral } : {});
    const question = interaction.options.getString("question", true);
    const { payload, record } = await answerQuestion(ctx, { question, userId: interaction.user.id, via: "slash", filters });
    const message = await interaction.editReply(payload);
    ctx.answerMessages.set(message.id, record);
  },
  autocomplete: autocompleteOutlet,
};
