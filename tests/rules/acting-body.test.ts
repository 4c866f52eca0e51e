/** The acting-body rule on its own: a question it refuses, the reply the reader sees, and what the question gets with it switched off. */
import { describe, expect, it } from "vitest";
import { answererWithout, askerOver, both, otherStory, wireStory } from "../helpers/answer-rules.js";

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

  it("takes a body named by what it is for one asked by what it does", async () => {
    const ask = await askerOver({
      "water.md": wireStory(
        "Zarvo Water unit land sale plan denied",
        "1987-03-16",
        "ZARVO CITY, March 16 - Zarvo Water Co said its proposal to use land sale proceeds to fund capital improvements was denied by the Vellia Department of Public Utility Control.\n\nZarvo said the state utility commission felt its request was premature.",
      ),
      "rates.md": otherStory,
    });
    const answer = await ask("why did vellia regulators turn down zarvo water's plan to use land sale money for upgrades");
    expect(answer.refusedBy).toEqual([]);
    expect(answer.text).toContain("felt its request was premature");
    // Nor is a court any regulator.
    const court = await askerOver({
      "water.md": wireStory("Zarvo Water unit land sale plan denied", "1987-03-16", "ZARVO CITY, March 16 - Zarvo Water Co said a Vellia court denied its proposal to use land sale proceeds to fund capital improvements.\n\nZarvo said the court felt its request was premature."),
      "rates.md": otherStory,
    });
    expect((await court("why did vellia regulators turn down zarvo water's plan to use land sale money for upgrades")).abstention?.rule).toBe("acting-body");
  });
});
