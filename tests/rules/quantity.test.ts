/** The quantity rule on its own: a question it refuses, the reply the reader sees, and what the question gets with it switched off. */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { askerBeside, askerOver, both, otherStory, wireStory } from "../helpers/answer-rules.js";

describe("quantity", () => {
  it("quotes first the figure asked: for \"how much\" a sum in money before a bare figure, and no number of a name", async () => {
    for (const [title, date, story, question, figure] of [
      [
        "Zarvo introduces colour laser printer",
        "1987-03-03",
        "PALO ALTO, Calif., March 3 - Zarvo Computer Co said its new laser printer, one of 12 models it now sells, prints in colour.\n\nThe printer sells for 2,495 dlrs, Zarvo said.",
        "how much is zarvo's new colour laser printer",
        "2,495 dlrs",
      ],
      [
        "Zarvo introduces three computers",
        "1987-03-04",
        "BOSTON, March 4 - Zarvo Computer Corp said it introduced new personal computers, the PowerMate 1, PowerMate 2 and BusinessMate, based on a chip made by Ostland Micro.\n\nThe PowerMate 1 and 2 are available immediately and sell for 1,995 dlrs and 2,595 dlrs, respectively, the company said.",
        "how much is the zarvo powermate 1",
        "1,995 dlrs",
      ],
      // A figure typed bare, by its kind last.
      [
        "Zarvo introduces new laser printer",
        "1987-03-03",
        "PALO ALTO, Calif., March 3 - Zarvo Computer Co said it introduced the Series II version of its laser printer, smaller and faster than the first.\n\nThe new printer costs 2,495 dlrs and will be available through dealers starting in April, Zarvo said.",
        "zarvo laser printer series ii price??",
        "2,495 dlrs",
      ],
    ] as const) {
      const answer = await (await askerBeside(title, date, story))(question);
      expect(answer.refusedBy, question).toEqual([]);
      expect(answer.citations[0]!.quote, question).toContain(figure);
    }
  });

  it("takes no figure set in another place than the one asked", async () => {
    const story = [
      "AKRON, Ohio, March 2 - Zarvo Rubber Co said it will phase out the production of aircraft tires, missile and marine products and molded rubber products in Akron, Ohio, by the end of 1987, laying off about 790 salaried, production, maintenance and support services employees.",
      "The company said layoffs will start within the next few weeks.",
      "Zarvo said it will continue to make chemicals and adhesives in Akron, employing about 356.  Another 5000 salaried employees in Akron work for Zarvo.",
      "Zarvo said it will continue to make aircraft tires at Norwood, N.C., and sonar domes at Jacksonville, Fla., and will relocate its molded rubber products business to a site not yet chosen.",
    ].join("\n\n");
    const ask = await askerOver({ "tires.md": wireStory("Zarvo Rubber to cut 790 jobs", "1987-03-05", story), "rates.md": wireStory("Ostland cuts rates", "1987-03-10", "VIENNA, March 10 - Ostland's central bank cut its discount rate by half a point, it said.") });
    // With the place rule off, which refuses it here first, as it did not for a report whose best quote was set in Norwood.
    const norwood = await ask("How many workers is Zarvo laying off at its aircraft tire plant in Norwood, N.C.?", ["place"]);
    expect(norwood.abstention?.rule).toBe("quantity");
    const akron = await ask("How many workers is Zarvo laying off at its aircraft tire plant in Akron?");
    expect(akron.refusedBy).toEqual([]);
    expect(akron.citations.map((citation) => citation.quote).join(" ")).toContain("laying off about 790 salaried");
  });

  it("refuses quotes that give no number for a question that asks for one", async () => {
    const { on, off } = await both("quantity", "How many peacekeepers does Russia have in Karabakh?", ["counted"]);
    expect(on.text).toBe("I found no figure for that in the 11 articles I have.");
    expect(on.abstention?.rule).toBe("quantity");
    expect(off.kind).toBe("answer");
    // As chat asks for a figure, with no verb: the articles never count the EU monitors.
    const bare = await both("quantity", "headcount of the eu civilian monitors deployed in armenia", ["counted"]);
    expect(bare.on.abstention?.rule).toBe("quantity");
    expect(bare.off.text).toContain("EU civilian monitoring mission");
    // Asked exactly, it is asked all the same; no article counts the Russian contingent.
    const exact = await both("quantity", "exact headcount of the russian peacekeeping contingent based in khojaly", ["counted"]);
    expect(exact.on.abstention?.rule).toBe("quantity");
    expect(exact.off.kind).toBe("answer");
    // Or with the headcount last, as a search is typed.
    const last = await both("quantity", "eu monitoring mission in armenia headcount??", ["counted"]);
    expect(last.on.abstention?.rule).toBe("quantity");
    expect(last.off.kind).toBe("answer");
  });

  it("takes a count given as a part of its whole", async () => {
    const { on } = await both("quantity", "kostanyan says armenia is friendly w how many arab states lol");
    expect(on.refusedBy).toEqual([]);
    expect(on.citations[0]!.quote).toContain("friendly relations with the vast majority of Arab states");
  });

  it("asks a market's level of \"where did it open\", not a place", async () => {
    const ask = await askerBeside(
      "Zarvo Pharmaceutical begins trading on NYSE",
      "1987-03-13",
      "NEW YORK, March 13 - Zarvo Pharmaceutical Services Inc said its common stock began trading today on the New York Stock Exchange.\n\nThe company's stock opened at 26-3/4 and closed at 26-1/8 on 21,900 shares traded.",
      otherStory,
    );
    const answer = await ask("zarvo pharma first day on nyse where did it open");
    expect(answer.refusedBy).toEqual([]);
    expect(answer.citations[0]!.quote).toContain("opened at 26-3/4");
  });

  it("asks the figure something was lowered or raised to", async () => {
    const ask = await askerBeside(
      "Zarvo lowers coffee export price",
      "1987-03-05",
      "VELLA, March 5 - Zarvo lowered its coffee export registration price as part of a major change in its marketing policy, exporters said.\n\nThe registration price was lowered to 1.10 dlr per lb from 1.35 dlrs, the coffee board said.",
      otherStory,
    );
    const answer = await ask("what did zarvo lower its coffee export registration price to");
    expect(answer.citations[0]!.quote).toContain("lowered to 1.10 dlr per lb");
  });

  it("asks an age of \"how old\", which no other figure gives", async () => {
    const { on, off } = await both("quantity", "how old is ramin mammadov");
    expect(on.abstention?.rule).toBe("quantity");
    expect(off.kind).toBe("answer");
    const ask = await askerBeside(
      "Zarvo Dismisses Head Of Currency Dept",
      "1987-03-12",
      "BONN, March 12 - Zarvo AG said it has dismissed the head of its foreign exchange department after losses of 480 mln marks.\n\nThe short Zarvo statement said Bruno Ostler, 39, who had already been suspended, was dismissed with immediate effect.",
      otherStory,
    );
    const answer = await ask("how old is bruno ostler");
    expect(answer.citations[0]!.quote).toContain("Bruno Ostler, 39,");
  });

  it("asks an earthquake's magnitude of \"how strong was the quake\", which a count of the dead does not give", async () => {
    const quake = (text: string) => wireStory("Earthquake Hits Ostland", "1987-03-06", text);
    const withMagnitude = await askerBeside("Earthquake Hits Ostland", "1987-03-06", "OSTVILLE, March 6 - An earthquake registering 6.1 on the open-ended Richter scale hit northern Ostland today, killing 12 people, officials said.\n\nRescue teams reached the town of Ostville by nightfall.", otherStory);
    expect((await withMagnitude("how strong was the ostland quake")).citations[0]!.quote).toContain("registering 6.1 on the open-ended Richter scale");
    const ask = await askerOver({ "quake.md": quake("OSTVILLE, March 6 - An earthquake hit northern Ostland today, killing 12 people and leaving 300 homeless, officials said.\n\nRescue teams reached the town of Ostville by nightfall."), "rates.md": otherStory });
    expect((await ask("what magnitude was the ostland earthquake")).abstention?.rule).toBe("quantity");
  });

  it("asks a tally of \"how did the judges vote\", which no other figure nor the order itself gives", async () => {
    const { on, off } = await both("quantity", "how did the icj judges vote on the february 22 lachin order");
    expect(on.abstention).toEqual({ rule: "quantity", detail: "the question asks for a figure of votes and the quotes state none" });
    expect(off.text).toContain("February 22");
    const ask = await askerBeside(
      "Zarvian parliament approves budget",
      "1987-03-12",
      "OSTGRAD, March 12 - Zarvia's parliament approved the 1987 budget after a three-day debate.\n\nThe budget was passed by 230 votes to 190, with 12 deputies abstaining.",
      otherStory,
    );
    const answer = await ask("what was the vote count on zarvia's budget");
    expect(answer.refusedBy).toEqual([]);
    expect(answer.citations[0]!.quote).toContain("230 votes to 190");
  });

  it("reads a percentage asked for with its sign", async () => {
    // The Blitz article reports the IRI poll's rating of the government as "rapidly collapsing", with no figure.
    const { on, off } = await both("quantity", "what % approval did pashinyan's govt get in that iri poll");
    expect(on.abstention?.rule).toBe("quantity");
    expect(off.citations[0]!.quote).toContain("International Republican Institute");
  });
});

describe("quantity", () => {
  it("asks an amount of \"how much\", which a count of things does not give", async () => {
    // The Iraq article counts ("the parliaments of the two countries", "the vast majority of Arab states") and gives no figure of trade.
    const iraq = "2023-03-16-armenpress-armenia-iraq-regional-security.md";
    const ask = await askerOver({ [iraq]: readFileSync(join("corpus", iraq), "utf8") });
    const question = "how much trade is there between armenia and iraq per year";
    // One article knows too few words for the rules that weigh the question's words.
    const others = ["strange-words", "coverage"];
    expect((await ask(question, others)).abstention).toEqual({ rule: "quantity", detail: "the question asks for an amount and the quotes state none" });
    expect((await ask(question, [...others, "quantity"])).text).toContain("the vast majority of Arab states");
  });

  it("takes a number in words before a currency or a unit of measure as an amount, and one before a span of time as none", async () => {
    const ask = await askerOver({
      "prices.md": wireStory("Zarvo raises polyethylene prices", "1987-03-04", "CALGARY, March 4 - Zarvo Chemicals Inc said it would raise prices for U.S. customers by five cts a pound on low-density polyethylene, effective April 1."),
      "flight.md": wireStory("Vell Air starts Atlanta-Tokyo flights", "1987-03-05", "ATLANTA, March 5 - Vell Air Lines Inc said it began service from Atlanta to Tokyo, flying five days a week."),
    });
    expect((await ask("by how much is zarvo chemicals hiking polyethylene prices for american buyers")).citations[0]!.quote).toContain("five cts a pound");
    expect((await ask("how much is a ticket on vell air's atlanta tokyo flight")).abstention?.rule).toBe("quantity");
  });

  it("takes the price of something else sold for no price of what the question names", async () => {
    const ask = await askerOver({
      "sale.md": wireStory(
        "Zarvo sells Vell Parts unit",
        "1987-03-05",
        "LOS ANGELES, March 5 - Zarvo Inc said it sold its Vell Parts Co division to a group of investors for a cash price of 12 mln dlrs.\n\nZarvo said the sale, coupled with its sale last month of Sarnmaster, was a step to improve its balance sheet.",
      ),
      "output.md": wireStory("Zarvania output rises", "1987-03-06", "OTTAWA, March 6 - Zarvania's industrial output rose in January, the statistics office said."),
    });
    const other = await ask("How much did Zarvo get for Sarnmaster?");
    expect(other.abstention?.rule).toBe("quantity");
    expect(other.text).toBe("I found no figure for that in the 2 articles I have.");
    expect((await ask("How much did Zarvo get for Vell Parts?")).text).toContain("for a cash price of 12 mln dlrs");
  });

  it("takes a time of day for no figure", async () => {
    const ask = await askerOver({
      "strike.md": wireStory(
        "Zarvo writers strike",
        "1987-03-04",
        "NEW YORK, March 4 - The Zarvo Writers Guild said its members struck the news staff of Vell Broadcasting this morning.\n\nThe guild said it agreed to meet Vell representatives at the offices of the Federal Mediation Service at 1000 EST Thursday.",
      ),
      "pay.md": wireStory("Sarn Guild wins raise", "1987-03-05", "NEW YORK, March 5 - The Sarn Guild said its members won a pay raise of 4 pct a year in a new contract, effective at 10 a.m. Friday."),
    });
    expect((await ask("what pay raise did the zarvo guild writers win when the strike was settled")).abstention?.rule).toBe("quantity");
    expect((await ask("what pay raise did the sarn guild win")).text).toContain("4 pct a year");
  });

  it("asks a population of a figure of the population, not of any number", async () => {
    const ask = await askerOver({
      "savers.md": wireStory("Zarvanians keep saving", "1987-03-04", "ZARVA, March 4 - Economists predict Zarvanians will not save less than the average 16 pct of salary they do now.\n\nZarvania has a rapidly ageing population."),
      "census.md": wireStory("Ostland census published", "1987-03-05", "OSTA, March 5 - Ostland has a population of about 3.3 million, the census office said."),
    });
    expect((await ask("what is the population of zarvania")).kind).toBe("not_found");
    expect((await ask("what is the population of ostland")).citations[0]!.quote).toContain("a population of about 3.3 million");
  });

  it("quotes the sentence of the lead's article that gives a figure, where the lead gives none", async () => {
    const ask = await askerOver({
      "surplus.md": "---\ntitle: U.S. urges Japan to cut its trade surplus\noutlet: Test Wire\ndate: 1987-03-02\n---\n\nTOKYO, March 2 - U.S. Undersecretary of State Allen Wallis urged Japan to do much more to reduce its large trade surplus with the United States.\n\nHe met officials of the foreign ministry and the finance ministry during a two-day visit.\n\nThe talks covered farm products, semiconductors and construction.\n\nWallis said the surplus, which hit a record 83 billion dlrs in 1986, was politically dangerous.\n",
    });
    const answer = await ask("How large was Japan's trade surplus, according to Allen Wallis?");
    expect(answer.abstention).toBeNull();
    expect(answer.citations[0]!.quote).toContain("83 billion dlrs");
  });

  it("reads how much time as a span of time, which a number in words gives", async () => {
    const ask = await askerBeside(
      "Zarvo Air to fly to Tokyo non-stop",
      "1987-03-16",
      "LONDON, March 16 - Zarvo Air said it will start a non-stop service from London to Tokyo in June.\n\nThe flight will cut across Siberia, shaving almost six hours off the previous flight path, Zarvo Air said.",
    );
    const answer = await ask("how much time will zarvo air save with the nonstop london-tokyo route over siberia");
    expect(answer.refusedBy).toEqual([]);
    expect(answer.citations[0]!.quote).toContain("shaving almost six hours");
  });

  it("reads 'one' that counts nothing ('a one-time loss', 'one of') as no figure", async () => {
    const ask = await askerBeside(
      "Zarvo Telecom to close mobile unit",
      "1987-03-13",
      "HAUPPAUGE, N.Y., March 13 - Zarvo Telecommunications Corp said it discontinued its mobile communication division, resulting in an undisclosed one time substantial loss for the fourth quarter.\n\nPresident Ivo Vell said the unit was one of the company's oldest.",
      // The wire's first report of it, which gives no figure either: its "one-time" made the loss seem given.
      wireStory("Zarvo Telecom to discontinue mobile unit", "1987-03-12", "HAUPPAUGE, N.Y., March 12 - Zarvo Telecommunications Corp, a maker of telephone systems, expects a one-time loss on closing its mobile division as it turns to its paging business."),
    );
    const question = "how large was the one-time loss zarvo telecommunications took on closing its mobile division";
    expect((await ask(question)).citations).toEqual([]);
    expect((await ask(question, ["quantity", "withheld"])).text).toContain("undisclosed one time substantial loss");
    const stated = await askerBeside("Zarvo Telecom to close mobile unit", "1987-03-13", "HAUPPAUGE, N.Y., March 13 - Zarvo Telecommunications Corp said closing its mobile communication division will result in a one-time loss of 2.5 mln dlrs.");
    expect((await stated(question)).citations[0]!.quote).toContain("2.5 mln dlrs");
  });

  it("takes no sum per share for a total asked, and takes a total beside one", async () => {
    const ask = await askerBeside("Zarvo cleared to buy Ostland Forest", "1987-03-16", "CHICAGO, March 16 - Ostland Forest Industries said it and Zarvo Container Corp have complied with all federal waiting period requirements for Zarvo's proposed 32.25 dlr per share cash acquisition of Ostland.");
    const question = "How much did Zarvo Container pay in total for Ostland Forest Industries?";
    const answer = await ask(question);
    expect(answer.abstention?.rule).toBe("quantity");
    expect(answer.text).toBe("I found no figure for that in the 2 articles I have.");
    // counted, for the price it asks, reads the figures alike.
    expect((await ask(question, ["quantity", "counted"])).text).toContain("32.25 dlr per share");
    expect((await ask("How much is Zarvo Container paying per share for Ostland Forest Industries?")).citations[0]!.quote).toContain("32.25 dlr per share");
    const total = await askerBeside("Zarvo to buy Ostland Forest", "1987-03-16", "CHICAGO, March 16 - Zarvo Container Corp agreed to buy Ostland Forest Industries for about 760 mln dlrs, or 32.25 dlrs per share.");
    expect((await total(question)).citations[0]!.quote).toContain("760 mln dlrs");
  });
});
