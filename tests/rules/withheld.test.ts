/** The withheld rule on its own: a question it refuses, the reply the reader sees, and what the question gets with it switched off. */
import { describe, expect, it } from "vitest";
import { askWire, askerBeside, askerOver, otherStory, wireStory } from "../helpers/answer-rules.js";

describe("withheld", () => {
  it("answers how much where the report gives the sum and keeps back something else", async () => {
    const ask = await askerBeside("Zarvo Steel gets offer for mill", "1987-03-04", "CLAYMONT, Del., March 4 - Zarvo Steel Corp said a group of investors offered to buy its Clayton steel plate mill for eight mln dlrs.\n\nZarvo did not disclose the investors' plans for the mill.", otherStory);
    const offer = await ask("how much did the investors offer zarvo steel for the mill");
    expect(offer.refusedBy).toEqual([]);
    expect(offer.text).toContain("eight mln dlrs");
  });

  it("answers how much where the report keeps back only when, and refuses when", async () => {
    const ask = await askerBeside("Zarvia to ask OPEC to raise export quota", "1987-03-12", "CARACAS, March 12 - Zarvia will ask OPEC to raise its oil export quota by 100,000 barrels per day to 310,000 to compensate for lost output due to last week's earthquake, deputy energy minister Ivo Santal said.\n\nSantal, who arrived in Caracas last night, did not say when the Organisation of Petroleum Exporting Countries (OPEC) would be approached.", otherStory);
    const much = await ask("by how much will zarvia ask opec to raise its oil export quota");
    expect(much.refusedBy).toEqual([]);
    expect(much.text).toContain("100,000 barrels per day");
    expect((await ask("when will zarvia ask opec to raise its export quota")).abstention?.rule).toBe("withheld");
  });

  it("refuses what the article says was not disclosed, and says so", async () => {
    const which = await askWire("which west german bank is banca zarvana trying to buy");
    expect(which.abstention).toEqual({ rule: "withheld", detail: expect.stringContaining("declined to name the German institution") });
    expect(which.text).toBe("The article on this says that was not made public, and I found it in none of the 6 articles I have.");
    expect(which.closest.map((article) => article.title)).toContain("Banca Zarvana to buy West German bank");
    expect((await askWire("which west german bank is banca zarvana trying to buy", ["withheld"])).kind).toBe("answer");
    expect((await askWire("How much did Banca Zarvana pay for Credito Vell's Ostland unit?")).abstention?.rule).toBe("withheld");
  });

  it("answers which firm where the report keeps the name back but goes on to give it", async () => {
    const ask = await askerBeside("Zarvo Canada may buy securities dealer", "1987-03-24", "TORONTO, March 24 - Zarvo Canada Inc is considering acquiring another Canadian securities company, according to a published report.\n\nZarvo Canada did not disclose which investment dealers it was considering acquiring, but the Toronto Star quoted unidentified industry sources as saying talks have already been held with Vellmont Fry Ltd.", otherStory);
    const dealer = await ask("which dealer has zarvo canada been talkin to");
    expect(dealer.refusedBy).toEqual([]);
    expect(dealer.text).toContain("Vellmont Fry Ltd");
    // Kept back and not given: refused as before.
    const kept = await askerBeside("Zarvo Canada may buy securities dealer", "1987-03-24", "TORONTO, March 24 - Zarvo Canada Inc is considering acquiring another Canadian securities company, according to a published report.\n\nZarvo Canada did not disclose which investment dealers it was considering acquiring, but said talks were at an early stage.", otherStory);
    expect((await kept("which dealer has zarvo canada been talkin to")).abstention?.rule).toBe("withheld");
  });

  it("refuses who did something where the report's source was not available to say", async () => {
    const ask = await askerBeside("Zarvo Marine says stake purchase broke law", "1987-03-09", "NEW ORLEANS, March 9 - Zarvo Marine Inc said the purchase of a 5.4 pct block of its stock was an apparent violation of the laws of Ostland, its country of incorporation.\n\nThe company was not immediately available to say who had acquired the 5.4 pct block of stock.", otherStory);
    const who = await ask("who bought the 5.4 pct stake in zarvo marine");
    expect(who.abstention).toEqual({ rule: "withheld", detail: expect.stringContaining("not immediately available to say who had acquired") });
    expect(who.text).toBe("The article on this says that was not made public, and I found it in none of the 2 articles I have.");
  });

  it("refuses the terms of a deal the article says were not disclosed, whatever other sums it gives", async () => {
    const ask = await askerBeside("Zarvo says it made settlement offers to Vell", "1987-03-04", "HOUSTON, March 4 - Zarvo Oil Co said it has made several proposals to Vell Inc to settle a 9.13 billion dlr judgment.\n\nThe letter did not disclose terms of the settlement offers.", otherStory);
    expect((await ask("What were the terms of the settlement offers Zarvo made to Vell?")).abstention?.rule).toBe("withheld");
  });

  it("refuses a figure the article names as not available, whatever other figures it gives, and answers one it gives", async () => {
    const ask = await askerBeside("Zarvo Bank issues 250 mln mark eurobond", "1987-03-06", "FRANKFURT, March 6 - The Zarvo Bank is issuing a 250 mln mark five year straight eurobond with a 5-3/8 pct coupon priced at par, lead manager Vell Bank said.\n\nDetails of fees were not immediately available.", otherStory);
    const fees = await ask("what fees are being paid on the zarvo bank eurobond");
    expect(fees.abstention).toEqual({ rule: "withheld", detail: expect.stringContaining("Details of fees were not immediately available") });
    expect(fees.text).toBe("The article on this says that was not made public, and I found it in none of the 2 articles I have.");
    // counted, which runs next, refuses it too, without saying why: no quote names a fee beside a sum.
    expect((await ask("what fees are being paid on the zarvo bank eurobond", ["withheld"])).abstention?.rule).toBe("counted");
    expect((await ask("what fees are being paid on the zarvo bank eurobond", ["withheld", "counted"])).kind).toBe("answer");
    expect((await ask("what coupon does the zarvo bank eurobond pay")).text).toContain("5-3/8 pct coupon");
  });

  it("refuses a figure a results table notes as not given, and answers the year's", async () => {
    const ask = await askerBeside("Zarvo Corp <ZRV> Year Net", "1987-03-03", "LOS ANGELES, March 3 - Shr 57 cts vs 27 cts\n\nNet 1,002,000 vs 470,000\n\nSales 15.9 mln vs 12.0 mln\n\nNote: 4th qtr figures not given.", otherStory);
    expect((await ask("what was zarvo corp's fourth quarter profit")).abstention).toEqual({ rule: "withheld", detail: expect.stringContaining("4th qtr figures not given") });
    expect((await ask("what were zarvo corp's sales for the year")).text).toContain("15.9 mln");
  });

  it("refuses a why the article says it was not told, and answers one it gives", async () => {
    const ask = await askerOver({
      "resign.md": wireStory("Zarvo Gas president resigns", "1987-03-04", "HOUSTON, March 4 - Zarvo Gas Corp said Leo Brand has resigned as president and his duties will be taken over by chairman Nerio Ostali.\n\nNo reason was given."),
      "quit.md": wireStory("Sarn Mills chairman retires", "1987-03-05", "OSLO, March 5 - Sarn Mills said chairman Ivo Vell has retired because of ill health."),
    });
    const question = "why did leo brand resign from zarvo gas";
    expect((await ask(question)).abstention).toEqual({ rule: "withheld", detail: 'the article says no reason was given: "No reason was given"' });
    // why-left, which runs next, refuses it too: no quote gives a reason.
    expect((await ask(question, ["withheld", "why-left"])).text).toContain("Leo Brand has resigned as president");
    expect((await ask("why did ivo vell retire from sarn mills")).text).toContain("because of ill health");
  });

  it("answers the name of a thing the report names where it keeps back only who", async () => {
    const ask = await askerBeside(
      "Zarvo Bank close to deal on property sale",
      "1987-03-17",
      "OSTGRAD, March 17 - Zarvo Bank is close to a deal on the sale of a commercial building in Ostgrad's harbour district, a bank spokesman said.\n\nHe said the 21-storey Vellmar Plaza was likely to be sold for about 280 mln dlrs but declined to identify the buyer.",
    );
    const answer = await ask("What is the name of the harbour office tower that Zarvo Bank is about to sell?");
    expect(answer.refusedBy).toEqual([]);
    expect(answer.text).toContain("Vellmar Plaza");
    expect((await ask("who is buying zarvo bank's harbour building")).kind).toBe("not_found");
  });

  it("answers a question about the keeping back, and one the withheld words do not touch", async () => {
    expect((await askWire("did banca zarvana say which german bank it wants to buy, or did it decline to name it")).text).toContain("declined to name the German institution");
    expect((await askWire("Which unit of Credito Vell is Banca Zarvana buying?")).text).toContain("the Ostland unit of Credito Vell");
  });
});
