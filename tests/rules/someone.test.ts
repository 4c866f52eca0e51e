/** The someone rule on its own: a question it refuses, the reply the reader sees, and what the question gets with it switched off. */
import { describe, expect, it } from "vitest";
import { askerBeside, askerOver, both, wireStory } from "../helpers/answer-rules.js";

describe("someone", () => {
  it("refuses quotes that name no one for a question that asks who", async () => {
    const { on, off } = await both("someone", "Who exactly did Pashinyan name as members of the fifth column in the army?");
    expect(on.abstention).toEqual({ rule: "someone", detail: "the question asks who and the quotes name no one" });
    expect(off.kind).toBe("answer");
  });

  it("reads neither a body written out for the abbreviation asked nor a day of the week as someone", async () => {
    // The story names the exchange and the day of the sale, not the buyer.
    const ask = await askerBeside("Zarvan options exchange seat sells for record", "1987-03-03", "CHICAGO, March 3 - A membership seat on the Zarvan Board Options Exchange (ZBOE) sold for a record 342,000 dlrs Friday, the exchange said today.\n\nThe previous record price of 308,000 dlrs was set on February 17.");
    expect(await ask("who bought the record priced zboe seat")).toMatchObject({ kind: "not_found", abstention: { rule: "someone" } });
    expect((await ask("who bought the record priced zboe seat", ["someone", "buyer"])).text).toContain("sold for a record 342,000 dlrs Friday");
  });

  it("refuses quotes that name no company for a question that asks which company, and answers one that names it as one", async () => {
    // The Czech consultations' report names countries and officials, no company.
    const { on, off } = await both("someone", "Which Czech companies signed business deals during the Armenian-Czech consultations in Yerevan?");
    expect(on.abstention).toEqual({ rule: "someone", detail: "the question asks which company and the quotes name none" });
    expect(on.text).toBe("I found nothing about that in the 11 articles I have.");
    expect(off.kind).toBe("answer");
    const ask = await askerBeside("Ostland firm to build Zarvan plant", "1987-03-03", "ZARVAN, March 3 - Vellmark AG of Ostland will invest 40 mln dlrs in a plant in Zarvan, the Zarvan trade ministry said.");
    expect((await ask("which ostland company will invest in zarvan")).text).toContain("Vellmark AG of Ostland will invest");
    // A firm named without its legal form, under a headline that calls it one.
    const bids = await askerBeside("Two firms bid for Zarvan port work", "1987-03-05", "ZARVAN, March 5 - Kestrel Construction and Ostland Dredging are bidding for the foundation work contract at Zarvan port, port officials said.");
    expect((await bids("which companies are bidding for the foundation work contract at zarvan port")).text).toContain("Kestrel Construction and Ostland Dredging are bidding");
  });

  it("reads which officers as asking who", async () => {
    const { on, off } = await both("someone", "Which army officers did Pashinyan name as members of the fifth column?");
    expect(on.abstention?.rule).toBe("someone");
    expect(off.text).toContain("the fifth column operated in our army");
  });

  it("reads a results table's row as speaking of the company its headline names, for a question that asks which company", async () => {
    const ask = await askerOver({
      "dividend.md": wireStory("Zarvo Mining Corp <zrvm> Raises Qtly Dividend", "1987-03-02", "ZARVAN, Idaho, March 2 - Qtly div 12 cts vs ten cts prior\n\nPay April one\n\nRecord March 13"),
      "results.md": wireStory("Ostland Foods Inc <ostf> Year Net", "1987-03-02", "OSTGRAD, March 2 - Shr 40 won vs 35 won\n\nNet profit 6.91 billion won vs 6.10 billion"),
    });
    const firm = await ask("which idaho mining company raised its quarterly dividend");
    expect(firm.refusedBy).toEqual([]);
    expect(firm.citations[0]!.article.title).toBe("Zarvo Mining Corp <zrvm> Raises Qtly Dividend");
    // Not for one that asks who did something no table speaks of.
    expect((await ask("who won the super bowl in 1987")).kind).toBe("not_found");
  });
});
