/** The coverage rule on its own: a question it refuses, the reply the reader sees, and what the question gets with it switched off. */
import { describe, expect, it } from "vitest";
import { answerToJson } from "../../src/render/json.js";
import { answererWithout, askerOver, both, otherStory, wireStory } from "../helpers/answer-rules.js";

describe("coverage", () => {
  it("refuses a question the passages hardly touch", async () => {
    const { on, off } = await both("coverage", "Where is the best sourdough bread baked at home?", ["strange-words"]);
    expect(on.text).toBe("I found nothing about that in the 11 articles I have.");
    expect(answerToJson(on).abstention).toEqual({ rule: "coverage", detail: expect.stringMatching(/^the best passage holds 0\.\d\d of the question; 0\.35 is needed$/) });
    expect(off.kind).toBe("answer");
  });

  it("reads names in a list as each asked the same, so a passage on one of them holds the question", async () => {
    const ask = await askerOver({
      "offices.md": wireStory("Zarvo Travellers To Open Offices", "1987-03-05", "CHICAGO, March 5 - Zarvo Travellers Corp said it will open 12 new sales offices in the Midwest this year as part of a plan to double its agency network."),
      "grocers.md": wireStory("Vellco Buys Grocery Chain", "1987-03-06", "MONTREAL, March 6 - Vellco Inc said it acquired a chain of 40 grocery stores in Ontario for 80 mln dlrs, its first move outside Quebec."),
      "plant.md": wireStory("Ostland Computer Unit Adds Plant", "1987-03-04", "BOSTON, March 4 - Ostland Computer Corp said its software unit will build a second plant in Texas to meet demand."),
      "rates.md": otherStory,
      "grain.md": wireStory("Grain prices fall", "1987-03-10", "CHICAGO, March 10 - Grain prices fell on the Chicago Board of Trade as farmers sold their crops."),
    });
    const answer = await ask("what expansion moves did Zarvo Travellers, Vellco and Ostland Computer's unit announce");
    expect(answer.refusedBy).toEqual([]);
    expect(new Set(answer.citations.map((citation) => citation.article.id)).size).toBeGreaterThanOrEqual(2);
  });

  it("weighs a reader's own words lightly beside a name the articles know", async () => {
    // "actually" and "possible" are in no article; Aliyev, peace and Armenia are.
    const casual = await answererWithout().ask("did aliyev actually say peace w armenia is possible");
    expect(casual.kind).toBe("answer");
    expect(casual.text).toContain("There is every chance of achieving peace between Azerbaijan and Armenia");
  });

  it("reads a holiday as the date the article writes instead", async () => {
    // The article: "The International Crisis Group warned on January 1 that ...".
    const answer = await answererWithout().ask("Which conflict-monitoring organisation warned on New Year's Day that Azerbaijan might take what it can by force?");
    expect(answer.kind).toBe("answer");
    expect(answer.citations[0]!.quote).toContain("The International Crisis Group warned on January 1");
  });

  it("reads an office the articles name by its holder as held by a passage that names the holder", async () => {
    // The article: "... an opinion poll by the International Republican Institute, according to which the rating of Nikol Pashinyan's government ...".
    const answer = await answererWithout().ask("What organization ran the opinion survey showing support for the Armenian premier's government falling fast?");
    expect(answer.refusedBy).toEqual([]);
    expect(answer.text).toContain("International Republican Institute");
  });

  it("weighs an office or a government named in the news's other words as the articles name it", async () => {
    // "The Hague government" is the Dutch one; "Armenia's number-two diplomat" its deputy foreign minister.
    const hague = await answererWithout().ask("How does The Hague government describe the legal force of decisions by the UN's top court");
    expect(hague.refusedBy).toEqual([]);
    expect(hague.text).toContain("the International Court rulings are legally binding");
    const deputy = await answererWithout().ask("What Azerbaijani tactic did Armenia's number-two diplomat reject as unacceptable in talks with the Iraqi guests?");
    expect(deputy.refusedBy).toEqual([]);
    expect(deputy.text).toContain("Deputy Foreign Minister of Armenia Vahan Kostanyan");
  });
});
