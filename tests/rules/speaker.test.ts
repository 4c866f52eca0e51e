/** The speaker rule on its own: a question it refuses, the reply the reader sees, and what the question gets with it switched off. */
import { describe, expect, it } from "vitest";
import { answererWithout, askWire, askerBeside, askerOver, both, otherStory, wireStory } from "../helpers/answer-rules.js";

describe("speaker", () => {

  it("hears a country through its officials in a report filed from it", async () => {
    // "YEREVAN, MARCH 27, ARMENPRESS. ... Foreign Minister Mirzoyan emphasised that ...": Armenia speaking.
    const answer = await answererWithout().ask("What did Armenia say undermines stability in the region?");
    expect(answer.refusedBy).not.toContain("speaker");
    expect(answer.citations.map((citation) => citation.quote).join(" ")).toContain("Mirzoyan");
  });
  it("hears a conclusion someone came to as their words", async () => {
    // "BLiTZ wrote: the pro-Turkish vector ... was not to the taste of the Armenian population ... Columnist Ruben Margaryan came to this conclusion earlier".
    const answer = await answererWithout().ask("what did columnist ruben margaryan say armenians dont like abt yerevans foreign policy");
    expect(answer.refusedBy).toEqual([]);
    expect(answer.text).toContain("was not to the taste of the Armenian population");
    const ask = await askerOver({
      "poll.md": wireStory("Zarvan poll", "1987-03-10", "ZARVAN, March 10 - Support for the Zarvan government is falling. Columnist Ivo Marek reached the same conclusion about the Zarvan government last month."),
      "other.md": otherStory,
    });
    expect((await ask("what did columnist ivo marek say about the zarvan government")).refusedBy).toEqual([]);
    // A conclusion no one named came to says nothing of them.
    expect((await ask("what did columnist ana vell say about the zarvan government")).refusedBy).not.toEqual([]);
  });

  it("hears a speaker asked by role in the words of whoever the passages name in it", async () => {
    // "Armenia's Prime Minister Nikol Pashinyan", "political scientist Farhad Mammadov".
    const premier = await answererWithout().ask("what did the armenian premier say about the fifth column");
    expect(premier.refusedBy).toEqual([]);
    expect(premier.text).toContain("we lost the war because the fifth column operated in our army");
    const analyst = await answererWithout().ask("what did the azerbaijani political scientist say about the EU mission");
    expect(analyst.refusedBy).toEqual([]);
    expect(analyst.text).toContain("the EU mission is not an obstacle in order to deliver a preventative strike");
    // Not of another country: no Iranian commentator speaks in the articles.
    expect((await answererWithout().ask("what did the iranian political scientist say about the EU mission")).abstention?.rule).toBe("speaker");
  });

  it("reads a question on how someone responded, or whether they commented, as one for their words", async () => {
    const { on, off } = await both("speaker", "did erdogan comment on the karabakh talks");
    expect(on.text).toBe("I found nothing erdogan said about that in the 11 articles I have.");
    expect(off.kind).toBe("answer");
    expect((await answererWithout().ask("How did Frank-Walter Steinmeier respond to Aliyev's comments in Berlin?")).abstention?.rule).toBe("speaker");
    // "What did X answer" asks X's words as "what did X say" does: the articles give Steinmeier none.
    expect((await answererWithout().ask("What did Steinmeier answer when Aliyev brought up the peace treaty?")).abstention?.rule).toBe("speaker");
    // Chat's "wat did" asks for words as "what did" does.
    expect((await answererWithout().ask("wat did steinmeier say to aliyev in berlin")).abstention?.rule).toBe("speaker");
    // Someone's comments or remarks on a matter are their words: the articles give erdogan none.
    expect((await answererWithout().ask("erdogan's comments on the zangezur route this march?")).abstention).toEqual({ rule: "speaker", detail: "no quote gives words to erdogan" });
    // A name the articles know, typed in lower case as the first word, is that name: the articles give Kvien no words on the ICC.
    expect((await answererWithout().ask("kvien's comments on the icc")).abstention).toEqual({ rule: "speaker", detail: "no quote gives words to Kvien" });
    const words = await answererWithout().ask("what were pashinyan's comments on the fifth column");
    expect(words.refusedBy).toEqual([]);
    expect(words.citations[0]!.quote).toContain("we lost the war because the fifth column operated in our army");
    // So is someone's reaction or response to it: the articles give Turkey's foreign minister none; Russia's they give.
    expect((await answererWithout().ask("turkish fm cavusoglu's reaction to the zangezur corridor dispute")).abstention?.rule).toBe("speaker");
    expect((await answererWithout().ask("russia's reaction to armenia's icc plans")).citations[0]!.quote).toContain("Rome Statute");
    // A reaction asked beside another question may be an act.
    expect((await answererWithout().ask("How did Moscow react to Armenia's ICC plans, and what did it say about Azerbaijan in March?")).refusedBy).not.toContain("speaker");
  });

  it("takes a name no article uses, typed in lower case after a title, for who speaks rather than the body before it", async () => {
    // The Kremlin stands for Russia, whose words the articles give; its spokesman Peskov they never name.
    const { on, off } = await both("speaker", "what did kremlin spokesman peskov say about armenia joining the icc");
    expect(on.abstention?.rule).toBe("speaker");
    expect(off.kind).toBe("answer");
    expect((await answererWithout().ask("what did the kremlin say about armenia joining the icc")).refusedBy).toEqual([]);
  });

  it("takes no one named in an opening clause, nor before a noun of saying, for who speaks", async () => {
    const ask = await askerBeside("Zarvo keeps troops at border", "1987-03-05", "VELLA, March 5 - Although Ostland denied it, the Zarvo defence ministry said its troops would stay at the border.\n\nOstland rejected such claims and Zarvo moved more troops to the border on Friday.", otherStory);
    expect((await ask("What did Ostland say about the troops at the border?")).abstention?.rule).toBe("speaker");
    expect((await ask("What did the Zarvo defence ministry say about the troops at the border?")).refusedBy).toEqual([]);
  });

  it("hears an army through its defence ministry", async () => {
    // "Azerbaijani Defence Ministry said it has taken control of some auxillary roads ...": the army was refused as no speaker.
    const answer = await answererWithout().ask("what did the azerbaijani army say it took control of north of lachin");
    expect(answer.refusedBy).toEqual([]);
    expect(answer.text).toContain("Azerbaijani Defence Ministry said it has taken control of some auxillary roads");
    // Another country's army is not heard through its ministry.
    const ask = await askerOver({
      "roads.md": wireStory("Azerbaijan says it took control of dirt roads", "2023-03-25", "BAKU, March 25 - Azerbaijani Defence Ministry said it took control of three dirt roads near the Lachin corridor."),
      "reply.md": wireStory("Armenia condemns Azerbaijani move", "2023-03-26", "YEREVAN, March 26 - Armenia's foreign ministry said it condemned the move, and that units of the Armenian Army stayed in their barracks."),
    });
    expect((await ask("what did the azerbaijani army say it took control of")).text).toContain("three dirt roads");
    expect((await ask("what did the Armenian Army say it took control of")).refusedBy).toContain("speaker");
  });

  it("hears a body named again by its kind alone (\"The ministry said ...\") as the one its report last named so", async () => {
    // "Azerbaijani Defence Ministry said ..." and then "The ministry said "necessary control measures were implemented ...".
    const answer = await answererWithout().ask("What did Azerbaijan's military say it wanted to stop by controlling the unpaved roads near the corridor?");
    expect(answer.refusedBy).toEqual([]);
    // Not another country's ministry named before it.
    const ask = await askerOver({
      "truce.md": wireStory("Russia says truce broken", "2023-03-25", "MOSCOW, March 25 - The Russian defence ministry said a unit had crossed the line of contact near Shusha.\n\nThe ministry said the peacekeepers were taking measures to prevent escalation."),
      "reply.md": wireStory("Armenia condemns move", "2023-03-26", "YEREVAN, March 26 - Armenia's foreign ministry said it condemned the Azerbaijani move."),
    });
    // (A corpus of two reports knows too few words for the off-topic rules.)
    expect((await ask("what did the russian military say the peacekeepers were doing", ["strange-words", "coverage"])).refusedBy).toEqual([]);
    expect((await ask("what did the azerbaijani military say the peacekeepers were doing", ["strange-words", "coverage"])).refusedBy).toContain("speaker");
  });

  it("refuses quotes that give no words to the one whose words were asked for", async () => {
    const { on, off } = await both("speaker", "What did Turkey say about the blockade?");
    expect(on.text).toBe("I found nothing Turkey said about that in the 11 articles I have.");
    expect(on.abstention?.rule).toBe("speaker");
    expect(off.kind).toBe("answer");
  });

  it("refuses words the speaker said on another matter than the one named", async () => {
    // Kvien spoke of the Lachin corridor; the Zangezur corridor is named in the same article, not by her.
    const other = await answererWithout().ask("What did Kristina Kvien say about the Zangezur corridor?");
    expect(other.abstention).toEqual({ rule: "speaker", detail: "no quote gives words of Kristina Kvien on Zangezur" });
    expect(other.text).toBe("I found nothing Kristina Kvien said about that in the 11 articles I have.");
    const lachin = await answererWithout().ask("What did Kristina Kvien say about the Lachin corridor?");
    expect(lachin.citations[0]!.quote).toContain("“should be opened immediately”");
    // A quotation further on in her report is the Azerbaijani Defense Ministry's ("... released footage of ... “illegal Armenian
    // armed groups accompanied by the Russian peacekeeping contingent”"), not hers.
    const peacekeepers = await answererWithout().ask("What did Kristina Kvien say about the Russian peacekeepers?");
    expect(peacekeepers.abstention?.rule).toBe("speaker");
  });

  it("takes words given to \"he\" as the speaker's where his report gives him words", async () => {
    // "Political scientist Farhad Mammadov expressed confidence that ..." and, further on, "And about ... Washington, he maintains that ...".
    const answer = await answererWithout().ask("What did Farhad Mammadov say about signing the peace agreement in Washington?");
    expect(answer.refusedBy).toEqual([]);
    expect(answer.citations[0]!.quote).toContain("he maintains that the place where the peace agreement is signed is of no fundamental importance");
    // Words on a topic none of his quotes speaks of are still refused, where no other rule refuses them first.
    expect((await answererWithout("names-together").ask("What did Farhad Mammadov say about the Zangezur corridor?")).abstention?.rule).toBe("speaker");
  });

  it("gives a sentence to the source that closes it, not to whoever it is about", async () => {
    // "The Azerbaijani Ambassador was invited to the Dutch foreign ministry ..., the Federation of Armenian Organisations in the Netherlands (FAON) reported."
    const { on, off } = await both("speaker", "What did the Azerbaijani ambassador say to the Dutch foreign ministry when he was summoned?");
    expect(on.abstention).toEqual({ rule: "speaker", detail: "no quote gives words to the Azerbaijani ambassador" });
    expect(off.text).toContain("The Azerbaijani Ambassador was invited");
    // A spokesman speaks for the one the sentence is about.
    const chairman = await askWire("what did the zarvo chairman say about the ostland fiber plant");
    expect(chairman.refusedBy).not.toContain("speaker");
    expect(chairman.text).toContain("would be interested in buying the Ostland fiber plant");
  });

  it("takes a speaker typed in lower case that no article names for someone they never quote", async () => {
    const answer = await answererWithout().ask("what did erdogan say about the lachin corridor");
    expect(answer.text).toBe("I found nothing erdogan said about that in the 11 articles I have.");
    expect(answer.abstention?.rule).toBe("speaker");
  });

  it("reads the articles themselves as no speaker: what they said compares them", async () => {
    const answer = await answererWithout().ask("What did the different articles say about the International Court of Justice decision of February 22 on the Lachin Corridor?");
    expect(answer.refusedBy).toEqual([]);
    expect(new Set(answer.citations.map((citation) => citation.article.id)).size).toBeGreaterThanOrEqual(2);
    expect(answer.text).toContain("February 22");
  });

  it("reads a caution as words given to its speaker", async () => {
    const ask = await askerBeside(
      "Zarvo Mining cautions on 1987 profits",
      "1987-03-12",
      "JOHANNESBURG, March 12 - Zarvo Mining Union Corp Ltd chairman Leo Brand cautioned that profits may not rise this year if the rand stays at its current level of 48 U.S. Cents.\n\nIn 1986 per share earnings rose 28 pct to 616 cts.",
      otherStory,
    );
    const answer = await ask("wat did zarvo mining chairman leo brand say about 1987 profits");
    expect(answer.refusedBy).toEqual([]);
    expect(answer.citations[0]!.quote).toContain("Leo Brand cautioned that profits may not rise");
  });
  it("takes words on each of several things asked about from a report of its own", async () => {
    const ask = await askerOver({
      "utility.md": wireStory("Moody's confirms Zarvo Electric", "1987-03-12", "NEW YORK, March 12 - Moody's Investors Service said it has confirmed its ratings on about 4.4 billion dlrs of outstanding securities of Zarvo Electric and Gas Co."),
      "publisher.md": wireStory("Ostland Books may be lowered by Moody's", "1987-03-12", "NEW YORK, March 12 - Moody's Investors Service Inc said it may downgrade 200 mln dlrs of debt of Ostland Books Inc."),
    });
    const answer = await ask("What did Moody's say about Zarvo Electric and Gas and about Ostland Books?");
    expect(answer.refusedBy).toEqual([]);
    expect(answer.text).toContain("confirmed its ratings");
    expect(answer.text).toContain("may downgrade 200 mln dlrs");
  });
});
