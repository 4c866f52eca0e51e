/** The holder rule on its own: a question it refuses, the reply the reader sees, and what the question gets with it switched off. */
import { describe, expect, it } from "vitest";
import { answererWithout, askWire, askerBeside, askerOver, both, wire, wireStory } from "../helpers/answer-rules.js";

describe("holder", () => {
  it("reads a company officer as chat shortens the title", async () => {
    // Misspelt as the wire misspelt it: no word close to "cfo" but the title itself names the office.
    const ask = await askerOver({
      "officer.md": wireStory("Zarvo Brothers names finance chief", "1987-03-05", "NEW YORK, March 5 - Zarvo Inc said it elected Leo Brand exeuctive vice president and chief financial officer, succeeding Ivo Vell who left January 31 and has since joined Sarn Crow."),
      "ostland.md": wireStory("Ostland Motors to name CFO", "1987-03-06", "DETROIT, March 6 - Ostland Motors said it would name a CFO in June."),
    });
    const answer = await ask("who's zarvo's new cfo");
    expect(answer.refusedBy).toEqual([]);
    expect(answer.citations[0]!.quote).toContain("elected Leo Brand exeuctive vice president and chief financial officer");
  });

  it("reads the office of the firm a possessive names, which another firm's holder does not hold", async () => {
    const ask = await askerOver({
      "ceo.md": wireStory("Sarn Bancorp names chief executive", "1987-03-05", "OMAHA, March 5 - Sarn Bancorp Inc said president Ivo Vell has been named chief executive officer, succeeding Leo Brand, who remains chairman."),
      "deal.md": wireStory("Zarvo to buy Ostland Packing", "1987-03-06", "OMAHA, March 6 - Zarvo Inc agreed to acquire Ostland Packing Co in a stock transaction, both companies said."),
    });
    const question = "who is zarvo's chief executive";
    const on = await ask(question);
    expect(on.abstention).toEqual({ rule: "holder", detail: "no quote names the executive asked for" });
    expect((await ask(question, ["holder"])).text).toContain("Ivo Vell");
    // Nor of a firm of two words: "who is zarvo packing's ceo".
    expect((await ask("who is ostland packing's ceo")).abstention).toEqual({ rule: "holder", detail: "no quote names the ceo asked for" });
    expect((await ask("who is sarn bancorp's chief executive")).citations[0]!.quote).toContain("Ivo Vell has been named chief executive officer");
  });

  it("reads a chief's office by its field: a chief executive holds no chief financial office", async () => {
    const ask = await askerBeside("Zarvo names vice chairman", "1987-03-05", "LOS ANGELES, March 5 - Zarvo Magnetics Corp said its board named Ivo Vell to the new position of vice chairman and as chief executive officer.");
    const question = "Who is the new chief financial officer of Zarvo Magnetics?";
    expect(await ask(question)).toMatchObject({ kind: "not_found", abstention: { rule: "holder", detail: "no quote names the officer asked for" } });
    expect((await ask(question, ["holder"])).text).toContain("Ivo Vell");
  });

  it("reads the office of the country a possessive names", async () => {
    // The articles name Armenia's foreign minister and Hoekstra beside "the Azerbaijani Foreign Minister", never him.
    const { on, off } = await both("holder", "what's the name of azerbaijan's foreign minister");
    expect(on.abstention).toEqual({ rule: "holder", detail: "no quote names the minister asked for" });
    expect(off.kind).toBe("answer");
  });

  it("reads the office of the country named after it", async () => {
    const ask = await askerOver({
      "phones.md": wireStory("Commission backs phone bid", "1987-03-05", "PARIS, March 5 - European Commission President Ivo Vell said he favoured a joint candidate to take over Zarvo Telephones, which has a 16 pct stake in the French switching market."),
      "visit.md": wireStory("Ostland leader visits", "1987-03-06", "VELLA, March 6 - Ostland President Leo Brand arrived for a two-day visit, officials said."),
    });
    const question = "who is the current president of france";
    expect((await ask(question)).abstention).toEqual({ rule: "holder", detail: "no quote names the president asked for" });
    expect((await ask(question, ["holder"])).text).toContain("Ivo Vell");
    expect((await ask("who is the president of ostland")).citations[0]!.quote).toContain("Ostland President Leo Brand");
  });

  it("reads \"fm\" as chat shortens a foreign minister", async () => {
    const answer = await answererWithout().ask("whos the armenian deputy fm that met the iraqi mps");
    expect(answer.refusedBy).toEqual([]);
    expect(answer.citations[0]!.quote).toContain("Deputy Foreign Minister of Armenia Vahan Kostanyan received the delegation");
  });

  it("refuses quotes that speak of the office asked about but name no one holding it", async () => {
    // The article says "The Azerbaijani Ambassador was invited to the Dutch foreign ministry", and never names him.
    const { on, off } = await both("holder", "What is the name of the Azerbaijani ambassador who was summoned by the Dutch foreign ministry?");
    expect(on.text).toBe("I found nothing about that in the 11 articles I have.");
    expect(on.abstention).toEqual({ rule: "holder", detail: "no quote names the ambassador asked for" });
    expect(off.text).toContain("Azerbaijani Ambassador was invited");
    // Whose office it is may stand for "the", and a clause may follow the office with no word to start it.
    expect((await answererWithout().ask("Who is Azerbaijan's ambassador to the Netherlands, the one who was summoned?")).abstention?.rule).toBe("holder");
    expect((await answererWithout().ask("What is the name of the Azerbaijani foreign minister Hoekstra spoke with?")).abstention?.rule).toBe("holder");
  });

  it("asks the name of a person of no office as of one who holds an office", async () => {
    // "a bonded former employee" is never named.
    const ask = await askerBeside("Zarvo Associates probes theft", "1987-03-06", "WINTER PARK, Fla., March 6 - Zarvo Associates Inc said it and police are investigating a possible embezzlement by a bonded former employee that may involve several hundred thousand dollars.");
    const question = "whats the name of the ex zarvo employee suspected of the embezzlement";
    expect(await ask(question)).toMatchObject({ kind: "not_found", abstention: { rule: "holder", detail: "no quote names the employee asked for" } });
    expect((await ask(question, ["holder"])).text).toContain("a bonded former employee");
  });

  it("takes a post for the head of a body, as a title is taken", async () => {
    const ask = await askerBeside("French barley stocks worrying", "1987-03-04", "PARIS, March 4 - The size of French carryover barley stocks is worrying, French Cereals Office (FCO) Director Leo Vieux said.");
    const answer = await ask("Who is the head of France's cereals office who called the barley stockpile worrying?");
    expect(answer.refusedBy).toEqual([]);
    expect(answer.citations[0]!.quote).toContain("Director Leo Vieux");
  });

  it("quotes the sentence of the lead's article that names the holder, where the best ones do not", async () => {
    // Zarvo and its president are in every story, so the sentence that names him says little else asked.
    const other = (topic: string, i: number) => wireStory(`Zarvo ${topic}`, `1987-03-0${i}`, `WASHINGTON, March ${i} - Zarvo Corp president Ann Vell said Zarvo ${topic}.`);
    const ask = await askerOver({
      "dereg.md": wireStory(
        "Zarvo seeks Ostland Telephone deregulation",
        "1987-03-05",
        "WASHINGTON, March 5 - Zarvo Corp called for immediate federal deregulation of Ostland Telephone Co, its principal competitor.\n\nZarvo said it will ask regulators tomorrow for immediate deregulation of Ostland Telephone in order to let marketplace forces govern long distance.\n\nImmediate deregulation of Ostland Telephone is the only way to end artificial long distance rates, the company said.\n\nZarvo president Bert Roberts told a news briefing here it was time.\n\nRegulators have ordered Ostland Telephone to cut long distance rates three times since the breakup, Zarvo said, calling again for immediate deregulation.",
      ),
      "a.md": other("opens a plant", 1),
      "b.md": other("hires staff", 2),
      "c.md": other("buys a building", 3),
      "d.md": other("sells a unit", 4),
    });
    const answer = await ask("Who is the Zarvo president who called for immediate deregulation of Ostland Telephone?");
    expect(answer.refusedBy).toEqual([]);
    expect(answer.text).toContain("Zarvo president Bert Roberts");
  });

  it("quotes first the sentence that names the holder, from another quoted report than the best one", async () => {
    // The earlier report on the offering says most of what is asked; the filing's report names the lead manager.
    const ask = await askerOver({
      "plans.md": wireStory("Korvex plans convertible debt offering", "1987-03-02", "NEW YORK, March 2 - Korvex Corp said it expects to file shortly for a convertible subordinated debenture offering."),
      "files.md": wireStory(
        "Korvex files convertible debt offering",
        "1987-03-09",
        "NEW YORK, March 9 - Korvex Corp said it filed with the Securities and Exchange Commission a registration statement covering a 75 mln dlr issue of convertible subordinated debentures due 2012.\n\nThe company named Lund Brothers Inc as lead manager, with Ostland Bank as co-manager, of the offering.\n\nKorvex said it granted the underwriters an option to buy an additional 11.25 mln dlrs of the debentures.",
      ),
      "witco.md": wireStory("Zarvo files convertible debt offering", "1987-03-09", "NEW YORK, March 9 - Zarvo Corp said it filed with the Securities and Exchange Commission a registration statement covering a 100 mln dlr issue of convertible subordinated debentures due 2012."),
      // Lead managers are named in story after story: the words say little of which offering is meant.
      ...Object.fromEntries(["Ostland", "Brandt", "Carvel", "Dunmore"].map((name, i) => [`${name}.md`, wireStory(`${name} bond issue`, `1987-03-1${i}`, `LONDON, March 1${i} - ${name} Co is issuing a 50 mln dlr bond, lead manager ${name} Bank said. The lead manager said the issue is priced at par.`)])),
    });
    const answer = await ask("Who is the lead manager of Korvex's convertible subordinated debenture offering?");
    expect(answer.refusedBy).toEqual([]);
    expect(answer.citations[0]!.quote).toBe("The company named Lund Brothers Inc as lead manager, with Ostland Bank as co-manager, of the offering.");
  });

  it("holds the office to the country that holds it, and a title to itself", async () => {
    // Kristina Kvien is the United States' ambassador; Rutte is a prime minister, not an ambassador.
    const { on, off } = await both("holder", "whats the name of azerbaijan's ambassador to the netherlands");
    expect(on.abstention).toEqual({ rule: "holder", detail: "no quote names the ambassador asked for" });
    expect(off.kind).toBe("answer");
    // An ambassador serves in the country "to" names: Kvien is the US ambassador to Armenia.
    expect((await answererWithout().ask("who is the us ambassador to azerbaijan")).abstention?.rule).toBe("holder");
    expect((await answererWithout().ask("What did the US ambassador to Azerbaijan say about the Lachin corridor?")).abstention?.rule).toBe("names-together");
    expect((await answererWithout().ask("What did the US ambassador to Armenia say about the Lachin corridor?")).text).toContain("Kristina Kvien");
  });

  it("lets through a name beside the office, or beside a title for whoever heads a body", async () => {
    expect((await answererWithout().ask("Who is the US ambassador to Armenia?")).text).toContain("Kristina Kvien");
    // An office the news names in other words: a top diplomat is a foreign minister.
    expect((await answererWithout().ask("who is armenia's top diplomat")).text).toContain("Minister of Foreign Affairs of Armenia Ararat Mirzoyan");
    // "chief": the Dutch Foreign Minister.
    expect((await answererWithout().ask("who is the dutch foreign ministry's chief")).text).toContain("Dutch Foreign Minister Wobke Hoekstra");
  });

  it("takes the name of a thing for a name, not an office's holder", async () => {
    expect((await askWire("What is the name of Zarvo Chemical's new high-strength aramid fiber?")).text).toContain("Zarlon 149");
  });

  it("asks for the office as the question qualifies it: the Labour candidate is no Conservative one", async () => {
    const ask = await askerOver({
      "greenwich.md": "---\ntitle: Alliance wins Greenwich by-election\noutlet: Test Wire\ndate: 1987-02-27\n---\n\nLONDON, Feb 27 - Rosie Barnes of the Alliance won the Greenwich by-election with 53 pct of the vote, ahead of her nearest rival, Labour candidate Deirdre Wood.\n",
    });
    expect((await ask("Who was the Labour candidate in the Greenwich by-election?")).text).toContain("Labour candidate Deirdre Wood");
    expect((await ask("Who was the Conservative candidate in the Greenwich by-election?")).abstention).toEqual({ rule: "holder", detail: "no quote names the candidate asked for" });
    // A body may follow the office, or be named by its abbreviation.
    const bureau = await askerOver({
      "farm-bureau.md": "---\ntitle: Farm group opposes farm bill changes\noutlet: Test Wire\ndate: 1987-03-03\n---\n\nWASHINGTON, March 3 - The American Farm Bureau Federation (AFBF) urged Congress to leave the farm bill alone.\n\nAFBF president Dean Kleckner said the bill was working.\n",
    });
    expect((await bureau("whos the farm bureau president")).text).toContain("Dean Kleckner");
  });

  it("asks which general, colonel or admiral for someone the rank names, and no other name", async () => {
    const peacekeepers = await askerOver({
      "peacekeepers.md": wireStory("Zarvo peacekeepers change commander", "2023-03-20", "MOSCOW, March 20 - Lieutenant General Ivan Vell has taken command of the Zarvo peacekeeping contingent, the defence ministry said."),
    });
    expect((await peacekeepers("which zarvo general commands the peacekeeping contingent")).text).toContain("Lieutenant General Ivan Vell");
    const roads = await askerOver({
      "roads.md": wireStory("Ostland takes control of Sarn roads", "2023-03-25", "OSTGRAD, March 25 - Ostland's army took control of dirt roads north of Sarn, Defence Minister Zakir Hasan said."),
    });
    const question = "Which Ostland general commanded the operation to take the roads north of Sarn?";
    expect((await roads(question)).abstention).toEqual({ rule: "holder", detail: "no quote names the general asked for" });
    expect((await roads(question, ["holder"])).text).toContain("Defence Minister Zakir Hasan");
  });

  it("asks which judge for someone the title names", async () => {
    const court = await askerOver({
      "warrant.md": wireStory("Zarvo court issues warrant", "2023-03-17", "THE HAGUE, March 17 - The Zarvo Court issued an arrest warrant for Ostland's president, the court's registrar said."),
      "ruling.md": wireStory("Ostland court rules on port", "2023-03-18", "OSTGRAD, March 18 - Judge Irena Vell of the Ostland High Court ruled that the port sale was lawful."),
    });
    const question = "which zarvo court judge signed the arrest warrant";
    // Two stories are too few for the rule that reads names together.
    expect((await court(question, ["names-together"])).abstention).toEqual({ rule: "holder", detail: "no quote names the judge asked for" });
    expect((await court(question, ["names-together", "holder"])).citations[0]!.quote).toContain("issued an arrest warrant");
    expect((await court("which judge ruled on the ostland port sale")).text).toContain("Judge Irena Vell");
  });

  it("takes any office for an official, as the official it qualifies", async () => {
    const ask = await askerOver({
      "currency.md": wireStory("Zarvo says Ostland wants Zarvo dollar to rise", "1987-03-16", "ZARVOGRAD, March 16 - Ostland wants Zarvo's currency to appreciate faster to reduce Zarvo's trade surplus, a senior trade official said.\n\nBoard of Foreign Trade director Ivo Vell told reporters that unless Zarvo allowed its dollar to rise faster it would face retaliation."),
      "talks.md": wireStory("Zarvo holds farm talks", "1987-03-17", "ZARVOGRAD, March 17 - A senior farm official said the talks would resume in May, naming no date."),
    });
    expect((await ask("who is the zarvo trade official who said ostland wants the currency to rise faster")).text).toContain("director Ivo Vell");
    expect((await ask("who is the zarvo farm official who spoke of the talks")).abstention).toEqual({ rule: "holder", detail: "no quote names the official asked for" });
  });

  it("reads an office asked without 'the' as the office asked about", async () => {
    const ask = await askerOver({
      "offering.md": wireStory("Zarvo Bank and Trust plans offering", "1987-03-05", "HARTFORD, Conn., March 5 - Zarvo Bank and Trust Co said it plans an initial public offering of 500,000 common shares at 10 dlrs each.\n\nThe bank, which is being organised, will open in the spring and its president will be its largest shareholder."),
      "ostland.md": wireStory("Ostland Bank names president", "1987-03-06", "BOSTON, March 6 - Ostland Bank said it elected Leo Brand president, succeeding Ivo Vell."),
    });
    const unnamed = await ask("who will be president of zarvo bank and trust");
    expect(unnamed.citations).toEqual([]);
    expect((await ask("who is president of ostland bank")).citations[0]!.quote).toContain("elected Leo Brand president");
  });
});
