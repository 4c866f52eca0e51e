/**
 * The rules as a list: each says what it guards against, has an id of its own and a test file
 * of its own (tests/rules/ID.test.ts), and a rule named that does not exist is told apart.
 */
import { existsSync } from "node:fs";
import { join } from "node:path";
import { expect, it } from "vitest";
import { ANSWER_RULES } from "../src/answer/rules/index.js";
import { answererWithout } from "./helpers/answer-rules.js";

it("every rule says what it guards against, and the rules have distinct ids and a test file each", () => {
  expect(new Set(ANSWER_RULES.map((rule) => rule.id)).size).toBe(ANSWER_RULES.length);
  for (const rule of ANSWER_RULES) {
    expect(rule.guards.length, rule.id).toBeGreaterThan(30);
    expect(existsSync(join("tests", "rules", `${rule.id}.test.ts`)), rule.id).toBe(true);
  }
});

it("names the rules there are when asked to switch off one that is not", async () => {
  await expect(answererWithout("no-such-rule").ask("who is aliyev")).rejects.toThrow(/No answer rule named no-such-rule; the rules are task-request, coverage, /);
});
