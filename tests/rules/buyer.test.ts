/** The buyer rule on its own: a question it refuses, the reply the reader sees, and what the question gets with it switched off. */
import { describe, expect, it } from "vitest";
import { askerBeside, askerOver, wire, wireStory } from "../helpers/answer-rules.js";

describe("buyer", () => {
  it("refuses a sale that names no buyer for a question on who is buying", async () => {
    const ask = await askerBeside("Zarvo Display to sell cable unit", "1987-03-05", "NEW YORK, March 5 - Zarvo Display Corp said it has reached a tentative agreement to sell its existing cable television business for undisclosed terms and expects to report a gain on the transaction.");
    const on = await ask("who is buying zarvo display's cable tv business");
    expect(on.text).toBe("I found nothing about that in the 2 articles I have.");
    expect(on.abstention).toEqual({ rule: "buyer", detail: "no quote names who is buying" });
    expect((await ask("who is buying zarvo display's cable tv business", ["buyer"])).kind).toBe("answer");
    // Asked after the sale, as chat asks it.
    expect((await ask("who finally bought zarvo display's cable tv business")).abstention?.rule).toBe("buyer");
  });

  it("quotes the sentence of the article that names the buyer, by name or as the report describes it", async () => {
    const ask = await askerOver({
      "thrift.md": wireStory(
        "Ostland Federal holder to sell stake",
        "1987-03-06",
        "LOS ANGELES, March 6 - Ostland Federal Savings and Loan Association said it was told that an estate holding 38 pct of its stock plans to sell its stake at a premium over the current stock price.\n\nOstland said the estate of Leo Vell and certain parties have signed a letter of intent to sell the stock for 12.25 dlrs a share.\n\nThe thrift said the buyer is <Sarn Inc>, a corporation acting for certain unidentified parties.",
      ),
      "chemicals.md": wireStory("Zarvo Chemical to sell South African unit", "1987-03-04", "MIDLAND, Mich., March 4 - Zarvo Chemical Co said it has agreed in principle to sell its industrial chemicals business in South Africa to a group of South African investors for undisclosed terms."),
      "cars.md": wire["cars.md"],
    });
    const thrift = await ask("who is buying the estate's stake in ostland federal savings and loan");
    expect(thrift.refusedBy).toEqual([]);
    // Quoted first: the reader sees who is buying before what the estate plans.
    expect(thrift.citations[0]!.quote).toContain("The thrift said the buyer is <Sarn Inc>");
    const chemicals = await ask("who is buying zarvo chemical's south african business");
    expect(chemicals.refusedBy).toEqual([]);
    expect(chemicals.citations[0]!.quote).toContain("to a group of South African investors");
  });
});
