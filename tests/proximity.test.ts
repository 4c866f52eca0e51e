import { describe, expect, it } from "vitest";
import { proximityBonus, queryBigrams } from "../src/search/proximity.js";

describe("the phrase signal", () => {
  const idf = (term: string) => term.length;

  it("adds the mean IDF of each query pair the passage has adjacent and in order, once however often it stands there", () => {
    const bigrams = queryBigrams(["lachin", "corridor", "block", "lachin"]);
    expect(bigrams).toEqual([["lachin", "corridor"], ["corridor", "block"], ["block", "lachin"]]);
    // "lachin corridor" twice, "block lachin" once, "corridor block" only reversed.
    const passage = ["lachin", "corridor", "open", "block", "lachin", "corridor", "road", "block", "corridor"];
    expect(proximityBonus(bigrams, passage, idf)).toBe((6 + 8) / 2 + (5 + 6) / 2);
    expect(proximityBonus(bigrams, ["corridor", "lachin"], idf)).toBe(0);
    expect(proximityBonus([], passage, idf)).toBe(0);
  });

  it("counts a pair the query repeats as often as the query has it", () => {
    const once = proximityBonus([["grain", "price"]], ["grain", "price"], idf);
    expect(proximityBonus([["grain", "price"], ["grain", "export"], ["grain", "price"]], ["grain", "price", "grain", "export"], idf)).toBe(2 * once + (5 + 6) / 2);
  });
});
