import { SlashCommandBuilder } from "discord.js";
import { MAX_QUESTION_CHARS } from "../../search/bounded-query.js";
import { replyToAnswer } from "../ask-flow.js";
import { editInWithDrafts } from "../draft-edits.js";
import type { SlashCommand } from "./command.js";
import { feedbackVote } from "./feedback.js";
import { readOn } from "./read-on.js";
import { showQuotes } from "./show-quotes.js";
import { addFilterOptions, autocompleteOutlet, checkFilters, filtersOf } from "./filter-options.js";

export const digest: SlashCommand = {
  data: addFilterOptions(
    new SlashCommandBuilder()
      .setName("digest")
      .setDescription("The key sentence of each article on a topic, oldest first, with sources")
      .addStringOption((o) => o.setName("topic").setDescription("What to sum up, e.g. the Lachin corridor").setRequired(true).setMaxLength(MAX_QUESTION_CHARS)),
  ).toJSON(),
  cooldown: true,
  check: checkFilters,
  buttons: [feedbackVote, showQuotes, readOn],
  async execute(interaction, ctx) {
    await interaction.deferReply();
    const started = performance.now();
    await editInWithDrafts(ctx, interaction, async (onDraft) => {
      const answer = await ctx.desk.answerer.digest(interaction.options.getString("topic", true), { filters: filtersOf(interaction) });
      return replyToAnswer(ctx, answer, { via: "digest", userId: interaction.user.id, channelId: interaction.channelId, started, onDraft });
    });
  },
  autocomplete: autocompleteOutlet,
};
