/** The years rule on its own: a question it refuses, the reply the reader sees, and what the question gets with it switched off. */
import { describe, expect, it } from "vitest";
import { askerBeside, both } from "../helpers/answer-rules.js";

describe("years", () => {
  it("says which year none of the passages speaks of", async () => {
    const { on, off } = await both("years", "What did Kristina Kvien say in 2021?");
    expect(on.text).toBe("I found nothing about that in 2021 in the 11 articles I have.");
    expect(on.refusedBy).toContain("years");
    expect(off.text).not.toContain("2021");
  });

  it("takes no security's maturity for a year spoken of", async () => {
    const ask = await askerBeside(
      "Zarvo Industries to redeem debentures",
      "1987-03-12",
      "NEW YORK, March 12 - Zarvo Industries Inc said it will redeem all its outstanding 8-1/4 pct convertible subordinated debentures due 2008 because of the crisis in its finances.",
    );
    const question = "what caused the 2008 crisis at zarvo industries";
    const on = await ask(question);
    expect(on.refusedBy).toContain("years");
    expect(on.text).toBe("I found nothing about that in 2008 in the 2 articles I have.");
    // The rule that reads names and times together with passages reads the maturity so too.
    expect(on.refusedBy).toContain("names-together");
    expect((await ask(question, ["years", "names-together"])).text).toContain("due 2008");
  });
});
