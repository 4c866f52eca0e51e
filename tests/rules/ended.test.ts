/** The ended rule on its own: a question it refuses, the reply the reader sees, and what the question gets with it switched off. */
import { describe, expect, it } from "vitest";
import { askerBeside, both } from "../helpers/answer-rules.js";

describe("ended", () => {
  it("refuses that something goes on for a question on when it ended, and takes its end", async () => {
    const { on, off } = await both("ended", "When was the Lachin corridor finally reopened?");
    expect(on.abstention).toEqual({ rule: "ended", detail: "the question asks when it ended and no quote says it did" });
    expect(off.kind).toBe("answer");
    const ask = await askerBeside("Zarvan dock strike ends", "1987-03-09", "ZARVAN, March 9 - The Zarvan dock strike ended on March 7 after workers accepted a 5 pct pay rise, the union said.");
    const ended = await ask("when did the zarvan dock strike end");
    expect(ended.refusedBy).toEqual([]);
    expect(ended.text).toContain("The Zarvan dock strike ended on March 7");
  });
});
