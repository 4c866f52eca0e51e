/**
 * Gateway events are untrusted payloads. discord.js builds its objects from them outside
 * any handler of ours, so a malformed one (an interaction from no user, `data: null`, a
 * message without an author) throws inside the library and would end the process. The
 * events newsdesk handles are checked here first; a malformed one is logged and dropped.
 */
import { Events, type Client } from "discord.js";
import { z } from "zod";
import type { Logger } from "../util/logger.js";

const id = z.string().regex(/^\d{1,25}$/);
const user = z.looseObject({ id });
const options = z.array(z.looseObject({ name: z.string(), type: z.number() })).optional();
const commandData = z.looseObject({ id, name: z.string().min(1), type: z.number(), options });
const componentData = z.looseObject({ custom_id: z.string(), component_type: z.number() });

const interaction = z
  .looseObject({
    id,
    application_id: id,
    token: z.string().min(1),
    type: z.number(),
    user: user.optional(),
    member: z.looseObject({ user }).optional(),
    channel: z.looseObject({ id, type: z.number() }).optional(),
  })
  .refine((d) => d.user !== undefined || d.member !== undefined, { message: "neither user nor member" })
  .and(
    z.union([
      z.looseObject({ type: z.literal(1) }),
      // Commands and autocomplete, then buttons and menus, which also carry their message.
      z.looseObject({ type: z.union([z.literal(2), z.literal(4)]), data: commandData }),
      z.looseObject({ type: z.literal(3), data: componentData, message: z.looseObject({ id, channel_id: id }) }),
      z.looseObject({ type: z.literal(5), data: z.looseObject({ custom_id: z.string() }) }),
    ]),
  );

const message = z.looseObject({
  id,
  channel_id: id,
  author: user,
  content: z.string().optional(),
  mentions: z.array(user).optional(),
  message_reference: z.looseObject({ message_id: id.optional() }).optional(),
});

const CHECKED: Record<string, z.ZodType> = { INTERACTION_CREATE: interaction, MESSAGE_CREATE: message };

/** The `t` a dropped packet is given: discord.js dispatches on `t` and has no handler for it. */
const DROPPED = "NEWSDESK_DROPPED_MALFORMED";

/** What is wrong with a gateway packet of a type newsdesk handles, or undefined. */
export function malformation(packet: { t?: unknown; d?: unknown }): string | undefined {
  const schema = typeof packet.t === "string" ? CHECKED[packet.t] : undefined;
  if (!schema) return undefined;
  const checked = schema.safeParse(packet.d);
  if (checked.success) return undefined;
  const issue = checked.error.issues[0]!;
  return `${issue.path.join(".") || "payload"}: ${issue.message}`;
}

/**
 * Checks each packet as discord.js announces it (the raw event comes first, with the
 * packet it is about to handle) and renames a malformed one so that discord.js skips it.
 */
export function guardGateway(client: Client, log: Logger): void {
  client.on(Events.Raw, (packet: { t?: unknown; d?: unknown }) => {
    const problem = malformation(packet);
    if (!problem) return;
    // The type and the problem only: the payload may hold message content.
    log.warn({ event: "malformed-gateway-event", type: packet.t, problem }, "ignored a malformed gateway event");
    packet.t = DROPPED;
  });
}
