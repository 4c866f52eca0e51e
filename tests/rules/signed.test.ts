/** The signed rule on its own: a question it refuses, the reply the reader sees, and what the question gets with it switched off. */
import { describe, expect, it } from "vitest";
import { answererWithout, askerBeside } from "../helpers/answer-rules.js";

describe("signed", () => {
  it("refuses talks for a question on which agreements their sides signed, and takes a signing", async () => {
    // The March 16 meeting discussed security and relations; the report names no agreement signed. With outcome off, which
    // refuses it first, as a quote speaks of signing only as to come.
    const question = "Which agreements did Armenia and Iraq sign during the March 16 meeting?";
    const [on, off] = [await answererWithout("outcome").ask(question), await answererWithout("outcome", "signed").ask(question)];
    expect(on.abstention).toEqual({ rule: "signed", detail: "no quote says the sides asked about signed anything" });
    expect(off.kind).toBe("answer");
    const ask = await askerBeside("Zarvania and Ostland sign trade pact", "1987-03-10", "VIENNA, March 10 - Zarvania and Ostland signed a trade agreement and a memorandum on grain shipments after two days of talks, officials said.");
    const signed = await ask("which agreements did zarvania and ostland sign");
    expect(signed.refusedBy).toEqual([]);
    expect(signed.text).toContain("Zarvania and Ostland signed a trade agreement");
  });
});
