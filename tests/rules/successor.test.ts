/** The successor rule on its own: a question it refuses, the reply the reader sees, and what the question gets with it switched off. */
import { describe, expect, it } from "vitest";
import { askerOver, both, wireStory } from "../helpers/answer-rules.js";

describe("successor", () => {
  it("refuses a sentence where the one asked about replaces someone else, and answers who replaced them", async () => {
    const ask = await askerOver({
      "exchange.md": wireStory("Zarvo Exchange names president", "1987-03-02", "MONTREAL, March 2 - The Zarvo Exchange said it named Leo Brand, president of Sarn Bank, as its new president.\n\nBrand replaces Ivo Vell, who resigned in January."),
      "gas.md": wireStory("Ostland Gas chairman resigns", "1987-03-06", "DALLAS, March 6 - Ostland Gas said chairman Nerio Ostali resigned.\n\nThe company said Ostali will work closely with his designated successor, president Tomas Vell."),
    });
    const question = "who replaced leo brand at sarn bank";
    expect((await ask(question)).abstention).toEqual({ rule: "successor", detail: "no quote names who took the place of the one asked about" });
    expect((await ask(question, ["successor"])).text).toContain("Brand replaces Ivo Vell");
    expect((await ask("who replaced ivo vell at the zarvo exchange")).citations.map((c) => c.quote)).toContain("Brand replaces Ivo Vell, who resigned in January.");
    expect((await ask("whos replacing ostali as ostland gas chairman")).text).toContain("his designated successor, president Tomas Vell");
  });

  it("reads the one replaced as the name after the verb, not the post the question names after it", async () => {
    // Every name after the verb was taken for the one replaced, the EU and Armenia too.
    const { on, off } = await both("successor", "Who will replace Markus Ritter as head of the EU mission in Armenia?");
    expect(on.abstention?.rule).toBe("successor");
    expect(off.text).toContain("Markus Ritter");
  });
});
