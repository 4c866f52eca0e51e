/** The years rule on its own: a question it refuses, the reply the reader sees, and what the question gets with it switched off. */
import { describe, expect, it } from "vitest";
import { both } from "../helpers/answer-rules.js";

describe("years", () => {
  it("says which year none of the passages speaks of", async () => {
    const { on, off } = await both("years", "What did Kristina Kvien say in 2021?");
    expect(on.text).toBe("I found nothing about that in 2021 in the 11 articles I have.");
    expect(on.refusedBy).toContain("years");
    expect(off.text).not.toContain("2021");
  });
});
