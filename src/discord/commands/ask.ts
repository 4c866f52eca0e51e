import { MessageFlags, SlashCommandBuilder } from "discord.js";
import { MAX_QUESTION_CHARS } from "../../search/bounded-query.js";
import { answerQuestion } from "../ask-flow.js";
import { editInWithDrafts } from "../draft-edits.js";
import type { SlashCommand } from "./command.js";
import { feedbackVote } from "./feedback.js";
import { readOn } from "./read-on.js";
import { showQuotes } from "./show-quotes.js";
import { addFilterOptions, autocompleteOutlet, checkFilters, filtersOf } from "./filter-options.js";

export const ask: SlashCommand = {
  data: addFilterOptions(
    new SlashCommandBuilder()
      .setName("ask")
      .setDescription("Ask a question about the news; get the sentences that answer it, with sources")
      .addStringOption((o) => o.setName("question").setDescription("Your question, in plain words").setRequired(true).setMaxLength(MAX_QUESTION_CHARS))
      .addBooleanOption((o) => o.setName("private").setDescription("Show the answer to you only")),
  ).toJSON(),
  cooldown: true,
  check: checkFilters,
  buttons: [feedbackVote, showQuotes, readOn],
  async execute(interaction, ctx) {
    const isPrivate = interaction.options.getBoolean("private") ?? false;
    // Acknowledge inside Discord's three seconds, before any answering work; the answer is edited in.
    await interaction.deferReply(isPrivate ? { flags: MessageFlags.Ephemeral } : {});
    const question = interaction.options.getString("question", true);
    await editInWithDrafts(ctx, interaction, (onDraft) => answerQuestion(ctx, { question, userId: interaction.user.id, channelId: interaction.channelId, via: "slash", filters: filtersOf(interaction) }, onDraft));
  },
  autocomplete: autocompleteOutlet,
};
