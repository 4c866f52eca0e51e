/** The focus rule on its own: a question it refuses, the reply the reader sees, and what the question gets with it switched off. */
import { describe, expect, it } from "vitest";
import { answererWithout, askerBeside, askerOver, both, otherStory, wireStory } from "../helpers/answer-rules.js";

describe("focus", () => {
  it("leaves a company's result asked by its kind to the results table's words for it", async () => {
    const ask = await askerBeside("Zarvo Doors Inc Year Income Up", "1987-03-02", "TORONTO, March 2 - Shr 35 cts vs 25 cts\n\nNet 1,590,000 vs 1,140,000\n\nRevs 32.2 mln vs 23.0 mln\n\nYEAR\n\nShr 1.16 dlrs vs 68 cts\n\nNet 5,300,000 vs 3,100,000\n\nRevs 110.0 mln vs 85.4 mln");
    const answer = await ask("What was the door maker Zarvo Doors' annual income?");
    expect(answer.refusedBy).toEqual([]);
    expect(answer.text).toContain("Net 5,300,000 vs 3,100,000");
  });

  it("leaves a bond's coupon to the rate the wire gives in percent", async () => {
    const ask = await askerBeside("Zarvo Brands Inc Files With Sec", "1987-03-13", "NEW YORK, March 13 - Zarvo Brands Inc said it filed its financial statements in connection with its offering outside the U.S. of its 50 mln stg 9-1/2 pct notes due 1994.", otherStory);
    const answer = await ask("what's the coupon on the sterling notes zarvo brands is selling outside the us");
    expect(answer.refusedBy).toEqual([]);
    expect(answer.citations[0]!.quote).toContain("9-1/2 pct notes");
  });

  it("refuses the rate of another security for the coupon of one named by the year it falls due", async () => {
    const ask = await askerBeside("Zarvo Chemical <zch> To Sell Convertible Debt", "1987-03-12", "NEW YORK, March 12 - Zarvo Chemical Corp said it filed with the Securities and Exchange Commission a registration statement covering a 60 mln dlr issue of convertible subordinated debentures due 2012.\n\nProceeds will be used to redeem the company's outstanding 11-3/8 pct subordinated debentures due 1998, Zarvo Chemical said.", otherStory);
    const answer = await ask("whats the coupon on zarvo chemical's new convertible debentures due 2012");
    expect(answer.abstention).toEqual({ rule: "focus", detail: "no quote gives the coupon of the securities due 2012" });
    expect((await ask("whats the coupon on zarvo chemical's debentures due 1998")).citations[0]!.quote).toContain("11-3/8 pct subordinated debentures due 1998");
  });

  it("takes a body's adjective for the body that owns what is asked for", async () => {
    // The report names "the head of the European mission in Armenia, Markus Ritter", never the EU.
    const answer = await answererWithout().ask("who's the head of the eu mission in armenia");
    expect(answer.refusedBy).toEqual([]);
    expect(answer.citations[0]!.quote).toContain("Markus Ritter");
  });

  it("refuses quotes that never name what \"who is the ...\" asks for", async () => {
    const { on, off } = await both("focus", "who is the treasurer of zarvanian grain", ["holder"]);
    expect(on.text).toBe("I found nothing about that in the 11 articles I have.");
    expect(on.abstention).toEqual({ rule: "focus", detail: "no quote names the treasurer asked for" });
    expect(off.kind).toBe("answer");
  });

  it("finds the owner in the headline without its legal form", async () => {
    const ask = await askerBeside(
      "Zarvo-Medical In Initial Offering",
      "1987-03-09",
      "NEW YORK, March 9 - <Zarvo-Medical Corp> said it filed with the Securities and Exchange Commission for an initial public offering of 1,666,667 units at six dlrs per unit.\n\nIt said Vell Securities Co Inc is the underwriter.",
    );
    const answer = await ask("Who is the underwriter of Zarvo-Medical Corp's initial public offering?");
    expect(answer.refusedBy).toEqual([]);
    expect(answer.text).toContain("It said Vell Securities Co Inc is the underwriter.");
  });

  it("finds the owner in a headline that shortens its name by the word for a firm", async () => {
    const ask = await askerBeside(
      "Zarvo Convertible Securities <zcv> Sold Stock",
      "1987-03-09",
      "NEW YORK, March 9 - Zarvo Convertible Securities Fund Inc said it has sold 20 mln shares of its common stock to underwriters.\n\nThe shares were sold at ten dlrs per share in a public offering.\n\nThe offering produced net proceeds of 186 mln dlrs.",
    );
    const answer = await ask("what were the net proceeds of the zarvo convertible securities fund stock offering?");
    expect(answer.refusedBy).toEqual([]);
    expect(answer.text).toContain("net proceeds of 186 mln dlrs");
    // Not a shorter name that leaves out more: "Zarvo Convertible" alone is no fund of that name.
    expect((await ask("what were the net proceeds of the zarvo convertible bond fund stock offering?")).abstained).toBe(true);
  });

  it("takes any title for the head of a body", async () => {
    const ask = await askerOver({
      "budget.md": wireStory("Zarvan budget criticised", "1987-03-02", "NEW DELHI, March 2 - Ram Vellan, president of the opposition Sarn party, said the budget's failure to cut spending will push up prices."),
      "rates.md": wireStory("Zarvan rates steady", "1987-03-03", "NEW DELHI, March 3 - The central bank left its lending rates unchanged."),
    });
    const answer = await ask("Who is the head of the opposition party that said the budget would push prices up?");
    expect(answer.refusedBy).toEqual([]);
    expect(answer.text).toContain("Ram Vellan, president of the opposition Sarn party");
  });

  it("takes any office for the job or title asked of someone, and a stance for no thing named", async () => {
    // "Deputy Minister" is the job; no quote says "job", and the question was refused.
    for (const question of ["What is the job of the Czech diplomat who came to Yerevan for the consultations?", "what is the job title of the czech official who led his country's side in the yerevan talks"]) {
      const answer = await answererWithout().ask(question);
      expect(answer.refusedBy, question).toEqual([]);
      expect(answer.text, question).toContain("the Czech delegation was headed by Jaroslav Kurfürst");
    }
    expect((await answererWithout().ask("what are the positions on the zangezur / nakhchivan corridor")).refusedBy).toEqual([]);
    // A title of a thing is its name, which no office gives.
    expect((await answererWithout().ask("what is the title of pashinyan's book on the fifth column")).refusedBy).toContain("focus");
  });

  it("takes the prospects or chances of something for no thing named: the reports say them in their own words", async () => {
    // "There is every chance of achieving peace ...": no quote says "prospects", and the question was refused.
    const answer = await answererWithout().ask("What are the prospects for an Armenia-Azerbaijan peace treaty?");
    expect(answer.refusedBy).toEqual([]);
    expect(answer.text).toContain("peace treaty");
  });

  it("refuses a quote that names it but not what it belongs to", async () => {
    // "... the first invitation to the capital of Azerbaijan": no capital of France.
    // With general-knowledge and unknown-names off, which decline the question first (no article names France).
    const question = "what is the capital of france";
    const [on, off] = [await answererWithout("general-knowledge", "unknown-names").ask(question), await answererWithout("general-knowledge", "unknown-names", "focus").ask(question)];
    expect(on.abstention?.rule).toBe("focus");
    expect(off.text).toContain("capital of Azerbaijan");
  });

  it("takes the owner named by the quote's headline, and no office below the one asked for", async () => {
    const ask = await askerOver({
      "offering.md": wireStory(
        "Zarvo Industries <zrv> Files Debenture Offering",
        "1987-03-04",
        "CLEVELAND, March 4 - Zarvo Industries Inc said it filed for a 25 mln dlr issue of convertible subordinated debentures due 2007.\n\nThe company named Vell Securities Inc as sole underwriter of the offering.",
      ),
      "airline.md": wireStory("Ostland Air to expand fleet", "1987-03-05", "BANGKOK, March 5 - Executive vice president Lars Sarn of Ostland Air said the airline will expand its fleet to 58 aircraft by 1995."),
    });
    expect((await ask("Who is the sole underwriter of Zarvo Industries' debenture issue?")).text).toContain("Vell Securities Inc as sole underwriter");
    const president = "Who is the president of Ostland Air?";
    expect((await ask(president)).abstention?.rule).toBe("focus");
    expect((await ask(president, ["focus"])).text).toContain("Executive vice president Lars Sarn");
    expect((await ask("Who is the vice president of Ostland Air?")).text).toContain("Executive vice president Lars Sarn");
  });

  it("takes a place named with what is asked for from the report's dateline", async () => {
    const ask = await askerOver({
      "unit.md": wireStory(
        "Zarvo Corp <zrv> Forms Textile Unit",
        "1987-03-03",
        "SEATTLE, March 3 - Zarvo Corp said it has formed a new subsidiary, Vell Textiles, to handle the distribution of upholstery fabrics and leathers.\n\nIts Zarvo Supplies unit will continue to distribute construction fabrics.",
      ),
      "mill.md": wireStory("Ostland Paper to expand mill", "1987-03-04", "PORTLAND, March 4 - Ostland Paper said it will expand its pulp mill."),
    });
    const answer = await ask("What is the name of the new Seattle subsidiary set up to distribute upholstery fabrics?");
    expect(answer.refusedBy).toEqual([]);
    expect(answer.citations[0]!.quote).toContain("a new subsidiary, Vell Textiles");
    expect((await ask("What is the name of the new Portland subsidiary set up to distribute upholstery fabrics?")).abstention?.rule).toBe("focus");
  });

  it("takes people for no kind of person", async () => {
    const answer = await answererWithout().ask("who were the people who pitched camp and halted traffic on the only road linking armenia with karabakh");
    expect(answer.refusedBy).toEqual([]);
    expect(answer.text).toContain("environmental activists");
  });

  it("asks for no thing where the question ends on its preposition", async () => {
    const ask = await askerOver({
      "notes.md": wireStory("Zarvo Hotel cuts coupon on Swiss franc notes", "1987-03-04", "ZURICH, March 4 - The coupon on Zarvo Hotel Ltd's 50 mln Swiss franc issue of five-year notes has been cut to 1-5/8 pct from the indicated 1-7/8 pct, lead manager Vell Bank said."),
      "other.md": otherStory,
    });
    const answer = await ask("what was the interest rate on the zarvo hotel's swiss franc notes lowered to");
    expect(answer.refusedBy).toEqual([]);
    expect(answer.text).toContain("cut to 1-5/8 pct");
    // A clause of the phrase may end on it: still a question for the minister.
    expect((await answererWithout().ask("whats the name of the azeri foreign minister hoekstra talked to")).abstention?.rule).toBe("holder");
  });

  it("refuses, for its name, a quote that names it by none the question does not give", async () => {
    const ask = await askerOver({
      "order.md": wireStory("Zarvo Research gets order", "1987-03-04", "NEWTON, Mass., March 4 - Zarvo Research Corp said an unidentified marketing company agreed to sell its shock protection products and placed an initial order for about six mln dlrs."),
      "sale.md": wireStory("Ostland Tools sells unit", "1987-03-05", "DAYTON, Ohio, March 5 - Ostland Tools Inc said it sold its cutting blades unit to Vell Marketing Co, a marketing company based in Chicago, for 12 mln dlrs."),
      "other.md": otherStory,
    });
    const unnamed = "what's the name of the marketing company that ordered zarvo research's shock protection products";
    expect((await ask(unnamed)).abstention?.rule).toBe("focus");
    expect((await ask(unnamed, ["focus"])).citations[0]!.quote).toContain("an unidentified marketing company");
    // Named, by one the question does not give: "Vell Marketing Co".
    const named = await ask("what is the name of the marketing company that bought ostland tools' blades unit");
    expect(named.refusedBy).toEqual([]);
    expect(named.citations[0]!.quote).toContain("Vell Marketing Co");
  });

  it("lets through quotes that name it", async () => {
    const answer = await answererWithout().ask("Who is the United States Ambassador to Armenia?");
    expect(answer.citations[0]!.quote).toContain("Kristina Kvien");
  });
});
