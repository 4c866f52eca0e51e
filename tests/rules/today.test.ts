/** The today rule on its own: a question it refuses, the reply the reader sees, and what the question gets with it switched off. */
import { describe, expect, it } from "vitest";
import { bundledAnswerer } from "../helpers/answer-rules.js";

describe("today", () => {
  const askOn = (day: string, question: string, without: string[] = []) => bundledAnswerer({ without, now: () => new Date(day) }).ask(question);

  it("declines a question about today when the newest report found is days old, and says how old", async () => {
    const question = "did azerbaijan open the lachin corridor today";
    const late = await askOn("2023-04-20", question);
    expect(late.abstention?.rule).toBe("today");
    expect(late.text).toBe("I have nothing that recent on that: the newest report I found is of 25 Mar 2023, of the 11 articles I have.");
    expect((await askOn("2023-04-20", question, ["today"])).kind).not.toBe("not_found");
    // The weekend ahead is as far from old reports.
    expect((await askOn("2023-04-20", "will the lachin corridor reopen this weekend")).abstention?.rule).toBe("today");
  });

  it("answers it from reports of that day or the day before", async () => {
    expect((await askOn("2023-03-28T09:00", "what did armenia and the czech republic discuss yesterday")).refusedBy).not.toContain("today");
  });
});
