/** The act rule on its own: a question it refuses, the reply the reader sees, and what the question gets with it switched off. */
import { describe, expect, it } from "vitest";
import { askerBeside, both, otherStory } from "../helpers/answer-rules.js";

describe("act", () => {
  it("refuses a question whether someone did something where no quote speaks of that act", async () => {
    // The Dutch foreign ministry summoned the ambassador; no report says he was expelled.
    const { on, off } = await both("act", "did the netherlands expel the azerbaijani ambassador");
    expect(on.text).toBe("I found nothing about that in the 11 articles I have.");
    expect(on.abstention).toEqual({ rule: "act", detail: 'no quote speaks of the act asked about ("expel")' });
    expect(off.kind).toBe("answer");
    // Its ambassador is whom Russia would recall: no report speaks of recalling anyone.
    expect((await both("act", "did russia recall its ambassador from yerevan over the icc move")).on.abstention?.rule).toBe("act");
  });

  it("answers where a quote speaks of the act, in its word or one close to it", async () => {
    const ask = await askerBeside("Zarvania expels Ostland envoy", "1987-03-10", "ZARVAN, March 10 - Zarvania expelled Ostland's ambassador on Tuesday over a border incident, its foreign ministry said.", otherStory);
    const expelled = await ask("did zarvania expel the ostland ambassador");
    expect(expelled.refusedBy).toEqual([]);
    expect(expelled.text).toContain("Zarvania expelled Ostland's ambassador");
  });

  it("takes no form of another word of the question for its act: 'parliamentary' is no vote of the parliament asked about", async () => {
    // "vote" and "parliamentary" read as close in meaning (0.68).
    const { on, off } = await both("act", "did the dutch parliament vote for sanctions against azerbaijan");
    expect(on.abstention?.rule).toBe("act");
    expect(off.kind).toBe("answer");
    const ask = await askerBeside("Ostland parliament votes for sanctions", "1987-03-10", "OSTBURG, March 10 - The Ostland parliament voted for sanctions against Zarvania on Tuesday, a parliamentary spokesman said.", otherStory);
    expect((await ask("did the ostland parliament vote for sanctions against zarvania")).text).toContain("parliament voted for sanctions");
  });

  it("asks nothing of a verb that says little alone", async () => {
    const ask = await askerBeside("Zarvania and Ostland hold talks", "1987-03-10", "ZARVAN, March 10 - Zarvania and Ostland discussed the border and grain shipments at talks in Zarvan, officials said.", otherStory);
    expect((await ask("did zarvania n ostland bring up the border")).refusedBy).not.toContain("act");
  });

  it("takes no act of opposite meaning for the act asked about, however close word vectors put them", async () => {
    // "sell" and "bought" read as close in meaning (0.70), as they are used alike.
    const ask = await askerBeside("Zarvo buys Ostland stake", "1987-03-10", "NEW YORK, March 10 - Zarvo Corp bought a 12 pct stake in Ostland Inc from a group of investors, it said.", otherStory);
    const sold = await ask("did zarvo sell its stake in ostland");
    expect(sold.abstention).toEqual({ rule: "act", detail: 'no quote speaks of the act asked about ("sell")' });
    expect((await ask("did zarvo buy a stake in ostland")).refusedBy).toEqual([]);
  });
});
