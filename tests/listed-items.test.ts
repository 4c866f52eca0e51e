import { describe, expect, it } from "vitest";
import { listsStories } from "../src/answer/digest.js";
import { listedItemsOf } from "../src/question/listed-items.js";

describe("listed items", () => {
  it("reads the items a heading lists, after a colon, a dash or in parentheses", () => {
    expect(listedItemsOf("telecom news roundup: ac teleconnect canada calls, ericsson bundespost order, japan international telecom merger")).toEqual({
      head: "telecom news roundup",
      items: ["ac teleconnect canada calls", "ericsson bundespost order", "japan international telecom merger"],
    });
    expect(listedItemsOf("what rail news was there - csx/conrail rate cuts and the west german federal railway loan stock")).toEqual({
      head: "what rail news was there",
      items: ["csx/conrail rate cuts", "the west german federal railway loan stock"],
    });
    expect(listedItemsOf("How did the retailers in the news do recently (Zayre, Charming Shoppes, Kay Jewelers)?")?.items).toEqual(["Zayre", "Charming Shoppes", "Kay Jewelers"]);
    // "or" after commas ends a list; "S&P" is one name; a list's loose end is no item.
    expect(listedItemsOf("Which pays more: Holly Sugar, Atlantic City Electric or Franklin Utilities Fund?")?.items).toEqual(["Holly Sugar", "Atlantic City Electric", "Franklin Utilities Fund"]);
    expect(listedItemsOf("Summarize the Triangle Industries news: its quarterly results and the S&P rating action")?.items).toEqual(["its quarterly results", "the S&P rating action"]);
    // A name that joins a word to itself is one item.
    expect(listedItemsOf("drug makers news: johnson and johnson, pfizer")?.items).toEqual(["johnson and johnson", "pfizer"]);
    expect(listedItemsOf("summarize japan's economic problems - jobs, interest rates etc - from the march reports")).toEqual({ head: "summarize japan's economic problems from the march reports", items: ["jobs", "interest rates"] });
  });

  it("reads a list before a short question asked of each item", () => {
    expect(listedItemsOf("nyse triple witching rules and american adventure's nasdaq listing exception - what happened")?.items).toEqual(["nyse triple witching rules", "american adventure's nasdaq listing exception"]);
    expect(listedItemsOf("quadrex, scientific systems and campbell resources results - which made a profit")).toEqual({ head: "which made a profit", items: ["quadrex", "scientific systems", "campbell resources results"] });
    // Two things joined by "and" before a question may be one thing asked about.
    expect(listedItemsOf("compare armenia's meetings with the iraqi and czech delegations - who met whom")).toBeUndefined();
  });

  it("reads no list where the words after the heading ask questions or offer a choice", () => {
    for (const question of [
      "first official meeting baku vs karabakh armenians after the war - where and when",
      "norfolk southern coal reserves deal - bought from who and how many tons",
      "When did the envoy first meet them - do Aliyev's account and the JAMnews report give the same date?",
      "swiss govt finances 1987 result - surplus or deficit?",
      "armenia iraq meeting - what did kostanyan say about azerbaijan and religion",
      "Who heads Baku's delegation for talks with the Karabakh Armenians?",
      "meeting at 10:30 with aliyev and pashinyan",
    ]) {
      expect(listedItemsOf(question), question).toBeUndefined();
    }
  });
});

describe("lists of stories", () => {
  it("sums up a list under a heading that asks of the news, not a job on the asker's own things", () => {
    expect(listsStories("telecom news roundup: ac teleconnect canada calls, ericsson bundespost order")).toBe(true);
    expect(listsStories("which companies got takeover or control bids: cyclops, spendthrift farm, grant industries")).toBe(true);
    // "Give me" asks for the news, not of the asker's own things.
    expect(listsStories("which companies posted losses: zarvo, ostland holdings, vell systems - give me the numbers")).toBe(true);
    expect(listsStories("rate my outfit: black jeans, white tee, red sneakers")).toBe(false);
    expect(listsStories("rate my outfits: black jeans, white tee - give me a score")).toBe(false);
    expect(listsStories("convert this to json: name bob, age 22, city leeds")).toBe(false);
  });
});
