/** The after-report rule on its own: a question it refuses, the reply the reader sees, and what the question gets with it switched off. */
import { describe, expect, it } from "vitest";
import { askerBeside, askerOver, wireStory } from "../helpers/answer-rules.js";

describe("after-report", () => {
  it("refuses a report's plans for a question on what happened on a day after it was written", async () => {
    const ask = await askerOver({
      "auction.md": wireStory("Zarvo Bank to auction Vell shares", "1987-03-06", "STOCKHOLM, March 6 - Zarvo Bank said it would sell the 4.2 mln Vell shares held as loan collateral by public auction on March 16, and that it planned to buy them back itself."),
      "loan.md": wireStory("Vell repays loan", "1987-03-02", "STOCKHOLM, March 2 - Vell AB said it repaid a loan to Zarvo Bank on February 27."),
      "profit.md": wireStory("Zarvo Bank profit rises", "1987-03-04", "STOCKHOLM, March 4 - Zarvo Bank reported a profit of 57 mln dlrs for the year ended December 31, up from 41 mln."),
    });
    const question = "Were the Vell shares sold at the March 16 auction?";
    const on = await ask(question);
    expect(on.text).toBe("I found what was expected, but not how it turned out, in the 3 articles I have.");
    expect(on.abstention).toEqual({ rule: "after-report", detail: "the report was written on 1987-03-06, before the day asked about" });
    expect((await ask(question, ["after-report"])).text).toContain("public auction on March 16");
    // What is to come on that day, the report may tell.
    expect((await ask("What will Zarvo Bank do at the March 16 auction?")).refusedBy).toEqual([]);
    // A day without its year is the nearest one: "the year ended December 31" ended before a report of March.
    const year = await ask("What profit did Zarvo Bank report for the year ended December 31?");
    expect(year.refusedBy).toEqual([]);
    expect(year.text).toContain("57 mln dlrs");
  });

  it("refuses a report's plans for a question on what happened in a month after it was written", async () => {
    const ask = await askerOver({
      "stimulus.md": wireStory("Zarvia urged to stimulate economy by April", "1987-03-16", "OSTGRAD, March 16 - Officials said they were giving Zarvia until April to show that an economic stimulus package of at least five trillion yen was in the offing."),
      "budget.md": wireStory("Zarvia adopts provisional budget", "1987-03-18", "OSTGRAD, March 18 - Zarvia's cabinet adopted a provisional budget of 8.8 billion dlrs for the first 50 days of the fiscal year."),
    });
    const question = "How big was the economic stimulus package Zarvia announced in April 1987?";
    const on = await ask(question);
    expect(on.text).toBe("I found what was expected, but not how it turned out, in the 2 articles I have.");
    expect(on.abstention?.detail).toMatch(/^the report was written on 1987-03-1\d, before the month asked about$/);
    expect((await ask(question, ["after-report"])).text).toContain("until April");
    // The month of the report itself it may tell.
    expect((await ask("What budget did Zarvia's cabinet adopt in March 1987?")).text).toContain("8.8 billion dlrs");
  });

  it("reads a day something was set for as no day it happened on, and a currency's rate as given in money", async () => {
    const ask = await askerBeside("Zarvanian Central Bank Dollar Rate Unchanged", "1987-03-05", "OSTGRAD, March 4 - Zarvania's Central Bank today set the dollar rate for commercial banks for March 6 at 1.373/87 dollars, unchanged from the previous rate.");
    const answer = await ask("What dollar rate did Zarvania's Central Bank set for commercial banks for March 6?");
    expect(answer.refusedBy).toEqual([]);
    expect(answer.citations[0]!.quote).toContain("at 1.373/87 dollars");
    // Asked what happened on a later day, the report still cannot say.
    expect((await ask("What dollar rate did Zarvania's Central Bank set on March 9?")).citations).toEqual([]);
  });
});
