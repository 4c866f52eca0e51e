/**
 * Routes Discord events to the commands, with the rules every handler shares: the channel
 * allow-list and the per-user cooldown, checked in one place. Every handler is total: an
 * event it cannot read, or a failure while answering, is logged and answered privately
 * where that is possible, and never ends the process.
 */
import { ChannelType, type BaseInteraction, type Client, type Message, type RepliableInteraction } from "discord.js";
import { chatActOf, refersBack } from "../answer/conversation.js";
import { answerQuestion, cooldownMessage } from "./ask-flow.js";
import { buttonRouteFor, commandsByName } from "./commands/index.js";
import type { BotContext } from "./context.js";
import { notice, privateNotice } from "./render.js";

const ERROR_MESSAGE = "Sorry, something went wrong while answering. The error has been logged; please try again.";

export interface Handlers {
  onInteraction(interaction: BaseInteraction): Promise<void>;
  onMessage(message: Message): Promise<void>;
}

interface Request {
  userId: string;
  channelId: string | null;
  isDm: boolean;
  /** Whether the request costs answering work, and so spends the asker's cooldown. */
  spendsCooldown: boolean;
}

/**
 * Why a request is turned away, or undefined: a channel the bot does not answer in, then
 * what is wrong with it (`problem`), then the cooldown, so a refused request spends nothing.
 */
function turnedAway(ctx: BotContext, request: Request, problem?: () => string | undefined): { reason: "channel" | "invalid" | "cooldown"; message: string } | undefined {
  const allowed = ctx.settings.discord.allowedChannels;
  if (!request.isDm && allowed.length > 0 && !(request.channelId !== null && allowed.includes(request.channelId))) {
    return { reason: "channel", message: `I only answer in ${allowed.map((id) => `<#${id}>`).join(", ")}.` };
  }
  const invalid = problem?.();
  if (invalid) return { reason: "invalid", message: invalid };
  const wait = request.spendsCooldown ? ctx.askCooldown.take(request.userId) : 0;
  return wait > 0 ? { reason: "cooldown", message: cooldownMessage(wait) } : undefined;
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
  async function onRepliable(interaction: RepliableInteraction): Promise<void> {
    const what = interaction.isChatInputCommand() ? `/${interaction.commandName}` : interaction.isButton() ? `button ${interaction.customId.split(":")[0]}` : "interaction";
    try {
      const request = { userId: interaction.user.id, channelId: interaction.channelId, isDm: !interaction.inGuild() };
      if (interaction.isChatInputCommand()) {
        const command = commandsByName.get(interaction.commandName);
        if (!command) {
          await interaction.reply(privateNotice("I don't know that command any more; the admin may need to run the registration again."));
          return;
        }
        const refusal = turnedAway(ctx, { ...request, spendsCooldown: command.cooldown === true }, () => command.check?.(interaction))?.message;
        if (refusal) {
          await interaction.reply(privateNotice(refusal));
          return;
        }
        const started = performance.now();
        await command.execute(interaction, ctx);
        ctx.log.info({ event: "command", command: interaction.commandName, userId: interaction.user.id, ms: Math.round(performance.now() - started) });
      } else if (interaction.isButton()) {
        const route = buttonRouteFor(interaction.customId);
        const refusal = route ? turnedAway(ctx, { ...request, spendsCooldown: route.cooldown === true })?.message : "This button no longer works; ask again.";
        if (refusal) await interaction.reply(privateNotice(refusal));
        else await route!.handle(interaction, ctx);
      } else {
        await interaction.reply(privateNotice("I can't handle that kind of request."));
      }
    } catch (error) {
      await reportFailure(interaction, ctx, error, what);
    }
  }

  async function onMentionOrDm(message: Message, botId: string): Promise<void> {
    const isDm = message.channel.type === ChannelType.DM;
    const previous = message.reference?.messageId ? ctx.answerMessages.get(message.reference.messageId) : undefined;
    if (!isDm && !message.mentions.users.has(botId) && !previous) return;
    const question = message.content.replace(new RegExp(`<@!?${botId}>`, "g"), " ").replace(/\s+/g, " ").trim();
    // Small talk ("thanks!" right after an answer) costs nothing, so it spends no cooldown; "what did she say" or "go on" may
    // follow up on the asker's last answer, which costs an answer.
    const spendsCooldown = chatActOf(question, { followUp: previous !== undefined }) === undefined || refersBack(question);
    const refusal = turnedAway(ctx, { userId: message.author.id, channelId: message.channelId, isDm, spendsCooldown });
    // Where the bot does not answer it stays silent rather than post into the channel.
    if (refusal?.reason === "channel") return;
    try {
      if (refusal) {
        await message.reply(notice(refusal.message));
        return;
      }
      const via = previous ? "reply" : isDm ? "dm" : "mention";
      const { payload, record } = await answerQuestion(ctx, { question, userId: message.author.id, channelId: message.channelId, via, previous });
      const sent = await message.reply(payload);
      ctx.answerMessages.set(sent.id, record);
    } catch (error) {
      ctx.log.error({ event: "handler-error", what: "message", userId: message.author.id, err: error }, "message handler failed");
      await message.reply(notice(ERROR_MESSAGE)).catch(() => undefined);
    }
  }

  return {
    async onInteraction(interaction) {
      try {
        if (interaction.isAutocomplete()) await commandsByName.get(interaction.commandName)?.autocomplete?.(interaction, ctx);
        else if (interaction.isRepliable()) await onRepliable(interaction);
      } catch (error) {
        ctx.log.error({ event: "interaction-error", err: error }, "an interaction could not be handled");
      }
    },

    async onMessage(message) {
      try {
        if (!client.user || !message.author || message.author.bot) return;
        await onMentionOrDm(message, client.user.id);
      } catch (error) {
        ctx.log.error({ event: "message-error", err: error }, "a message could not be handled");
      }
    },
  };
}
