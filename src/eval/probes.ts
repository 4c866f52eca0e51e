/**
 * The probes (tests/eval/probes/): messages of small talk and questions no news archive
 * answers (general knowledge, tasks, personal advice, trivia, live data), written by someone
 * who read no code. The odd lines of each set are tuned on; the even lines are held out.
 */
import type { Answer, Answerer } from "../answer/answer.js";
import { readJsonl } from "./jsonl.js";
import { round } from "./metrics.js";

/**
 * Oldest first: 2026-12 (320 small talk, 300 off-topic) and 2026-12ab (300 and 200), each
 * written by a new writer.
 */
export const PROBE_SETS = ["2026-12", "2026-12ab", "2026-12ae"];

export interface ProbeMessage {
  message: string;
  /** Small talk: greeting, thanks, reaction, help or identity; off-topic: the kind of question. */
  kind: string;
}

/** What a probe's messages should get: small talk a chat reply, the others no quote. */
export const PROBES: Record<string, (answer: Answer) => boolean> = {
  chat: (answer) => answer.kind === "chat",
  offtopic: (answer) => answer.abstained,
};

export interface ProbeScore {
  probe: string;
  /** The share handled as they should be, of the lines tuned on (1st, 3rd, ...) and of those held out. */
  tuned: number;
  heldOut: number;
  messages: number;
}

export function readProbe(path: string): ProbeMessage[] {
  return readJsonl<ProbeMessage>(path);
}

export async function scoreProbe(answerer: Answerer, probe: string, messages: ProbeMessage[]): Promise<ProbeScore> {
  const handled = PROBES[probe]!;
  const right: boolean[] = [];
  for (const { message } of messages) right.push(handled(await answerer.ask(message)));
  const share = (half: number) => {
    const of = right.filter((_, i) => i % 2 === half);
    return round(of.filter(Boolean).length / of.length);
  };
  return { probe, tuned: share(0), heldOut: share(1), messages: messages.length };
}
