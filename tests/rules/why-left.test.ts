/** The why-left rule on its own: a question it refuses, the reply the reader sees, and what the question gets with it switched off. */
import { describe, expect, it } from "vitest";
import { askerOver, otherStory, wireStory } from "../helpers/answer-rules.js";

describe("why-left", () => {
  const files = {
    "bottling.md": wireStory(
      "Zarvo Bottling names president",
      "1987-03-04",
      "CHARLOTTE, N.C., March 4 - Zarvo Bottling Co said James Moore Jr will assume the position of president and chief executive officer, replacing Marvin Ostali, who resigned effective today.\n\nThe company said Moore previously served as president of Vell Soft Drink Co.",
    ),
    "systems.md": wireStory(
      "Zarvo Systems director resigns",
      "1987-03-05",
      "TUSTIN, Calif., March 5 - Zarvo Systems Corp said cofounder Fred Vell has resigned as a voting director and become an advisory director.\n\nIt said he left the board to avoid a conflict of interests but remains a major Zarvo Systems shareholder.",
    ),
    "notes.md": wireStory(
      "Orion Zarvo leaves FRN market",
      "1987-03-17",
      "LONDON, March 17 - Orion Zarvo Bank has decided to withdraw from making markets in floating rate notes, an official of Orion said.\n\nThe official said Orion had operated profitably in the market from 1984. However, the decline in the market made it appear that they could no longer justify the overhead.",
    ),
    "rates.md": otherStory,
  };

  it("refuses a resignation reported without a reason for a question that asks why", async () => {
    const ask = await askerOver(files);
    const on = await ask("why did marvin ostali resign from zarvo bottling");
    expect(on.abstention).toEqual({ rule: "why-left", detail: "the question asks why someone left or a business closed and the quotes give no reason" });
    expect(on.text).toBe("I found no reason given for that in the 4 articles I have.");
    const off = await ask("why did marvin ostali resign from zarvo bottling", ["why-left"]);
    expect(off.citations[0]!.quote).toContain("who resigned effective today");
  });

  it("answers where a quote gives the reason, or the question asks no why", async () => {
    const ask = await askerOver(files);
    const why = await ask("why'd fred vell quit as a voting director at zarvo systems");
    expect(why.refusedBy).toEqual([]);
    expect(why.text).toContain("to avoid a conflict of interests");
    // A reason given as what can no longer be justified or afforded.
    const quitting = await ask("why is orion zarvo quitting floating rate notes");
    expect(quitting.refusedBy).toEqual([]);
    expect(quitting.text).toContain("could no longer justify the overhead");
    const who = await ask("who replaced marvin ostali at zarvo bottling");
    expect(who.refusedBy).toEqual([]);
    expect(who.text).toContain("James Moore Jr");
  });
});
