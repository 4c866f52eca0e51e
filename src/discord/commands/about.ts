import { EmbedBuilder, SlashCommandBuilder } from "discord.js";
import { datesSpanned } from "../../answer/conversation.js";
import { safeText, truncate } from "../escape.js";
import { LIMITS } from "../limits.js";
import { NO_MENTIONS } from "../render.js";
import type { SlashCommand } from "./command.js";

export const about: SlashCommand = {
  data: new SlashCommandBuilder().setName("about").setDescription("What this bot knows and how to ask it").toJSON(),
  async execute(interaction, ctx) {
    const range = datesSpanned(ctx.articles) ?? "unknown";
    const embed = new EmbedBuilder()
      .setTitle("newsdesk")
      .setDescription(
        [
          "I answer questions about the news articles I hold, quoting the sentences that answer and citing each source. When the articles hold no answer, I say so.",
          "",
          "**How to ask**: `/ask question:...`, mention me with a question, or DM me. Reply to one of my answers to follow up, or right after it ask “tell me more” to read on. `/search` lists matching passages; `/source` shows an article.",
        ].join("\n"),
      )
      .addFields(
        { name: "Articles", value: String(ctx.articles.length), inline: true },
        { name: "Dates", value: range, inline: true },
        { name: "Model", value: safeText(ctx.desk.embedder.spec.id), inline: true },
        { name: "Outlets", value: truncate(safeText(ctx.outlets.join(", ") || "none named"), LIMITS.embedFieldValue) },
      );
    await interaction.reply({ embeds: [embed], allowedMentions: NO_MENTIONS });
  },
};
