/** The someone rule on its own: a question it refuses, the reply the reader sees, and what the question gets with it switched off. */
import { describe, expect, it } from "vitest";
import { askerBeside, both } from "../helpers/answer-rules.js";

describe("someone", () => {
  it("refuses quotes that name no one for a question that asks who", async () => {
    const { on, off } = await both("someone", "Who exactly did Pashinyan name as members of the fifth column in the army?");
    expect(on.abstention).toEqual({ rule: "someone", detail: "the question asks who and the quotes name no one" });
    expect(off.kind).toBe("answer");
  });

  it("reads neither a body written out for the abbreviation asked nor a day of the week as someone", async () => {
    // The story names the exchange and the day of the sale, not the buyer.
    const ask = await askerBeside("Zarvan options exchange seat sells for record", "1987-03-03", "CHICAGO, March 3 - A membership seat on the Zarvan Board Options Exchange (ZBOE) sold for a record 342,000 dlrs Friday, the exchange said today.\n\nThe previous record price of 308,000 dlrs was set on February 17.");
    expect(await ask("who bought the record priced zboe seat")).toMatchObject({ kind: "not_found", abstention: { rule: "someone" } });
    expect((await ask("who bought the record priced zboe seat", ["someone", "buyer"])).text).toContain("sold for a record 342,000 dlrs Friday");
  });

  it("reads which officers as asking who", async () => {
    const { on, off } = await both("someone", "Which army officers did Pashinyan name as members of the fifth column?");
    expect(on.abstention?.rule).toBe("someone");
    expect(off.text).toContain("the fifth column operated in our army");
  });
});
