/** The commands a user types, run as processes, as the README shows them. */
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { loadSettings } from "../src/config/settings.js";
import { cleanupTempDirs, MODELS_DIR, runCli, tempDir, type CliRun } from "./helpers/fixtures.js";

afterAll(cleanupTempDirs);

const indexDir = join(tempDir(), "embeddings");

function run(script: string, args: string[], input = "", env: Record<string, string> = {}): Promise<CliRun> {
  const base = { PATH: process.env.PATH, HOME: process.env.HOME, INDEX_DIR: indexDir, MODELS_DIR, DATA_DIR: join(tempDir(), "data"), LOG_LEVEL: "warn" };
  return runCli(script, args, { ...base, ...env }, input);
}

describe("npm run ingest", () => {
  it("builds the index and closes with articles, chunks, seconds and chunks per second", async () => {
    const { code, stdout } = await run("ingest", []);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^Indexed 10 articles, \d+ chunks \(10 added, 0 updated, 0 removed; \d+ chunks embedded\) in \d+\.\d\d s, \d+ chunks\/s\.\n$/);
    const again = await run("ingest", []);
    expect(again.stdout).toMatch(/^Indexed 10 articles, \d+ chunks \(index already current; 0 chunks embedded\)/);
  });
});

describe("npm run ask", () => {
  it("prints one answer with its sources", async () => {
    const { code, stdout } = await run("ask", ["Whom did Aliyev meet in Berlin?"]);
    expect(code).toBe(0);
    expect(stdout).toContain("Steinmeier");
    expect(stdout).toMatch(/\nSources:\n\[1\] TASS, 14 Mar 2023: Azerbaijani president sees good chance for reaching peace with Armenia\n/);
  });

  it("prints JSON with --json", async () => {
    const { stdout } = await run("ask", ["--json", "Who is the Dutch foreign minister?"]);
    const json = JSON.parse(stdout);
    expect(json).toMatchObject({ question: "Who is the Dutch foreign minister?", abstained: false });
    expect(json.answer.citations[0].quote).toContain("Hoekstra");
  });

  it("reads questions from standard input with -, one JSON object a line", async () => {
    const { stdout } = await run("ask", ["-"], "Who is the Dutch foreign minister?\n\nWhat is the price of Bitcoin today?\n");
    const lines = stdout.trim().split("\n").map((line) => JSON.parse(line));
    expect(lines.map((l) => [l.question, l.abstained])).toEqual([
      ["Who is the Dutch foreign minister?", false],
      ["What is the price of Bitcoin today?", true],
    ]);
  });

  it("rejects a malformed date filter with a clear message", async () => {
    const { code, stderr } = await run("ask", ["--after", "March 20", "Lachin"]);
    expect(code).toBe(1);
    expect(stderr).toBe('Error: --after must be a day as YYYY-MM-DD, got "March 20"\n');
  });
});

describe("npm run search", () => {
  it("lists the top passages with scores, filtered by outlet", async () => {
    const { code, stdout } = await run("search", ["--outlet", "Armenpress", "--limit", "3", "Lachin corridor"]);
    expect(code).toBe(0);
    const ranks = stdout.match(/^#\d+ {2}score \d\.\d{3} {2}Armenpress, /gm);
    expect(ranks).toHaveLength(3);
  });
});

describe("npm start without a Discord token", () => {
  it("answers each line of standard input like the bot, a line about the last answer's subject unnamed as a follow-up, and reads on for more", async () => {
    const { code, stdout } = await run("start", [], "what did she say\nWho is Kristina Kvien?\nwhat did she say\ntell me more\nWhat is the capital of Australia?\n");
    expect(code).toBe(0);
    expect(stdout).toMatch(/^Whom or what do you mean\?/);
    const kvien = "Kristina Kvien, the United States Ambassador to Armenia";
    const first = stdout.indexOf(kvien);
    const followUp = stdout.indexOf(kvien, first + 1);
    expect(first).toBeGreaterThan(0);
    expect(followUp).toBeGreaterThan(first);
    // "tell me more" reads on in the story quoted, past the sentence shown.
    const more = stdout.indexOf("Indeed, the Lachin corridor has been blocked since December 12");
    expect(more).toBeGreaterThan(followUp);
    expect(stdout.indexOf(kvien, more)).toBe(-1);
    expect(stdout.indexOf("I found nothing about Australia")).toBeGreaterThan(more);
    expect(stdout).toContain("I found nothing about Australia in the 10 articles I have.");
  });
});

describe("configuration", () => {
  it("names each bad variable and what is wrong", () => {
    expect(() => loadSettings({ ASK_COOLDOWN_SECONDS: "soon", DISCORD_API_BASE: "discord", DENSE_WEIGHT: "2", DISCORD_GUILD_ID: "abc" })).toThrow(
      /Invalid configuration:\n {2}DENSE_WEIGHT: must be a number from 0 to 1\n {2}DISCORD_GUILD_ID: must be a Discord id \(15 to 22 digits\)\n {2}DISCORD_API_BASE: must be an http:\/\/ or https:\/\/ URL\n {2}ASK_COOLDOWN_SECONDS: must be a whole number of 0 or more, got "soon"/,
    );
  });

  it("stops a command with exit code 2 and the message, never a stack trace", async () => {
    const { code, stderr, stdout } = await run("ask", ["anything"], "", { LOG_LEVEL: "loud" });
    expect(code).toBe(2);
    expect(stdout).toBe("");
    expect(stderr).toMatch(/^Invalid configuration:\n {2}LOG_LEVEL: /);
    expect(stderr).not.toMatch(/at .*\.ts:\d+/);
  });
});
