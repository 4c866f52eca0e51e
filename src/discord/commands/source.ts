import { EmbedBuilder, SlashCommandBuilder } from "discord.js";
import { formatDate } from "../../corpus/dates.js";
import { safeUrl } from "../../corpus/url.js";
import type { ArticleRecord } from "../../index/corpus-index.js";
import type { BotContext } from "../context.js";
import { safeText, truncate } from "../escape.js";
import { LIMITS } from "../limits.js";
import { NO_MENTIONS, privateNotice } from "../render.js";
import type { SlashCommand } from "./command.js";

/** Autocomplete values are positions in ctx.articles (ids can exceed the 100-character limit). */
function findArticle(ctx: BotContext, value: string): ArticleRecord | undefined {
  const byPosition = /^#(\d+)$/.exec(value);
  if (byPosition) return ctx.articles[Number(byPosition[1])];
  const typed = value.toLowerCase();
  return ctx.articles.find((a) => a.title.toLowerCase() === typed) ?? ctx.articles.find((a) => a.title.toLowerCase().includes(typed));
}

export const source: SlashCommand = {
  data: new SlashCommandBuilder()
    .setName("source")
    .setDescription("Show an article: outlet, date, link and lead paragraph")
    .addStringOption((o) => o.setName("article").setDescription("Start typing a headline").setRequired(true).setAutocomplete(true).setMaxLength(200))
    .toJSON(),
  async execute(interaction, ctx) {
    const article = findArticle(ctx, interaction.options.getString("article", true));
    if (!article) {
      await interaction.reply(privateNotice("I have no article with that headline. Start typing and pick one from the list."));
      return;
    }
    const link = article.url && safeUrl(article.url).href;
    const embed = new EmbedBuilder()
      .setTitle(truncate(safeText(article.title), LIMITS.embedTitle))
      .setDescription(truncate(safeText(article.lead), LIMITS.embedDescription))
      .addFields(
        { name: "Outlet", value: safeText(article.outlet ?? "Unknown"), inline: true },
        { name: "Date", value: formatDate(article.date) ?? "Unknown", inline: true },
        { name: "Link", value: link ? truncate(`<${link}>`, LIMITS.embedFieldValue) : "No link: the source gives none", inline: false },
      );
    if (link) embed.setURL(link);
    await interaction.reply({ embeds: [embed], allowedMentions: NO_MENTIONS });
  },
  async autocomplete(interaction, ctx) {
    const typed = interaction.options.getFocused().toLowerCase().trim();
    const choices = ctx.articles
      .map((article, position) => ({ article, position }))
      .filter(({ article }) => !typed || article.title.toLowerCase().includes(typed) || (article.outlet ?? "").toLowerCase().includes(typed))
      .slice(0, LIMITS.autocompleteChoices)
      .map(({ article, position }) => ({ name: truncate(`${article.title}${article.outlet ? ` (${article.outlet})` : ""}`, LIMITS.choiceName), value: `#${position}` }));
    await interaction.respond(choices);
  },
};
