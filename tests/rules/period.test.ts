/** The period rule on its own: a question it refuses, the reply the reader sees, and what the question gets with it switched off. */
import { describe, expect, it } from "vitest";
import { answererWithout, askWire, askerBeside, askerOver, both, wire, wireStory } from "../helpers/answer-rules.js";

describe("period", () => {
  it("refuses another quarter than the one asked for", async () => {
    const { on, off } = await both("period", "How much did Zarvanian Grain Co earn in the fourth quarter of 2022?");
    expect(on.text).toBe("I found nothing about that in the fourth quarter of 2022 in the 11 articles I have.");
    expect(on.abstention?.rule).toBe("period");
    expect(off.text).toContain("in the third quarter");
  });

  it("refuses another month or quarter than one asked without its year, and answers the one the report gives", async () => {
    const ask = await askerOver({ "sales.md": wireStory("Zarvo Stores February sales rise", "1987-03-04", "FORT WORTH, March 4 - Zarvo Stores Corp said its February sales rose 12 pct to 187 mln dlrs."), "storm.md": wire["storm.md"] });
    const question = "what were zarvo stores' january sales";
    const on = await ask(question);
    expect(on.abstention).toEqual({ rule: "period", detail: "the best quote speaks of another month than the one asked about" });
    expect(on.text).toBe("I found nothing about that in January in the 2 articles I have.");
    expect((await ask(question, ["period"])).text).toContain("February sales rose 12 pct");
    expect((await ask("what were zarvo stores' february sales")).text).toContain("February sales rose 12 pct");
    // Its report is dated in March, but gives February's sales, not March's.
    expect((await ask("what were zarvo stores' march sales")).abstention?.rule).toBe("period");
    expect((await answererWithout().ask("How much did Zarvanian Grain Co earn in the q4?")).abstention?.rule).toBe("period");
  });

  it("refuses the month a report is dated in for a measure it gives of another month, asked by name", async () => {
    const ask = await askerOver({ "palm.md": wireStory("Ostland palm kernel output falls in February", "1987-03-18", "KUALA LUMPUR, March 18 - Ostland palm kernel output fell to an estimated 80,500 tonnes in February from a revised 83,231 in January, the licensing authority said."), "storm.md": wire["storm.md"] });
    const question = "what was ostland palm kernel output in march";
    expect((await ask(question)).abstention?.rule).toBe("period");
    expect((await ask(question, ["period"])).text).toContain("80,500 tonnes in February");
    expect((await ask("what was ostland palm kernel output in february")).text).toContain("80,500 tonnes in February");
  });

  it("refuses a quarter asked without its year where the report gives the year's result and another quarter's", async () => {
    const ask = await askerBeside(
      "Zarvo Stores 1986 profit rises",
      "1987-03-11",
      "NEW YORK, March 11 - Zarvo Stores' 1986 income rose to 214 mln dlrs or 3.25 dlrs per share compared with 1985's profit of 177 mln dlrs.\n\nFor the fourth quarter, the company reported profits rose 10 pct to 117 mln dlrs.",
    );
    const question = "What was Zarvo Stores' first-quarter net income?";
    const on = await ask(question);
    expect(on.abstention).toEqual({ rule: "period", detail: "the best quote speaks of another quarter than the one asked about" });
    expect(on.text).toBe("I found nothing about that in the first quarter in the 2 articles I have.");
    expect((await ask(question, ["period"])).text).toContain("214 mln dlrs");
    expect((await ask("What was Zarvo Stores' fourth-quarter net income?")).text).toContain("117 mln dlrs");
  });

  it("reads every report's quote for a period asked across reports, not the best one's alone", async () => {
    const answer = await answererWithout().ask("how did russia push back on both azerbaijan and armenia in late march 2023");
    expect(answer.refusedBy).not.toContain("period");
    expect(new Set(answer.citations.map((citation) => citation.article.id)).size).toBeGreaterThanOrEqual(2);
    expect(answer.citations.map((citation) => citation.quote).join(" ")).toContain("March 25");
  });

  it("takes an article dated in the month asked about as speaking of it", async () => {
    const answer = await answererWithout().ask("What did Pashinyan say publicly in March 2023?");
    expect(answer.kind).toBe("answer");
    expect(answer.refusedBy).toEqual([]);
  });

  it("does not take the article's month for a quote that names a time of its own", async () => {
    const question = "how many cars did zarvo motors sell in march 1987";
    const on = await askWire(question);
    expect(on.abstention?.rule).toBe("period");
    expect(on.text).toBe("I found nothing about that in March 1987 in the 6 articles I have.");
    expect((await askWire(question, ["period"])).text).toContain("so far in 1987");
  });

  it("takes a date set months ahead in a report of the month asked about as no time of its own", async () => {
    const ask = await askerOver({
      "split.md": wireStory("Zarvo Printing sets stock split", "1987-03-11", "NEW YORK, March 11 - Zarvo Printing Co Inc said its board declared a two-for-one stock split, payable May 10 to holders of record April 17."),
      "sales.md": wireStory("Ostro Stores February sales rise", "1987-03-05", "DALLAS, March 5 - Ostro Stores Corp said its board declared February sales rose 9 pct to 52 mln dlrs."),
      "storm.md": wire["storm.md"],
    });
    const answer = await ask("what kind of stock split did zarvo printing declare in march 1987");
    expect(answer.refusedBy).toEqual([]);
    expect(answer.text).toContain("two-for-one stock split");
    // A month behind the report's is a time of its own: February's sales are not March's.
    expect((await ask("what did ostro stores declare in march 1987")).abstention?.rule).toBe("period");
  });

  it("reads a year typed in two digits after a month as that year", async () => {
    const question = "zarvo motors car sales march 87?";
    expect((await askWire(question)).text).toBe("I found nothing about that in March 1987 in the 6 articles I have.");
    expect((await askWire(question, ["period"])).kind).toBe("answer");
  });
  it("takes a month with the year of its report, where the sentence that gives the figure names another year beside it", async () => {
    const ask = await askerOver({
      "jobless.md": wireStory(
        "Zarvian unemployment down as data is revised",
        "1987-03-16",
        "OSTGRAD, March 16 - A new method of calculating Zarvia's unemployment figures reduced the number of jobless by a sixth, a spokesman for the statistics bureau said.\n\nAccording to the revised data there were 94,000 jobless in February representing 2.2 pct of the workforce against 120,000 or 2.8 pct of the workforce in February 1986.",
      ),
      "other.md": wireStory("Ostland cuts rates", "1987-03-10", "VIENNA, March 10 - Ostland's central bank cut its discount rate by half a point, it said, as people out of work rose."),
    });
    // "out of work" is the unemployed, the jobless people counted; "in February" in a report of March 1987 is February 1987.
    const answer = await ask("how many people were out of work in zarvia in february 1987 under the new way of counting");
    expect(answer.refusedBy).toEqual([]);
    expect(answer.citations[0]!.quote).toContain("94,000 jobless in February");
    // February 1986's figure is given for 1986, not for 1985.
    expect((await ask("how many people were out of work in zarvia in february 1985")).kind).toBe("not_found");
  });

  it("reads a period that names one item of a list as that item's, not the whole question's", async () => {
    const answer = await answererWithout().ask("how does the 2020 war still matter - fifth column claims, the nov 2020 truce etc");
    expect(answer.refusedBy).toEqual([]);
    expect(answer.text).toContain("the fifth column operated in our army");
    expect(new Set(answer.citations.map((citation) => citation.article.id)).size).toBeGreaterThanOrEqual(2);
  });
});
