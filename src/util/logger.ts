import pino, { type Logger } from "pino";

export type { Logger };

const REDACTED = "[redacted]";

/**
 * Discord puts an interaction's token in the path of its webhook and callback URLs; a
 * logged REST error carries that URL. Whoever holds the token can answer as the bot.
 */
const TOKEN_IN_PATH = /\/(webhooks|interactions)\/(\d+)\/[^/\s"']+/g;
/** A bot token as Discord shapes them, wherever it turns up in a string. */
const BOT_TOKEN_SHAPE = /\b[\w-]{23,28}\.[\w-]{6,7}\.[\w-]{27,40}\b/g;
/** What a failed request sent: the answer text and files, which are message content. */
const CONTENT_KEYS = new Set(["requestBody", "content"]);

/** Copies a logged value with secrets and message content taken out; strings are scrubbed. */
function scrub(value: unknown, secrets: string[], depth = 0): unknown {
  if (typeof value === "string") {
    let text = value.replace(TOKEN_IN_PATH, `/$1/$2/${REDACTED}`).replace(BOT_TOKEN_SHAPE, REDACTED);
    for (const secret of secrets) text = text.split(secret).join(REDACTED);
    return text;
  }
  if (value instanceof Error) return scrub(pino.stdSerializers.err(value), secrets, depth + 1);
  if (value === null || typeof value !== "object" || depth > 8) return value;
  if (Array.isArray(value)) return value.map((item) => scrub(item, secrets, depth + 1));
  return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, CONTENT_KEYS.has(key) ? REDACTED : scrub(item, secrets, depth + 1)]));
}

/**
 * Logs go to standard error so that standard output stays clean for answers and JSON.
 * The logger itself keeps secrets out: the token fields are redacted, every string is
 * scrubbed of the given secrets, bot-token-shaped strings and interaction tokens in
 * webhook URLs, and what a failed Discord request sent (message content) is dropped.
 */
export function createLogger(level: string, secrets: (string | undefined)[] = []): Logger {
  const known = secrets.filter((secret): secret is string => typeof secret === "string" && secret.length >= 8);
  const clean = (value: unknown) => scrub(value, known);
  return pino(
    {
      level,
      redact: { paths: ["token", "*.token", "DISCORD_TOKEN", "*.DISCORD_TOKEN", "headers.authorization", "*.headers.authorization"], censor: REDACTED },
      // Errors are serialized (and scrubbed) before pino sees them.
      serializers: { err: (error: unknown) => error },
      hooks: {
        logMethod(args, method) {
          const [first, ...rest] = args as unknown[];
          const normal = first instanceof Error ? [{ err: first }, ...(rest.length ? rest : [first.message])] : args;
          method.apply(this, normal.map(clean) as Parameters<typeof method>);
        },
      },
      base: undefined,
    },
    pino.destination(2),
  );
}
