/**
 * Shows a written answer in the deferred reply while it is written: the latest checked
 * draft, edited in at most once every DRAFT_EDIT_MS (Discord rate-limits edits, and a
 * reader cannot follow faster), one edit at a time, so the final edit always lands last.
 */
import type { RepliableInteraction } from "discord.js";
import type { Draft } from "../written/reply.js";
import type { AnsweredQuestion, BotContext } from "./context.js";
import { draftPayload, type Payload } from "./render.js";
import { editReplyReliably } from "./retry.js";

const DRAFT_EDIT_MS = 1000;

export interface DraftEdits {
  show(draft: Draft): void;
  /** Stops showing drafts and waits for the edit in flight, before the final edit. */
  settle(): Promise<void>;
}

export function draftEdits(edit: (payload: Payload) => Promise<unknown>, onError: (error: unknown) => void, everyMs = DRAFT_EDIT_MS): DraftEdits {
  let latest: Draft | undefined;
  let lastAt = -Infinity;
  let timer: NodeJS.Timeout | undefined;
  let inFlight: Promise<unknown> = Promise.resolve();
  let settled = false;
  const flush = () => {
    timer = undefined;
    if (settled || !latest) return;
    const draft = latest;
    latest = undefined;
    lastAt = Date.now();
    // A draft that fails to show is not worth failing the answer for.
    inFlight = inFlight.then(() => edit(draftPayload(draft))).catch(onError);
  };
  return {
    show(draft) {
      if (settled) return;
      latest = draft;
      timer ??= setTimeout(flush, Math.max(0, lastAt + everyMs - Date.now()));
    },
    async settle() {
      settled = true;
      clearTimeout(timer);
      await inFlight;
    },
  };
}

/**
 * Edits an interaction's deferred reply with the drafts of an answer as `answering` writes
 * it, then with the answer itself, and keeps the message for follow-ups.
 */
export async function editInWithDrafts(
  ctx: BotContext,
  interaction: RepliableInteraction,
  answering: (onDraft: (draft: Draft) => void) => Promise<{ payload: Payload; record: AnsweredQuestion }>,
): Promise<void> {
  const drafts = draftEdits(
    (payload) => editReplyReliably(ctx, interaction, payload),
    (error) => ctx.log.warn({ event: "draft-edit-failed", err: error }, "a draft of a written answer could not be shown"),
  );
  let answered: Awaited<ReturnType<typeof answering>>;
  try {
    answered = await answering((draft) => drafts.show(draft));
  } finally {
    await drafts.settle();
  }
  const message = await editReplyReliably(ctx, interaction, answered.payload);
  ctx.answerMessages.set(message.id, answered.record);
}
