import pino, { type Logger } from "pino";

export type { Logger };

/**
 * Logs go to standard error so that standard output stays clean for answers and JSON.
 * The token is redacted wherever it might appear in a logged object.
 */
export function createLogger(level: string): Logger {
  return pino(
    {
      level,
      redact: { paths: ["token", "*.token", "DISCORD_TOKEN", "*.DISCORD_TOKEN", "headers.authorization"], censor: "[redacted]" },
      base: undefined,
    },
    pino.destination(2),
  );
}
