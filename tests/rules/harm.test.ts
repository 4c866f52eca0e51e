/** The harm rule on its own: a question it refuses, the reply the reader sees, and what the question gets with it switched off. */
import { describe, expect, it } from "vitest";
import { askWire, askerOver, both, wireStory } from "../helpers/answer-rules.js";

describe("harm", () => {
  it("refuses an incident no quote says anyone was killed or hurt in, and takes one that does", async () => {
    // The Russian defence ministry says a unit crossed the line of contact; no report tells of casualties.
    const { on, off } = await both("harm", "were any soldiers killed in the shusha incident on march 25");
    expect(on.abstention).toEqual({ rule: "harm", detail: "the question asks who was killed or hurt and no quote says anyone was" });
    expect(off.text).toContain("crossed a line of contact");
    // One of them asked for by "which".
    expect((await both("harm", "Which Russian peacekeeper was wounded in the Shusha incident on March 25?")).on.abstention?.rule).toBe("harm");
    const ask = await askerOver({ "quake.md": wireStory("Quake hits Zarvan", "1987-03-06", "ZARVAN, March 6 - An earthquake hit Zarvan on Friday, killing 12 people and injuring 40, officials said.") });
    expect((await ask("were any people killed in the zarvan quake")).text).toContain("killing 12 people");
    // A frost that may kill wheat harms no one.
    expect((await askWire("will the blizzard kill any banks in zarvan")).refusedBy).not.toContain("harm");
  });
});
