import { InteractionContextType, MessageFlags, PermissionFlagsBits, SlashCommandBuilder } from "discord.js";
import { addReply } from "../fetch-replies.js";
import { notice, privateNotice } from "../render.js";
import { editReplyReliably } from "../retry.js";
import type { SlashCommand } from "./command.js";
import { checkUrlOption, FETCHING_OFF } from "./url-option.js";

/** /add url: fetches one article now, ingests it, and says what was added or why not. */
export const add: SlashCommand = {
  data: new SlashCommandBuilder()
    .setName("add")
    .setDescription("Fetch a news article by its link and add it (admins)")
    .addStringOption((o) => o.setName("url").setDescription("The article's web address (http or https)").setRequired(true).setMaxLength(2000))
    .setDefaultMemberPermissions(PermissionFlagsBits.ManageGuild)
    .setContexts(InteractionContextType.Guild)
    .toJSON(),
  check: checkUrlOption,
  async execute(interaction, ctx) {
    if (!ctx.updater) {
      await interaction.reply(privateNotice(FETCHING_OFF));
      return;
    }
    await interaction.deferReply({ flags: MessageFlags.Ephemeral });
    const { report, ingest } = await ctx.updater.add([interaction.options.getString("url", true)], ["page"]);
    ctx.log.info({ event: "add", userId: interaction.user.id, added: report.added.length, problems: report.problems.length });
    await editReplyReliably(ctx, interaction, notice(addReply(report, ingest?.notSaved)));
  },
};
