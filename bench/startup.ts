/**
 * Start-up cost of one question: spawns a fresh `npm run ask -- --json QUESTION` again and
 * again and prints the median wall time and peak RSS (from GNU /usr/bin/time, so the whole
 * process counts, not what it reports of itself). Several checkouts can be given with
 * --root; their runs take turns, so a noisy machine weighs on each alike, and their
 * answers are compared.
 *
 *   npm run bench:startup -- [--runs 7] [--root DIR]... [--question TEXT] [--direct]
 *
 * --direct runs the command of the checkout's `ask` script itself, without npm's own start-up.
 * The first run in each checkout is not counted: it may build the model or the index.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";

const { values } = parseArgs({
  options: {
    runs: { type: "string", default: "7" },
    root: { type: "string", multiple: true },
    question: { type: "string", default: "Who heads Baku's delegation?" },
    direct: { type: "boolean", default: false },
  },
});
const runs = Number(values.runs);
const roots = (values.root ?? [join(import.meta.dirname, "..")]).map((root) => resolve(root));
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const scratch = mkdtempSync(join(tmpdir(), "newsdesk-startup-"));

interface Run {
  seconds: number;
  peakMb: number;
  answer: string;
}

function askOnce(root: string): Run {
  const script = (JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as { scripts: Record<string, string> }).scripts.ask!;
  const command = values.direct ? [...script.split(" "), "--json", values.question!] : ["npm", "run", "--silent", "ask", "--", "--json", values.question!];
  const report = join(scratch, "time.txt");
  const started = performance.now();
  const child = spawnSync("/usr/bin/time", ["-f", "%M", "-o", report, ...command], { cwd: root, encoding: "utf8", env: { ...process.env, LOG_LEVEL: "warn" } });
  const seconds = (performance.now() - started) / 1000;
  if (child.error) throw child.error;
  if (child.status !== 0) throw new Error(`ask failed in ${root} (exit ${child.status}): ${child.stderr}`);
  // %M is the peak resident set in kilobytes of the largest process in the tree.
  const peakMb = Number(readFileSync(report, "utf8").trim().split("\n").at(-1)) / 1024;
  return { seconds, peakMb, answer: child.stdout };
}

try {
  for (const root of roots) askOnce(root);
  const results = new Map<string, Run[]>(roots.map((root) => [root, []]));
  for (let i = 0; i < runs; i++) for (const root of roots) results.get(root)!.push(askOnce(root));
  const how = values.direct ? "the ask script without npm" : "npm run ask";
  for (const [root, measured] of results) {
    const seconds = measured.map((r) => r.seconds);
    const peaks = measured.map((r) => r.peakMb);
    console.log(
      `${how} in ${root}: median ${median(seconds).toFixed(2)} s wall (min ${Math.min(...seconds).toFixed(2)}, max ${Math.max(...seconds).toFixed(2)}), ` +
        `peak RSS median ${median(peaks).toFixed(0)} MB (max ${Math.max(...peaks).toFixed(0)}) over ${runs} runs`,
    );
  }
  if (roots.length > 1) {
    const answers = new Set([...results.values()].flatMap((measured) => measured.map((r) => r.answer)));
    console.log(answers.size === 1 ? "The answers were identical." : `The answers differed: ${answers.size} different outputs.`);
  }
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
