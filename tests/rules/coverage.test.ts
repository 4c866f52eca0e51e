/** The coverage rule on its own: a question it refuses, the reply the reader sees, and what the question gets with it switched off. */
import { describe, expect, it } from "vitest";
import { answerToJson } from "../../src/render/json.js";
import { answererWithout, both } from "../helpers/answer-rules.js";

describe("coverage", () => {
  it("refuses a question the passages hardly touch", async () => {
    const { on, off } = await both("coverage", "Where is the best sourdough bread baked at home?", ["strange-words"]);
    expect(on.text).toBe("I found nothing about that in the 11 articles I have.");
    expect(answerToJson(on).abstention).toEqual({ rule: "coverage", detail: expect.stringMatching(/^the best passage holds 0\.\d\d of the question; 0\.35 is needed$/) });
    expect(off.kind).toBe("answer");
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
});
