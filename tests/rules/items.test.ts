/** The items rule on its own: a question it refuses, the reply the reader sees, and what the question gets with it switched off. */
import { describe, expect, it } from "vitest";
import { answererWithout, both } from "../helpers/answer-rules.js";

describe("items", () => {
  it("refuses a count of the things for a question that asks what they are, and takes a list of them", async () => {
    const { on, off } = await both("items", "What are the five principles Azerbaijan proposed for the peace agreement?");
    expect(on.abstention).toEqual({ rule: "items", detail: "the question asks for a list of 5 principles and no quote lists them" });
    expect(on.text).toBe("I found no list of them in the 11 articles I have.");
    // Without it, the sentence that says there are five principles is quoted.
    expect(off.text).toContain("five fundamental principles");
    const listed = await answererWithout().ask("What are the two approaches Azerbaijan's position rests on?");
    expect(listed.text).toContain("two approaches: first, the signing of a peace treaty with Armenia, and, second, dialogue");
    // A count typed in digits is the count the report spells out.
    const typed = await answererWithout().ask("wat are the 2 things azerbaijans position rests on acc to aliyev");
    expect(typed.text).toContain("two approaches: first, the signing of a peace treaty with Armenia, and, second, dialogue");
    // Asked with whose they are.
    expect((await answererWithout().ask("can you list aliyev's five principles for the peace agreement")).abstention?.rule).toBe("items");
    // A word before the items describes them: "five peace principles" asks for principles, which "two approaches" are not.
    expect((await answererWithout().ask("list aliyev's five peace principles")).abstention?.rule).toBe("items");
  });
});
