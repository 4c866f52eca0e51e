import { PermissionFlagsBits, SlashCommandBuilder, type ButtonInteraction } from "discord.js";
import { summaryText } from "../../feedback/feedback-store.js";
import type { BotContext } from "../context.js";
import { FEEDBACK_PREFIX, privateNotice } from "../render.js";
import type { ButtonRoute, SlashCommand } from "./command.js";

export const feedback: SlashCommand = {
  data: new SlashCommandBuilder()
    .setName("feedback")
    .setDescription("Summary of the Helpful / Not helpful votes (admins)")
    .setDefaultMemberPermissions(PermissionFlagsBits.ManageGuild)
    .toJSON(),
  async execute(interaction, ctx) {
    await interaction.reply(privateNotice(summaryText(ctx.feedback.summary())));
  },
};

/** Helpful / Not helpful under an answer: stores the vote and acknowledges it quietly, to the voter only. */
export const feedbackVote: ButtonRoute = { prefix: FEEDBACK_PREFIX, handle: storeVote };

async function storeVote(interaction: ButtonInteraction, ctx: BotContext): Promise<void> {
  const [, vote, key] = interaction.customId.split(":");
  const answered = ctx.answers.get(key ?? "");
  if (!answered || (vote !== "up" && vote !== "down")) {
    await interaction.reply(privateNotice("This answer is too old to rate now."));
    return;
  }
  ctx.feedback.add({ time: new Date().toISOString(), vote, voterId: interaction.user.id, question: answered.question, articleIds: answered.articleIds });
  ctx.log.info({ event: "feedback", userId: interaction.user.id, vote });
  await interaction.reply(privateNotice(vote === "up" ? "Thanks, noted as helpful." : "Thanks, noted as not helpful."));
}
