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

  it("reads the one replaced as the words after the verb, typed in lower case or with an initial, not the company after them", async () => {
    // "shorey" typed in lower case left "Loadmaster" as the first name, and "John W. Dixon" read as "John": both refused.
    const ask = await askerOver({
      "zarnmaster.md": wireStory("Zarnmaster Systems names new president", "1987-03-13", "TUCSON, Ariz., March 13 - Zarnmaster Systems Inc said Pim A Oster has been appointed president of the company.\n\nThe company said he succeeds David L. Vorley, who accepted a post at another company."),
      "kessel.md": wireStory("Ostwin Systems chairman to retire", "1987-03-12", "DALLAS, March 12 - Ostwin Systems Inc said John W. Kessel will retire April 21 as chairman and chief executive officer.\n\nThe company said president Ana R. Tull will succeed Kessel as chairman and chief executive."),
    });
    expect((await ask("who replaced vorley at zarnmaster")).text).toContain("he succeeds David L. Vorley");
    expect((await ask("Who will succeed John W. Kessel as chairman and chief executive of Ostwin Systems?")).text).toContain("Ana R. Tull will succeed Kessel");
  });

  it("reads 'over' as taking a place only in 'took over from', not in 'announced over the weekend'", async () => {
    const ask = await askerOver({
      "vell.md": wireStory("Zarvo Motors finance chief resigns", "1987-03-16", "WOLFSBURG, March 16 - Zarvo Motors announced over the weekend that Rolf Oster, financial member of the management board, had resigned.\n\nOster's resignation followed the dismissal of foreign exchange chief Burkhard Vanger."),
      "kessel.md": wireStory("Ostwin Bank names chairman", "1987-03-12", "DALLAS, March 12 - Ostwin Bank said Ana Tull took over from Ivo Kessel as chairman on Monday."),
    });
    const resigned = await ask("Who replaced Rolf Oster as Zarvo Motors' finance chief?");
    expect(resigned.abstention?.rule).toBe("successor");
    expect(resigned.citations).toEqual([]);
    expect((await ask("who replaced ivo kessel at ostwin bank")).text).toContain("Ana Tull took over from Ivo Kessel");
  });
});
