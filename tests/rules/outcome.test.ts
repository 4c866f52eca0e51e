/** The outcome rule on its own: a question it refuses, the reply the reader sees, and what the question gets with it switched off. */
import { describe, expect, it } from "vitest";
import { answererWithout, askWire, askerOver, both, otherStory, wireStory } from "../helpers/answer-rules.js";

describe("outcome", () => {
  it("refuses what was expected for a question about how it turned out", async () => {
    const { on, off } = await both("outcome", "did zarvanian grain end up opening its fourth mill");
    expect(on.text).toBe("I found what was expected, but not how it turned out, in the 11 articles I have.");
    expect(on.abstention?.rule).toBe("outcome");
    expect(off.text).toContain("The company will open a fourth mill in June.");
  });

  it("lets through a quote that reports the outcome", async () => {
    expect((await answererWithout().ask("how much did zarvanian grain end up earning in the third quarter")).text).toContain("said it earned 5.2 mln dlrs in the third quarter");
    // Talks and offers are no prospect: "offered ... to continue negotiations ..., but the Armenians refused".
    expect((await answererWithout().ask("did the karabakh armenians end up going to baku for the second round")).text).toContain("the Armenians refused to go to Baku");
  });

  it("reads a question for a sentence as one about how a case turned out", async () => {
    expect((await askWire("what prison sentence did leo ostali receive")).abstention?.rule).toBe("outcome");
    expect((await askWire("what prison sentence did leo ostali receive", ["outcome"])).text).toContain("faces up to five years in prison");
  });

  it("reads how something turned out, asked so, as a question about its outcome; not what a plant turns out", async () => {
    const turned = await answererWithout().ask("how did zarvanian grain's plan to open a fourth mill in june turn out");
    expect(turned.abstention?.rule, turned.text).toBe("outcome");
    expect((await answererWithout("outcome").ask("how did zarvanian grain's plan to open a fourth mill in june turn out")).text).toContain("The company will open a fourth mill in June.");
    expect((await answererWithout().ask("how many mills does zarvanian grain turn out flour from")).abstention?.rule).not.toBe("outcome");
  });

  it("reads who won as a question about how it turned out", async () => {
    const canal = wireStory("Ostland Dredging wins canal contract", "1987-03-06", "OSTLAND, March 6 - Ostland Dredging won the contract to deepen the Ostland canal, beating three rivals, the canal authority said.");
    const ask = await askerOver({
      "bids.md": wireStory("Two firms bid for Zarvan port work", "1987-03-05", "ZARVAN, March 5 - Zarvo Construction and Ostland Dredging are bidding for the foundation work contract at Zarvan port, which is expected to be awarded in May, port officials said."),
      "won.md": canal,
    });
    expect((await ask("which company won the foundation work contract at zarvan port")).abstention?.rule).toBe("outcome");
    expect((await ask("which company won the foundation work contract at zarvan port", ["outcome"])).text).toContain("are bidding for the foundation work contract");
    // Asked with "who", of a bid still made.
    const tv = await askerOver({
      "tv.md": wireStory("Zarvo Bank joins ZTV bid", "1987-03-17", "PARIS, March 17 - Zarvo Bank has joined the group led by Ostland Press which is bidding for control of the state television station ZTV, replacing a bank which has withdrawn, Ostland Press said."),
      "won.md": canal,
    });
    expect((await tv("who won the bid for ztv in the end")).abstention?.rule).toBe("outcome");
    // A win reported is how it turned out, whatever hopes the sentence adds.
    const vote = await askerOver({
      "vote.md": wireStory("Alliance wins Zarvo by-election", "1987-02-27", "LONDON, Feb 27 - Britain's centrist Alliance won a surprise victory in a parliamentary by-election in the London borough of Zarvo, a result it hopes to repeat at the next general election."),
      "won.md": canal,
    });
    expect((await vote("who won the zarvo by-election")).text).toContain("won a surprise victory");
    expect((await ask("who won the contract to deepen the ostland canal")).text).toContain("Ostland Dredging won the contract");
  });

  it("takes a prospect's word capitalised in a name for the name: a sale reported is how it turned out", async () => {
    const ask = await askerOver({
      "sale.md": wireStory("Zarvo sells two units", "1987-03-13", "LOS ANGELES, March 13 - Zarvo Oil Co said it sold its Plan Cell Research unit to Vell SpA and its Zarvo Seed Co operations to Ostland Genetics of Hollister, Calif."),
      "other.md": otherStory,
    });
    const answer = await ask("who ended up buying zarvo seed co");
    expect(answer.refusedBy).toEqual([]);
    expect(answer.text).toContain("Ostland Genetics");
    // In lower case the word still speaks of what is to come.
    const planned = await askerOver({
      "plan.md": wireStory("Zarvo to sell seed unit", "1987-03-13", "LOS ANGELES, March 13 - Zarvo Oil Co said it plans to sell its Zarvo Seed Co operations to Ostland Genetics of Hollister, Calif."),
      "other.md": otherStory,
    });
    expect((await planned("who ended up buying zarvo seed co")).abstention?.rule).toBe("outcome");
  });

  it("reads what should be as a prospect", async () => {
    const ask = await askerOver({
      "debt.md": wireStory("Zarvania seeks lower rates", "1987-03-05", "ZARVAN, March 5 - Zarvania's efforts to pay its foreign debt should be met by a lower interest rate on its 50 billion dlr debt from its creditor banks, the finance minister said."),
    });
    const question = "what interest rate did zarvania finally agree with its creditor banks";
    // counted, which runs first, refuses it too: the sum is the debt's, no rate.
    expect((await ask(question, ["counted"])).abstention?.rule).toBe("outcome");
    expect((await ask(question, ["counted", "outcome"])).text).toContain("should be met by a lower interest rate");
  });

  it("reads a recommendation, a bid or a condition as a prospect", async () => {
    const ask = await askerOver({
      "syrup.md": wireStory("Staff backs Zarvan syrup futures", "1987-03-05", "WASHINGTON, March 5 - The staff of the Zarvan Futures Commission recommended that the agency approve the Ostland Grain Exchange's application to trade syrup futures contracts."),
      "port.md": wireStory("Zarvo joins Ostland on port bid", "1987-03-04", "ZARVAN, March 4 - Zarvo Construction said it has joined Ostland Dredging on a bid for a 40 mln dlr contract to build the Zarvan container port."),
      "fund.md": wireStory("Group confident on Ostland Fund bid", "1987-03-06", "NEW YORK, March 6 - The Sarn Capital group said it is confident financing can be arranged if the Ostland Fund's board recommends the group's acquisition proposal."),
    });
    for (const [question, quote] of [
      ["did the zarvan futures commission end up approving the syrup contract", "recommended that the agency approve"],
      ["did the ostland fund board accept sarn capital's offer in the end", "confident financing can be arranged"],
      ["did zarvo and ostland end up winning the container port contract", "on a bid for a 40 mln dlr contract"],
    ]) {
      expect((await ask(question!)).abstention?.rule).toBe("outcome");
      // With act off too, which refuses next what no quote says was done ("accept").
      expect((await ask(question!, ["outcome", "act"])).text).toContain(quote);
    }
  });

  it("reads did a body pass, approve or sign as a question about how it turned out", async () => {
    const ask = await askerOver({
      "vote.md": wireStory("Zarvan parliament to vote on port bill", "1987-03-05", "ZARVAN, March 5 - The Zarvan parliament is expected to vote next week on the port bill, which would lift the tariff on grain, officials said."),
      "passed.md": wireStory("Ostland assembly passes canal bill", "1987-03-06", "OSTLAND, March 6 - The Ostland assembly passed the canal bill, which will fund dredging through 1990, the speaker said."),
    });
    expect((await ask("did the zarvan parliament pass the port bill")).abstention?.rule).toBe("outcome");
    expect((await ask("did the zarvan parliament pass the port bill", ["outcome", "act"])).text).toContain("is expected to vote next week on the port bill");
    // What will follow from a decision reported as taken does not make it a prospect.
    expect((await ask("did the ostland assembly pass the canal bill")).text).toContain("The Ostland assembly passed the canal bill");
  });

  it("reads a question on what talks agreed as one about how they turned out", async () => {
    const question = "what did the zarvanian and ostland foreign ministers agree on at their talks in vienna";
    expect((await askWire(question)).abstention?.rule).toBe("outcome");
    expect((await askWire(question, ["outcome"])).text).toContain("will meet in Vienna next month");
  });

  it("refuses an act the question takes as done where the quotes speak of it only as to come", async () => {
    // "the possible signing of a peace agreement in Washington"; "Nikol Pashinyan promised to declassify information on this topic."
    const { on, off } = await both("outcome", "what was in the armenia azerbaijan peace treaty signed in washington");
    expect(on.text).toBe("I found what was expected, but not how it turned out, in the 11 articles I have.");
    expect(on.abstention).toEqual({ rule: "outcome", detail: 'the question takes it as done and the quotes speak of it only as to come ("sign")' });
    expect(off.kind).toBe("answer");
    expect((await answererWithout().ask("what did the declassified fifth column files show")).abstention?.rule).toBe("outcome");
    // Not where the question too speaks of it as to come, or of what was said of it.
    expect((await answererWithout().ask("does az even care where the peace deal gets signed")).kind).toBe("answer");
    expect((await answererWithout().ask("did pashinyan say hed declassify stuff abt the war")).kind).toBe("answer");
  });

  it("answers an act the question takes as done where a quote reports it done", async () => {
    const ask = await askerOver({
      "vote.md": wireStory("Zarvo holders to vote on sale", "1987-03-05", "NEW YORK, March 5 - Zarvo Inc said its shareholders are scheduled to approve the sale of its Vell unit to Ostland Corp at a meeting on Monday."),
      "rates.md": wireStory("Ostland cuts rates", "1987-03-10", "VIENNA, March 10 - Ostland's central bank cut its discount rate by half a point, it said."),
    });
    expect((await ask("when did zarvo shareholders approve the sale of vell to ostland")).abstention?.rule).toBe("outcome");
    const done = await askerOver({
      "vote.md": wireStory("Zarvo holders approve sale", "1987-03-10", "NEW YORK, March 10 - Zarvo Inc said its shareholders approved the sale of its Vell unit to Ostland Corp at a meeting on Monday."),
      "rates.md": wireStory("Ostland cuts rates", "1987-03-10", "VIENNA, March 10 - Ostland's central bank cut its discount rate by half a point, it said."),
    });
    const answer = await done("when did zarvo shareholders approve the sale of vell to ostland");
    expect(answer.refusedBy).toEqual([]);
    expect(answer.text).toContain("its shareholders approved the sale");
  });
});
