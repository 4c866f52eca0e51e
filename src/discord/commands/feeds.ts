import { InteractionContextType, MessageFlags, PermissionFlagsBits, SlashCommandBuilder } from "discord.js";
import { feedListReply, followReply, unfollowReply } from "../fetch-replies.js";
import { notice, privateNotice } from "../render.js";
import { editReplyReliably } from "../retry.js";
import type { SlashCommand } from "./command.js";
import { checkUrlOption, FETCHING_OFF } from "./url-option.js";

/** /feeds list, /feeds add url:, /feeds remove url: the feeds the bot follows, kept in the corpus folder's feeds.txt. */
export const feeds: SlashCommand = {
  data: new SlashCommandBuilder()
    .setName("feeds")
    .setDescription("The news feeds the bot follows (admins)")
    .addSubcommand((s) => s.setName("list").setDescription("The feeds followed, and how their last poll went"))
    .addSubcommand((s) =>
      s
        .setName("add")
        .setDescription("Follow a feed (RSS, Atom or JSON Feed)")
        .addStringOption((o) => o.setName("url").setDescription("The feed's web address (http or https)").setRequired(true).setMaxLength(2000)),
    )
    .addSubcommand((s) =>
      s
        .setName("remove")
        .setDescription("Stop following a feed; the articles it brought stay")
        .addStringOption((o) => o.setName("url").setDescription("The feed's web address, as /feeds list shows it").setRequired(true).setMaxLength(2000)),
    )
    .setDefaultMemberPermissions(PermissionFlagsBits.ManageGuild)
    .setContexts(InteractionContextType.Guild)
    .toJSON(),
  check: checkUrlOption,
  async execute(interaction, ctx) {
    const updater = ctx.updater;
    if (!updater) {
      await interaction.reply(privateNotice(FETCHING_OFF));
      return;
    }
    const subcommand = interaction.options.getSubcommand();
    if (subcommand === "list") {
      await interaction.reply(privateNotice(feedListReply(updater.feeds(), ctx.settings.feedPollMinutes)));
      return;
    }
    const url = interaction.options.getString("url", true);
    await interaction.deferReply({ flags: MessageFlags.Ephemeral });
    const reply = subcommand === "add" ? followReply(await updater.follow(url)) : unfollowReply(url, await updater.unfollow(url));
    ctx.log.info({ event: "feeds", subcommand, userId: interaction.user.id });
    await editReplyReliably(ctx, interaction, notice(reply));
  },
};
