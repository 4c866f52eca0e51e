/** The names-together rule on its own: a question it refuses, the reply the reader sees, and what the question gets with it switched off. */
import { describe, expect, it } from "vitest";
import { writtenInFull } from "../../src/answer/passage-names.js";
import { answererWithout, askerOver, both, otherStory, wire, wireStory } from "../helpers/answer-rules.js";

describe("names-together", () => {
  it("reads \"FM\" as the title of a foreign minister, which the articles write out", async () => {
    // "FM Hovhannisyan" was a name no passage held; read as a title, the passages name him by his office.
    const answer = await answererWithout().ask("What did the International Court of Justice order on the Lachin Corridor, and how did the Dutch foreign minister and Armenia's deputy FM Hovhannisyan refer to that ruling?");
    expect(answer.refusedBy).toEqual([]);
    expect(answer.text).toContain("Hovhannisyan");
    expect((await answererWithout().ask("who is armenias fm")).text).toContain("Minister of Foreign Affairs of Armenia Ararat Mirzoyan");
  });

  it("reads \"fm\" before consultations as the kind of consultations, no minister the report must name", async () => {
    // The report names the ministries of foreign affairs and the Czech delegation's head, never a Czech foreign minister.
    const answer = await answererWithout().ask("armenian-czech fm consultatons took place on wat date n in wat city");
    expect(answer.refusedBy).toEqual([]);
    expect(answer.citations[0]!.quote).toContain("On March 27 political consultations between the Ministries of Foreign Affairs");
    expect(answer.citations[0]!.quote).toContain("took place in Yerevan");
  });

  it("reads the kind of place asked for as no name, however often the articles write it in one (\"Kansas City\")", async () => {
    const ask = await askerOver({
      "suit.md": wireStory("Vellia Fund sues to block Zico bid", "1987-03-09", "NEW YORK, March 9 - Vellia Convertible Fund Inc said it filed a lawsuit in federal court in Newark, N.J., seeking to block a hostile 30 dlr a share takeover offer by Zico Investment Holdings Inc."),
      "board.md": wireStory("Kansas City Board of Trade extends hours", "1987-03-10", "KANSAS CITY, March 10 - The Kansas City Board of Trade said it will extend trading hours.\n\nKansas City traders welcomed the move, a Kansas City Board of Trade official said."),
    });
    const answer = await ask("in what city's federal court did the closed-end fund sue to block zico's hostile bid");
    expect(answer.refusedBy).toEqual([]);
    expect(answer.citations[0]!.quote).toContain("in federal court in Newark");
  });

  it("reads a country called by its region (\"the West African nation\") as the country its report names", async () => {
    const ask = await askerOver({
      "debt.md": wireStory("West Germany reschedules Sierra Leone debt", "1987-03-13", "BONN, March 13 - West Germany and Sierra Leone signed an agreement to reschedule 26 mln marks of principal and interest payments on loans, the West German Foreign Ministry said."),
      "rates.md": otherStory,
    });
    const answer = await ask("What amount of loan payments did Bonn agree to push back for the West African nation?");
    expect(answer.refusedBy).toEqual([]);
    expect(answer.citations[0]!.quote).toContain("26 mln marks");
  });

  it("reads a name that opens with its owner's abbreviation as the owner's thing, which a report names apart", async () => {
    const ask = await askerOver({
      "acres.md": wireStory("ZDA accepts 10.5 mln acres in reserve", "1987-03-13", "WASHINGTON, March 13 - The Zarvan Agriculture Department has accepted 10.5 mln more acres into the Ostland Reserve Program, ZDA announced.\n\nThe state showing the biggest enrollment during this signup was Vellia with about 1.2 mln acres."),
      "rates.md": otherStory,
    });
    const question = "Which state showed the biggest enrollment in the latest ZDA Ostland Reserve Program signup?";
    const answer = await ask(question);
    expect(answer.refusedBy).toEqual([]);
    expect(answer.text).toContain("Vellia with about 1.2 mln acres");
    // The program's own name is still to be written in a row.
    expect((await ask("Which state showed the biggest enrollment in the latest ZDA Reserve Ostland Program signup?")).abstention?.rule).toBe("names-together");
  });

  it("reads a name that opens with an area as any country of the area and the rest of the name", async () => {
    const ask = await askerOver({
      "ecuador.md": wireStory("Ecuador Oil Exports Halted", "1987-03-10", "QUITO, March 10 - The suspension of Ecuador's crude oil shipments after an earthquake cut an oil pipeline will last at least four months, a senior Energy Ministry official said.\n\nEcuador, an OPEC member, exports about 140,000 barrels a day."),
      "nigeria.md": wireStory("Nigeria raises rediscount rate", "1987-03-09", "LAGOS, March 9 - Nigeria's central bank raised its rediscount rate by two points, it said."),
      "rates.md": otherStory,
    });
    const answer = await ask("How long will the South American OPEC member's crude shipments stay halted after the tremor wrecked its pipeline?");
    expect(answer.refusedBy).toEqual([]);
    expect(answer.citations[0]!.quote).toContain("will last at least four months");
    expect((await ask("How long will the West African OPEC member's crude shipments stay halted after the tremor wrecked its pipeline?")).abstention?.rule).toBe("names-together");
  });

  it("reads every passage retrieved for several names in a list, each in a report of its own", async () => {
    const bond = (issuer: string, size: string, coupon: string, manager: string, city = "London") =>
      `${city.toUpperCase()}, March 3 - ${issuer} is issuing a ${size} eurobond due April 2, 1992 paying ${coupon} pct and priced at 101-3/4 pct, lead manager ${manager} said.\n\nThe bond is available in denominations of 5,000 dlrs and will be listed in ${city}.`;
    const ask = await askerOver({
      "zarvo.md": wireStory("Zarvo-Ostel issues eurobond", "1987-03-03", bond("Zarvo-Ostel AB", "150 mln dlr", "7-3/4", "Crow Guaranty Ltd")),
      "zarvo-again.md": wireStory("Zarvo-Ostel launches dollar eurobond in London", "1987-03-03", bond("Zarvo-Ostel AB", "150 mln dlr", "7-3/4", "Crow Guaranty Ltd")),
      "vell.md": wireStory("Vell UK issues sterling eurobond", "1987-03-05", bond("Vell UK International Finance BV", "50 mln stg", "10", "Brand Wedd Ltd")),
      "ostland.md": wireStory("Ostland Finance launches eurobond in London", "1987-03-04", bond("Ostland Finance NV", "100 mln dlr", "7-1/2", "Crow Guaranty Ltd")),
      "velm.md": wireStory("Velm Bank issues eurobond in London", "1987-03-04", bond("Velm Bank Ltd", "75 mln dlr", "7-5/8", "Brand Wedd Ltd")),
      "zarvo-terms.md": wireStory("Zarvo-Ostel eurobond launched in London pays 7-3/4 pct", "1987-03-04", bond("Zarvo-Ostel AB", "150 mln dlr", "7-3/4", "Crow Guaranty Ltd")),
      "vell-again.md": wireStory("Vell UK launches sterling eurobond in London", "1987-03-05", bond("Vell UK International Finance BV", "50 mln stg", "10", "Brand Wedd Ltd")),
      "sarn-power.md": wireStory("Sarn Power launches eurobond in London", "1987-03-05", bond("Sarn Power Co", "200 mln dlr", "7-1/4", "Brand Wedd Ltd")),
      "sarn-bank.md": wireStory("Sarn Bank launches eurobond in London", "1987-03-05", bond("Sarn Bank", "100 mln dlr", "7", "Crow Guaranty Ltd")),
      "sarn.md": wireStory("Canadian Dlr Bond Issued", "1987-03-03", bond("Sarn Mortgage Corp", "100 mln Canadian dlr", "8-3/4", "Wood Crow Ltd", "Toronto")),
      "cars.md": wire["cars.md"],
    });
    const answer = await ask("What eurobonds were launched in London by Zarvo-Ostel, Vell UK and Sarn Mortgage, and what do they pay?");
    expect(answer.refusedBy).toEqual([]);
    const quotes = answer.citations.map((citation) => citation.quote).join(" ");
    for (const issuer of ["Zarvo-Ostel AB", "Vell UK International Finance BV", "Sarn Mortgage Corp"]) expect(quotes).toContain(`${issuer} is issuing`);
  });

  it("reads a ministry as chat shortens it: the russian mfa is the Russian foreign ministry", async () => {
    const answer = await answererWithout().ask("who reportd the russian mfa source on armenia icc");
    expect(answer.refusedBy).toEqual([]);
    expect(answer.citations.map((citation) => citation.quote).join(" ")).toContain("RIA Novosti");
  });

  it("searches for a body by the other name the reports use far more: the Pentagon is the Defense Department", async () => {
    const contract = (firm: string, work: string) => wireStory(`${firm} gets contract`, "1987-03-06", `WASHINGTON, March 6 - ${firm} has received a 12.5 mln dlr contract for ${work}, the Defense Department said.`);
    const deal = (firm: string, city: string) =>
      wireStory(`${firm} in facilities deal`, "1987-03-05", `${city.toUpperCase()}, March 5 - ${firm}, an engineering firm, said its deal to build new facilities will be used to expand its engineering business, the firm said.`);
    const ask = await askerOver({
      "fluor.md": wireStory("Zarvo Constructors gets contract", "1987-03-06", "WASHINGTON, March 6 - Zarvo Constructors Inc has received a 197.6 mln dlr contract for work on facilities which will be used in ground-based free electron laser technology, the Defense Department said."),
      "ostel.md": contract("Ostel Aerospace", "radar plane parts"),
      "vell.md": contract("Vell Marine", "ship repairs"),
      ...Object.fromEntries(["Sarn", "Brand", "Velm", "Crow", "Wood", "Ostland", "Marrow", "Dunn", "Tarn", "Zell"].map((firm, i) => [`deal-${i}.md`, deal(`${firm} Engineering Corp`, ["Boston", "Denver", "Tulsa", "Omaha", "Dallas", "Reno", "Austin", "Fresno", "Tampa", "Akron"][i]!)])),
    });
    const answer = await ask("what will the facilities in the engineering firm's pentagon deal be used for?");
    expect(answer.refusedBy).toEqual([]);
    expect(answer.text).toContain("free electron laser");
  });

  it("reads names that tell which report is asked of (\"according to the dutch ambassador story\") as no names its passages must hold", async () => {
    const answer = await answererWithout().ask("roughly how many days has the corridor been shut according to the dutch ambassador story");
    expect(answer.refusedBy).toEqual([]);
    expect(answer.citations[0]!.quote).toContain("which it keeps blockaded for more than 100 days");
    // Named as what is asked about, they must still be held together: no article has a Dutch ambassador speak.
    expect((await answererWithout().ask("what did the dutch ambassador in baku say to the azerbaijani government")).abstained).toBe(true);
  });

  it("reads a place before a maker as the maker's seat, no name the passage must hold", async () => {
    // The suit's story never names Indianapolis, which another story does: "the Indianapolis drugmaker" describes Zarvo Lilly by its seat.
    const ask = await askerOver({
      "suit.md": wireStory("Zarvo Lilly sues over cancer drug", "1987-03-05", "NEW YORK, March 5 - Zarvo Lilly and Co said it filed a patent infringement suit against Ostland Pharmaceutical Products Inc over its cancer drug Vincristine Sulfate."),
      "plant.md": wireStory("Zarvo Lilly to expand plant", "1987-03-04", "INDIANAPOLIS, March 4 - Zarvo Lilly and Co said it will expand its Indianapolis plant."),
    });
    const question = "Which cancer drug is the Indianapolis drugmaker's patent suit against Ostland Pharmaceutical Products about?";
    const answer = await ask(question);
    expect(answer.refusedBy).toEqual([]);
    expect(answer.citations[0]!.quote).toContain("Vincristine Sulfate");
  });

  it("refuses where no passage holding the names gives the figure the question states", async () => {
    const ask = await askerOver({
      "split.md": wireStory("Zarvo Products votes stock split", "1987-03-05", "ROCHESTER, March 5 - Zarvo Products Inc said its board approved a two-for-one stock split of its common shares for shareholders of record as of April 1, 1987."),
      "other-split.md": wireStory("Ostland Mills sets three-for-two split", "1987-03-06", "CHICAGO, March 6 - Ostland Mills Corp said its board declared a three-for-two stock split payable April 20."),
      "cars.md": wire["cars.md"],
    });
    const question = "What is the record date for Zarvo Products' three-for-two stock split?";
    const on = await ask(question);
    expect(on.abstention).toEqual({ rule: "names-together", detail: "no passage read holds every name, time and figure the question asks about, together" });
    expect(on.text).toBe("I found nothing about that in the 3 articles I have.");
    expect((await ask(question, ["names-together"])).text).toContain("two-for-one stock split");
    expect((await ask("What is the record date for Zarvo Products' 2-for-1 stock split?")).text).toContain("April 1, 1987");
  });

  it("refuses where the passage holding the names gives the security asked about in another currency", async () => {
    const ask = await askerOver({
      "bond.md": wireStory("Zarvo Chemical issues dollar eurobond", "1987-03-05", "LONDON, March 5 - Zarvo Chemical Co is issuing a 150 mln dlr eurobond due 1992 with a coupon of 7-3/8 pct, lead manager Crow Guaranty Ltd said."),
      "yen.md": wireStory("Ostland Bank issues yen eurobond", "1987-03-05", "TOKYO, March 5 - Ostland Bank is issuing a 20 billion yen eurobond with a coupon of 4-7/8 pct, lead manager Velm Securities said."),
      "cars.md": wire["cars.md"],
    });
    const question = "whats the coupon on zarvo chemical's yen eurobond";
    const on = await ask(question);
    expect(on.abstention?.rule).toBe("names-together");
    expect((await ask(question, ["names-together"])).text).toContain("7-3/8 pct");
    expect((await ask("whats the coupon on zarvo chemical's dollar eurobond")).text).toContain("7-3/8 pct");
  });

  it("takes no report dated in a year for that year's results, unless it names the year", async () => {
    const ask = await askerOver({
      "results.md": wireStory("Zarvo Group year revenues rise", "1987-03-05", "NEW YORK, March 5 - Zarvo Group Inc said revenues rose to 753.5 mln dlrs for the year from 673.4 mln dlrs."),
      "outlook.md": wireStory("Ostland Mills sees higher revenues", "1987-03-06", "CHICAGO, March 6 - Ostland Mills Corp said it expects revenues of about 800 mln dlrs in 1987, up from 700 mln dlrs."),
      "cars.md": wire["cars.md"],
    });
    const question = "What were Zarvo Group's revenues for full-year 1987?";
    const on = await ask(question);
    expect(on.abstention?.rule).toBe("names-together");
    expect((await ask(question, ["names-together"])).text).toContain("753.5 mln dlrs");
    expect((await ask("What were Zarvo Group's revenues for the year?")).text).toContain("753.5 mln dlrs");
    expect((await ask("What revenues does Ostland Mills expect for 1987?")).text).toContain("800 mln dlrs");
  });

  it("reads last month in a report as the month before its date", async () => {
    const ask = await askerOver({
      "sales.md": wireStory("Zarvo Stores February sales up 26 pct", "1987-03-06", "NEW YORK, March 6 - Zarvo Stores Inc said its sales totaled 207.5 mln dlrs last month, up 26.0 pct from the 164.7 mln dlrs reported for February 1986."),
      "cars.md": wire["cars.md"],
    });
    expect((await ask("What were Zarvo Stores' sales in February 1987?")).text).toContain("207.5 mln dlrs last month");
    // The month before is no other month: January 1987 is not "last month" in March.
    expect((await ask("What were Zarvo Stores' sales in January 1987?")).abstained).toBe(true);
  });

  it("reads two names each with a thing of its own as a report each", async () => {
    const ask = await askerOver({
      "telecom.md": wireStory("Ostland Telecom To Redeem Preferred", "1987-03-12", "TORONTO, March 12 - Ostland Telecom Ltd said it would redeem its class A series one preferred shares on April 27 at 25.50 dlrs a share."),
      "digital.md": wireStory("Zarvo Digital Calls Debentures", "1987-03-16", "IRVINE, Calif., March 16 - Zarvo Digital Corp said it will call for redemption on April six all its 6-3/4 pct convertible debentures at 1,090 dlrs per 1,000 dlr face amount."),
      "cars.md": wire["cars.md"],
    });
    const answer = await ask("What are the redemption terms for Ostland Telecom's class A preferred shares and Zarvo Digital's convertible debentures?");
    expect(answer.refusedBy).toEqual([]);
    expect(answer.sources.map((source) => source.id).sort()).toEqual(["digital", "telecom"]);
  });

  it("refuses when no passage holds the names asked about together", async () => {
    const { on, off } = await both("names-together", "What did the Czech president say in Yerevan?", ["speaker"]);
    expect(on.abstention?.rule).toBe("names-together");
    expect(off.kind).toBe("answer");
    // The reply says which name it found nothing on, so the reader can ask again without it.
    expect(on.text).toBe("I found nothing on that mentioning “Czech president” in the 11 articles I have.");
    expect(on.abstention?.detail).toBe("no passage read names Czech president");
  });

  it("reads a place that only describes a body of people as no name, unless a passage on it names another place", async () => {
    const oil = wireStory("Ecuador raises oil output", "1987-03-06", "QUITO, March 6 - Ecuador raised its crude oil output in February, mostly for American refiners, the energy ministry said.");
    const question = "Which American polling outfit showed support for the Vell Party falling?";
    // No report gives the institute's country, and none on the survey names another.
    const unplaced = await askerOver({
      "poll.md": wireStory("Zarvo poll shows support falling", "1987-03-05", "LONDON, March 5 - An opinion survey by the Zarvo Institute showed support for the Vell Party falling to 31 pct.\n\nThe institute questioned 1,200 voters."),
      "oil.md": oil,
    });
    const survey = await unplaced(question);
    expect(survey.refusedBy).toEqual([]);
    expect(survey.text).toContain("Zarvo Institute");
    // Where the polling outfit the report speaks of is British, the American one is not it.
    const british = await askerOver({
      "poll.md": wireStory("Poll shows support falling", "1987-03-05", "LONDON, March 5 - A British polling outfit, Ostland Research, found support for the Vell Party falling to 31 pct."),
      "oil.md": oil,
    });
    expect((await british(question)).abstention?.rule).toBe("names-together");
  });

  it("reads a part of the country readers describe a firm by, which the wire seldom writes, as no name: a Wall Street house", async () => {
    const ask = await askerOver({
      "banker.md": wireStory("Zarvo Solar names investment banker", "1987-03-04", "TAMPA, Fla., March 4 - Zarvo Solar Corp said it made Ostland Brothers and Co Inc its exclusive investment banker to market financing for its solar-powered utility systems for towns."),
      // Reports that name Wall Street, and a Florida hotel bought by a Maryland firm: the Florida firm is not any firm of the reports.
      "stocks.md": wireStory("Wall Street stocks rise", "1987-03-05", "NEW YORK, March 5 - Stocks rose on Wall Street in active trading, led by computer makers."),
      "hotel.md": wireStory("Vell Corp buys hotel", "1987-03-06", "BALTIMORE, March 6 - Vell Corp, a Maryland firm, said it bought a Florida hotel for 12 mln dlrs."),
    });
    const answer = await ask("which wall street house became sole investment banker for the florida firm's solar-powered utility systems");
    expect(answer.refusedBy).toEqual([]);
    expect(answer.text).toContain("Ostland Brothers and Co Inc its exclusive investment banker");
  });

  it("reads a Wall Street firm as any firm, whatever place another report sets a firm in", async () => {
    const ask = await askerOver({
      "advisor.md": wireStory("Lewis Vell to join Zarvo Stanley", "1987-03-12", "NEW YORK, March 12 - Zarvo Stanley Group Inc said Lewis Vell will join the firm as senior advisor.\n\nVell ran against Mario Cuomo as the Republican candidate for governor of New York State in 1982."),
      "broker.md": wireStory("Ostland Securities opens office", "1987-03-10", "BOSTON, March 10 - Ostland Securities, a Boston brokerage firm that competes with Wall Street's largest houses, said it opened an office in Chicago."),
      "rates.md": otherStory,
    });
    const answer = await ask("what job is the former new york governor candidate taking at the wall street firm");
    expect(answer.refusedBy).toEqual([]);
    expect(answer.text).toContain("Lewis Vell");
  });

  it("takes someone named in the passage before, in the same article, as the one who goes on speaking in the next", async () => {
    // The Karabakh report names "political scientist Farhad Mammadov" in one passage; the next goes on "he maintains ..." about Washington.
    const answer = await answererWithout().ask("what does farhad mammadov think about signing the peace deal in washington");
    expect(answer.refusedBy).toEqual([]);
    expect(answer.citations[0]!.quote).toContain("no fundamental importance");
    // Someone named elsewhere in the report, not just before, is not the one speaking.
    expect((await answererWithout().ask("what does ramin mammadov think about signing the peace deal in washington")).refusedBy).toContain("names-together");
  });

  it("names a people it found nothing on", async () => {
    const answer = await answererWithout().ask("What did Kostanyan discuss with the Iranian parliamentary delegation?");
    expect(answer.abstention?.rule).toBe("names-together");
    expect(answer.text).toBe("I found nothing on that mentioning “Iranian” in the 11 articles I have.");
  });

  it("takes each name of a question on several reports from a passage of its own, whatever times it asks about", async () => {
    const question = "what did pashinyan say in march 2023 about the 2020 war and about ethnic cleansing in karabakh";
    expect((await answererWithout().ask(question)).refusedBy).toEqual([]);
    // Asked of one report, the times stand beside the name.
    expect((await answererWithout().ask("what did pashinyan say in march 2021 about the 2020 war")).kind).toBe("not_found");
  });

  it("takes each day of a list of days from a report of its own, quoted in the order asked, and refuses a day no report gives", async () => {
    const ask = await askerOver({
      "feb25.md": wireStory("Zarvo bank reserves rose on Feb 25", "1987-02-26", "WASHINGTON, Feb 26 - Reserves of the Zarvo Bank rose on Feb 25 to 4.151 billion dlrs from 2.727 billion dlrs, the bank said."),
      "mar5.md": wireStory("Zarvo bank reserves fell on March 5", "1987-03-06", "WASHINGTON, March 6 - Reserves of the Zarvo Bank fell on March 5 to 3.467 billion dlrs from 3.939 billion dlrs, the bank said."),
    });
    const answer = await ask("What happened to the Zarvo Bank's reserves on Feb 25 and March 5?");
    expect(answer.refusedBy).toEqual([]);
    expect(answer.text).toContain("4.151 billion dlrs");
    expect(answer.text).toContain("3.467 billion dlrs");
    expect(new Set(answer.citations.map((citation) => citation.article.id)).size).toBe(2);
    expect((await ask("What happened to the Zarvo Bank's reserves on Feb 25 and March 9?")).refusedBy).toContain("names-together");
    // The reports are quoted in the order the days are asked.
    const firstQuoted = async (question: string) => (await ask(question)).citations[0]!.article.id;
    expect(await firstQuoted("What happened to the Zarvo Bank's reserves on Feb 25 and March 5?")).toBe("feb25");
    expect(await firstQuoted("What happened to the Zarvo Bank's reserves on March 5 and Feb 25?")).toBe("mar5");
  });

  it("finds a nationality in a passage that names its country by dotted initials", async () => {
    const answer = await answererWithout().ask("How much did Zarvanian Grain's sales to American millers rise?");
    expect(answer.kind).toBe("answer");
    expect(answer.text).toContain("sales to U.S. millers rose by a third");
  });

  it("asks only for the names as an asker who types capitals typed them", async () => {
    // "cabinet" is capitalised in the articles' "Cabinet of Ministers" alone; the consultations' story never uses it.
    const answer = await answererWithout().ask("Which Armenian cabinet minister received the Czech foreign ministry official after the consultations?");
    expect(answer.kind).toBe("answer");
    expect(answer.text).toContain("received by the Minister of Foreign Affairs of Armenia Ararat Mirzoyan");
  });

  it("asks for no name of its own a word typed in lower case that the articles capitalise only after the word before it", async () => {
    // The ministry's "Azerbaijan Army" is capitalised, "our army" is not; the analyst's report says "the armed forces of Azerbaijan".
    const answer = await answererWithout().ask("what did azerbaijans army take near lachin acc to oktay gasimov");
    expect(answer.kind).toBe("answer");
    expect(answer.citations[0]!.quote).toContain("having taken a height near which three dirt roads converge");
  });

  it("takes an office named without its country as the country's in a report filed from one of its towns", async () => {
    const report = (dateline: string) => wireStory("Ministry to examine late payments", "1987-03-16", `${dateline}, March 16 - Finance Minister Zarvo Vell said a committee will be set up to examine the problem of late government payments to contractors.`);
    const question = "what did the saudi finance minister say about late payments to contractors";
    const saudi = await askerOver({ "payments.md": report("ABHA, Saudi Arabia"), "rates.md": otherStory });
    expect((await saudi(question)).text).toContain("Finance Minister Zarvo Vell said a committee");
    // Filed from another country's town, the minister is that country's.
    const egyptian = await askerOver({ "payments.md": report("ASWAN, Egypt"), "oil.md": wireStory("Saudi oil output steady", "1987-03-10", "RIYADH, March 10 - Saudi Arabia's crude oil output held steady in February, industry sources said."), "rates.md": otherStory });
    expect((await egyptian(question)).abstention?.rule).toBe("names-together");
  });

  it("takes a country's office for whoever holds it, as another article names them", async () => {
    // The Blitz report never says "prime minister"; Global Comment names "Armenia's Prime Minister Nikol Pashinyan".
    const { on, off } = await both("names-together", "What did the Armenian premier pledge to do with the information about traitors inside the army?");
    expect(on.kind).toBe("answer");
    expect(on.text).toContain("Nikol Pashinyan promised to declassify information");
    expect(off.text).toBe(on.text);
    // "PM" is the same office.
    expect((await answererWithout().ask("What did the Armenian PM vow on March 14 that Yerevan would never give Baku a mandate for?")).text).toContain("give Azerbaijan a mandate");
    expect((await answererWithout().ask("What did the Turkish premier pledge to do with the information about traitors inside the army?")).abstention?.rule).toBe("names-together");
  });

  it("searches for an office by its holder, read as the nearest country's office before it, however the title is typed", async () => {
    // "Armenia's prime minister" is Armenia's premier, whom the articles name Pashinyan; the Blitz report gives no title.
    const premier = await answererWithout().ask("what did armenia's prime minister say he'd do with the info about traitors inside the military");
    expect(premier.kind).toBe("answer");
    expect(premier.text).toContain("Nikol Pashinyan promised to declassify information");
    // "... the recent meeting between the Dutch Prime Minister Rutte and Azerbaijani President Aliyev": Rutte is the Netherlands'
    // premier, not Azerbaijan's president, though the report names Aliyev's country first.
    const dutch = await answererWithout().ask("Which Dutch head of government raised the humanitarian situation in Karabakh with Azerbaijan's president?");
    expect(dutch.citations[0]!.quote).toContain("the Dutch Prime Minister Rutte");
    // Typed in lower case, "foreign minister" stays with the country before it, and the articles' one Armenian foreign minister leads.
    const minister = await answererWithout().ask("which armenian foreign minister received the czech envoy after the consultations");
    expect(minister.citations[0]!.quote).toContain("received by the Minister of Foreign Affairs of Armenia Ararat Mirzoyan");
  });

  it("takes a region for any of its countries, where the quoted article must lie: the East African country is Kenya, not Nigeria", async () => {
    const ask = await askerOver({
      "kenya-debt.md": "---\ntitle: Kenya says debt service weighs on budget\noutlet: Test Wire\ndate: 1987-03-05\n---\n\nNAIROBI, March 5 - Kenya is spending over 27 pct of its budget on servicing its debts, the finance minister said.\n\nHe said the country would seek new loans on softer terms.\n",
      "nigeria-oil.md": "---\ntitle: Nigeria raises oil output\noutlet: Test Wire\ndate: 1987-03-06\n---\n\nLAGOS, March 6 - Nigeria raised its crude oil output in February, the oil ministry said.\n",
    });
    const east = await ask("What share of its budget is the East African country spending on debt service?");
    expect(east.abstention).toBeNull();
    expect(east.text).toContain("27 pct of its budget");
    // Nigeria's story speaks of a West African country, but the quote would be Kenya's.
    const west = await ask("What share of its budget is the West African country spending on debt service?");
    expect(west.abstention?.rule).toBe("place");
    expect(west.text).toBe("I found nothing about that in West Africa in the 2 articles I have.");
  });

  it("reads an office by its other names: an envoy is an ambassador or whoever a country sends, a premier a prime minister", async () => {
    const envoy = await answererWithout().ask("Which diaspora group reported that Azerbaijan's envoy had been called in by the Dutch foreign ministry?");
    expect(envoy.kind).toBe("answer");
    expect(envoy.text).toContain("Federation of Armenian Organisations in the Netherlands");
    // An envoy is whoever a country sends: the Czech delegation's head, who is no ambassador.
    const czech = await answererWithout().ask("Which Armenian foreign minister received the Czech envoy once the consultations were over?");
    expect(czech.refusedBy).toEqual([]);
    expect(czech.citations[0]!.quote).toContain("Ararat Mirzoyan");
    // An ambassador is no delegation.
    expect((await answererWithout().ask("Which Armenian foreign minister received the Czech ambassador once the consultations were over?")).refusedBy).toContain("names-together");
    const premier = await answererWithout().ask("Did the Armenian premier promise to make secret information about the defeat public?");
    expect(premier.kind).toBe("answer");
    expect(premier.text).toContain("promised to declassify information");
    // A premier is no foreign minister: the Czech delegation's talks do not speak of the Czech premier.
    expect((await answererWithout().ask("What did the Czech premier say in Yerevan?")).abstention?.rule).toBe("names-together");
  });

  it("reads Washington as the United States, as the news names its government", async () => {
    const answer = await answererWithout().ask("Who is Washington's ambassador in Yerevan that demanded the road to Karabakh be reopened right away?");
    expect(answer.refusedBy).toEqual([]);
    expect(answer.citations[0]!.quote).toContain("Kristina Kvien, the United States Ambassador to Armenia");
  });

  it("takes a title before a name in a report filed from the country's capital as the country's office", async () => {
    // "YEREVAN, MARCH 21, ARMENPRESS. Prime Minister Nikol Pashinyan ... extended Newroz greetings".
    const answer = await answererWithout().ask("What does the Kurdish spring festival symbolize, according to the Armenian prime minister's message?");
    expect(answer.kind).toBe("answer");
    expect(answer.text).toContain("awakening of nature");
    // Filed from Yerevan, the consultations' "Foreign Minister Mirzoyan" is no Czech minister.
    expect((await answererWithout().ask("What did the Czech foreign minister say about the Lachin corridor?")).abstention?.rule).toBe("names-together");
  });

  it("reads a people that describes a firm as no name the passage must hold", async () => {
    // Business news seldom gives a firm's nationality beside it.
    const ask = await askerOver({
      "tv.md": wireStory("Zarvo to double Bridgend TV output", "1987-03-05", "LONDON, March 5 - Zarvo Electronics Co said it would double capacity at its Bridgend television factory.\n\nThe expansion, backed by Welsh office grants, will add 300 jobs at Bridgend, a spokesman said."),
      "yen.md": wireStory("Japan to curb yen rise", "1987-03-06", "TOKYO, March 6 - The Japanese government will act to curb the yen's rise, the finance ministry said."),
    });
    const answer = await ask("How many jobs will the Japanese electronics company's Welsh TV factory expansion add?");
    expect(answer.refusedBy).not.toContain("names-together");
    expect(answer.text).toContain("300 jobs");
    expect((await ask("How many jobs will the Japanese government's Welsh TV plan add?")).refusedBy).toContain("names-together");
    // A group or an organisation is described so too.
    const group = await askerOver({
      "payment.md": wireStory("Zarvo wants to delay payment", "1987-03-06", "BOCA RATON, March 6 - Vell Corp said Zarvo AG wants to delay payment for its stake in Vell Data because of concern about certain accounting matters."),
      "output.md": wireStory("German output rises", "1987-03-09", "BONN, March 9 - German industrial output rose 1.2 pct in January, the economics ministry said."),
    });
    const delay = await group("Why does the German electronics group want to delay payment for the Vell Data stake?");
    expect(delay.refusedBy).not.toContain("names-together");
    expect(delay.text).toContain("certain accounting matters");
 
    // And a contractor, a developer, a chain of stores.
    const contractor = await askerOver({
      "space.md": wireStory("Zarvo Aerospace wins satellite order", "1987-03-04", "TORONTO, March 4 - Zarvo Aerospace Ltd said it won an order to build two communications satellites worth 190 mln dlrs."),
      "output.md": wireStory("Canadian output rises", "1987-03-09", "OTTAWA, March 9 - Canadian industrial output rose 0.8 pct in January, Statistics Canada said."),
    });
    const order = await contractor("How much is the order the Canadian space contractor Zarvo Aerospace won worth?");
    expect(order.refusedBy).not.toContain("names-together");
    expect(order.text).toContain("190 mln dlrs");
  });

  it("reads a place that describes the kind of place asked for as no name the passage must hold", async () => {
    const ask = await askerOver({
      "mine.md": wireStory("Zarvo Gold to develop mine", "1987-03-11", "CLAYTON, Mo., March 11 - Zarvo Gold Corp said it plans to proceed with development of its Golden Vell gold property in northwestern Ontario."),
      "output.md": wireStory("Canadian output rises", "1987-03-09", "OTTAWA, March 9 - Canadian industrial output rose 0.8 pct in January, Statistics Canada said."),
    });
    const answer = await ask("Zarvo Gold is moving ahead with a mine — in which Canadian province is that property?");
    expect(answer.refusedBy).toEqual([]);
    expect(answer.text).toContain("in northwestern Ontario");
  });

  it("takes the words typed in lower case before a title as said in any words", async () => {
    // The report calls him "a spokesman for the port of Santos"; the asker, "the Santos harbour spokesman".
    const ask = await askerOver({
      "port.md": wireStory("Santos ships wait out strike", "1987-03-05", "SANTOS, Brazil, March 5 - Seventy-six ships were waiting at anchor during the seamen's strike, a Santos port spokesman said."),
      "coffee.md": wireStory("Brazil coffee exports rise", "1987-03-06", "RIO DE JANEIRO, March 6 - Brazil's coffee exports rose in February, most of them shipped from the harbour of Paranagua, the coffee institute said."),
    });
    const answer = await ask("According to the Santos harbour spokesman, how many ships were waiting during the strike?");
    expect(answer.refusedBy).not.toContain("names-together");
    expect(answer.text).toContain("Seventy-six ships were waiting");
    // Not in words for another office: the Armenian foreign minister is no defence minister.
    expect((await answererWithout().ask("What did the Armenian defence minister say about the corridor?")).abstention?.rule).toBe("names-together");
  });

  it("reads a product that describes its maker as no name the passage must hold", async () => {
    const plant = (name: string, body: string) => wireStory(`${name} car output`, "1987-03-05", `STUTTGART, March 5 - ${body}`);
    const ask = await askerOver({
      "zarvo.md": plant("Zarvo", "Zarvo Motors AG could lose output of 1,000 cars a day if works councils keep blocking overtime at its plants, a spokesman said."),
      "ostland.md": plant("Ostland", "Works councils at Ostland Motors approved overtime, so the carmaker will not lose output of cars this month."),
      "vell.md": plant("Vell", "Vell Motors said works councils blocked overtime for a day at one plant, and cars were lost."),
      "norr.md": plant("Norr", "Norr Motors works councils keep blocking overtime, the carmaker said, and it could lose cars."),
      "sarn.md": plant("Sarn", "Sarn Motors said it may lose cars a day if works councils block overtime."),
      "fair.md": wireStory("Trade fair opens", "1987-03-06", "MILAN, March 6 - A trade fair opened with textiles, furniture and the Zarlon coupe on show."),
    });
    const question = "How many cars a day could the Zarlon maker lose if works councils keep blocking overtime?";
    const answer = await ask(question);
    expect(answer.refusedBy).not.toContain("names-together");
    expect(answer.text).toContain("1,000 cars a day");
  });

  it("reads a people that describes a news agency or a pollster the same way", async () => {
    const answer = await answererWithout().ask("Which Russian news agency quoted the Armenian prime minister's claim that traitors inside the army cost the country the war?");
    expect(answer.refusedBy).not.toContain("names-together");
    expect(answer.text).toContain("TASS");
  });

  it("finds a US state by its abbreviation after a town, and a land by its people", async () => {
    const ask = await askerOver({
      "court.md": wireStory("Zarvo gets court order", "1987-03-06", "PENNSAUKEN, N.J., March 6 - Zarvo Computer Corp said a court ordered the maker of the Vell 128 personal computer to stop selling it."),
      "jersey.md": wireStory("New Jersey utility raises rates", "1987-03-09", "NEWARK, March 9 - A New Jersey utility said it would raise its rates by 4 pct."),
      "hotels.md": wireStory("Ostland Hotels to sell properties", "1987-03-05", "NEW YORK, March 5 - Ostland Hotels Inc said the Sarn Hotel and Golf Courses in Scotland will be sold."),
      "golf.md": wireStory("Scottish golf open", "1987-03-08", "EDINBURGH, March 8 - Scottish golf courses open for the season next week."),
    });
    const court = await ask("Which personal computer did a New Jersey court order its maker to stop selling?");
    expect(court.refusedBy).not.toContain("names-together");
    expect(court.text).toContain("Vell 128");
    const golf = await ask("Which Scottish golf property is Ostland Hotels selling?");
    expect(golf.refusedBy).not.toContain("names-together");
    expect(golf.text).toContain("Sarn Hotel");
  });

  it("finds a body by another name the news gives it", async () => {
    // The report names the International Court of Justice (ICJ), never "the World Court".
    const answer = await answererWithout().ask("How many parliamentary factions put written questions about the World Court ruling to the Dutch minister?");
    expect(answer.refusedBy).toEqual([]);
    expect(answer.text).toContain("13 parliamentary factions");
  });

  it("finds a bank and an exchange by the short names chat gives them", async () => {
    const ask = await askerOver({
      "boe.md": wireStory("U.K. money market given help", "1987-03-05", "LONDON, March 5 - The Bank of England said it had provided the money market with 437 mln stg assistance in the afternoon session."),
      "cme.md": wireStory("CME sets February record", "1987-03-04", "CHICAGO, March 4 - The Chicago Mercantile Exchange posted record trading volume for February, when 6,556,464 futures and options contracts changed hands."),
    });
    const boe = await ask("how much help did the boe give the money market in the afternoon");
    expect(boe.refusedBy).toEqual([]);
    expect(boe.text).toContain("437 mln stg");
    // A place by another of its names: "at the Chicago Merc" is set at the Chicago Mercantile Exchange.
    const merc = await ask("How many futures and options contracts changed hands at the Chicago Merc in February?");
    expect(merc.refusedBy).toEqual([]);
    expect(merc.text).toContain("6,556,464");
  });

  it("reads a holiday as the day the report writes by its date", async () => {
    // The report says "warned on January 1"; the holiday's name would draw the Newroz greetings for the new year.
    const answer = await answererWithout().ask("Which think tank warned on New Year’s Day that the talks could go nowhere?");
    expect(answer.refusedBy).toEqual([]);
    expect(answer.citations[0]!.quote).toContain("The International Crisis Group warned on January 1");
    // Christmas too, which no report gives.
    const christmas = await answererWithout().ask("what did azerbaijan do on christmas day");
    expect(christmas.kind).toBe("not_found");
  });

  it("reads a people that describes a newspaper, and an abbreviation its report spells out, as named", async () => {
    const ask = await askerOver({
      "debt.md": wireStory("Debtors ready to talk, World Bank says", "1987-03-11", "WASHINGTON, March 11 - World Bank vice president Leo Ostali told the business daily Handelsblatt that Latin American debtor countries were still ready to negotiate with their creditors."),
      "gnp.md": wireStory("Zarvania economy grows", "1987-03-12", "ZARVAN, March 12 - Zarvania's gross national product grew 2.5 pct in 1986, the statistics office said."),
      "ostland.md": wireStory("Ostland GNP rises", "1987-03-12", "VIENNA, March 12 - Ostland's GNP rose 1.2 pct last year, the central bank said."),
      "outlook.md": wireStory("OECD sees slower growth", "1987-03-09", "PARIS, March 9 - The OECD said Ostland's economy would grow 2 pct this year."),
      "farm.md": wireStory("Farm subsidies studied", "1987-03-06", "PARIS, March 6 - A survey by the Organisation for Economic Co-operation and Development showed that Zarvania subsidised its farms by 26 billion dlrs a year."),
    });
    const daily = await ask("Which World Bank official told a German business daily that Latin American debtors were ready to negotiate?");
    expect(daily.refusedBy).not.toContain("names-together");
    expect(daily.text).toContain("Leo Ostali");
    const gnp = await ask("How much did Zarvania's GNP grow in 1986?");
    expect(gnp.refusedBy).not.toContain("names-together");
    expect(gnp.text).toContain("2.5 pct");
    // A hyphenated word gives the abbreviation one letter; another report knows the OECD by its letters.
    const farms = await ask("How much did Zarvania spend on farm subsidies, according to the OECD survey?");
    expect(farms.refusedBy).not.toContain("names-together");
    expect(farms.text).toContain("26 billion dlrs");
  });

  it("reads two capitals as the initials of a firm its report names in full, and of nothing else", async () => {
    const ask = await askerOver({
      "mail.md": wireStory("Dialcom to sell mail software", "1987-03-12", "ROCKVILLE, Md., March 12 - Zarvanian Telecommunications PLC's Dialcom unit said it will sell software based on the X.400 international standard."),
      "talks.md": wireStory("Trade talks resume", "1987-03-10", "BRUSSELS, March 10 - Zarvo Tarn, the trade commissioner, said talks would resume in April."),
      "rates.md": otherStory,
    });
    const software = await ask("On which standard is the software from ZT's Dialcom unit based?");
    expect(software.refusedBy).not.toContain("names-together");
    expect(software.text).toContain("X.400");
    // Not a person's: too many names share two letters.
    expect(writtenInFull("ZT", "Zarvo Tarn, the trade commissioner, said talks would resume.")).toBe(false);
    expect(writtenInFull("ZT", "Zarvanian Telecommunications PLC's Dialcom unit")).toBe(true);
  });

  it("takes the names of a question about several reports from passages of their own", async () => {
    // "Which outlets" asks what several reports say; each of its names may be in a passage of its own.
    const answer = await answererWithout().ask("which outlets reported the russian mfa comment about armenia joining the icc");
    expect(answer.refusedBy).not.toContain("names-together");
    expect(answer.sources[0]!.id).toContain("russia-irritated-by-armenia-icc-intentions");
  });

  it("takes names in a list from passages of their own, and quotes each article", async () => {
    const answer = await answererWithout().ask("how did the lachin blockade come up in armenia's meetings with iraq and the czech republic");
    expect(answer.kind).toBe("answer");
    expect(answer.sources.map((source) => source.id)).toEqual(expect.arrayContaining(["2023-03-16-armenpress-armenia-iraq-regional-security", "2023-03-27-armenpress-armenia-czech-consultations"]));
    // The preposition said again, and the country by a name no article uses ("Czechia": the Czech Republic).
    const again = await answererWithout().ask("what did armenia discuss with iraq and with czechia");
    expect(again.kind).toBe("answer");
    expect(again.sources.map((source) => source.id)).toEqual(expect.arrayContaining(["2023-03-16-armenpress-armenia-iraq-regional-security", "2023-03-27-armenpress-armenia-czech-consultations"]));
  });

  it("takes names in a list each from a passage of its own, and the time asked from any", async () => {
    // Each name is found in a passage of its own, which need not say "March 2023" beside it.
    const { on, off } = await both("names-together", "What did Nikol Pashinyan say publicly during March 2023, from the 2020 war to Karabakh and the Kurdish community?");
    expect(on.kind).toBe("answer");
    expect(new Set(on.sources.map((source) => source.id)).size).toBeGreaterThanOrEqual(2);
    expect(on.text).toEqual(off.text);
  });

  it("reads a city by the letters chat writes it with, and no other city by them", async () => {
    const ask = await askerOver({
      "flights.md": wireStory(
        "Zarvo Air adds service",
        "1987-03-11",
        "HOUSTON, March 11 - Zarvo Air said it will add a third daily nonstop April One from New Orleans to Los Angeles.\n\nIt also will start nonstop service from San Antonio to Las Vegas, it said.",
      ),
      // The wire writes Louisiana "La." after a town, so the letters are a word the stories use.
      "plant.md": wireStory("Vell Chemical to close plant", "1987-03-10", "BATON ROUGE, La., March 10 - Vell Chemical Corp said it will close its Baton Rouge plant."),
      "office.md": wireStory("Ostel opens offices", "1987-03-12", "WASHINGTON, March 12 - Ostel Corp said it opened an office in Washington, D.C., and one in San Francisco."),
    });
    const answer = await ask("zarvo air new orleans to LA flights apr 1 whats new");
    expect(answer.refusedBy).toEqual([]);
    expect(answer.citations[0]!.quote).toContain("from New Orleans to Los Angeles");
    const elsewhere = await ask("zarvo air new orleans to DC flights apr 1 whats new");
    expect(elsewhere.refusedBy).toEqual(["names-together"]);
    expect(elsewhere.text).toContain("I found nothing");
  });

  it("reads a question word as chat types it as no name, though a story writes the same letters as one", async () => {
    const ask = await askerOver({
      "meeting.md": wireStory(
        "Lyndon to meet grain exporters",
        "1987-03-17",
        "WASHINGTON, March 17 - Agriculture Secretary Richard Lyndon will meet with representatives of major grain exporting companies today, and subsidized wheat for the Soviet Union will likely be discussed, an aide said.\n\nThe exporters asked for the meeting, the aide to Lyndon said.",
      ),
      "phones.md": wireStory("Zarvo Telecom unveils new Wats service", "1987-03-12", "NEW YORK, March 12 - Zarvo Telecom said it has introduced OnePlus Wats, a telecommunications service for businesses, and that Wats calls will cost 5 pct less."),
    });
    const answer = await ask("agriculture sec lyndon mtg w grain exporters wats gonna b discussed");
    expect(answer.refusedBy).toEqual([]);
    expect(answer.citations[0]!.quote).toContain("subsidized wheat for the Soviet Union");
  });

  it("reads a name that only describes what is asked for as no name its report must hold", async () => {
    const ask = await askerOver({
      "pact.md": wireStory("Vell says Zarvia torn between blocs", "1987-03-11", "OSTVILLE, March 11 - Political analyst Dana Vell said Zarvia suffers from a split identity.\n\n\"On the one hand it is a member of the Northern Pact, but on the other it gravitates toward the West,\" Vell said."),
      "rates.md": otherStory,
    });
    const answer = await ask("Which Ostland-led military bloc does Dana Vell say Zarvia belongs to, while it gravitates toward the West?");
    expect(answer.refusedBy).toEqual([]);
    expect(answer.citations[0]!.quote).toContain("a member of the Northern Pact");
    // Named as who acts, the name is still asked.
    expect((await ask("Which military bloc does Dana Vell say Ostland belongs to, while it gravitates toward the West?")).abstention?.rule).toBe("names-together");
  });

  it("reads an MP as a deputy of parliament", async () => {
    const answer = await answererWithout().ask("Which Azerbaijani MP was picked to lead Baku's team in the dialogue with Karabakh's ethnic Armenians");
    expect(answer.refusedBy).toEqual([]);
    expect(answer.citations[0]!.quote).toContain("deputy of parliament Ramin Mammadov");
  });

  it("knows an envoy by the name a report gives whoever headed the delegation", async () => {
    // The Czech envoy is "Jaroslav Kurfürst" where the report says what Mirzoyan discussed with him.
    const answer = await answererWithout().ask("What did Mirzoyan discuss with the Czech envoy?");
    expect(answer.refusedBy).toEqual([]);
    expect(answer.text).toContain("Jaroslav Kurfürst was received by the Minister of Foreign Affairs of Armenia Ararat Mirzoyan");
  });
});
