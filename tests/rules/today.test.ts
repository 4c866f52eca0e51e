/** The today rule on its own: a question it refuses, the reply the reader sees, and what the question gets with it switched off. */
import { describe, expect, it } from "vitest";
import { askerOver, bundledAnswerer, wireStory } from "../helpers/answer-rules.js";

describe("today", () => {
  const askOn = (day: string, question: string, without: string[] = []) => bundledAnswerer({ without, now: () => new Date(day) }).ask(question);

  it("declines a question about today when the newest report found is days old, and says how old", async () => {
    const question = "did azerbaijan open the lachin corridor today";
    const late = await askOn("2023-04-20", question);
    expect(late.abstention?.rule).toBe("today");
    expect(late.text).toBe("I have nothing that recent on that: the newest report I found is of 25 Mar 2023, of the 11 articles I have.");
    expect((await askOn("2023-04-20", question, ["today"])).kind).not.toBe("not_found");
    // The weekend ahead is as far from old reports.
    expect((await askOn("2023-04-20", "will the lachin corridor reopen this weekend")).abstention?.rule).toBe("today");
    // So is the weather ahead, and a rate between currencies by their codes, which is today's market.
    expect((await askOn("2023-04-20", "is it gonna rain in yerevan on saturday")).abstention?.rule).toBe("today");
    const rate = await askOn("2023-04-20", "current eur to usd exchange rate pls");
    expect(rate.abstention?.rule).toBe("today");
    expect(rate.citations).toEqual([]);
  });

  it("answers it from reports of that day or the day before", async () => {
    expect((await askOn("2023-03-28T09:00", "what did armenia and the czech republic discuss yesterday")).refusedBy).not.toContain("today");
  });

  it("answers a question asked in an old report's own words of its day, which that report speaks of", async () => {
    // "today" here is the report's: a reader asking of a wire story from 1987 was told nothing was that recent.
    const ask = await askerOver({
      "hogs.md": wireStory("Zarvo hog slaughter guesstimated", "1987-03-16", "CHICAGO, March 16 - Zarvo Exchange floor traders are guesstimating today's hog slaughter at about 300,000 to 305,000 head versus 292,000 a week ago."),
      "grain.md": wireStory("Ostland grain exports rise", "1987-03-17", "OSTPORT, March 17 - Ostland grain exports rose to 1.2 mln tonnes in February from 0.9 mln a year ago, the ministry said."),
    });
    const answer = await ask("whats the hog slaughter guess for today");
    expect(answer.refusedBy).toEqual([]);
    expect(answer.citations[0]!.quote).toContain("300,000 to 305,000 head");
    // Whether anything happens today is live news, whatever an old report called its day.
    expect((await ask("any hog slaughter guesses today?")).refusedBy).toContain("today");
    // A word no report uses is no report's own day: the weather today is still out of reach.
    expect((await ask("whats the weather in chicago today")).refusedBy).toContain("today");
  });
});
