import { SlashCommandBuilder } from "discord.js";
import { MAX_QUESTION_CHARS } from "../../search/bounded-query.js";
import { recordAnswer } from "../ask-flow.js";
import { editReplyReliably } from "../retry.js";
import type { SlashCommand } from "./command.js";
import { feedbackVote } from "./feedback.js";
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
  buttons: [feedbackVote],
  async execute(interaction, ctx) {
    await interaction.deferReply();
    const started = performance.now();
    const answer = await ctx.desk.answerer.digest(interaction.options.getString("topic", true), { filters: filtersOf(interaction) });
    const { payload, record } = recordAnswer(ctx, answer, { via: "digest", userId: interaction.user.id, started });
    const message = await editReplyReliably(ctx, interaction, payload);
    ctx.answerMessages.set(message.id, record);
  },
  autocomplete: autocompleteOutlet,
};
