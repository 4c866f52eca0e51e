/**
 * Helpful / Not helpful votes, appended one JSON line each to DATA_DIR/feedback.jsonl.
 * Appending never rewrites what is stored; a torn last line is skipped on reading.
 */
import { appendFileSync, existsSync, mkdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

export interface Vote {
  time: string;
  vote: "up" | "down";
  voterId: string;
  question: string;
  articleIds: string[];
}

export interface FeedbackSummary {
  up: number;
  down: number;
  /** The latest questions voted not helpful, newest first. */
  recentDown: Vote[];
}

export class FeedbackStore {
  readonly path: string;

  constructor(dataDir: string) {
    mkdirSync(dataDir, { recursive: true });
    this.path = join(dataDir, "feedback.jsonl");
  }

  add(vote: Vote): void {
    appendFileSync(this.path, `${JSON.stringify(vote)}\n`);
  }

  all(): Vote[] {
    if (!existsSync(this.path)) return [];
    return readFileSync(this.path, "utf8")
      .split("\n")
      .flatMap((line) => {
        try {
          return line.trim() ? [JSON.parse(line) as Vote] : [];
        } catch {
          return [];
        }
      });
  }

  summary(recent = 5): FeedbackSummary {
    const votes = this.all();
    return {
      up: votes.filter((v) => v.vote === "up").length,
      down: votes.filter((v) => v.vote === "down").length,
      recentDown: votes.filter((v) => v.vote === "down").reverse().slice(0, recent),
    };
  }
}

export function summaryText(summary: FeedbackSummary): string {
  const total = summary.up + summary.down;
  if (total === 0) return "No votes yet.";
  const lines = [`${total} votes: ${summary.up} helpful, ${summary.down} not helpful (${Math.round((summary.up / total) * 100)}% helpful).`];
  if (summary.recentDown.length) {
    lines.push("Latest answers voted not helpful:");
    for (const vote of summary.recentDown) lines.push(`- ${vote.time.slice(0, 16).replace("T", " ")}: ${vote.question} (${vote.articleIds.join(", ") || "no sources"})`);
  }
  return lines.join("\n");
}
