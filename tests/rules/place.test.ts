/** The place rule on its own: a question it refuses, the reply the reader sees, and what the question gets with it switched off. */
import { describe, expect, it } from "vitest";
import { answererWithout, askerBeside, askerOver, both, otherStory, wire, wireStory } from "../helpers/answer-rules.js";

describe("place", () => {
  it("takes a report that places its story after a town by the state's abbreviation as set in the state", async () => {
    const ask = await askerOver({
      "licenses.md": wireStory("Zarvo Video grants licenses", "1987-03-03", "FORT LAUDERDALE, Fla., March 3 - Zarvo Video Corp said it executed two additional area licenses to own and operate Zarvo Video rental stores.\n\nIt said these exclusive licenses were granted to <Vellco Inc> for the Greensboro, Winston-Salem, Raleigh-Durham and Highpoint, N.C. metropolitan areas."),
      "rates.md": otherStory,
      "tobacco.md": wireStory("Tobacco crop smaller", "1987-03-04", "RALEIGH, March 4 - Tobacco growers in North Carolina and South Carolina expect a smaller crop this year, the state growers' association said."),
    });
    const answer = await ask("Who got the new Zarvo Video store licenses in North Carolina?");
    expect(answer.refusedBy).toEqual([]);
    expect(answer.citations.map((citation) => citation.quote).join(" ")).toContain("granted to <Vellco Inc>");
    expect((await ask("Who got the new Zarvo Video store licenses in South Carolina?", ["names-together"])).abstention?.rule).toBe("place");
  });

  it("takes a report filed from the place asked about as set there where a quote names a body of the place, though it tells of work elsewhere", async () => {
    const ask = await askerOver({
      "stock.md": wireStory("Zarvo Mining Says Stock Rise Due To Drilling", "1987-03-11", "Toronto, March 11 - Zarvo Mining Corp Ltd said the gain in its stock price today is related to deep drilling being conducted by Vell Resources Corp at the Goldstrike claims in the Carlin camp in northern Nevada.\n\nZarvo Mining stock is up two at seven dlrs per share on the Toronto Stock Exchange."),
      "listing.md": wireStory("Vell Mining lists in Vancouver", "1987-03-09", "VANCOUVER, March 9 - Vell Mining Ltd said its shares will trade on the Vancouver Stock Exchange from Monday."),
      "rates.md": otherStory,
    });
    const answer = await ask("why did zarvo mining's stock price gain in toronto");
    expect(answer.refusedBy).toEqual([]);
    expect(answer.citations[0]!.quote).toContain("related to deep drilling");
    expect((await ask("why did zarvo mining's stock price gain in vancouver", ["names-together"])).abstention?.rule).toBe("place");
  });

  it("takes two places paired by a hyphen as named by both: the New York-New Jersey harbor is the Port of New York and New Jersey", async () => {
    const ask = await askerOver({
      "port.md": wireStory("Union, Shippers Agree To Cut Zarvo Port Costs", "1987-03-09", "NEW YORK, March 9 - The Zarvo Shipping Association and the dockers' union said they agreed to cut cargo assessments at the Port of New York and New Jersey by more than 50 pct.\n\nThe charges on cargo handled by union workers will be reduced to 2.85 dlrs a ton from 5.85 dlrs a ton, effective April one."),
      "boston.md": wireStory("Boston dockers vote", "1987-03-10", "BOSTON, March 10 - Dockers at the port of Boston voted to accept a new contract, the union said."),
      "rates.md": otherStory,
    });
    const answer = await ask("By how much will the per-ton levy on union-handled cargo in the New York-New Jersey harbor be lowered?");
    expect(answer.refusedBy).toEqual([]);
    expect(answer.text).toContain("2.85 dlrs a ton");
    expect((await ask("By how much will the per-ton levy on union-handled cargo in the New York-Boston harbor be lowered?", ["names-together"])).abstention?.rule).toBe("place");
  });

  it("takes a report that names the place with its kind of area as set there: in the district of Shusha", async () => {
    const answer = await answererWithout().ask("who is tryin to prevent escalation in shusha per moscow");
    expect(answer.refusedBy).toEqual([]);
    expect(answer.citations[0]!.quote).toContain("Russian peacekeepers");
  });

  it("takes a report that names the place as the area it is, by a longer name, as set there: its breakaway region of Nagorno-Karabakh", async () => {
    const answer = await answererWithout().ask("which roads did the azerbaijan army take over in karabakh");
    expect(answer.refusedBy).toEqual([]);
    expect(answer.citations[0]!.quote).toContain("dirt roads north of Lachin");
  });

  it("reads a poll named by who polled as no place: the MORI poll", async () => {
    const ask = await askerBeside("Poll Shows Conservatives Ahead", "1987-03-08", "LONDON, March 8 - Britain's ruling Conservatives have a nine point lead over the main opposition Labour Party, their biggest in two years, according to an opinion poll published today.\n\nThe survey was carried out by Market and Opinion Research International (MORI) for the Sunday Times.", otherStory);
    const answer = await ask("How big was the Conservatives' lead over Labour in the MORI poll?");
    expect(answer.refusedBy).toEqual([]);
    expect(answer.citations[0]!.quote).toContain("nine point lead");
  });

  it("reads lawmakers named by their seat as no place: parliamentary groups in The Hague are the Dutch parliament's", async () => {
    const answer = await answererWithout().ask("How many parliamentary groups in The Hague sent written questions about the ICJ ruling?");
    expect(answer.refusedBy).toEqual([]);
    expect(answer.citations[0]!.quote).toContain("13 parliamentary factions");
  });

  it("reads a meeting named by who took part as no place: the Czech consultations were in Yerevan", async () => {
    const answer = await answererWithout().ask("what did mirzoyan say abt azerbaijans behaviour in the czech meeting");
    expect(answer.refusedBy).toEqual([]);
    expect(answer.text).toContain("aggressive rhetoric");
  });

  it("takes a place in any country of a continent as set there, and names a place no article uses once", async () => {
    const europe = await answererWithout().ask("Who did Aliyev meet in Europe?");
    expect(europe.kind).toBe("answer");
    expect(europe.text).toMatch(/Rutte|Steinmeier/);
    const africa = await answererWithout().ask("Who did Aliyev meet in Africa?");
    expect(africa.abstention?.rule).toBe("place");
    expect(africa.text).toBe("I found nothing about Africa in the 11 articles I have.");
  });

  it("takes a country of more than one word as lying in its region, and no country of another region", async () => {
    const ask = await askerOver({
      "leone.md": wireStory("West Germany reschedules Sierra Leone debt", "1987-03-13", "BONN, March 13 - West Germany and Sierra Leone signed an agreement to reschedule 26 mln marks of principal and interest payments on loans, the Foreign Ministry said."),
      "tanzania.md": wireStory("West Germany reschedules Tanzania debt", "1987-03-05", "BONN, March 5 - West Germany and Tanzania signed an agreement on rescheduling 145 mln marks worth of commercial credits, the Finance Ministry said."),
    });
    expect((await ask("how much debt did Bonn reschedule in West Africa")).citations[0]!.quote).toContain("Sierra Leone");
    expect((await ask("how much debt did Bonn reschedule in East Africa")).citations[0]!.quote).toContain("Tanzania");
    expect((await ask("how much debt did bonn reschedule for the west african country")).citations[0]!.quote).toContain("Sierra Leone");
  });

  it("takes a report as set in the region its dateline names", async () => {
    const ask = await askerOver({
      "rally.md": wireStory("Miners back takeover plan", "1987-03-02", "SOWETO, South Africa, March 2 - Thousands of black mineworkers roared support for a union proposal.\n\nAbout 15,000 miners attended a rally here to endorse the moves."),
      "meeting.md": wireStory("Zarvo miners meet", "1987-03-03", "LONDON, March 3 - Zarvo miners met in London to discuss pay."),
    });
    const rally = await ask("how many miners turned up at the rally in south africa");
    expect(rally.refusedBy).toEqual([]);
    expect(rally.text).toContain("About 15,000 miners attended a rally here");
  });

  it("reads a visit or trip to a place as set there", async () => {
    // Kostanyan received the Iraqi delegation in Yerevan; "his visit to Baghdad" set the question nowhere and was answered.
    const { on, off } = await both("place", "What did Vahan Kostanyan discuss during his visit to Baghdad?");
    expect(on.abstention).toEqual({ rule: "place", detail: "the best quote is not set in Baghdad" });
    expect(off.kind).toBe("answer");
    expect((await answererWithout().ask("What did Kostanyan discuss during the Iraqi delegation's visit to Yerevan?")).refusedBy).toEqual([]);
  });

  it("refuses a quote set elsewhere than the question places it", async () => {
    const { on, off } = await both("place", "Why did the Czech delegation visit Baku?");
    expect(on.text).toBe("I found nothing about that in Baku in the 11 articles I have.");
    expect(on.abstention?.rule).toBe("place");
    expect(off.text).toContain("Czech delegation");
  });

  it("takes an envoy's post in a capital as named by the country, and no other mention of the country as set there", async () => {
    const envoy = await answererWithout().ask("Who is the US envoy in Yerevan who said the Lachin corridor should be opened immediately?");
    expect(envoy.kind).toBe("answer");
    expect(envoy.citations[0]!.quote).toContain("Kristina Kvien, the United States Ambassador to Armenia");
    // "Azerbaijan's envoy met with Armenians in Karabakh" names the country that sent him, not his post.
    expect((await answererWithout().ask("Who met Azerbaijan's envoy in Baku?")).abstention?.rule).toBe("place");
  });

  it("takes the quote the answer opens with as set there, where the best-scored one is not", async () => {
    const answer = await answererWithout().ask("Who did Ilham Aliyev meet with in Berlin?");
    expect(answer.kind).toBe("answer");
    expect(answer.citations[0]!.quote).toContain("German President Frank-Walter Steinmeier in Berlin");
    // Where no quote chosen for what else the question says is set there, its article's sentence set there joins.
    const long = await answererWithout().ask("Whom did Ilham Aliyev meet in Berlin when he said there was a good chance for peace with Armenia?");
    expect(long.kind).toBe("answer");
    expect(long.citations[0]!.quote).toContain("German President Frank-Walter Steinmeier in Berlin");
  });

  it("takes, for a question after several things, any quote set there", async () => {
    // The best-scored sentence is Baku's invitation; the Czech consultations took place in Yerevan.
    const answer = await answererWithout().ask("Which foreign delegations did Armenian officials host in Yerevan in March 2023?");
    expect(answer.refusedBy).toEqual([]);
    expect(answer.text).toContain("took place in Yerevan");
    // Not for a question on what two people did there: the articles speak of no treaty signed in Washington.
    expect((await answererWithout().ask("What was agreed when Aliyev and Pashinyan signed the peace treaty in Washington?")).abstention?.rule).toBe("place");
  });

  it("takes words said somewhere as set there by any passage read of their report", async () => {
    // TASS's report says Aliyev spoke "at a meeting with ... Steinmeier in Berlin"; the sentence with the date does not.
    const answer = await answererWithout().ask("On what date did Baku's envoy sit down with Armenians in Karabakh, as recalled by Aliyev in Berlin?");
    expect(answer.refusedBy).toEqual([]);
    expect(answer.text).toContain("on March 5 Azerbaijan’s envoy met with Armenians in Karabakh");
    // Whoever says them stands between "as" and the saying: "as its president put it".
    const put = await answererWithout().ask("What two pillars does Baku's stance on peace rest on, as its president put it in Germany?");
    expect(put.refusedBy).toEqual([]);
    expect(put.text).toContain("rests on two approaches");
  });

  it("takes a report as set where a quote of it says the place, unless its best quote is set elsewhere", async () => {
    // "... quoted him as saying at a meeting with German President Frank-Walter Steinmeier in Berlin."
    const berlin = await answererWithout().ask("aliyev in berlin - does he actualy think a peace deal w armenia is doable");
    expect(berlin.kind).toBe("answer");
    expect(berlin.text).toContain("good chance to reach an agreement");
    // A country is said by its capital: Berlin says Germany.
    const germany = await answererWithout().ask("What are the two pillars of Baku's stance on the conflict, as described by its head of state in Germany?");
    expect(germany.refusedBy).toEqual([]);
    expect(germany.text).toContain("rests on two approaches");
    const ask = await askerOver({
      "stations.md": wireStory(
        "Zarvo Broadcasting to sell station to Ostland Pictures",
        "1987-03-05",
        "NEW YORK, March 5 - Zarvo Broadcasting said it agreed to sell KZRV-TV in Los Angeles to Ostland Pictures Co for 217 mln dlrs cash.\n\nIn early 1986, Zarvo agreed to sell WZRV-TV in Secaucus, N.J., to Vell Inc for 387 mln dlrs.",
      ),
    });
    expect((await ask("What price did Ostland Pictures agree to pay for WZRV-TV in Secaucus?")).abstention?.rule).toBe("place");
  });

  it("takes a country's vote as held there", async () => {
    const ask = await askerOver({
      "vote.md": wireStory("Alliance wins Zarvo by-election", "1987-02-27", "LONDON, Feb 27 - Britain's centrist Alliance won a surprise victory in a parliamentary by-election in the London borough of Zarvo, a result it hopes to repeat at the next general election."),
      "rates.md": wireStory("Vell rates steady", "1987-02-28", "WELLINGTON, Feb 28 - New Zealand's Vell Bank left its rates unchanged, a spokesman said."),
    });
    expect((await ask("who won the zarvo by-election")).text).toContain("won a surprise victory");
    const elsewhere = await ask("Who won New Zealand's general election?");
    expect(elsewhere.abstention?.rule).toBe("place");
    expect(elsewhere.text).toContain("in New Zealand");
  });

  it("takes a place of several words as named by its initials", async () => {
    const ask = await askerOver({
      "tapioca.md": wireStory("Zarvania fears end of tapioca loophole", "1987-03-05", "BANGKOK, March 5 - Any European Community move to free farm trade would hurt Zarvania's tapioca industry, an economist said.\n\nHe said Zarvania has benefited from an EC tariff loophole that subjects Zarvanian tapioca to a preferential six pct import duty."),
    });
    const answer = await ask("What preferential import duty does Zarvanian tapioca enjoy in the European Community?");
    expect(answer.refusedBy).not.toContain("place");
    expect(answer.text).toContain("six pct import duty");
  });

  it("takes a venue named in a report as lying where the report was filed", async () => {
    const ask = await askerOver({
      "coffee.md": wireStory("Coffee quota talks to resume", "1987-03-02", "LONDON, March 2 - Talks on coffee export quotas at the Zarvanian Coffee Organization (ZCO) council session will resume at noon today, ZCO officials said.\n\nProducers and consumers failed to agree on quotas last night."),
    });
    const answer = await ask("what happened at the ZCO coffee quota talks in London");
    expect(answer.refusedBy).not.toContain("place");
    expect(answer.text).toContain("will resume at noon today");
  });

  it("takes words named as a source as set where their report sets them", async () => {
    const { on, off } = await both("place", "What are the two pillars of Azerbaijan's stance on the conflict, as described by its president in Berlin?");
    expect(on.kind).toBe("answer");
    expect(on.citations.map((citation) => citation.quote).join(" ")).toContain("in Berlin");
    expect(off.citations[0]!.quote).toBe(on.citations[0]!.quote);
    // Words asked for are the ones said there.
    expect((await answererWithout().ask("What did Kvien say in Baku?")).abstention?.rule).toBe("place");
  });

  it("reads a trust described by its place (\"the Austin real estate trust\") as no place", async () => {
    const ask = await askerBeside("Zarvest sells shares", "1987-03-04", "AUSTIN, Texas, March 4 - Zarvest, a Maryland real estate investment trust, said it began selling five mln shares of common stock at 21 dlrs a share.\n\nThe company said it is also selling 543,237 shares to Zarvo Care Inc, giving the company a 9.8 pct stake in Zarvest.", otherStory);
    const answer = await ask("What stake will Zarvo Care hold in the Austin real estate trust?");
    expect(answer.refusedBy).toEqual([]);
    expect(answer.text).toContain("9.8 pct stake in Zarvest");
  });

  it("reads a firm by its legal form after \"in\" as no place", async () => {
    const ask = await askerOver({
      "raised.md": wireStory("Alabama investor ups Penobscot Shoe stake", "1987-03-11", "WASHINGTON, March 11 - Donaldson Bramham Lee, an investor from Birmingham, Alabama, said he raised his stake in Penobscot Shoe Co to 40,500 shares, or 6.6 pct of the total.\n\nIn a filing with the Securities and Exchange Commission, Lee said he bought 7,000 Penobscot common shares between Feb 12 and March 2."),
      "cut.md": wireStory(
        "Investment firms cut Ostel stake",
        "1987-03-12",
        "WASHINGTON, March 12 - A group of affiliated New York investment firms said they lowered their stake in Ostel Corp to 260,500 shares, or 6.4 pct of the total.\n\nIn a filing with the Securities and Exchange Commission, the group, led by Zarvo Shares Corp, said it sold 60,000 Ostel common shares.",
      ),
      "cars.md": wire["cars.md"],
    });
    const answer = await ask("who cut and who raised their stake: donaldson bramham lee in penobscot shoe vs the zarvo shares group in ostel corp");
    expect(answer.refusedBy).toEqual([]);
    expect(new Set(answer.sources.map((source) => source.title))).toEqual(new Set(["Alabama investor ups Penobscot Shoe stake", "Investment firms cut Ostel stake"]));
  });

  it("reads a firm the articles name with its legal form as no place after \"at\", though typed without it", async () => {
    const ask = await askerOver({
      "pubco.md": wireStory("Quillo chairman resigns", "1987-03-13", "CLEVELAND, March 13 - Quillo Corp said Ivo Vell had resigned as chairman and a director of the company, effective immediately, due to continuing health problems."),
      "ostland.md": wireStory("Ostland Computing executives resign", "1987-03-11", "WOBURN, Mass., March 11 - Ostland Computing Corp said Leo Brand has resigned as president and a director.\n\nNo reason was given."),
      "cars.md": wire["cars.md"],
    });
    const answer = await ask("which executives resigned at quillo and ostland computing");
    expect(answer.refusedBy).toEqual([]);
    expect(answer.text).toContain("Ivo Vell had resigned as chairman");
    expect(answer.text).toContain("Leo Brand has resigned as president");
  });
});
