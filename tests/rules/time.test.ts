/** The time rule on its own: a question it refuses, the reply the reader sees, and what the question gets with it switched off. */
import { describe, expect, it } from "vitest";
import { answererWithout, askerBeside, askerOver, both, otherStory, wireStory } from "../helpers/answer-rules.js";

describe("time", () => {
  it("takes a part of the year that ends after the report as a time ahead", async () => {
    const ask = await askerBeside("Zarvo Bank to borrow early", "1987-03-09", "WASHINGTON, March 9 - The Zarvo Bank intends to bring its borrowing forward into the first half of 1987 because it expects interest rates to rise, its treasurer said.", otherStory);
    const answer = await ask("When will the Zarvo Bank do more of its borrowing?");
    expect(answer.refusedBy).toEqual([]);
    expect(answer.citations[0]!.quote).toContain("first half of 1987");
  });

  it("reads a date typed bare, as a search is, as a question for a date", async () => {
    const ask = await askerBeside("Zarvo court orders road reopened", "1987-03-09", "OSTGRAD, March 9 - Ostland's lawyers said the Zarvo high court's ruling on the Ostgrad road was legally binding and must be obeyed at once.\n\nThe Zarvo high court ordered the road reopened on February 22, the lawyers said.");
    const answer = await ask("zarvo high court ostgrad road ruling date pls");
    expect(answer.refusedBy).toEqual([]);
    expect(answer.citations[0]!.quote).toContain("on February 22");
  });

  it("takes a year for a security's due date, as the wire gives it", async () => {
    const ask = await askerBeside("Zarvo Corp sells notes", "1987-03-13", "NEW YORK, March 13 - Zarvo Corp said it sold 30 mln dlrs principal amount of its 9.25 pct senior notes due 1996 to certain institutional lenders.", otherStory);
    const answer = await ask("zarvo senior notes rate + due date");
    expect(answer.refusedBy).toEqual([]);
    expect(answer.citations[0]!.quote).toContain("9.25 pct senior notes due 1996");
  });

  it("reads a question after a clause of time as asking what it asks, not when", async () => {
    const ask = await askerBeside("Zarvo and Ostland hold consultations", "1987-03-09", "OSTGRAD, March 9 - Consultations between the foreign ministries of Zarvo and Ostland took place in Ostgrad.\n\nThe sides discussed the deployment of the Zarvo monitoring mission in Ostland.");
    const answer = await ask("When the Zarvo delegation met the Ostland ministry, what deployment did they discuss?");
    expect(answer.refusedBy).toEqual([]);
    expect(answer.citations[0]!.quote).toContain("Zarvo monitoring mission");
  });

  it("takes a month of last year for no time ahead", async () => {
    // "... as happened in September last year," Mammadov said of the EU mission; no report says when it ends.
    const { on, off } = await both("time", "when does the eu monitoring mission in armenia end");
    expect(on.abstention).toEqual({ rule: "time", detail: "the question asks when something will happen and the quotes give no time ahead" });
    expect(off.text).toContain("September last year");
  });

  it("refuses quotes that give no time for a question that asks when", async () => {
    const { on, off } = await both("time", "when exactly will pashinyan release the fifth column files, what date");
    expect(on.text).toBe("I found no date for that in the 11 articles I have.");
    expect(on.abstention?.rule).toBe("time");
    expect(off.kind).toBe("answer");
  });

  it("refuses times already past for a question on when something will happen", async () => {
    // With acting-body off too, which refuses it next: no quote names the parliament.
    const { on, off } = await both("time", "When will the Armenian parliament vote to ratify the Rome Statute?", ["acting-body"]);
    expect(on.text).toBe("I found no date for that in the 11 articles I have.");
    expect(on.abstention).toEqual({ rule: "time", detail: "the question asks when something will happen and the quotes give no time ahead" });
    expect(off.text).toContain("Last week");
    const ahead = await answererWithout().ask("When does the mandate of the Russian peacekeepers in Nagorno-Karabakh expire?");
    expect(ahead.text).toContain("2025");
  });

  it("asks a date of a question for one: not a month, a year or last week", async () => {
    const { on, off } = await both("time", "On what date did Armenia's parliament vote to ratify the Rome Statute?");
    expect(on.abstention).toEqual({ rule: "time", detail: "the question asks for a date and the quotes give none" });
    expect(off.text).toContain("Last week");
    expect((await answererWithout().ask("On what date did the Azerbaijani envoy meet the Karabakh Armenians?")).text).toContain("on March 5 Azerbaijan’s envoy met");
  });

  it("takes a later day of the article's month, or a time ahead without a date, for a time ahead", async () => {
    const ask = await askerOver({
      "auction.md": wireStory("Zarvo Bank to auction Vell shares", "1987-03-06", "STOCKHOLM, March 6 - Zarvo Bank said it would sell the Vell shares held as loan collateral.\n\nThe bank said the sale, by public auction on March 16, was because the debtor could not repay an overdue loan."),
      "loan.md": wireStory("Vell repays loan", "1987-03-02", "STOCKHOLM, March 2 - Vell AB said it repaid a loan to Zarvo Bank on February 27."),
      "plant.md": wireStory("Sarn plant", "1987-03-04", "DETROIT, March 4 - Sarn Motors said its new engine plant would open in the coming weeks, after a delay in 1986."),
    });
    const answer = await ask("When will Zarvo Bank auction the Vell shares?");
    expect(answer.refusedBy).toEqual([]);
    expect(answer.citations[0]!.quote).toContain("on March 16");
    // A time ahead said without a date answers too.
    const plant = await ask("When will Sarn Motors open its new engine plant?");
    expect(plant.refusedBy).toEqual([]);
    expect(plant.citations[0]!.quote).toContain("in the coming weeks");
  });

  it("takes the end of the report's year for a time ahead, in a story the wire filed twice", async () => {
    // Each filing holds the sentence that gives the time; it is read under one of them only, which need not be the best quote's.
    const rest = `\n\nThe exchange said, "The study will review major new trading techniques involving programmed portfolio hedging and index arbitrage."\n\nThe exchange said a final report is expected before the end of 1987. It said program trading is becoming increasingly important as a market factor.`;
    const ask = await askerOver({
      "first.md": wireStory("Zarvo Exchange reviews trading", "1987-03-17", `NEW YORK, March 17 - The Zarvo Exchange said it is undertaking a review of computer-driven trading techniques.${rest}\n\nProgram trading was blamed for sharp swings in stocks, and its report will cover program trading, traders said.`),
      "again.md": wireStory("Zarvo Exchange to review trading", "1987-03-17", `NEW YORK, March 17 - The Zarvo Exchange said it will review program trading and report on its effects.${rest}`),
      "other.md": otherStory,
    });
    const answer = await ask("when's the zarvo exchange program trading report due");
    expect(answer.refusedBy).toEqual([]);
    expect(answer.citations[0]!.quote).toBe("The exchange said a final report is expected before the end of 1987.");
  });

  it("takes a month named without its day for a time", async () => {
    const answer = await answererWithout().ask("when will zarvanian grain open its new mill");
    expect(answer.citations[0]!.quote).toBe("The company will open a fourth mill in June.");
  });

  it("takes a time of day for a time", async () => {
    const ask = await askerBeside("Zarvo Corp to make announcement", "1987-03-03", "NEW YORK, March 3 - Zarvo Corp said it will make an announcement this morning between 1000 EST and 1030 EST.\n\nA company spokesman said the company preferred not to comment until that time.");
    const answer = await ask("zarvo corp announcement what time");
    expect(answer.refusedBy).toEqual([]);
    expect(answer.citations[0]!.quote).toContain("between 1000 EST and 1030 EST");
  });

  it("refuses quotes that give no span of time for a question that asks how long", async () => {
    // The reports speak of the EU mission's deployment, not of how long it stays.
    const { on, off } = await both("time", "how long is the EU monitoring mission in armenia supposed to stay");
    expect(on.text).toBe("I found no length of time for that in the 11 articles I have.");
    expect(on.abstention).toEqual({ rule: "time", detail: "the question asks how long and the quotes give no span of time" });
    expect(off.kind).toBe("answer");
  });

  it("finds a span of time asked for in the lead's report whatever it scores, else in another report", async () => {
    const ask = answererWithout();
    const closed = await ask.ask("How long had the corridor been closed off at the time the Dutch minister wrote to parliament?");
    expect(closed.citations[0]!.quote).toContain("for more than 100 days");
    const war = await ask.ask("how long was the 2020 war, global comment says");
    expect(war.citations[0]!.quote).toContain("the 44-day war");
  });

  it("takes a length for what 'how long is' asks of a thing", async () => {
    const ask = await askerBeside("Zarvo Energy to buy Vell pipeline", "1987-03-05", "DALLAS, March 5 - Zarvo Energy Inc said it agreed to buy the Vell gas pipeline in southern Ostland, which has not been placed in service.\n\nThe pipeline runs 18 miles from the Vell gas field to Ostgrad, the company said.", otherStory);
    const answer = await ask("zarvo is buying a new gas pipeline, how long is it");
    expect(answer.refusedBy).toEqual([]);
    expect(answer.text).toContain("18 miles");
  });

  it("quotes the report's sentence that gives the time asked, though it shares few of the question's words, and one to come where the question asks so", async () => {
    // "The completion date is October 1988" shares no word with "finish"; the quotes gave no time and the question was refused.
    const ask = await askerOver({
      "build.md": wireStory("Zarvo Corp unit builds clinic addition", "1987-03-02", "FONTANA, Calif., March 2 - Zarvo Corp's construction unit said it has begun building a 23 mln dlr addition to the Ostland Medical Center.\n\nThe five-story addition will be used as an outpatient clinic, it said.\n\nThe completion date is October 1988, according to the company."),
      "survey.md": wireStory("Agency to survey live bird markets", "1987-03-06", "WASHINGTON, March 6 - Ostland farm agency officials are conducting a national survey of live-bird markets to check for signs of avian influenza, the agency said.\n\nIn 1983-84, an outbreak of avian influenza cost taxpayers 65 mln dlrs to control, it said.\n\nThe survey is expected to be completed by April 15."),
    });
    const finish = await ask("when's zarvo supposed to finish the ostland medical center addition");
    expect(finish.refusedBy).toEqual([]);
    expect(finish.citations[0]!.quote).toBe("The completion date is October 1988, according to the company.");
    // Asked when it is due, the time to come answers, not the outbreak of 1983.
    const survey = await ask("ostland live bird market survey - when's it supposed to be done");
    expect(survey.citations[0]!.quote).toBe("The survey is expected to be completed by April 15.");
  });
});
