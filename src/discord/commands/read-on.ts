import { MessageFlags, type ButtonInteraction } from "discord.js";
import { answerQuestion } from "../ask-flow.js";
import type { BotContext } from "../context.js";
import { editInWithDrafts } from "../draft-edits.js";
import { MORE_PREFIX, privateNotice } from "../render.js";
import type { ButtonRoute } from "./command.js";

/**
 * "More" under an answer: the next sentences of the stories it quoted, as "tell me more" gets
 * them, to the one who clicked only, with a "More" of its own to read on further.
 */
export const readOn: ButtonRoute = { prefix: MORE_PREFIX, cooldown: true, handle: readOnFrom };

async function readOnFrom(interaction: ButtonInteraction, ctx: BotContext): Promise<void> {
  const [, key] = interaction.customId.split(":");
  const previous = ctx.answers.get(key ?? "");
  if (!previous) {
    await interaction.reply(privateNotice("This answer has expired; ask again to read more."));
    return;
  }
  await interaction.deferReply({ flags: MessageFlags.Ephemeral });
  await editInWithDrafts(ctx, interaction, (onDraft) =>
    answerQuestion(ctx, { question: "tell me more", userId: interaction.user.id, channelId: interaction.channelId, via: "more", previous }, onDraft),
  );
}
