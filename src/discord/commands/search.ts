import { randomBytes } from "node:crypto";
import { SlashCommandBuilder, type ButtonInteraction } from "discord.js";
import type { BotContext } from "../context.js";
import { editReplyReliably } from "../retry.js";
import { PAGE_SIZE, privateNotice, SEARCH_PREFIX, searchPayload } from "../render.js";
import type { ButtonRoute, SlashCommand } from "./command.js";
import { addFilterOptions, autocompleteOutlet, checkFilters, filtersOf } from "./filter-options.js";

const PAGES = 5;

export const search: SlashCommand = {
  data: addFilterOptions(
    new SlashCommandBuilder()
      .setName("search")
      .setDescription("Search the articles; page through the passages that match")
      .addStringOption((o) => o.setName("query").setDescription("Words to look for").setRequired(true).setMaxLength(300)),
  ).toJSON(),
  cooldown: true,
  check: checkFilters,
  buttons: [{ prefix: SEARCH_PREFIX, handle: showPage } satisfies ButtonRoute],
  async execute(interaction, ctx) {
    await interaction.deferReply();
    const query = interaction.options.getString("query", true);
    const { passages } = await ctx.desk.retriever.retrieve(query, { limit: PAGE_SIZE * PAGES, perArticle: 3, filters: filtersOf(interaction) });
    const key = randomBytes(6).toString("hex");
    ctx.searches.set(key, { ownerId: interaction.user.id, query, passages });
    ctx.log.info({ event: "search", userId: interaction.user.id, results: passages.length });
    await editReplyReliably(ctx, interaction, searchPayload(query, passages, 0, key));
  },
  autocomplete: autocompleteOutlet,
};

/** Previous / Next: only the person who searched may page. */
async function showPage(interaction: ButtonInteraction, ctx: BotContext): Promise<void> {
  const [, key, pageText] = interaction.customId.split(":");
  const searched = ctx.searches.get(key ?? "");
  if (!searched) {
    await interaction.reply(privateNotice("These results have expired. Run /search again."));
    return;
  }
  if (searched.ownerId !== interaction.user.id) {
    await interaction.reply(privateNotice("Only the person who searched can page through these results. Run /search yourself to get your own."));
    return;
  }
  const pages = Math.max(1, Math.ceil(searched.passages.length / PAGE_SIZE));
  const page = Math.min(Math.max(0, Number(pageText) || 0), pages - 1);
  await interaction.update(searchPayload(searched.query, searched.passages, page, key!));
}
