/** Routes Discord events to the commands, with the rules every handler shares. */
import { ChannelType, type BaseInteraction, type Client, type Message, type RepliableInteraction } from "discord.js";
import { answerQuestion, cooldownMessage } from "./ask-flow.js";
import { commandsByName } from "./commands/index.js";
import { FEEDBACK_BUTTON_PREFIX, handleFeedbackVote } from "./commands/feedback.js";
import { handleSearchPage, SEARCH_BUTTON_PREFIX } from "./commands/search.js";
import type { BotContext } from "./context.js";
import { notice, privateNotice } from "./render.js";

const ERROR_MESSAGE = "Sorry, something went wrong while answering. The error has been logged; please try again.";

export interface Handlers {
  onInteraction(interaction: BaseInteraction): Promise<void>;
  onMessage(message: Message): Promise<void>;
}

function allowedChannel(ctx: BotContext, channelId: string | null, isDm: boolean): boolean {
  const allowed = ctx.settings.discord.allowedChannels;
  return isDm || allowed.length === 0 || (channelId !== null && allowed.includes(channelId));
}

/** Tells the user a handler failed, by whatever way the interaction still allows. */
async function reportFailure(interaction: RepliableInteraction, ctx: BotContext, error: unknown, what: string): Promise<void> {
  ctx.log.error({ event: "handler-error", what, userId: interaction.user.id, err: error }, `${what} failed`);
  const payload = privateNotice(ERROR_MESSAGE);
  try {
    if (interaction.deferred || interaction.replied) await interaction.followUp(payload);
    else await interaction.reply(payload);
  } catch (reportError) {
    ctx.log.error({ event: "handler-error-report-failed", err: reportError }, "could not tell the user about a failure");
  }
}

export function createHandlers(client: Client, ctx: BotContext): Handlers {
  return {
    async onInteraction(interaction) {
      if (interaction.isAutocomplete()) {
        const command = commandsByName.get(interaction.commandName);
        try {
          await command?.autocomplete?.(interaction, ctx);
        } catch (error) {
          ctx.log.error({ event: "autocomplete-error", command: interaction.commandName, err: error });
        }
        return;
      }
      if (!interaction.isRepliable()) return;
      const what = interaction.isChatInputCommand() ? `/${interaction.commandName}` : interaction.isButton() ? `button ${interaction.customId.split(":")[0]}` : "interaction";
      try {
        if (!allowedChannel(ctx, interaction.channelId, !interaction.inGuild())) {
          const channels = ctx.settings.discord.allowedChannels.map((id) => `<#${id}>`).join(", ");
          await interaction.reply(privateNotice(`I only answer in ${channels}.`));
          return;
        }
        if (interaction.isChatInputCommand()) {
          const command = commandsByName.get(interaction.commandName);
          if (!command) {
            await interaction.reply(privateNotice("I don't know that command any more; the admin may need to run the registration again."));
            return;
          }
          if (command.usesAskCooldown) {
            const wait = ctx.askCooldown.take(interaction.user.id);
            if (wait > 0) {
              await interaction.reply(privateNotice(cooldownMessage(wait)));
              return;
            }
          }
          const started = performance.now();
          await command.execute(interaction, ctx);
          ctx.log.info({ event: "command", command: interaction.commandName, userId: interaction.user.id, ms: Math.round(performance.now() - started) });
        } else if (interaction.isButton()) {
          if (interaction.customId.startsWith(SEARCH_BUTTON_PREFIX)) await handleSearchPage(interaction, ctx);
          else if (interaction.customId.startsWith(FEEDBACK_BUTTON_PREFIX)) await handleFeedbackVote(interaction, ctx);
        }
      } catch (error) {
        await reportFailure(interaction, ctx, error, what);
      }
    },

    async onMessage(message) {
      if (message.author.bot || !client.user) return;
      const isDm = message.channel.type === ChannelType.DM;
      const previous = message.reference?.messageId ? ctx.answerMessages.get(message.reference.messageId) : undefined;
      const mentioned = message.mentions.users.has(client.user.id);
      if (!isDm && !mentioned && !previous) return;
      if (!allowedChannel(ctx, message.channelId, isDm)) return;
      const question = message.content.replace(new RegExp(`<@!?${client.user.id}>`, "g"), " ").replace(/\s+/g, " ").trim();
      try {
        if (!question) {
          await message.reply(notice("Ask me a question about the news, like: what did the ICJ order on February 22?"));
          return;
        }
        const wait = ctx.askCooldown.take(message.author.id);
        if (wait > 0) {
          await message.reply(notice(cooldownMessage(wait)));
          return;
        }
        const via = previous ? "reply" : isDm ? "dm" : "mention";
        const { payload, record } = await answerQuestion(ctx, { question: question.slice(0, 500), userId: message.author.id, via, previous });
        const sent = await message.reply(payload);
        ctx.answerMessages.set(sent.id, record);
      } catch (error) {
        ctx.log.error({ event: "handler-error", what: "message", userId: message.author.id, err: error }, "message handler failed");
        await message.reply(notice(ERROR_MESSAGE)).catch(() => undefined);
      }
    },
  };
}
