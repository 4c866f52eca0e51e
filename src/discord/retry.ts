import type { Message, RepliableInteraction } from "discord.js";
import type { BotContext } from "./context.js";
import type { Payload } from "./render.js";

/** Network failures that say nothing about the request itself: the connection dropped. */
const TRANSIENT = new Set(["UND_ERR_SOCKET", "ECONNRESET", "ECONNREFUSED", "EPIPE", "ETIMEDOUT", "UND_ERR_CONNECT_TIMEOUT"]);

function isTransient(error: unknown): boolean {
  for (let e = error as { code?: unknown; cause?: unknown } | undefined, depth = 0; e && depth < 4; e = e.cause as typeof e, depth++) {
    if (typeof e.code === "string" && TRANSIENT.has(e.code)) return true;
  }
  return false;
}

/**
 * Runs an idempotent request (an edit) again once when the connection failed under it,
 * as discord.js retries 5xx answers and resets but not a socket closed mid-request.
 */
export async function retryOnceIfTransient<T>(request: () => Promise<T>, onRetry: (error: unknown) => void): Promise<T> {
  try {
    return await request();
  } catch (error) {
    if (!isTransient(error)) throw error;
    onRetry(error);
    return request();
  }
}

/** Edits an interaction's reply, again once if the connection dropped under the first try. */
export function editReplyReliably(ctx: BotContext, interaction: RepliableInteraction, payload: Payload): Promise<Message> {
  return retryOnceIfTransient(
    () => interaction.editReply(payload),
    (error) => ctx.log.warn({ event: "edit-retry", err: error }, "the connection dropped under an edit; trying once more"),
  );
}
