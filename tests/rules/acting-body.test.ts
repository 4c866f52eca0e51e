/** The acting-body rule on its own: a question it refuses, the reply the reader sees, and what the question gets with it switched off. */
import { describe, expect, it } from "vitest";
import { answererWithout, both } from "../helpers/answer-rules.js";

describe("acting-body", () => {
  it("refuses what others did for a question on what a body did, and takes a quote that names the body", async () => {
    // The Constitutional Court ruled the Rome Statute in line with the constitution; no parliament voted.
    const { on, off } = await both("acting-body", "When did Armenia's parliament vote to ratify the Rome Statute?");
    expect(on.abstention).toEqual({ rule: "acting-body", detail: "no quote names the parliament asked about" });
    expect(off.text).toContain("Constitutional Court");
    const ministry = await answererWithout().ask("When did the Russian defence ministry accuse Azerbaijan of violating the ceasefire?");
    expect(ministry.refusedBy).toEqual([]);
    expect(ministry.text).toContain("Russian defence ministry");
  });
});
