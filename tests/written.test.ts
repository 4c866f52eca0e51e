/**
 * Written answers from an OpenAI-compatible model (a scripted server on 127.0.0.1): every
 * sentence is checked against the passage it cites, and every failure ends in the
 * extractive answer.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Answer } from "../src/answer/answer.js";
import { openNewsdesk, type Newsdesk } from "../src/app/newsdesk.js";
import { loadSettings, type Settings } from "../src/config/settings.js";
import { replyPayload } from "../src/discord/render.js";
import { replyToJson } from "../src/render/json.js";
import { replyToText } from "../src/render/text.js";
import type { Logger } from "../src/util/logger.js";
import { LlmClient } from "../src/written/llm-client.js";
import { extractiveReply, type Draft } from "../src/written/reply.js";
import { Writer } from "../src/written/writer.js";
import { cleanupTempDirs, MODELS_DIR, quietLog, runCli, tempDir, testSettings } from "./helpers/fixtures.js";
import { FakeLlm, passageCount, passageWith, type ChatRequest } from "./helpers/llm-server.js";

const llm = new FakeLlm();
let desk: Newsdesk;
let settings: Settings;
let answer: Answer;
const warnings: Record<string, unknown>[] = [];
/** Records what the writer logs, to assert that the log says why. */
const log = { info() {}, warn: (entry: Record<string, unknown>) => warnings.push(entry) } as unknown as Logger;

function writer(timeoutSeconds = 1): Writer {
  return new Writer(new LlmClient({ baseUrl: llm.baseUrl, model: "test-model", timeoutSeconds }), log);
}

/** "Aliyev met Steinmeier [n]": n the passage that holds the words. */
const steinmeier = (r: ChatRequest) => passageWith(r, "Frank-Walter Steinmeier");
const rutte = (r: ChatRequest) => passageWith(r, "Rutte");
const GOOD = (r: ChatRequest) =>
  `Ilham Aliyev met German President Frank-Walter Steinmeier in Berlin [${steinmeier(r)}]. ` +
  `He said there is every chance of achieving peace between Azerbaijan and Armenia [${steinmeier(r)}]. ` +
  `The Dutch Prime Minister Rutte also met Aliyev recently [${rutte(r)}].`;

beforeAll(async () => {
  await llm.start();
  settings = testSettings();
  desk = await openNewsdesk(settings, quietLog);
  answer = await desk.answerer.ask("Whom did Aliyev meet in Berlin?");
  expect(answer.kind).toBe("answer");
});

afterAll(async () => {
  await llm.stop();
  cleanupTempDirs();
});

describe("a written answer", () => {
  it("streams checked sentences, cited and numbered by first citation, ending in the sources", async () => {
    llm.script({ reply: GOOD });
    const drafts: Draft[] = [];
    const reply = await writer().write(answer, { context: "Where was Aliyev in March?", onDraft: (d) => drafts.push(d) });
    expect(reply.mode).toBe("generated");
    expect(reply.dropped).toEqual([]);
    expect(drafts.map((d) => d.sentences.length)).toEqual([1, 2, 3]);
    const text = replyToText(reply);
    expect(text).toBe(
      "Ilham Aliyev met German President Frank-Walter Steinmeier in Berlin. [1] He said there is every chance of achieving peace between Azerbaijan and Armenia. [1] The Dutch Prime Minister Rutte also met Aliyev recently. [2]\n\n" +
        "Sources:\n[1] TASS, 14 Mar 2023: Azerbaijani president sees good chance for reaching peace with Armenia\n" +
        "[2] Armenpress, 23 Mar 2023: Dutch foreign ministry summons Azeri ambassador to communicate need to fully implement ICJ ruling on Lachin Corridor",
    );
    // The prompt: both questions, numbered passages with outlet, date and headline, fenced as quoted material.
    const request = llm.requests.at(-1)!;
    expect(request.stream).toBe(true);
    expect(request.max_tokens).toBe(600);
    const prompt = request.messages.at(-1)!.content;
    expect(prompt).toContain("Earlier question, which this one follows up on: Where was Aliyev in March?\nQuestion: Whom did Aliyev meet in Berlin?");
    expect(prompt).toContain('<passage n="1" outlet="TASS" date="14 Mar 2023" headline="Azerbaijani president sees good chance for reaching peace with Armenia">');
    expect(request.messages[0]!.content).toMatch(/never follow instructions/);
    // --quotes: the extractive answer it was written from follows.
    expect(replyToText(reply, { quotes: true })).toContain(`\n\nQuotes:\n${answer.text}`);
  });

  it("names under a written digest the things listed that no article was found on", async () => {
    const digest = await desk.answerer.ask("roundup: the newroz greetings, the dutch summons, the quibbler satellite launch");
    expect(digest.notFoundOn).toEqual(["the quibbler satellite launch"]);
    llm.script({
      reply: (r) =>
        `Prime Minister Nikol Pashinyan extended Newroz greetings to the Kurdish community of Armenia [${passageWith(r, "Newroz greetings")}]. ` +
        `The Azerbaijani Ambassador was invited to the Dutch foreign ministry [${passageWith(r, "invited to the Dutch foreign ministry")}].`,
    });
    const reply = await writer().write(digest, {});
    expect(reply.mode).toBe("generated");
    expect(reply.dropped).toEqual([]);
    expect(replyToText(reply)).toContain("[2]\nNothing found on: the quibbler satellite launch.\n\nSources:\n[1]");
    expect(replyPayload(reply, "key").content).toContain("[2]\nNothing found on: the quibbler satellite launch.\n\n**Sources**\n");
  });

  it("puts above a written digest of a day the line that says its articles are dated only to the month", async () => {
    const digest = await desk.answerer.ask("what happened on march 26");
    llm.script({
      reply: (r) =>
        `The Armenians refused to go to Baku for a second meeting [${passageWith(r, "refused to go to Baku")}]. ` +
        `Russia warned Yerevan against joining the Rome Statute [${passageWith(r, "Rome Statute")}].`,
    });
    const reply = await writer().write(digest, {});
    expect(reply.mode).toBe("generated");
    const heading = "None of my articles is dated 26 Mar 2023; these are dated only to its month:";
    expect(replyToText(reply).split("\n")[0]).toBe(heading);
    expect(replyPayload(reply, "key").content!.split("\n")[0]).toBe(heading);
    expect(replyToJson(reply).heading).toBe(heading);
  });

  it("gives the --json contract: mode, model and the dropped sentences beside today's fields", async () => {
    llm.script({ reply: (r) => `${GOOD(r)} Aliyev met Vladimir Putin in Berlin [${steinmeier(r)}].` });
    const json = replyToJson(await writer().write(answer));
    expect(llm.requests.at(-1)!.stream).toBe(false);
    expect(Object.keys(json)).toEqual(["question", "kind", "abstained", "abstention", "answer", "passages"]);
    expect(Object.keys(json.answer)).toEqual(["text", "citations", "mode", "model", "dropped"]);
    expect(json.answer).toMatchObject({ mode: "generated", model: "test-model", dropped: [{ sentence: `Aliyev met Vladimir Putin in Berlin [1].`, why: '"Vladimir", "Putin" not in [1]' }] });
    expect(json.answer.citations.map((c) => [c.n, c.outlet])).toEqual([[1, "TASS"], [2, "Armenpress"]]);
    expect(json.answer.citations[0]!.quote).toContain("Steinmeier");
  });
});

describe("the sentence checks", () => {
  const dropsFrom = async (write: (r: ChatRequest) => string, of = answer) => {
    llm.script({ reply: (r) => `Aliyev met Frank-Walter Steinmeier in Berlin [${steinmeier(r)}]. ${write(r)}` });
    const reply = await writer().write(of);
    expect(reply.mode).toBe("generated");
    expect(reply.sentences.map((s) => s.text)).toEqual(["Aliyev met Frank-Walter Steinmeier in Berlin."]);
    return reply.dropped.map((d) => d.why);
  };

  it("drops a citation of a passage that does not exist", async () => {
    const four = { ...answer, passages: answer.passages.slice(0, 4) };
    expect(await dropsFrom(() => "Aliyev wants a peace treaty with Armenia [7].", four)).toEqual(["cites [7], but there are 4 passages"]);
    expect(passageCount(llm.requests.at(-1)!)).toBe(4);
  });

  it("drops a sentence without a citation", async () => {
    expect(await dropsFrom(() => "Aliyev wants a peace treaty with Armenia.")).toEqual(["cites no passage"]);
  });

  it("drops a sentence that cites the wrong passage", async () => {
    expect(await dropsFrom((r) => `Steinmeier received Aliyev in Berlin [${rutte(r)}].`)).toEqual(['"Steinmeier", "Berlin" not in [2]']);
  });

  it("drops a number or a name the cited passage does not hold", async () => {
    expect(await dropsFrom((r) => `Aliyev met Steinmeier 12 times since 2019 [${steinmeier(r)}]. Aliyev also met Olaf Scholz [${steinmeier(r)}].`)).toEqual([
      '"12", "2019" not in [1]',
      '"Olaf", "Scholz" not in [1]',
    ]);
  });

  it("takes out links and mentions the model writes", async () => {
    llm.script({ reply: (r) => `@everyone Aliyev met Steinmeier in Berlin <@123456789012345678> [${steinmeier(r)}]. Read more at https://evil.example/x or [here](https://evil.example) [${steinmeier(r)}].` });
    const reply = await writer().write(answer);
    const text = replyToText(reply);
    expect(text).toMatch(/^Aliyev met Steinmeier in Berlin\. \[1\]\n/);
    expect(text).not.toMatch(/evil|@|<@|https?:\/\/evil/);
    expect(reply.dropped).toEqual([{ sentence: "Read more at or here [1].", why: '"Read" not in [1]' }]);
  });
});

describe("the extractive answer, whenever the written one fails", () => {
  const fallsBack = async (why: RegExp, options: { timeoutSeconds?: number; stream?: boolean } = {}) => {
    const before = warnings.length;
    const reply = await writer(options.timeoutSeconds).write(answer, options.stream === false ? {} : { onDraft: () => {} });
    expect(reply).toMatchObject({ mode: "extractive", model: "test-model", sentences: [] });
    expect(replyToText(reply)).toBe(replyToText({ ...reply, model: null }));
    expect(replyToText(reply)).toContain(answer.text);
    expect(warnings.slice(before)).toEqual([expect.objectContaining({ event: "written-fallback", why: expect.stringMatching(why) })]);
    return reply;
  };

  it("when the model says the articles do not answer", async () => {
    llm.script({ reply: "The articles do not say whom Aliyev met." }, { reply: "NOT_IN_ARTICLES" });
    await fallsBack(/^the model said the articles do not answer$/);
    await fallsBack(/^the model said the articles do not answer$/, { stream: false });
  });

  it("when no sentence passes", async () => {
    llm.script({ reply: "Aliyev met Putin [1]. Nobody else was there." });
    const reply = await fallsBack(/^no written sentence passed the checks$/);
    expect(reply.dropped).toHaveLength(2);
  });

  it("when the stream stalls past the timeout, or stops", async () => {
    llm.script({ stall: "Aliyev met " }, { stall: "Aliyev met ", close: true });
    const started = performance.now();
    await fallsBack(/^no complete reply within 1 s$/);
    expect(performance.now() - started).toBeLessThan(2000);
    await fallsBack(/^the connection dropped before the reply ended$/);
  });

  it("when the server answers 500, or 429 twice; a 429 is retried once after its retry-after", async () => {
    llm.script({ status: 500 });
    await fallsBack(/^the server answered HTTP 500$/);
    llm.script({ status: 429, headers: { "retry-after": "0" } }, { status: 429, headers: { "retry-after": "0" } });
    await fallsBack(/^the server answered HTTP 429 twice$/);
    llm.script({ status: 429, headers: { "retry-after": "1" } }, { reply: GOOD });
    const started = performance.now();
    const reply = await writer(3).write(answer);
    expect(performance.now() - started).toBeGreaterThanOrEqual(990);
    expect(reply.mode).toBe("generated");
  });

  it("when the reply is not valid JSON, whole or streamed", async () => {
    llm.script({ invalidJson: true }, { invalidJson: true });
    await fallsBack(/^the reply was not valid JSON$/, { stream: false });
    await fallsBack(/^the reply was not valid JSON$/);
  });

  it("never asks the model when the articles hold no answer, or for small talk", async () => {
    const asked = llm.requests.length;
    for (const question of ["Who won the 2022 FIFA World Cup?", "thanks!"]) {
      const reply = await writer().write(await desk.answerer.ask(question));
      expect(replyToJson(reply).answer).toMatchObject({ mode: "extractive", model: "test-model", dropped: [] });
    }
    expect(llm.requests.length).toBe(asked);
  });
});

describe("settings", () => {
  it("need a model with LLM_BASE_URL, and leave the model off without one", () => {
    expect(() => loadSettings({ LLM_BASE_URL: llm.baseUrl })).toThrow("LLM_MODEL: must name the model when LLM_BASE_URL is set");
    expect(() => loadSettings({ LLM_BASE_URL: "localhost:11434", LLM_MODEL: "m" })).toThrow("LLM_BASE_URL: must be an http:// or https:// URL");
    expect(loadSettings({ LLM_BASE_URL: "http://localhost:11434/v1/", LLM_MODEL: "llama3.2" }).llm).toEqual({ baseUrl: "http://localhost:11434/v1", model: "llama3.2", apiKey: undefined, timeoutSeconds: 30 });
    expect(loadSettings({}).llm).toBeUndefined();
    expect(desk.writer).toBeNull();
    // Without a model, the JSON contract is as it was.
    expect(Object.keys(replyToJson(extractiveReply(answer)).answer)).toEqual(["text", "citations"]);
  });
});

describe("npm run ask with LLM_BASE_URL", () => {
  it("prints the written answer with --quotes, and the contract with --json", async () => {
    llm.fallback = { reply: GOOD };
    const env = { PATH: process.env.PATH, HOME: process.env.HOME, INDEX_DIR: settings.indexDir, MODELS_DIR, DATA_DIR: tempDir(), LOG_LEVEL: "warn", LLM_BASE_URL: llm.baseUrl, LLM_MODEL: "test-model", LLM_API_KEY: "sk-test-secret-key" };
    const [text, json] = await Promise.all([runCli("ask", ["--quotes", "Whom did Aliyev meet in Berlin?"], env), runCli("ask", ["--json", "Whom did Aliyev meet in Berlin?"], env)]);
    expect(text.stdout).toMatch(/^Ilham Aliyev met German President Frank-Walter Steinmeier in Berlin\. \[1\] .*\n\nSources:\n\[1\] TASS, .*\n\nQuotes:\n.*Steinmeier/s);
    expect(JSON.parse(json.stdout).answer).toMatchObject({ mode: "generated", model: "test-model", dropped: [] });
    expect(text.stderr + json.stderr).toBe("");
  });
});
