/**
 * What fetching remembers between runs, in `.fetch-state.json` in the corpus folder (a
 * dot file, so the corpus reader passes it by): each feed's validators for conditional
 * requests, each link already fetched and the article file it became, and links that keep
 * failing, so they are not asked again and again. The file is written atomically; one that
 * cannot be read is set aside with a warning and started afresh, which costs nothing but
 * some requests, as the articles already in the corpus are recognised by their links and
 * text.
 */
import { existsSync, readFileSync, renameSync } from "node:fs";
import { join } from "node:path";
import { z } from "zod";
import { writeFileAtomic } from "../util/atomic-write.js";

export const STATE_FILE = ".fetch-state.json";
/** A link is given up after this many failed attempts (one poll each); a refusal that cannot change counts as all of them. */
export const MAX_ATTEMPTS = 3;
/** Failures are forgotten after a month, so a page that comes back is tried again. */
const FORGET_FAILURES_MS = 30 * 24 * 60 * 60 * 1000;

const feedSchema = z.object({
  title: z.string().nullable(),
  checked: z.string(),
  etag: z.string().optional(),
  lastModified: z.string().optional(),
  /** Why the last poll of the feed failed, if it did. */
  problem: z.string().optional(),
});

const stateSchema = z.object({
  version: z.literal(1),
  feeds: z.record(z.string(), feedSchema),
  /** Link (clean form) -> the corpus file it is, relative to the corpus folder. */
  seen: z.record(z.string(), z.string()),
  failures: z.record(z.string(), z.object({ attempts: z.number().int().min(1), reason: z.string(), last: z.string() })),
});

export type FetchState = z.infer<typeof stateSchema>;
export type FeedRecord = z.infer<typeof feedSchema>;

export function loadFetchState(corpusDir: string, warn: (message: string) => void): FetchState {
  const path = join(corpusDir, STATE_FILE);
  const empty: FetchState = { version: 1, feeds: {}, seen: {}, failures: {} };
  if (!existsSync(path)) return empty;
  let problem: string;
  try {
    const parsed = stateSchema.safeParse(JSON.parse(readFileSync(path, "utf8")));
    if (parsed.success) return forgetOldFailures(parsed.data);
    problem = parsed.error.issues[0]!.message;
  } catch (error) {
    problem = (error as Error).message;
  }
  const aside = `${path}.unreadable-${Date.now()}`;
  renameSync(path, aside);
  warn(`${STATE_FILE} could not be read (${problem}); moved to ${aside} and started afresh`);
  return empty;
}

export function saveFetchState(corpusDir: string, state: FetchState): void {
  writeFileAtomic(join(corpusDir, STATE_FILE), `${JSON.stringify(state, null, 1)}\n`);
}

function forgetOldFailures(state: FetchState): FetchState {
  const cutoff = Date.now() - FORGET_FAILURES_MS;
  state.failures = Object.fromEntries(Object.entries(state.failures).filter(([, failure]) => Date.parse(failure.last) > cutoff));
  return state;
}
