/** What every command does first: read `.env`, validate settings, make a logger. */
import "dotenv/config";
import cliProgress from "cli-progress";
import { loadSettings, SettingsError, type Settings } from "../config/settings.js";
import { createLogger, type Logger } from "../util/logger.js";

export function bootstrap(): { settings: Settings; log: Logger } {
  try {
    const settings = loadSettings();
    return { settings, log: createLogger(settings.logLevel, [settings.discord.token, settings.llm?.apiKey]) };
  } catch (error) {
    if (error instanceof SettingsError) {
      process.stderr.write(`${error.message}\nSee .env.example for every setting.\n`);
      process.exit(2);
    }
    throw error;
  }
}

type OnProgress = (done: number, total: number) => void;

/**
 * Runs `work` with a progress bar on a terminal (nothing when standard error is not one),
 * and takes the bar down however the work ends, so an error is not printed over it.
 */
export async function withProgressBar<T>(work: (onProgress?: OnProgress) => Promise<T>): Promise<T> {
  if (!process.stderr.isTTY) return work();
  const bar = new cliProgress.SingleBar(
    { format: "Indexing {bar} {value}/{total} articles | {eta_formatted} left", stream: process.stderr, hideCursor: true },
    cliProgress.Presets.shades_classic,
  );
  let started = false;
  try {
    return await work((done, total) => {
      if (total === 0) return;
      if (!started) {
        bar.start(total, done);
        started = true;
      } else bar.update(done);
    });
  } finally {
    if (started) bar.stop();
  }
}

/** Runs a command's main function; an error ends the process with a message, not a stack trace. */
export function run(main: () => Promise<void>): void {
  main().catch((error: unknown) => {
    process.stderr.write(`Error: ${error instanceof Error ? error.message : String(error)}\n`);
    if (process.env.LOG_LEVEL === "debug" && error instanceof Error) process.stderr.write(`${error.stack}\n`);
    process.exit(1);
  });
}
