/** The unrelated rule on its own, over a large collection, where almost every word of a question is used somewhere. */
import { beforeAll, describe, expect, it } from "vitest";
import { Answerer } from "../../src/answer/answer.js";
import { answerToJson } from "../../src/render/json.js";
import { Retriever } from "../../src/search/retrieve.js";
import { defaultEmbedder, reutersIndex } from "../helpers/fixtures.js";

describe("unrelated", () => {
  let reuters: Answerer;
  beforeAll(async () => {
    reuters = new Answerer(new Retriever(await reutersIndex(1500), await defaultEmbedder()));
  });

  it("declines a question about something else that finds only the stories' common words", async () => {
    // The stories use "earth", "played", "president" and "France", but none is close in meaning to these questions.
    // "who played in the world series" is refused as trivia first, a contest no story names; this rule refuses it too.
    expect((await reuters.ask("who played in the world series")).refusedBy).toEqual(expect.arrayContaining(["general-knowledge", "unrelated"]));
    // France's president is refused by `holder` too: no quote names one beside France.
    for (const [question, also] of [["How far away is the moon from Earth?", []], ["Who is the current president of France?", ["holder"]]] as const) {
      const answer = await reuters.ask(question);
      expect(answerToJson(answer).abstention, question).toMatchObject({ rule: "unrelated" });
      expect(answer.closest, question).toEqual([]);
      expect((await new Answerer(reuters.retriever, { without: ["unrelated", ...also] }).ask(question)).abstained, question).toBe(false);
    }
  });
  it("answers from a results table whose headline holds a specific word of the question and more of its words, however far its figures", async () => {
    const answer = await reuters.ask("how did strober do in the 4th qtr");
    expect(answer.refusedBy).toEqual([]);
    expect(answer.citations[0]!.article.title).toBe("Strober Organization Inc <strb> 4th Qtr Net");
  });
});
