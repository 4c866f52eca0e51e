/** The strange-words rule on its own: a question it refuses, the reply the reader sees, and what the question gets with it switched off. */
import { describe, expect, it } from "vitest";
import { answererWithout, both } from "../helpers/answer-rules.js";

describe("strange-words", () => {
  it("refuses a question that turns on words no article uses nor comes close to", async () => {
    const { on, off } = await both("strange-words", "is hamlet any good");
    expect(on.text).toBe("I found nothing about that in the 11 articles I have.");
    expect(on.abstention).toEqual({ rule: "strange-words", detail: "no article uses hamlet or a word close to it" });
    // Without it, a sentence that shares only its common words is quoted.
    expect(off.kind).toBe("answer");
  });

  it("counts a word that neither the articles nor the model know as strange", async () => {
    const { on, off } = await both("strange-words", "is chatgpt down rn");
    expect(on.abstention).toEqual({ rule: "strange-words", detail: "no article uses chatgpt or a word close to it" });
    expect(off.kind).toBe("answer");
  });

  it("counts no question word as chat types it (\"wats\") among the strange ones", async () => {
    const answer = await answererWithout().ask("wats kurfursts job title at the czech mfa");
    expect(answer.refusedBy).toEqual([]);
    expect(answer.text).toContain("Kurfürst");
  });

  it("counts neither the date a question asks for nor a hedge on what someone claims to be among the strange words", async () => {
    const answer = await answererWithout().ask("Since what date have self-described eco-protesters cut off the only road between Armenia and Karabakh?");
    expect(answer.refusedBy).toEqual([]);
    expect(answer.sources[0]!.id).toBe("2023-03-15-global-comment-karabakh-armenians");
  });

  it("lets through a word the articles do not use when most of the question is theirs, and a question about what a name stands for", async () => {
    for (const question of ["What does FAON stand for?", "How did the Azeri pundit react to the claim that EU observers are restraining Baku?"]) {
      expect((await answererWithout().ask(question)).kind, question).toBe("answer");
    }
  });
});
