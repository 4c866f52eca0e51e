/** The general-knowledge rule on its own: a question it refuses, the reply the reader sees, and what the question gets with it switched off. */
import { describe, expect, it } from "vitest";
import { answererWithout, askerOver, both, otherStory, wireStory } from "../helpers/answer-rules.js";

describe("general-knowledge", () => {
  it("declines a question of general knowledge with one line, offering no article as related", async () => {
    const { on, off } = await both("general-knowledge", "What is the capital of Azerbaijan?");
    expect(on.text).toBe("That's general knowledge rather than news; I only answer from the 11 articles I have.");
    expect(on.abstention?.rule).toBe("general-knowledge");
    expect(on.closest).toEqual([]);
    // Without it, a sentence about an invitation to the capital of Azerbaijan is quoted.
    expect(off.kind).toBe("answer");
    for (const question of ["how does a neural network learn", "What causes the northern lights?", "explain quantum entanglement like im 5", "can you explain how photosynthesis works", "who sang hotel california", "what time zone is yerevan in", "who wrote the novel war and peace", "whats the longest river in the world", "which is the fastest land animal", "capital of armenia?", "what is a black hole exactly", "how tall is mount ararat", "what is the speed of light", "boiling point of water at sea level?", "Who wrote Pride and Prejudice?", "who wrote war and peace", "What's the difference between a crocodile and an alligator?", "how do vaccines train the immune system", "how do bees make honey", "which artist made the sculpture the thinker", "who carved the statue of david", "tallest mountain in africa", "can dogs eat grapes", "is chocolate bad for cats", "whats the local time in new york", "what time is it in yerevan right now", "when is christmas this year", "what year did ww2 end", "explain quantum computing"]) {
      expect((await answererWithout().ask(question)).refusedBy, question).toContain("general-knowledge");
    }
    // What a thing in the news is, is news.
    expect((await answererWithout().ask("whats the lachin corridor exactly, like why does it matter")).refusedBy).not.toContain("general-knowledge");
    // As are a feast the articles report and a thing in the news to explain.
    expect((await answererWithout().ask("when is newroz")).refusedBy).not.toContain("general-knowledge");
    expect((await answererWithout().ask("explain the lachin corridor blockade")).refusedBy).not.toContain("general-knowledge");
    // So is who wrote a report of it.
    expect((await answererWithout().ask("who wrote the article about the fifth column")).refusedBy).not.toContain("general-knowledge");
  });

  it("declines an almanac's facts of a land: its language, currency, religion, emblems, and how far its cities lie apart", async () => {
    for (const question of ["what language do they speak in azerbaijan", "what currency does armenia use", "what religion are most armenians", "what's the official language of armenia", "how far is baku from yerevan", "whats the distance between baku and yerevan", "what's the national dish of armenia", "national anthem of azerbaijan?"]) {
      const answer = await answererWithout().ask(question);
      expect(answer.refusedBy, question).toContain("general-knowledge");
      expect(answer.citations, question).toEqual([]);
    }
    // Not what the news says of a people's faith, nor how far a place in it lies.
    expect((await answererWithout().ask("what did kostanyan say about the religious factor")).refusedBy).not.toContain("general-knowledge");
    expect((await answererWithout().ask("how far is the shooting from the lachin corridor")).refusedBy).not.toContain("general-knowledge");
    expect((await answererWithout().ask("what did the national security council of karabakh say")).refusedBy).not.toContain("general-knowledge");
  });

  it("declines a great contest of sport no article reports, and answers one an article does", async () => {
    for (const question of ["who won the super bowl this year", "who's playing in the world series"]) {
      expect((await answererWithout().ask(question)).refusedBy, question).toContain("general-knowledge");
    }
    const ask = await askerOver({
      "bowl.md": wireStory("Giants win Super Bowl", "1987-01-26", "PASADENA, Calif., Jan 26 - The New York Giants won the Super Bowl, beating the Denver Broncos 39-20 at the Rose Bowl."),
      "rates.md": otherStory,
    });
    const reported = await ask("who won the super bowl this year");
    expect(reported.refusedBy).toEqual([]);
    expect(reported.text).toContain("The New York Giants won the Super Bowl");
  });

  it("declines the distance to a planet where a firm shares the planet's name, and answers about the firm", async () => {
    const stories = {
      "mars.md": wireStory("Mars Stores sales off", "1987-03-09", "DIGHTON, Mass., March 9 - Mars Stores Inc said sales for the four weeks ended February 28 were off 1.6 pct to 6,307,096 dlrs from 6,411,103 dlrs a year earlier."),
      "stations.md": wireStory("Contel to buy Equatorial earth stations", "1987-03-09", "MOUNTAIN VIEW, Calif., March 9 - Equatorial Communications Co said it signed a memorandum of understanding for Contel Corp to purchase 10 mln dlrs of Equatorial master earth stations."),
    };
    const ask = await askerOver(stories);
    const planet = "how far is mars from earth on average";
    expect((await ask(planet)).refusedBy).toContain("general-knowledge");
    // Without it, the store's sales are quoted as the answer (here "far" and "average" are also words no two-story corpus uses).
    expect((await ask(planet, ["general-knowledge", "strange-words"])).text).toContain("Mars Stores Inc said sales");
    const firm = await ask("how far did mars stores sales fall");
    expect(firm.refusedBy).toEqual([]);
    expect(firm.text).toContain("off 1.6 pct");
  });

  it("answers a question about the news put the same ways", async () => {
    for (const question of ["explain why armenia lost the war", "explain the karabakh talks in simple terms", "how does the ceasefire work", "how do armenians see the peace talks", "how do peacekeepers guard the lachin corridor"]) {
      expect((await answererWithout().ask(question)).refusedBy, question).not.toContain("general-knowledge");
    }
  });
});
