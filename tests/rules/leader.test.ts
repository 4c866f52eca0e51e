/** The leader rule on its own: a question it refuses, the reply the reader sees, and what the question gets with it switched off. */
import { describe, expect, it } from "vitest";
import { answererWithout, askerOver, both, wireStory } from "../helpers/answer-rules.js";

describe("leader", () => {
  it("refuses the head of a delegation for talks with the side asked about, and takes that side's own", async () => {
    const ask = await askerOver({
      "talks.md": wireStory(
        "Ostland names negotiator for Sarn talks",
        "1987-03-05",
        "OSLO, March 5 - On the part of Ostland, deputy Lars Vell was appointed the head of the delegation for negotiations with the Sarn rebels.\n\nThe Zarvan delegation to the talks was headed by Ivo Brand.",
      ),
    });
    const question = "Who leads the Sarn rebel delegation in the talks with Ostland?";
    expect((await ask(question)).abstention).toEqual({ rule: "leader", detail: "no quote names someone leading the delegation asked about" });
    expect((await ask(question, ["leader"])).text).toContain("Lars Vell");
    expect((await ask("who headed the zarvan delegation")).text).toContain("headed by Ivo Brand");
  });

  it("asks who commands troops as who leads them, and takes a commander named beside them", async () => {
    // No article names the commander of the Russian peacekeepers.
    const { on, off } = await both("leader", "who commands the russian peacekeepers in karabakh");
    expect(on.abstention).toEqual({ rule: "leader", detail: "no quote names someone leading the delegation asked about" });
    expect(off.kind).toBe("answer");
    const ask = await askerOver({
      "front.md": wireStory("Ostland repels Sarn attack", "1987-03-05", "OSLO, March 5 - Ostland troops commanded by General Lars Vell repelled a Sarn attack near the border, the army said."),
    });
    expect((await ask("who commands the ostland troops")).text).toContain("commanded by General Lars Vell");
  });

  it("asks who represented a side, or whom it sent, as who leads its delegation", async () => {
    // The articles name who headed Baku's delegation for talks with the Karabakh Armenians, never theirs.
    const { on, off } = await both("leader", "who represented the karabakh armenians at the khojaly meeting on march 1");
    expect(on.abstention).toEqual({ rule: "leader", detail: "no quote names someone leading the delegation asked about" });
    expect(off.kind).toBe("answer");
    expect((await answererWithout().ask("who did the karabakh armenians send to the khojaly talks")).abstention?.rule).toBe("leader");
    const baku = await answererWithout().ask("who represented azerbaijan at the khojaly talks");
    expect(baku.refusedBy).toEqual([]);
    expect(baku.citations[0]!.quote).toContain("Ramin Mammadov was appointed the head of the delegation");
  });

  it("takes the side chat names by a short form of its country", async () => {
    const answer = await answererWithout().ask("who led the arm side in the czech consultations");
    expect(answer.refusedBy).toEqual([]);
    expect(answer.citations[0]!.quote).toContain("The Armenian delegation was headed by Paruyr Hovhannisyan");
  });

  it("refuses a sentence that names someone of that side but says no one leads it", async () => {
    // Pashinyan speaks of Karabakh; no article names who leads the Karabakh Armenians in the talks.
    const { on, off } = await both("leader", "who leads the karabakh armenian side in the talks with baku");
    expect(on.abstention).toEqual({ rule: "leader", detail: "no quote names someone leading the delegation asked about" });
    expect(off.kind).toBe("answer");
  });
});
