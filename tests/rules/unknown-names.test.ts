/** The unknown-names rule on its own: a question it refuses, the reply the reader sees, and what the question gets with it switched off. */
import { describe, expect, it } from "vitest";
import { answererWithout, askerOver, both, otherStory, wireStory } from "../helpers/answer-rules.js";

describe("unknown-names", () => {
  it("refuses a question that names only what no article mentions", async () => {
    const { on, off } = await both("unknown-names", "What is the capital of Australia?", ["general-knowledge", "strange-words", "focus"]);
    expect(on.text).toBe("I found nothing about Australia in the 11 articles I have.");
    expect(on.abstention).toEqual({ rule: "unknown-names", detail: "no article mentions Australia" });
    // Without it, the capital of Azerbaijan is quoted.
    expect(off.kind).toBe("answer");
  });

  it("lets an unknown name beside names the articles use through to the other rules", async () => {
    const answer = await answererWithout().ask("What did the Kremlin say about Armenia and the ICC?");
    expect(answer.refusedBy).not.toContain("unknown-names");
  });

  it("knows a country by its name as spelled, not by a word a letter away", async () => {
    // "France" was taken for a misspelling of Frank-Walter Steinmeier's first name, and Aliyev's words in Berlin were quoted.
    const { on, off } = await both("unknown-names", "What did Aliyev say in France?");
    expect(on.abstention).toEqual({ rule: "unknown-names", detail: "no article mentions France" });
    expect(off.text).toContain("Aliyev");
  });

  it("knows an outlet of the articles by its name, which its own articles seldom write", async () => {
    // JAMnews is named only in its article's front matter; typed with its capitals, it was a name no article mentions.
    const answer = await answererWithout().ask("In which city could a peace deal possibly be signed, according to the JAMnews piece?");
    expect(answer.refusedBy).toEqual([]);
    expect(answer.text).toContain("peace agreement in Washington");
  });

  it("refuses a country or people no article mentions, beside names they use", async () => {
    const { on, off } = await both("unknown-names", "what did hovhannisyan discuss with the slovak delegation in yerevan");
    expect(on.text).toBe("I found nothing about Slovak in the 11 articles I have.");
    // Without it, the Czech consultations in Yerevan are quoted.
    expect(off.kind).toBe("answer");
    expect((await answererWithout().ask("what did georgia's foreign ministry say about the lachin blockade")).text).toBe("I found nothing about Georgia in the 11 articles I have.");
    // A country typed in lower case, which no article names in any form; a capital stands for its country ("baghdad": Iraq).
    expect((await answererWithout().ask("belgium summoned the azeri ambassador over lachin, what did they tell him")).text).toBe("I found nothing about Belgium in the 11 articles I have.");
    expect((await answererWithout().ask("what did kostanyan thank baghdad for")).kind).toBe("answer");
    // Its people before an office's title and field: the office is the country's.
    const polish = await both("unknown-names", "what did ararat mirzoyan talk about with the polish foreign minister");
    expect(polish.on.text).toBe("I found nothing about Polish foreign minister in the 11 articles I have.");
    expect(polish.off.kind).toBe("answer");
  });

  it("refuses a person no article names beside an office's title and field, and a first name that is also a month", async () => {
    const { on, off } = await both("unknown-names", "What did Czech Foreign Minister Jan Lipavsky say during his visit to Yerevan?");
    expect(on.text).toBe("I found nothing about Czech Foreign Minister Jan Lipavsky in the 11 articles I have.");
    // Without it, the Czech consultations in Yerevan are quoted.
    expect(off.kind).toBe("answer");
  });

  it("refuses a people typed in lower case that no article names, before the word for it", async () => {
    const { on, off } = await both("unknown-names", "did pashinyan also send newroz greetings to the yazidi community");
    expect(on.text).toBe("I found nothing about Yazidi in the 11 articles I have.");
    expect(off.text).toContain("Kurdish community");
    // A verb before "people" is no people, though no article uses it.
    expect((await answererWithout().ask("what did pashinyan tell people about the fifth column")).refusedBy).not.toContain("unknown-names");
    // After the country whose people they are, as after "the".
    expect((await answererWithout().ask("What did Pashinyan's holiday message to Armenia's Yazidi minority say?")).text).toBe("I found nothing about Yazidi in the 11 articles I have.");
    // Chat's "wich" is a question word, no people.
    expect((await answererWithout().ask("wich community did pashinyan send holiday greetings to")).text).toContain("Kurdish community");
  });

  it("refuses a pairing of countries of which no article names one", async () => {
    const { on, off } = await both("unknown-names", "Who chairs the Iraq-Georgia friendship group in the Iraqi parliament?");
    expect(on.text).toBe("I found nothing about Iraq-Georgia Friendship Group in the 11 articles I have.");
    // Without it, the chair of the Iraq-Armenia Friendship Group is quoted.
    expect(off.text).toContain("Iraq-Armenia Friendship Group");
  });

  it("refuses a full name none of whose words any article uses, beside names they use", async () => {
    const { on, off } = await both("unknown-names", "What did Ilham Aliyev say at his meeting with Olaf Scholz?");
    expect(on.text).toBe("I found nothing about Olaf Scholz in the 11 articles I have.");
    expect(off.kind).toBe("answer");
  });

  it("reads such a full name apart from the title and country before it", async () => {
    const { on, off } = await both("unknown-names", "What did Aliyev discuss with German Chancellor Olaf Scholz in Berlin?");
    expect(on.text).toBe("I found nothing about German Chancellor Olaf Scholz in the 11 articles I have.");
    expect(off.text).toContain("Frank-Walter Steinmeier");
  });

  it("knows an abbreviation a passage read spells out in capitalised words, and no other", async () => {
    const ask = await askerOver({
      "salmonella.md": wireStory(
        "Study links drug-resistant salmonella to farms",
        "1987-03-05",
        "ATLANTA, March 5 - Researchers at the federal Centers for Disease Control traced a strain of salmonella resistant to the drug zarvomycin to cattle farms.\n\nThe strain caused new infection hotspots in four states.",
      ),
      "other.md": otherStory,
    });
    const answer = await ask("Which drug did CDC scientists find the salmonella strain was resistant to?");
    expect(answer.refusedBy).toEqual([]);
    expect(answer.text).toContain("resistant to the drug zarvomycin");
    // "new infection hotspots" is in lower case: no NIH.
    expect((await ask("What did NIH scientists find about salmonella?")).abstention?.rule).toBe("unknown-names");
  });

  it("knows the EU by its seat, as the news names it, and Belgium no better", async () => {
    const answer = await answererWithout().ask("which mission did brussels send to armenia");
    expect(answer.refusedBy).toEqual([]);
    expect(answer.text).toContain("EU mission");
    expect((await answererWithout().ask("what did belgium say about the lachin corridor")).abstention?.rule).toBe("unknown-names");
  });

  it("reads no common word as a country for a short form its official name lacks (\"Isle of Man\" is no \"man\")", async () => {
    const answer = await answererWithout().ask("Who heads the European observers in Armenia, the man an Azerbaijani pundit told to think before speaking?");
    expect(answer.refusedBy).toEqual([]);
    expect(answer.text).toContain("Markus Ritter");
  });
});
