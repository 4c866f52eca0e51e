/** Questions a reader would ask about the bundled corpus, answered the way the bot answers them. */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Answerer, shownIn, type Answer } from "../src/answer/answer.js";
import { shownAfter } from "../src/answer/conversation.js";
import { ingest } from "../src/ingest/ingest.js";
import { answerToJson } from "../src/render/json.js";
import { answerToText } from "../src/render/text.js";
import { Retriever } from "../src/search/retrieve.js";
import { askerBeside, askerOver, otherStory, wire, wireStory } from "./helpers/answer-rules.js";
import { BUNDLED_CORPUS, cleanupTempDirs, defaultEmbedder, reutersIndex, tempDir } from "./helpers/fixtures.js";

/** An article file of a small corpus written for one test. */
const report = (title: string, text: string) => `---\ntitle: "${title}"\ndate: "1987-01-20"\n---\n${text}\n`;

let answerer: Answerer;
beforeAll(async () => {
  const embedder = await defaultEmbedder();
  const { index } = await ingest({ corpusDir: BUNDLED_CORPUS, indexDir: join(tempDir(), "embeddings"), embedder });
  answerer = new Answerer(new Retriever(index, embedder));
});
afterAll(cleanupTempDirs);

const ASKED: [question: string, article: string, mustQuote: string][] = [
  ["Who leads Baku's delegation for the negotiations with the Karabakh Armenians?", "karabakh-armenians-refuse-negotiation-in-baku", "Ramin Mammadov"],
  ["Why did Pashinyan say Armenia lost the 2020 war?", "blitz-pashinyan-fifth-column", "fifth column"],
  ["Whom did Aliyev meet in Berlin?", "tass-aliyev-chance-for-peace", "Steinmeier"],
  ["In which district did Azerbaijani troops cross the line of contact?", "russia-accuses-azerbaijan-ceasefire-violation", "Shusha"],
  ["Who is the Dutch foreign minister?", "dutch-summon-azeri-ambassador", "Hoekstra"],
  ["How did Russia react to Armenia's plan to join the Rome Statute?", "russia-irritated-by-armenia-icc-intentions", "unacceptable"],
  // The Kremlin, Russia's seat, stands for its government.
  ["what did the kremlin say about armenia joining the icc", "russia-irritated-by-armenia-icc-intentions", "unacceptable"],
  ["Who led the Czech delegation at the consultations in Yerevan?", "armenia-czech-consultations", "Kurfürst"],
  ["How did Pashinyan greet the Kurdish community of Armenia?", "pashinyan-newroz", "Newroz"],
  ["Who received the delegation of the Iraq-Armenia Friendship Group?", "armenia-iraq-regional-security", "Vahan Kostanyan"],
  ["When does the Russian peacekeepers' mandate expire?", "global-comment-karabakh-armenians", "2025"],
  ["What is the Nakhchivan Corridor also known as?", "global-comment-karabakh-armenians", "Zangezur"],
  ["Who stopped traffic on the Lachin corridor by setting up tents?", "global-comment-karabakh-armenians", "environmental activists"],
  // Answered only because near synonyms count: the article says "Kurdish" and "holiday", not "Kurds" and "celebration".
  ["What spring celebration did the prime minister mark with the Kurds?", "pashinyan-newroz", "Newroz"],
  // The article names the country ("Iran"), the reader the nationality.
  ["Why do Iranian officials oppose the Nakhchivan corridor?", "global-comment-karabakh-armenians", "Iran also seems to oppose"],
  // "the United States Ambassador to Armenia", not the Azerbaijani ambassador of another article.
  ["What did the American ambassador say about the Lachin corridor?", "global-comment-karabakh-armenians", "Kristina Kvien"],
  // An envoy by the people's adjective the articles never use: "the United States Ambassador to Armenia".
  ["Which American envoy demanded that the Lachin road be reopened right away?", "global-comment-karabakh-armenians", "Kristina Kvien"],
  // Or by its seat, as the news names its government.
  ["What did Washington's envoy in Yerevan demand about the only road between Armenia and Karabakh?", "global-comment-karabakh-armenians", "Kristina Kvien"],
  // Names spelt otherwise than the articles spell them.
  ["Whom did Aliev meet in Berlin?", "tass-aliyev-chance-for-peace", "Steinmeier"],
  ["What did Hoekstara say about the court ruling?", "dutch-summon-azeri-ambassador", "Hoekstra"],
  ["Who did Kostanian receive?", "armenia-iraq-regional-security", "Iraq-Armenia Friendship Group"],
  // A name of several words, found with its words in a row.
  ["What did the International Crisis Group warn?", "global-comment-karabakh-armenians", "the talks go nowhere"],
  // "Happened" says nothing of what is asked about.
  ["What happened near Shusha?", "russia-accuses-azerbaijan-ceasefire-violation", "crossed a line of contact in the district of Shusha"],
  // What someone said: the quote gives the words to them, before the verb or after it.
  ["What did Kvien say about the Lachin corridor?", "global-comment-karabakh-armenians", "Kristina Kvien, the United States Ambassador to Armenia, stressed"],
  ["What did Pashinyan say about ethnic cleansing in Nagorno Karabakh?", "global-comment-karabakh-armenians", "said Armenia’s Prime Minister Nikol Pashinyan"],
  // A sentence that ends in a colon is quoted with what it announces.
  ["What did Oktay Gasimov say about the dirt roads?", "karabakh-armenians-refuse-negotiation-in-baku", "put an end to the supply of weapons"],
  // A quotation that opens in the sentence before the best one is quoted whole.
  ["What did Aliyev say in Berlin?", "tass-aliyev-chance-for-peace", "I think that we have a good chance to reach an agreement"],
  // Asked where it was said, a quotation is quoted with the sentence that closes and attributes it.
  ["where was aliyev when he said theres a good chance for peace", "tass-aliyev-chance-for-peace", "at a meeting with German President Frank-Walter Steinmeier in Berlin"],
  // And one that goes on in the sentence after it.
  ["What did Pashinyan say about Newroz?", "pashinyan-newroz", "This beautiful spring holiday"],
  // The sentences quoted for context (the one after the best, those that add missing words) leave room for the best one left out.
  ["Which country did Armenia thank for staying impartial, during the meeting with the Baghdad lawmakers?", "armenia-iraq-regional-security", "expressed gratitude to friendly Iraq for its unbiased position"],
  // An outlet speaks through its articles.
  ["What did Global Comment say about Iran?", "global-comment-karabakh-armenians", "Iran"],
  // A day is found in the text or by the article's date.
  ["What happened on March 25?", "russia-accuses-azerbaijan-ceasefire-violation", "crossed a line of contact"],
  // A hyphenated name is found with its words together.
  ["What happened at the Armenian-Azerbaijani border?", "russia-accuses-azerbaijan-ceasefire-violation", "shootouts have broken out along the Armenian-Azerbaijani border"],
  // An office is found with its country after the title too.
  ["Which Armenian foreign minister received Kurfürst?", "armenia-czech-consultations", "Minister of Foreign Affairs of Armenia Ararat Mirzoyan"],
  // The article defines "International Criminal Court (ICC)" once; the sentence that answers spells it out.
  ["What crime did the ICC accuse Putin of?", "russia-irritated-by-armenia-icc-intentions", "illegal deportation of thousands"],
  // Set where its article's dateline places the report ("YEREVAN, MARCH 27, ARMENPRESS."), though the sentence names no place.
  ["Who headed the Czech delegation in Yerevan?", "armenia-czech-consultations", "the Czech delegation was headed by Jaroslav Kurfürst"],
  // What someone said, from later in the paragraph that has them meet.
  ["What did Mirzoyan tell Kurfürst?", "armenia-czech-consultations", "Foreign Minister Mirzoyan emphasised that"],
  // Asked in other words than the article's: "thank" for "expressed gratitude".
  ["For what did Armenia's deputy foreign minister thank Baghdad?", "armenia-iraq-regional-security", "expressed gratitude to friendly Iraq for its unbiased position"],
  // The sentence that answers wins its place by words close in meaning to the question's ("worries" for "concerns").
  ["In which European bodies did The Hague voice its worries about the humanitarian situation in Karabakh?", "dutch-summon-azeri-ambassador", "Council of Europe"],
];

describe("answerable questions", () => {
  it.each(ASKED)("%s", async (question, article, mustQuote) => {
    const answer = await answerer.ask(question);
    expect(answer.abstained).toBe(false);
    expect(answer.sources[0]!.id).toContain(article);
    expect(answer.citations.filter((c) => c.article.id.includes(article)).map((c) => c.quote).join(" ")).toContain(mustQuote);
  });

  it("quotes first the report that names both of two names that did something together", async () => {
    const answer = await answerer.ask("which joint government body did armenia and iraq want to get moving again");
    expect(answer.citations[0]!.article.id).toContain("armenia-iraq-regional-security");
    expect(answer.citations.map((c) => c.quote).join(" ")).toContain("Armenian-Iraqi Intergovernmental Commission");
  });

  it("quotes first, for where someone did or said something, the sentence that places that act", async () => {
    expect((await answerer.ask("where was aliyev when he said theres a good chance for peace")).citations[0]!.quote).toContain("in Berlin");
    expect((await answerer.ask("where did aliyev invite the karabakh armenian reps")).citations[0]!.quote).toContain("to visit Baku");
    expect((await answerer.ask("which city was aliyev in when he told the german head of state a deal with armenia was within reach")).citations[0]!.quote).toContain("in Berlin");
    // Chat's order: the saying or the act first, then where its speaker was or where it was to be.
    expect((await answerer.ask("aliyev said good chance of peace w armenia - where was he")).citations[0]!.quote).toContain("in Berlin");
    expect((await answerer.ask("aliyev invited the karabakh armenian reps to come where exactly")).citations[0]!.quote).toContain("to visit Baku");
    // The question word after the verb: "was in what city when he said" asks where, not when.
    expect((await answerer.ask("aliyev was in what city when he said theres every chance for peace")).text).toContain("in Berlin");
  });

  it("quotes first the sentence that says how long", async () => {
    for (const [question, span] of [
      // "the 44-day war" and "six-weeks of fighting" both say it.
      ["how long did the 2020 karabakh war last", /the 44-day war|six-weeks of fighting/],
      // A span, not the day it began ("has been blocked by Azerbaijan since 12 December 2022").
      ["how long has the lachin corridor been blocked, per the dutch report", /which it keeps blockaded for more than 100 days/],
      // Said in a sentence of few words asked, shown below the quotes the rules weigh.
      ["Roughly how long had the Lachin road been shut when the Dutch minister wrote to parliament?", /which it keeps blockaded for more than 100 days/],
    ] as const) {
      expect((await answerer.ask(question)).citations[0]!.quote, question).toMatch(span);
    }
  });

  it("quotes first, for \"why\", the sentence that gives a reason (\"in connection with\")", async () => {
    const answer = await answerer.ask("why did baku wait till mar 27 to invite them again");
    expect(answer.citations[0]!.quote).toContain("in connection with the Novruz holiday");
  });

  it("quotes first, for what a thing stands for, the sentence that says what it symbolises", async () => {
    const answer = await answerer.ask("What did the Armenian premier say the spring festival of the Kurds stands for?");
    expect(answer.citations[0]!.quote).toContain("spring holiday symbolizing the awakening of nature");
  });

  it("reads a monetary authority as a central bank", async () => {
    const ask = await askerOver({
      "debt.md": wireStory("Ostland central bank head meets bankers", "1987-03-11", "NEW YORK, March 11 - Ostland's central bank governor Zarvo Vell will meet senior commercial bankers here today on the country's debt.\n\nThe bankers' committee said it wants a plan."),
      "rates.md": otherStory,
    });
    const answer = await ask("who is the ostland monetary authority chief meeting the banks in new york");
    expect(answer.refusedBy).toEqual([]);
    expect(answer.citations[0]!.quote).toContain("central bank governor Zarvo Vell");
  });

  it("keeps, making room for a listed name's report the search missed, the only report of another listed name", async () => {
    const table = (city: string) => `${city}, March 11 - Shr 24 cts vs 31 cts\n\nNet 2,245,000 vs 2,885,000\n\nRevs 50.7 mln vs 46.5 mln`;
    const files: Record<string, string> = {
      "a.md": wireStory("Zarvo Group <zrvg> 4th Qtr Net", "1987-03-11", table("BOSTON")),
      "b.md": wireStory("Ostrin Inc <ostn> 4th Qtr Net", "1987-03-11", table("DALLAS")),
      "c.md": wireStory("Vellco Financial Inc <vlf> 1st Qtr", "1987-03-11", table("DENVER")),
      "d.md": wireStory("Kestrel and Marsh Co <kmc> 4th Qtr Loss", "1987-03-11", table("TULSA")),
      "e.md": wireStory("Pellworth Corp <pel> 4th Qtr Net", "1987-03-11", `${table("OMAHA")}\n\nThe company said its board met in Omaha and discussed its plans for the coming year at length, with directors and officers present.`),
    };
    // Reports enough on one of the names, and on the question's other words, to fill the passages read.
    for (let i = 0; i < 5; i++) files[`z${i}.md`] = wireStory(`Zarvo Group sees growth ${i}`, "1987-03-11", `BOSTON, March 11 - Zarvo Group said its latest numbers show it is doing well ${i}.`);
    for (let i = 0; i < 8; i++) files[`f${i}.md`] = wireStory(`Investor group makes offer ${i}`, "1987-03-11", `NEW YORK, March 11 - An investor group said its latest offer for the numbers business was doing well, and the group expects to do better in its next numbers, a group spokesman said ${i}.`);
    const answer = await (await askerOver(files))("how did zarvo group, ostrin, vellco financial, pellworth and kestrel and marsh do in their latest numbers");
    // Pellworth's report, found on its own, took the place of Ostrin's, the last read, where one of Zarvo's many could go.
    expect(answer.abstention).toBeNull();
    expect(answer.kind).toBe("answer");
  });

  it("reads a country's central bank as the bank the news names (\"Britain's central bank\": the Bank of England)", async () => {
    const ask = await askerOver({
      "boe.md": wireStory("U.K. money market given 168 mln stg help", "1987-03-13", "LONDON, March 13 - The Bank of England said it provided the money market with a further 168 mln stg of assistance."),
      "bank.md": wireStory("Ostland central bank adds funds", "1987-03-13", "OSTVILLE, March 13 - Ostland's central bank said it added 40 mln crowns to the money market."),
      "rates.md": otherStory,
    });
    const answer = await ask("how much did britain's central bank add to the money market");
    expect(answer.refusedBy).toEqual([]);
    expect(answer.citations[0]!.quote).toContain("168 mln stg");
  });

  it("quotes first, for \"why\", what someone was thanked for", async () => {
    const answer = await answerer.ask("why did the armenian deputy foreign minister thank iraq");
    expect(answer.citations[0]!.quote).toBe("Vahan Kostanyan expressed gratitude to friendly Iraq for its unbiased position.");
  });

  it("quotes first, for \"why\", a short report's sentence that says what a move was aimed at, wherever it stands, and none where the report says no reason was given", async () => {
    const story = (last: string) =>
      wireStory("Ostland Reserve Bank In Buying Intervention", "1987-03-10", `OSTGRAD, March 10 - The Ostland Reserve Bank said at 1230 local time it was offering to buy short-dated government securities in the short-term money market.\n\nThe bank's action followed its purchase of short-dated government stock and six-day repurchase agreements earlier in the session.\n\n${last}`);
    const ask = await askerOver({ "bank.md": story("Money market traders said the move was aimed at easing cash market interest rates which had risen on demand for funds to meet tax payments."), "rates.md": otherStory });
    expect((await ask("why was the ostland reserve bank buying govt securities")).citations[0]!.quote).toContain("aimed at easing cash market interest rates");
    // Where the report says it was not told why, a reason it gives for something else is no answer.
    const untold = await askerOver({
      "ostbank.md": wireStory("Ostbank To Sell Mint Unit", "1987-03-10", "OSTGRAD, March 10 - Ostbank Corp said it is seeking to sell its Ostland Mint subsidiary as part of a plan to concentrate on its three profitable divisions and reduce its debt load.\n\nOstbank further said director Clifford Vell has resigned from the board.\n\nThe company gave no reason for the resignation."),
      "rates.md": otherStory,
    });
    expect((await untold("why did clifford vell quit ostbank's board")).abstention?.rule).toBe("withheld");
  });

  it("quotes each report that cites a ruling for \"... and who has cited it\"", async () => {
    const answer = await answerer.ask("What did the ICJ order on the Lachin corridor and who has cited the ruling?");
    const sources = answer.citations.map((c) => c.article.id);
    expect(sources).toContain("2023-03-23-armenpress-dutch-summon-azeri-ambassador");
    expect(answer.citations.find((c) => c.article.id === "2023-03-27-armenpress-armenia-czech-consultations")?.quote).toContain("decision made on February 22 by the International Court of Justice");
  });

  it("reads a word typed with two letters swapped as the word (\"recieved\")", async () => {
    const answer = await answerer.ask("who recieved kurfurst after the consultatons");
    expect(answer.refusedBy).toEqual([]);
    expect(answer.citations[0]!.quote).toContain("received by the Minister of Foreign Affairs of Armenia Ararat Mirzoyan");
  });

  it("quotes first, for a name asked (\"whats it called\"), the sentence that gives one", async () => {
    const answer = await answerer.ask("gasimov mentioned some separatist body that met recently, whats it called");
    expect(answer.citations[0]!.quote).toContain("Security Council");
  });

  it("quotes first, for the date asked, the sentence that gives a day, not a season or a year", async () => {
    // "... since a Russian-mediated truce ended six-weeks of fighting in autumn 2020" speaks of the truce too.
    expect((await answerer.ask("What date is on the truce deal that Moscow says Azerbaijani troops broke?")).citations[0]!.quote).toContain("the agreement of November 9, 2020");
  });

  it("quotes first, for \"on which day\", the sentence that gives the day", async () => {
    const answer = await answerer.ask("On which day did a representative from Baku hold a meeting with Armenians in Karabakh, according to the Azerbaijani president?");
    expect(answer.citations[0]!.quote).toContain("on March 5 Azerbaijan’s envoy met with Armenians in Karabakh");
  });

  it("quotes a fourth sentence where it holds question words the first three miss", async () => {
    // The best three speak of the truce Russia says Baku broke; the fourth says when it was signed.
    const answer = await answerer.ask("on what date was the moscow-brokered truce that russia says baku broke signed?");
    expect(answer.citations.length).toBeGreaterThanOrEqual(4);
    expect(answer.text).toContain("November 9, 2020");
  });

  it("shows the next best sentence too where the quotes are few, as context no rule weighs", async () => {
    const answer = await answerer.ask("What did the Russian defence ministry say about the peacekeepers?");
    expect(answer.text).toContain("preventing escalation");
  });

  it("quotes, for what someone said, their words in the sentence after the best", async () => {
    const ask = await askerBeside(
      "Zarvo Mining cautions on 1987 profits",
      "1987-03-12",
      "JOHANNESBURG, March 12 - Zarvo Mining Union Corp Ltd chairman Leo Brand cautioned that profits may not rise this year if the rand stays at its current level of 48 U.S. Cents.\n\n\"We would do well to repeat last year's results if the rand stays depressed,\" Brand said.\n\nIn 1986 per share earnings rose 28 pct to 616 cts.",
      otherStory,
    );
    const answer = await ask("wat did zarvo mining chairman leo brand say about 1987 profits");
    expect(answer.citations.map((citation) => citation.quote).slice(0, 2)).toEqual([
      "Zarvo Mining Union Corp Ltd chairman Leo Brand cautioned that profits may not rise this year if the rand stays at its current level of 48 U.S. Cents.",
      '"We would do well to repeat last year\'s results if the rand stays depressed," Brand said.',
    ]);
  });

  it("shows, where no quote names whom the question asks for, the sentence of the best quote's report that does", async () => {
    const answer = await answerer.ask("Which analyst warned that each time the Karabakh Armenians turn down a meeting, their options will shrink?");
    expect(answer.text).toContain("Political scientist Farhad Mammadov");
  });

  it("shows, where the best quote's report names no one asked for, the sentence of another report quoted that does", async () => {
    const ask = await askerOver({
      "unions.md": wireStory("Ostland unions try to calm strikes", "1987-03-16", "OSTGRAD, March 16 - Ostland trade union leaders are touring the country in an attempt to quell a wave of strikes following a partial wages freeze, official sources said.\n\nThe union leaders fear more strikes in the coming weeks."),
      "strikes.md": wireStory(
        "Strikes against wage freeze spread in Ostland",
        "1987-03-17",
        "OSTGRAD, March 17 - Strikes against a government freeze on wages spread to most regions of Ostland last week, the official news agency Tanag said last night.\n\nAt least 60 strikes have taken place in the past two weeks, most of them in the north.\n\nPrime Minister Vello Tarkan imposed the wage freeze last month in an effort to curb inflation.\n\nThe government froze wages at their level in the fourth quarter of 1986.",
      ),
      "beside.md": otherStory,
    });
    const answer = await ask("Which Ostland leader ordered the pay freeze that set off the strikes?");
    expect(answer.citations[0]!.quote).toContain("trade union leaders");
    expect(answer.text).toContain("Prime Minister Vello Tarkan imposed the wage freeze");
  });

  it("shows, from a short report, the sentence that names whom the question asks for, however few of its words it holds", async () => {
    const ask = await askerBeside(
      "Zarvo Journals shifts officers",
      "1987-03-17",
      "KANSAS CITY, March 17 - Zarvo Journals Inc said its president and chief operating officer, Armon Vell, is stepping down to head a field management team.\n\nThe company said it is realigning its management to accommodate its unexpected growth through acquisitions.\n\nVice chairman William Orley assumes the top post, sharing chief executive duties with chairman Michael Tarn.",
    );
    const answer = await ask("Who takes over as president at Zarvo Journals now that Armon Vell is moving on?");
    expect(answer.kind).toBe("answer");
    expect(answer.text).toContain("William Orley assumes the top post");
  });

  it("cites every quote, numbers the sources in order, and gives the outlet, date and link", async () => {
    const answer = await answerer.ask("Why did Pashinyan say Armenia lost the 2020 war?");
    const text = answerToText(answer);
    for (const citation of answer.citations) expect(text).toContain(`${citation.quote} [${citation.n}]`);
    expect(text).toContain(
      "[1] BLiTZ, 14 Mar 2023: Pashinyan said that Armenia lost the 2020 war because of the fifth column in the army <https://www.weeklyblitz.net/news/pashinyan-said-that-armenia-lost-the-2020-war-because-of-the-fifth-column-in-the-army/>",
    );
  });

  it("narrows to an outlet and a date range", async () => {
    const answer = await answerer.ask("Lachin corridor blockade", { filters: { outlet: "armenpress", after: "2023-03-20" } });
    expect(answer.passages.length).toBeGreaterThan(0);
    for (const p of answer.passages) {
      expect(p.article.outlet).toBe("Armenpress");
      expect(p.article.date! >= "2023-03-20").toBe(true);
    }
  });

  it("reads first the outlet a question names, and quotes it first", async () => {
    const answer = await answerer.ask("How many days did the 2020 war between the two rivals last, according to the Global Comment analysis?");
    expect(answer.citations[0]!.article.outlet).toBe("Global Comment");
    expect(answer.citations[0]!.quote).toContain("44-day war");
    // Even where another outlet's sentence holds more of the question's words ("six-weeks of fighting in autumn 2020").
    const fighting = await answerer.ask("how many days did the 2020 fighting over karabakh last according to the global comment op-ed");
    expect(fighting.citations[0]!.quote).toContain("44-day war");
    // Named as one who did something, another report may tell it: "TASS quoted the head of the Yerevan Cabinet" is Blitz's.
    expect((await answerer.ask("Who did TASS quote about the fifth column?")).citations[0]!.quote).toContain("TASS quoted the head of the Yerevan Cabinet");
    // A summary of one outlet's reports is of its articles alone.
    const digest = await answerer.ask("summarize the armenpress reports");
    expect(digest.kind).toBe("digest");
    expect(digest.sources.length).toBeGreaterThanOrEqual(2);
    for (const source of digest.sources) expect(source.outlet).toBe("Armenpress");
  });

  it("digests a list of names each with a thing of its own, set apart by commas, from each one's report", async () => {
    const digest = await answerer.ask("any news from the region? aliyev speech, pashinyan newroz greeting, mirzoyan meeting with the dutch");
    expect(digest.kind).toBe("digest");
    const cited = new Set(digest.citations.map((citation) => citation.article.id));
    expect(cited).toContain("2023-03-21-armenpress-pashinyan-newroz");
    expect(cited).toContain("2023-03-14-tass-aliyev-chance-for-peace");
  });

  it("digests names listed in a question each from a report of its own, though another's reports rank above it", async () => {
    const zarvo = (title: string, body: string) => wireStory(title, "1987-03-12", `NEW YORK, March 12 - ${body}`);
    // Zarvo Chemical's reports hold every word of the question, which the others' do not.
    const allWords = "The debt moves cover its Ostland plant, its Vell unit, its holdings and its systems, Zarvo Chemical said.";
    const ask = await askerOver({
      "z1.md": zarvo("Zarvo Chemical to sell convertible debt", `Zarvo Chemical Corp said it filed a registration statement covering a 60 mln dlr issue of convertible debentures. ${allWords}`),
      "z2.md": zarvo("Zarvo Chemical sets regular dividend", `Zarvo Chemical Corp said its board declared a regular quarterly dividend of 12 cts a share. ${allWords}`),
      "z3.md": zarvo("Zarvo Chemical debt offering priced", `Zarvo Chemical Corp said its 60 mln dlr offering of convertible debentures was priced at par. ${allWords}`),
      "z4.md": zarvo("Zarvo Chemical plans debt buyback", `Zarvo Chemical Corp said it plans to buy back up to 20 mln dlrs of its debt in the open market. ${allWords}`),
      "z5.md": zarvo("Zarvo Chemical debt rating raised", `A rating agency raised its rating of Zarvo Chemical Corp debt. ${allWords}`),
      "o.md": zarvo("Ostland Holdings offering rights to notes", "Ostland Holdings Inc said it is offering rights to buy 31.2 mln dlrs principal amount of 5-1/4 pct convertible subordinated debentures due 2007."),
      "v.md": zarvo("Vell Systems extends warrant period", "Vell Systems Corp said it extended the exercise period of its warrants to June 30."),
      ...Object.fromEntries(["Brandia", "Zarvan", "Leonia", "Moorland", "Daneland", "Kestria", "Norvia", "Sudland"].map((country, i) => [`rates${i}.md`, wireStory(`${country} cuts rates`, "1987-03-10", `VIENNA, March 10 - ${country}'s central bank cut its discount rate by half a point, it said.`)])),
    });
    const digest = await ask("round up the debt moves by Zarvo Chemical, Ostland Holdings and Vell Systems");
    expect(digest.kind).toBe("digest");
    const cited = digest.citations.map((citation) => citation.quote).join(" ");
    expect(cited).toContain("Ostland Holdings");
    expect(cited).toContain("Vell Systems");
  });

  it("quotes each report's best sentence for a question on what two parties each did", async () => {
    // The Dutch ministry and Armenia's deputy foreign minister each bring up the ruling, in a report of their own.
    const answer = await answerer.ask("How did the ICJ's February 22 order on the corridor feature in Armenia's and the Netherlands' diplomacy?");
    expect(answer.sources.map((source) => source.id)).toEqual(expect.arrayContaining(["2023-03-23-armenpress-dutch-summon-azeri-ambassador", "2023-03-27-armenpress-armenia-czech-consultations"]));
    expect(answer.citations.map((citation) => citation.quote).join(" ")).toContain("The importance of the decision made on February 22 by the International Court of Justice was emphasised");
  });

  it("quotes each report's best sentence for a question that speaks of several stories", async () => {
    const answer = await answerer.ask("newroz / novruz came up in a couple of stories, how did the spring holiday figure in the news");
    expect(answer.sources.map((source) => source.id)).toEqual(expect.arrayContaining(["2023-03-21-armenpress-pashinyan-newroz", "2023-03-karabakh-armenians-refuse-negotiation-in-baku"]));
    expect(answer.citations.map((citation) => citation.quote).join(" ")).toContain("the Novruz holiday");
  });

  it("quotes each report's best sentence for a question that asks for several people", async () => {
    // The Dutch foreign minister and Armenia's deputy foreign minister bring up the ruling in two reports.
    const answer = await answerer.ask("which foreign ministers or officials brought up the ICJ ruling on lachin this month");
    expect(answer.kind).toBe("answer");
    expect(answer.sources.map((source) => source.id)).toEqual(expect.arrayContaining(["2023-03-23-armenpress-dutch-summon-azeri-ambassador", "2023-03-27-armenpress-armenia-czech-consultations"]));
    // Its names are still to be spoken of together: no report has Iranian officials in Baku.
    expect((await answerer.ask("Which Iranian officials visited Baku?")).abstained).toBe(true);
  });

  it("takes an earlier question into account for a follow-up", async () => {
    const followUp = await answerer.ask("Who is the foreign minister there?", { context: "Which country summoned the Azerbaijani ambassador over the ICJ ruling?" });
    expect(followUp.abstained).toBe(false);
    expect(followUp.sources[0]!.id).toContain("dutch-summon-azeri-ambassador");
    // "She" is whoever the earlier question named, not a name no article uses.
    const said = await answerer.ask("what did she say", { context: "Who is Kristina Kvien?" });
    expect(said.kind).toBe("answer");
    expect(said.citations[0]!.quote).toContain("Kristina Kvien");
    // Asked on its own, it asks who is meant.
    expect((await answerer.ask("what did she say")).text).toMatch(/^Whom or what do you mean\? Ask with a name, or ask right after one of my answers \(or in reply to it\)/);
  });

  it("reads on for more of an answer's story, three sentences at a time, and says when every sentence was shown", async () => {
    const question = "Whom did Aliyev meet in Berlin?";
    let shown = shownIn(await answerer.ask(question));
    const tass = shown[0]!.articleId;
    const replies: Answer[] = [];
    for (let round = 0; round < 20 && replies.at(-1)?.kind !== "chat"; round++) {
      const more = await answerer.ask("what else", { context: question, shown });
      replies.push(more);
      shown = shownAfter("what else", shown, shownIn(more));
    }
    const readOn = replies.filter((reply) => reply.kind === "answer");
    expect(readOn.length).toBeGreaterThanOrEqual(2);
    for (const reply of readOn) {
      expect(reply.citations.length).toBeLessThanOrEqual(3);
      for (const citation of reply.citations) expect(citation.article.id).toBe(tass);
    }
    // No sentence twice, the first answer's included.
    const quotes = [...shownIn(await answerer.ask(question)), ...readOn.flatMap(shownIn)].map((quote) => quote.quote);
    expect(new Set(quotes).size).toBe(quotes.length);
    expect(replies.at(-1)!.text).toMatch(/^That's all I found on that\./);
  });

  it("answers a follow-up that asks for others (\"what else did he say\") with what it has not shown yet", async () => {
    const question = "what did farhad mammadov say";
    const first = await answerer.ask(question);
    let shown = shownIn(first);
    const seen = new Set(shown.map(({ quote }) => quote));
    for (const followUp of ["what else did he say", "anything else he said?"]) {
      const reply = await answerer.ask(followUp, { context: question, shown });
      expect(reply.kind, followUp).toBe("answer");
      for (const { quote } of shownIn(reply)) {
        expect(seen.has(quote), quote).toBe(false);
        seen.add(quote);
      }
      shown = shownAfter(followUp, shown, shownIn(reply));
    }
    // With nothing shown before, nothing is left out.
    expect(shownIn(await answerer.ask("what else did he say", { context: question }))).toEqual(expect.arrayContaining(shownIn(first)));
  });

  it("answers who someone named is with the sentence that gives their post", async () => {
    // Read as a question for a person, it led with a columnist the same article names beside Pashinyan's government.
    const answer = await answerer.ask("who is nikol pashinyan");
    expect(answer.citations[0]!.quote).toMatch(/Prime Minister Nikol Pashinyan/);
    expect((await answerer.ask("who's kristina kvien?")).citations[0]!.quote).toContain("Kristina Kvien, the United States Ambassador to Armenia");
    // Asked for their job, the same: it led with the columnist too.
    expect((await answerer.ask("what is pashinyan's job")).citations[0]!.quote).toMatch(/\b(?:PM|Prime Minister) (?:Nikol )?Pashinyan\b/);
    // Asked for someone the question does not name, the answer still names someone new.
    expect((await answerer.ask("who heads baku's delegation for the talks")).citations[0]!.quote).toContain("Ramin Mammadov");
  });

  it("shows a surname alone in a quote with the first name its article gave before it", async () => {
    // The article names two Mammadovs: Ramin, who heads Baku's delegation, and Farhad, the political scientist quoted here.
    const answer = await answerer.ask("what did mammadov say about the european mission");
    expect(answer.citations.map((citation) => citation.quote)).toEqual(expect.arrayContaining([expect.stringContaining("Markus Ritter, that the European mission is holding Azerbaijan back, [Farhad] Mammadov said:")]));
    expect(answer.text).toContain("[Farhad] Mammadov said:");
  });

  it("quotes a sentence once where the story filed again gives it with the company's ticker", async () => {
    const corpusDir = tempDir();
    writeFileSync(join(corpusDir, "lloyds.md"), report("Lloyds Bank matches base rate cut", "Lloyds Bank Plc said it is cutting its base lending rate to 10.5 pct from 11 pct, effective tomorrow."));
    writeFileSync(join(corpusDir, "lloyds-again.md"), report("Lloyds Bank matches base rate cut", "Lloyds Bank Plc <LLOY.L> said it is cutting its base lending rate to 10.5 pct from 11 pct, effective tomorrow."));
    writeFileSync(join(corpusDir, "barclays.md"), report("Barclays cuts base rate", "Barclays Bank Plc said it is cutting its base lending rate to 10.5 pct from 11 pct."));
    const embedder = await defaultEmbedder();
    const { index } = await ingest({ corpusDir, indexDir: join(tempDir(), "embeddings"), embedder });
    const answer = await new Answerer(new Retriever(index, embedder)).ask("Which banks cut their base lending rate to 10.5 pct?");
    const lloyds = answer.citations.filter((citation) => citation.quote.startsWith("Lloyds Bank Plc"));
    expect(lloyds).toHaveLength(1);
    expect(answer.text).toContain("Barclays Bank Plc said");
  });
});

  it("quotes once a sentence an article repeats in other words, and keeps sentences alike that give other figures or names", async () => {
    // The TASS report opens with its fourth paragraph's sentence, "According to Ilham Aliyev, ..." for "According to Aliyev, ...".
    const answer = await answerer.ask("What are the prospects for an Armenia-Azerbaijan peace treaty?");
    expect(answer.citations.filter((citation) => /^According to (?:Ilham )?Aliyev, Azerbaijan’s position rests/.test(citation.quote))).toHaveLength(1);
    const ask = await askerOver({
      "micro.md": wireStory("Zarvo Micro files debentures", "1987-03-10", "NEW YORK, March 10 - Zarvo Micro Corp said it filed with the Securities and Exchange Commission a registration statement covering a 75 mln dlr issue of convertible subordinated debentures due 2012."),
      "tech.md": wireStory("Vell Tech files debentures", "1987-03-11", "NEW YORK, March 11 - Vell Tech Corp said it filed with the Securities and Exchange Commission a registration statement covering a 75 mln dlr issue of convertible subordinated debentures due 2012."),
      "other.md": otherStory,
    });
    const companies = await ask("which companies are selling convertible subordinated debentures due 2012");
    expect(companies.text).toContain("Zarvo Micro Corp said");
    expect(companies.text).toContain("Vell Tech Corp said");
  });


describe("answers over 1,500 Reuters articles", () => {
  let reuters: Answerer;
  beforeAll(async () => {
    reuters = new Answerer(new Retriever(await reutersIndex(1500), await defaultEmbedder()));
  });

  it("quotes first, of the best report's figures, the one said in most of the question's words", async () => {
    // Each was led by another of its report's figures: the OECD's forecast of growth, the share who thought Reagan was lying,
    // the year Chesebrough bought Bass, the size of Pope and Talbot's offering.
    for (const [question, figure] of [
      ["What jobless rate did the Paris-based OECD expect Switzerland to keep this year?", "leaving the unemployment rate unchanged at around one pct"],
      ["What share of Americans approved of Reagan's handling of his job in the New York Times/CBS poll taken after the Tower Commission report?", "42 pct of those surveyed approved Reagan's handling of his job"],
      ["chesebrough selling bass shoes - how big were bass sales last yr", "Bass's 1986 sales exceeded 170 mln dlrs"],
      ["how far above the share price is the conversion level on pope and talbot's new debt", "representing a premium of 25 pc"],
    ] as const) {
      expect((await reuters.ask(question)).citations[0]!.quote, question).toContain(figure);
    }
  });

  it("searches for each name of a comparison on its own where the search for all of them found one only", async () => {
    // A dozen Franklin funds' payouts fill the articles searched for the whole question; reuters-53 is Emhart's dividend.
    const digest = await reuters.ask("Compare the dividends declared by Emhart and the Franklin California tax-free fund.");
    expect(digest.kind).toBe("digest");
    const cited = digest.citations.map((citation) => citation.article.title);
    expect(cited).toContain("Emhart Corp <emh> Qtly Dividend");
    expect(cited.some((title) => /Franklin California/i.test(title))).toBe(true);
  });

  it("reads, for a name the question lists that no passage read holds, the passage a search for it alone finds", async () => {
    // Read as a list of two names (Australian, Hamburg), the passages read held the first alone; reuters-1475 is the Hamburgische Landesbank's.
    const answer = await reuters.ask("What interest rate will the Australian dollar eurobond from Hamburg's state bank pay, and which bank is running the deal?");
    expect(answer.refusedBy).toEqual([]);
    expect(answer.citations[0]!.article.id).toBe("reuters-1475");
  });

  it("quotes a dividend's record date, which shares few words with a question asking it in others", async () => {
    // reuters-108: "Qtly div 25 cts vs 25 cts prior / Pay April one / Record March 15".
    const answer = await reuters.ask("By what date must investors be registered as Meridian Bancorp shareholders to qualify for the distribution?");
    expect(answer.citations[0]!.quote).toBe("Record March 15");
    // reuters-1555 misspells it: "Qtly div 16 cts vs 16 cts prior / Pay April One / Rcord March 20".
    expect((await reuters.ask("What is the record date for Salomon Inc's regular quarterly dividend?")).citations[0]!.quote).toBe("Rcord March 20");
  });

  it("quotes first what money raised is for, in words of its own, where the question asks it", async () => {
    // reuters-1061: "Proceeds are for general corporate purposes, including to fund a portion of the investment needed for a ... joint venture under discussion with Nippon Steel Corp."
    const answer = await reuters.ask("inland steel preferred offering - proceeds going to a jv with who");
    expect(answer.citations[0]!.quote).toContain("joint venture under discussion with Nippon Steel Corp");
  });

  it("quotes further reports where the question asks what several say", async () => {
    // reuters-979, 1006 and 1060 report AMR's order; GE's release gives its engines' worth.
    const answer = await reuters.ask("what is AMR's order for Boeing and Airbus jets worth, according to the different reports?");
    const cited = new Set(answer.citations.map((citation) => citation.article.id));
    expect([...cited].filter((id) => ["reuters-979", "reuters-1006", "reuters-1060"].includes(id)).length).toBeGreaterThanOrEqual(2);
    expect(answer.text).toContain("650 mln dlrs");
  });

  it("reads more of the reports for a question after several firms, and cites them", async () => {
    // Four of the 1,500 stories report an inventory writedown in their results; the fourth was past the four passages read.
    const answer = await reuters.ask("which companies took inventory writedowns in their results");
    const cited = new Set(answer.citations.map((citation) => citation.article.id));
    for (const id of ["reuters-1024", "reuters-1044", "reuters-1528", "reuters-1543"]) expect(cited, id).toContain(id);
  });

  it("quotes a wire story filed twice, under two datelines, once, and reads no dateline as what a sentence says", async () => {
    // reuters-854 and reuters-965 are one story, filed "WASHINGTON, March 2 -" and "WASHINGTON, March 3 -".
    const answer = await reuters.ask("Who first appointed Paul Volcker to the Fed?");
    const quotes = answer.citations.map((citation) => citation.quote);
    expect(new Set(quotes).size).toBe(quotes.length);
    expect(answer.text).toContain("first appointed in 1979 by President Carter");
    for (const quote of quotes) expect(quote).not.toMatch(/^WASHINGTON/);
  });

  it("finds the country a capital stands for", async () => {
    // "Spain To Launch Export Drive" / "Spain unveils a 105 billion peseta plan this month aimed at boosting exports ..."
    const answer = await reuters.ask("What is Madrid's plan to boost foreign sales worth?");
    expect(answer.citations[0]).toMatchObject({ article: { id: "reuters-1478" } });
    expect(answer.text).toContain("105 billion peseta");
  });

  it("finds a state as the dateline abbreviates it", async () => {
    // "ADA, Okla., March 3 - Pre-Paid Legal Services Inc said ..."; "I.C.H. would loan it up to 100 mln dlrs".
    const answer = await reuters.ask("up to how much could the insurance holding company lend to the oklahoma legal-plan firm");
    expect(answer.citations[0]).toMatchObject({ article: { id: "reuters-967" } });
    expect(answer.text).toContain("up to 100 mln dlrs");
  });

  it("reads a headline with its article's first sentence", async () => {
    // "Gm <gm> Output Fell Last Month" / "General Motors Corp said its February U.S. car production declined to 358,661 ..."
    const answer = await reuters.ask("How many cars did GM build in the U.S. in February?");
    expect(answer.citations[0]).toMatchObject({ article: { id: "reuters-832" } });
    expect(answer.citations[0]!.quote).toContain("car production declined to 358,661");
  });

  it("quotes first, of the best report, the figure of the month or the day asked about", async () => {
    // The report's best-scored sentence is on the week's weather; its figure is of the week asked about.
    expect((await reuters.ask("bahia cocoa arrivals week ending feb 22")).citations[0]!.quote).toContain("week ended February 22");
  });

  it("quotes first, for which firm, a company the question does not name, whatever legal form the one it names has", async () => {
    const ask = await askerOver({
      "cd.md": wireStory(
        "Bank of Zarvana plans 200 mln H.K. dlr CD",
        "1987-03-05",
        "HONG KONG, March 5 - The state-owned Bank of Zarvana Ltd Hong Kong branch is planning a 200 mln H.K. Dlr certificate of deposit issue, banking sources said.\n\nThey said the five year issue carries a 7.05 pct coupon payable quarterly.\n\nOstland Development Finance Co (H.K.) Ltd, a Bank of Ostland unit, is lead manager of the certificate of deposit issue.",
      ),
      "rates.md": otherStory,
    });
    const answer = await ask("which firm is running the hong kong certificate of deposit deal for bank of zarvana");
    expect(answer.citations[0]!.quote).toBe("Ostland Development Finance Co (H.K.) Ltd, a Bank of Ostland unit, is lead manager of the certificate of deposit issue.");
  });

  it("quotes first, for a figure of the year asked, the sentence that gives one of that year", async () => {
    const ask = await askerOver({
      "trade.md": wireStory(
        "U.S./USSR trade imbalance cited as problem",
        "1987-03-04",
        'WASHINGTON, Mar 4 - U.S. purchases of Soviet products must increase before the Soviet Union will buy more U.S. goods, a Soviet trade official told Reuters.\n\n"American exports (to the Soviet Union) depend on Soviet exports to the United States," said Albert Melknikov, deputy trade representative of the Soviet Union to the United States.\n\n"One should not forget that it is impossible only to buy from the United States. We must be able to sell our products to the United States as well," he said in an interview.\n\nThe Soviet trade deficit with the United States totalled around two billion dlrs in 1985, Melnikov said.',
      ),
      "rates.md": otherStory,
    });
    const answer = await ask("How big was the Soviet trade gap with America in 1985, according to Moscow's deputy trade envoy in Washington?");
    expect(answer.citations[0]!.quote).toContain("two billion dlrs in 1985");
  });

  it("quotes first, for an abbreviation asked, the sentence that spells it out in a report that uses it too", async () => {
    const ask = await askerOver({
      "prices.md": wireStory(
        "Fed seen content with Ostland February economy",
        "1987-03-13",
        "NEW YORK, March 13 - Ostland February reports reflecting slim gains in industrial output reinforced expectations of a stable monetary policy, economists said.\n\nThe February Ostland producer price index gained only 0.1 pct, less than a 0.3-0.4 pct expected rise. This followed a 0.6 pct rise in the PPI in January.\n\nThe energy products component of PPI rose 4.0 pct in February, after a 9.8 pct increase in January.",
      ),
      "rates.md": otherStory,
    });
    expect((await ask("ostland feb ppi how much did it go up")).citations[0]!.quote).toContain("producer price index gained only 0.1 pct");
  });

  it("quotes, for a date named by what falls on it, the sentence after the best that gives it in few words of the question", async () => {
    // "It said holders of its common will receive one additional share for each share held as of March 20."
    expect((await reuters.ask("whats the record date on seaman furniture's stock split")).text).toContain("held as of March 20");
  });

  it("quotes first, for which lawmaker (official, founder), the sentence that names one, after a title the wire shortens", async () => {
    const ask = await askerBeside("Zarvo Airlines accused on minority hiring", "1987-03-03", "WASHINGTON, March 3 - Zarvo Airlines' treatment of minority workers was called pathetic in a congressional hearing today, but the company said it had made tremendous progress in minority hiring.\n\nThe issue was aired during a hearing of a House subcommittee whose chairman, Rep. Cardiss Vell, said the airline locked blacks out of key jobs.", otherStory);
    const answer = await ask("Which congresswoman called Zarvo Airlines' treatment of minority workers pathetic?");
    expect(answer.citations[0]!.quote).toContain("Rep. Cardiss Vell");
  });

  it("quotes first, for who guarantees (lends, backs) something, the sentence that names the bank or state that does", async () => {
    const ask = await askerBeside("Zarvo Funding issues eurobond", "1987-03-04", "LONDON, March 4 - Zarvo Funding Inc is issuing a 125 mln dlr eurobond due April 7, 1997 paying 8-1/8 pct and priced at 101-1/2 pct, sole lead manager Citicorp Investment Bank Ltd said.\n\nThe non-callable bond is guaranteed by the Kingdom of Ostland and will be listed in Luxembourg.", otherStory);
    for (const question of ["zarvo funding eurobond who guarantees it", "zarvo funding eurobond guaranteed by who"]) {
      expect((await ask(question)).citations[0]!.quote).toContain("guaranteed by the Kingdom of Ostland");
    }
  });

  it("quotes first, for who did what a wire brief reports, the sentence that names the firm that did it", async () => {
    const ask = await askerBeside(
      "Zarvo Locker conducts tests",
      "1987-03-16",
      "JAMESTOWN, N.Y., March 16 - Zarvo Locker Group Inc said environmental tests revealed low but unacceptable levels of two chemical compounds in ground water at its Ostland plant near here.\n\nThe tests, conducted by Vell and Moore, an environmental engineering firm, followed the termination of talks for sale of the plant, which makes steel office furniture.\n\nThe company said the compounds were not used as part of its current operations.",
      otherStory,
    );
    expect((await ask("zarvo locker group groundwater tests who did them")).citations[0]!.quote).toContain("conducted by Vell and Moore");
  });

  it("quotes first, for how many of a whole, the sentence that gives the count out of it, not the one that gives the whole", async () => {
    const ask = await askerBeside(
      "Regulators close two Zarvan banks",
      "1987-03-12",
      "WASHINGTON, March 12 - The Federal Deposit Insurance Corp said two Zarvan banks were closed by bank regulators, making a total of 40 failures of federally insured financial institutions so far this year.\n\nFourteen of the 40 have been in Zarvan, which has been hard hit by plummeting oil prices.\n\nThe FDIC said it approved paying off the insured depositors of the failed Plaza National Bank.",
      otherStory,
    );
    expect((await ask("How many of the 40 failures of federally insured institutions this year were in Zarvan, according to the FDIC?")).citations[0]!.quote).toContain("Fourteen of the 40");
  });

  it("quotes first, for the price paid for a unit, the sentence that names the unit, not the seller's sale of others", async () => {
    const ask = await askerBeside(
      "Zarvo to buy Ostland unit",
      "1987-03-13",
      "PEAPACK, N.J., March 13 - Zarvo Inc said it has signed a definitive agreement to acquire Vell National Life Insurance Co from Ostland Corp for 275 mln dlrs in cash.\n\nOstland had previously announced plans to leave the insurance business. On March Three, it said it agreed in principle to sell its American Centennial Insurance Co, Ostland International Insurance Co, Vell National Assurance Co, Consolidated Life Insurance Co and Wesco Insurance Co subsidiaries to a management-led group for 98 mln dlrs in notes and 10 mln dlrs in cash.",
      otherStory,
    );
    expect((await ask("What price is Zarvo paying Ostland Corp for its Vell National Life Insurance arm?")).citations[0]!.quote).toContain("for 275 mln dlrs in cash");
  });

  it("quotes first, for the name something is given, the sentence that gives it", async () => {
    const ask = await askerBeside(
      "Zarvo Holdings To Vote On Name Change",
      "1987-03-16",
      "CHICAGO, March 16 - Zarvo Holdings Corp said it will ask shareholders at its April annual meeting to approve the doubling of its authorized common shares to 120 mln.\n\nHolders will also be asked to approve a new corporate name, Ostland Group Inc, to set the parent apart from its insurance units.",
      otherStory,
    );
    expect((await ask("what new name will zarvo shareholders approve at the april annual meeting")).citations[0]!.quote).toContain("a new corporate name, Ostland Group Inc");
  });

  it("quotes first, for who is advising a firm, the sentence that names the firm retained to advise", async () => {
    const ask = await askerBeside("Zarvo Lighting to sell land business", "1987-03-17", "LOS ANGELES, March 17 - Zarvo Lighting Corp said it is considering the sale of its land development line of business and will be initiating discussions with potential buyers.\n\nThe book value of the company's investment in land development operations is 224 mln dlrs.\n\nThe investment banking firm Vell Stanley has been retained to advise Zarvo Lighting on the disposition of the land development operations.", otherStory);
    expect((await ask("whos advising zarvo lighting on selling the land biz")).citations[0]!.quote).toContain("Vell Stanley has been retained to advise");
  });

  it("quotes first, for which country did something, the sentence that says it did", async () => {
    const ask = await askerBeside("Indonesia soybean imports to rise", "1987-03-19", "JAKARTA, March 19 - Soybean imports are forecast to rise to 425,000 tonnes in 1987/88 from an estimated 300,000 in 1986/87, the U.S. Embassy said in its annual report on Indonesia's agriculture.\n\nChina is the main supplier with a 79 pct share, while the U.S. Provides the rest, it said.", otherStory);
    expect((await ask("Which country provides most of the soybeans that Indonesia imports?")).citations[0]!.quote).toContain("China is the main supplier");
  });

  it("quotes first, for who quoted someone, the sentence that names the agency that did", async () => {
    expect((await answerer.ask("who quoted pashinyan on the fifth column thing")).citations[0]!.quote).toContain("TASS quoted");
  });

  it("quotes first, for who won, the sentence that names the winner, not the news agency credited", async () => {
    const ask = await askerBeside("Liberals hold Zarvan in by-election", "1987-03-13", "LONDON, March 13 - The Liberal party easily won the Zarvan by-election with almost twice as many votes as its nearest rival, the Press Association news agency reported.\n\nThe poll was called after the death of the previous member of parliament.\n\nThe seat went to Liberal candidate Matthew Vell, who won 30,599 votes.", otherStory);
    expect((await ask("Who won the Zarvan by-election for the Liberal party?")).citations[0]!.quote).toContain("Matthew Vell");
  });

  it("quotes first, for who made an offer (is buying, sold from), the sentence that names the firm", async () => {
    const ask = await askerBeside("Zarvo Inns gets buyout proposal", "1987-03-03", "DALLAS, March 3 - Zarvo Inns Inc said it received a buyout proposal for an exchange of stock and cash, subject to financing.\n\nThe proposal came from Ostland Development Inc, which owns nine pct of Zarvo Inns.", otherStory);
    expect((await ask("who made the buyout offer for zarvo inns")).citations[0]!.quote).toContain("Ostland Development Inc");
  });

  it("quotes first, for what volume (size, quantity), the sentence that gives the figure", async () => {
    const ask = await askerBeside("Zarvan committee awards barley licences", "1987-03-05", "ZARVAN, March 5 - The Zarvan cereal management committee rejected all bids to export free market soft wheat at today's weekly tender, traders said.\n\nThe committee awarded 123,000 tonnes of free market barley export licences at a maximum export refund of 138.75 ecus per tonne.", otherStory);
    const answer = await ask("What volume of barley export licences did the Zarvan cereal committee hand out at the weekly tender?");
    expect(answer.citations[0]!.quote).toContain("awarded 123,000 tonnes of free market barley");
  });

  it("quotes first, for what money raised will go to, the sentence that says what the proceeds are for", async () => {
    const ask = await askerBeside("Zarvo Medical plans preferred offering", "1987-03-04", "DENVER, March 4 - Zarvo Medical Corp said it entered a letter of intent with a national underwriting firm for an offering of five mln dlrs worth of convertible preferred stock.\n\nZarvo said it will file a registration statement with the Securities and Exchange Commission later this month for the offering. Proceeds will be used to fund clinical trials for the company's treatments for rheumatoid arthritis.\n\nIt also said it increased the size of its board to six from five members.", otherStory);
    const answer = await ask("What will Zarvo Medical spend the money raised from its preferred share sale on?");
    expect(answer.citations[0]!.quote).toBe("Proceeds will be used to fund clinical trials for the company's treatments for rheumatoid arthritis.");
  });

  it("quotes first, for which bank does something, the sentence of the best quote's report that says it does it", async () => {
    const ask = await askerBeside("Zarvo Co issues Swiss franc notes", "1987-03-05", "ZURICH, March 5 - Zarvo Co Ltd of Tokyo is issuing 12 mln Swiss francs of straight notes due March 26, 1992 with a 4-5/8 pct coupon, lead manager Vellen Bank said.\n\nThe notes are priced at 100-1/4.\n\nThe issue is guaranteed by the Ostland Bank Ltd.", otherStory);
    const answer = await ask("Which bank guarantees the Zarvo Swiss franc note issue?");
    expect(answer.citations[0]!.quote).toBe("The issue is guaranteed by the Ostland Bank Ltd.");
  });

  it("quotes first, for how much a company lost, its results table's net loss, not its loss per share", async () => {
    const ask = await askerBeside("Zarvo Corp <zrv> 4th Qtr Loss", "1987-03-05", "PITTSBURGH, March 5 - Shr loss 1.48 dlrs vs loss 36 cts\n\nNet loss 4,036,000 vs loss 983,000\n\nSales 16.6 mln vs 17 mln", otherStory);
    expect((await ask("how much did zarvo lose in q4")).citations[0]!.quote).toBe("Net loss 4,036,000 vs loss 983,000");
    expect((await ask("how much did zarvo lose per share in q4")).citations[0]!.quote).toBe("Shr loss 1.48 dlrs vs loss 36 cts");
  });

  it("quotes first, for a company's annual figure, its table's row for the year", async () => {
    // Beside a story that uses the asker's words, as a real collection does.
    const income = wireStory("Ostland income rises", "1987-03-10", "VIENNA, March 10 - Ostland's annual income per head rose three pct, the statistics office said.");
    const ask = await askerBeside("<Zarvo Inc> 4th Qtr Net", "1987-03-02", "TORONTO, March 2 - Shr 35 cts vs 25 cts\n\nNet 1,590,000 vs 1,140,000\n\nRevs 32.2 mln vs 23.0 mln\n\nYEAR\n\nShr 1.16 dlrs vs 68 cts\n\nNet 5,300,000 vs 3,100,000\n\nRevs 110.0 mln vs 85.4 mln", income);
    expect((await ask("What was Zarvo's annual income?")).citations[0]!.quote).toBe("[YEAR] Net 5,300,000 vs 3,100,000");
  });

  it("answers how much a company pays its holders each quarter with its dividend, which is no price", async () => {
    const ask = await askerBeside("Zarvo Realty <zrv> Quarterly Dividend", "1987-02-26", "LOS ANGELES, Feb 26 - Qtly div 51 cts vs 51 cts\n\nPay April 9\n\nRecord March 25", otherStory);
    const answer = await ask("How much is Zarvo Realty paying per share each quarter?");
    expect(answer.refusedBy).toEqual([]);
    expect(answer.citations[0]!.quote).toBe("Qtly div 51 cts vs 51 cts");
  });

  it("quotes first, for how many things, the sentence that counts them, not a figure joined to another word before them (\"the 28-day-cycle package\")", async () => {
    const ask = await askerBeside(
      "Zarvo Labs recalls oral contraceptive",
      "1987-03-13",
      "NEW YORK, March 13 - Zarvo Labs is voluntarily recalling all lots of its Ostrin oral contraceptives.\n\nThe FDA said some of the blister-pack cards that house the pills may contain out of sequence tablets in the 28-day-cycle package.\n\nThe FDA said the recall affects 315,000 packages of the pills.",
      otherStory,
    );
    const answer = await ask("How many packages of Ostrin oral contraceptives does the Zarvo Labs recall cover?");
    expect(answer.refusedBy).toEqual([]);
    expect(answer.citations[0]!.quote).toContain("315,000 packages");
  });

  it("quotes first, for how much a share was offered, the sentence that gives the price per share, not the offer's worth", async () => {
    const ask = await askerBeside(
      "Zarvo World rejects Ostrin's offer",
      "1987-03-13",
      "LOS ANGELES, March 13 - ZR Acquisition, a company formed by investor Paul Ostrin, today began a tender offer for Zarvo World, valued at 725.2 mln dlrs, for all shares Ostrin does not already own.\n\nZarvo World said its board unanimously rejected the 28 dlr per share takeover offer by Ostrin.",
      otherStory,
    );
    const answer = await ask("How much per share did Paul Ostrin offer for Zarvo World?");
    expect(answer.refusedBy).toEqual([]);
    expect(answer.citations[0]!.quote).toContain("28 dlr per share");
  });

  it("reads a dividend table's row named by how often it is paid alone (\"Semi-annual 30 cts\") as the dividend", async () => {
    const ask = await askerBeside("<Zarvo And Co Ltd> Increases Dividend", "1987-03-03", "LONDON, Ontario, March 3 - Semi-annual 30 cts vs 25 cts prior\n\nPay June 30\n\nRecord June 15", otherStory);
    const answer = await ask("How much did Zarvo raise its semi-annual dividend to?");
    expect(answer.refusedBy).toEqual([]);
    expect(answer.citations[0]!.quote).toBe("Semi-annual 30 cts vs 25 cts prior");
  });

  it("reads a company's top line as its revenue and its bottom line as its net", async () => {
    const ask = await askerBeside("Zarvo Research Inc <zrv> 1st Qtr Loss", "1987-03-03", "CHICAGO, March 3 - Shr loss 10 cts vs loss seven cts\n\nNet loss 316,289 vs loss 189,140\n\nRevs 61,762 vs 8,934", otherStory);
    expect((await ask("What was the top line for Zarvo Research in the quarter?")).citations[0]!.quote).toBe("Revs 61,762 vs 8,934");
    expect((await ask("whats zarvo research's bottom line for the quarter")).citations[0]!.quote).toBe("Net loss 316,289 vs loss 189,140");
  });

  it("quotes first, for the level a figure reached, the sentence that gives the figure it went to", async () => {
    const ask = await askerBeside("Zarvo Leading Index Rises In December", "1987-03-03", "SYDNEY, March 3 - The Zarvo Bank leading index of economic activity rose for the ninth successive month in December, the bank said.\n\nThe coincident index also rose an annualised three pct in December against zero movement in November.\n\nThe index rose to 134.1 (base 1980) from 129.8 in November and 122.8 a year earlier, the report said.", otherStory);
    expect((await ask("To what level did the Zarvo Bank leading index climb in December?")).citations[0]!.quote).toContain("rose to 134.1");
  });

  it("reads how deep in the red a company was as how large its loss, of the period asked", async () => {
    const ask = await askerBeside("Zarvo Financial Corp <zfc> 4th Qtr Loss", "1987-03-13", "CLEVELAND, March 13 - Shr loss 5.67 dlrs vs loss 5.17 dlrs\n\nNet loss 17 mln vs loss 15.4 mln\n\nRevs 40.1 mln vs 38.2 mln\n\nYear\n\nShr loss 12.42 dlrs vs loss 9.60 dlrs\n\nNet loss 37.0 mln vs loss 28.5 mln\n\nRevs 160.3 mln vs 151.0 mln", otherStory);
    expect((await ask("How deep in the red was Zarvo Financial for the whole year?")).citations[0]!.quote).toBe("[Year] Net loss 37.0 mln vs loss 28.5 mln");
    expect((await ask("how far into the red did zarvo financial go in the 4th qtr")).citations[0]!.quote).toBe("[4th Qtr] Net loss 17 mln vs loss 15.4 mln");
  });

  it("quotes first, for what \"which\" asks for, the sentence of the best report that names such a thing", async () => {
    const ask = await askerBeside(
      "Zarvo and Ostland hold consultations",
      "2023-03-27",
      "ZARVOGRAD, March 27 - Following the consultations, Ivo Vell was received by the Zarvo foreign minister Leo Brand.\n\nThe interlocutors touched upon the bilateral dialogue, as well as the deployment of the EU civilian monitoring mission in Zarvo.",
      otherStory,
    );
    expect((await ask("brand n vell talked abt which eu mission")).citations[0]!.quote).toContain("EU civilian monitoring mission");
  });

  it("quotes first, for a question answered yes or no, the sentence of the best report that says the word it asks", async () => {
    const ask = await askerBeside(
      "Zarvo minister answers parliament on court ruling",
      "2023-03-23",
      "ZARVOGRAD, March 23 - The Federation of Ostland Organisations said it has taken note of the answers by Zarvo Foreign Minister Leo Brand to the written questions of 13 parliamentary factions about the court ruling.\n\nIn his letter to parliament, the minister underlines that international rulings are legally binding.",
      otherStory,
    );
    for (const question of ["zarvo fm brand - are the court rulings binding or not", "are court rulings binding acc to zarvo fm brand"]) {
      expect((await ask(question)).citations[0]!.quote).toContain("rulings are legally binding");
    }
  });

  it("reads imports exceeding exports as a trade deficit, and a meeting pushed back as delayed", async () => {
    const ask = await askerOver({
      "trade.md": wireStory("Zarvo Trade Deficit Widens In February", "1987-03-18", "ZARVOGRAD, March 18 - Zarvo's trade deficit widened to an estimated 4.7 billion crowns in February from 2.1 billion in January, the central bank said.\n\nExports fell to around 18.9 billion crowns from 20.4 billion in January, the bank said."),
      "rice.md": wireStory("Zarvo Rice Exports Rise", "1987-03-02", "ZARVOGRAD, March 2 - Zarvo exported 84,960 tonnes of rice in the week ended February 24, up from 80,498 the previous week, the commerce ministry said."),
      "meeting.md": wireStory("Ostvision Delays Annual Meeting", "1987-03-18", "PALO ALTO, Calif., March 18 - Ostvision Inc said it has delayed its annual meeting to June 22 from May 14 to allow its board to review recapitalization options.\n\nOstvision today reported first quarter net income of 64.6 mln dlrs."),
      "laser.md": wireStory("Ostlaser Sets Annual Meeting", "1987-03-10", "SANTA CLARA, Calif., March 10 - Ostlaser Inc said it rescheduled its annual meeting to Monday, May 11.\n\nThe meeting had previously been set for May 14 in Palo Alto, the company said."),
      "rates.md": otherStory,
    });
    expect((await ask("by how much did zarvo's imports exceed its exports in february")).citations[0]!.quote).toContain("trade deficit widened to an estimated 4.7 billion crowns");
    expect((await ask("the palo alto eye care company pushed back its shareholders meeting to what date")).text).toContain("delayed its annual meeting to June 22");
  });

  it("reads a defeat in a war as losing it", async () => {
    const answer = await answerer.ask("What reason did Nikol Pashinyan give for Armenia's defeat in the 2020 war?");
    expect(answer.citations[0]!.quote).toContain("we lost the war because the fifth column operated in our army");
  });

  it("reads an agreement broken as violated, and grain sold to undisclosed buyers as sold to unknown destinations", async () => {
    const answer = await answerer.ask("the russian military said baku broke an agreement signed on what date");
    expect(answer.citations[0]!.quote).toContain("in violation\" of the agreement of November 9, 2020");
    const ask = await askerOver({
      "sale.md": wireStory("Usda Reports 350,000 Tonnes Corn To Unknown", "1987-03-17", "WASHINGTON, March 17 - The U.S. Agriculture Department said private U.S. exporters reported sales of 350,000 tonnes of corn for delivery to unknown destinations during the 1986/87 marketing season."),
      "inspections.md": wireStory("Trade Sees Steady Corn Export Inspections", "1987-03-16", "CHICAGO, March 16 - The USDA's weekly export inspection report is expected to show steady corn exports, according to floor traders' forecasts, as American exporters wait for buyers."),
      "rates.md": otherStory,
    });
    expect((await ask("how much corn did american exporters sell to undisclosed buyers according to the usda")).citations[0]!.quote).toContain("350,000 tonnes of corn");
  });

  it("reads unpaved tracks as dirt roads", async () => {
    const answer = await answerer.ask("Baku claims it seized control of unpaved tracks located where, to cut off weapons deliveries?");
    expect(answer.citations.map((citation) => citation.quote).join(" ")).toContain("the dirt roads north of Lachin");
  });

  it("reads tents pitched as tents set up", async () => {
    const answer = await answerer.ask("who pitched tents on the only road between armenia and karabakh and what did they claim to be");
    expect(answer.citations[0]!.quote).toContain("protesters claiming to be environmental activists stopped traffic by setting up tents");
  });

  it("quotes first, for \"which analyst ...\", the sentence naming one by a trade of that kind, and answers where none is named", async () => {
    const answer = await answerer.ask("which analyst predicted that the karabakh armenians' options will shrink every time they say no to baku");
    expect(answer.citations[0]!.quote).toContain("Political scientist Farhad Mammadov expressed confidence");
    const ask = await askerOver({
      "oil.md": wireStory("Oil analysts see firm prices", "1987-03-13", "NEW YORK, March 13 - Oil prices will stay firm through the summer as OPEC holds output under its ceiling, analysts said.\n\nThey said demand should rise in the third quarter."),
      "rates.md": otherStory,
    });
    const unnamed = await ask("which analyst said oil prices will stay firm through the summer");
    expect(unnamed.refusedBy).toEqual([]);
    expect(unnamed.citations[0]!.quote).toContain("Oil prices will stay firm through the summer");
  });

  it("reads someone put in charge of a team as appointed its head", async () => {
    const answer = await answerer.ask("who did baku put in charge of its negotiating team for talks with the karabakh armenians");
    expect(answer.citations[0]!.quote).toContain("Ramin Mammadov was appointed the head of the delegation");
  });

  it("quotes first, for a firm told by the place its table was filed from, that table's row", async () => {
    const ask = await askerOver({
      "geico.md": wireStory("Zarvo Corp <zrv> Raises Qtrly Dividend", "1987-03-04", "CHEVY CHASE, Md., March 4 - Qtrly div 34 cts vs 27 cts prior\n\nPay March 31\n\nRecord March 16"),
      "fund.md": wireStory("Ostland Insured Fund Sets Quarterly Payout", "1987-03-02", "SAN MATEO, Calif., March 2 - Qtly div 6.9 cts vs 6.9 cts prior\n\nPay March 31\n\nRecord March 16"),
      "rates.md": otherStory,
    });
    const answer = await ask("By how much did the Chevy Chase insurer lift its quarterly payout?");
    expect(answer.citations[0]!.quote).toBe("Qtrly div 34 cts vs 27 cts prior");
  });

  it("reads a dividend's dates as askers name them: holders on the books as of the record date, a payout or a payment for the dividend", async () => {
    // Beside a story that uses the askers' words, as a real collection does.
    const shareholders = wireStory("Ostland Bank holders back share sale", "1987-03-10", "VIENNA, March 10 - Ostland Bank said its shareholders approved a sale of new shares, and that it closed its books for 1986 with a profit.");
    const ask = await askerBeside("Zarvo Lighting Corp <zlc> Quarterly Dividend", "1987-03-03", "LOS ANGELES, March 3 - Qtly div 87 cts vs 87 cts\n\nPay April 15\n\nRecord March 20", shareholders);
    expect((await ask("Shareholders on the books as of what date get Zarvo Lighting's quarterly payment?")).citations[0]!.quote).toBe("Record March 20");
    expect((await ask("when is zarvo lighting paying its dividend")).citations[0]!.quote).toBe("Pay April 15");
    expect((await ask("What quarterly payout is Zarvo Lighting giving?")).citations[0]!.quote).toBe("Qtly div 87 cts vs 87 cts");
  });

  it("reads periods counted otherwise than the table counts them: three quarters to January are its nine months, three months to January its quarter", async () => {
    const ask = await askerBeside("Zarvo Systems Inc <zrv> 3rd Qtr Jan 31 Net", "1987-03-05", "TORONTO, March 5 - Shr 18 cts vs 19 cts\n\nNet 400,413 vs 421,451\n\nNine mths\n\nShr 55 cts vs 24 cts\n\nNet 1.9 mln vs 800,000", otherStory);
    expect((await ask("How much did Zarvo Systems make per share over the three quarters to the end of January?")).citations[0]!.quote).toBe("[Nine mths] Shr 55 cts vs 24 cts");
    expect((await ask("How much did Zarvo Systems make per share in the three months to the end of January?")).citations[0]!.quote).toBe("[3rd Qtr] Shr 18 cts vs 19 cts");
  });

  it("reads months as the wire and chat shorten them: oct-dec is October-December", async () => {
    const ask = await askerOver({
      "gnp.md": wireStory("Japan Gnp Rises 0.8 Pct In Fourth Quarter", "1987-03-12", "TOKYO, March 12 - Japan's gross national product rose a real 0.8 pct in Oct/Dec after a revised 0.7 pct increase in the previous quarter, the Economic Planning Agency said.\n\nPrivate spending fell 0.7 pct in the Oct/Dec quarter."),
      "profits.md": wireStory("Japan Corporate Profits Rise", "1987-03-09", "TOKYO, March 9 - Current profits of Japan's major firms in the October-December quarter rose four pct from a year earlier to 5,654 billion yen, the Finance Ministry said."),
      "rates.md": otherStory,
    });
    expect((await ask("japan corp profits oct-dec qtr how much up")).citations[0]!.quote).toContain("rose four pct");
  });

  it("reads a results table's revenue as askers name it: turnover, sales or revenue", async () => {
    const staff = wireStory("Ostland plant loses staff", "1987-03-09", "VIENNA, March 9 - The annual turnover rate of workers at the Ostland steel plant is 100 pct, the union said.");
    const ask = await askerBeside("Zarvo Corp <zrv> Year Net", "1987-03-03", "BOSTON, March 3 - Shr profit three cts vs loss 11 cts\n\nNet profit 507,000 vs loss 1,823,000\n\nRevs 11.2 mln vs 204,000", staff);
    expect((await ask("How did Zarvo Corp's annual turnover compare with the year before?")).citations[0]!.quote).toBe("Revs 11.2 mln vs 204,000");
    expect((await ask("what were zarvo corp's sales last year")).citations[0]!.quote).toBe("Revs 11.2 mln vs 204,000");
  });

  it("reads the month a results headline abbreviates as askers write it: Dec is December", async () => {
    const ask = await askerOver({
      "table.md": wireStory("Zarvo Products Inc <zrv> 6 Mths Dec 31 Loss", "1987-03-05", "CHICAGO, March 5 - Shr loss 11 cts vs loss 12 cts\n\nNet loss 739,146 vs loss 600,000\n\nRevs 4.1 mln vs 3.9 mln"),
      "warning.md": wireStory("Zarvo Products Sees Loss", "1987-01-10", "CHICAGO, Jan 10 - Zarvo Products Inc said it expects to report a loss for the period ended December 31, as sales of its kitchen goods slowed in the autumn.\n\nThe company said it would cut 40 jobs."),
      "rates.md": otherStory,
    });
    expect((await ask("how much did zarvo products lose in the half to december")).citations[0]!.quote).toBe("Net loss 739,146 vs loss 600,000");
  });

  it("quotes first, for what a company earned or made, its results table's net, not its earnings per share", async () => {
    const ask = await askerBeside("Zarvo Inc <zrvo> Year Net", "1987-03-04", "OTTAWA, March 4 - Shr 99 cts vs 1.25 dlrs\n\nNet 418,733 vs 235,572\n\nRevs 2,777,425 vs 2,024,116", otherStory);
    for (const question of ["zarvo inc how much did they make last yr", "What did Zarvo earn in the year?"]) {
      expect((await ask(question)).citations[0]!.quote, question).toBe("Net 418,733 vs 235,572");
    }
  });

  it("quotes first, for what a company earned, the figure, not a sentence that only holds the verb", async () => {
    const ask = await askerOver({
      "results.md": wireStory("Zarvo Aerospace Ltd <zrva> Year Net", "1987-03-05", "TORONTO, March 5 - Net 4,394,000 vs 13,070,000\n\nRevs 191.0 mln vs 223.3 mln"),
      "outlook.md": wireStory("Zarvo Aerospace sees growth", "1987-03-05", "TORONTO, March 5 - Zarvo Aerospace Ltd, reporting a sharply lower 1986 profit, said it anticipated solid growth.\n\n\"Zarvo is confident that its robotics will lead to significant growth in revenues and earnings over the next five years,\" the company said."),
      "rates.md": otherStory,
    });
    const answer = await ask("What did Zarvo Aerospace earn in the year?");
    expect(answer.refusedBy).toEqual([]);
    expect(answer.citations[0]!.quote).toBe("Net 4,394,000 vs 13,070,000");
  });

  it("quotes first, for a whole year's figure, the row its table gives the year", async () => {
    const ask = await askerBeside("Zarvo Voice International Inc 4th Qtr Loss", "1987-03-04", "CUPERTINO, Calif., March 4 - Shr loss 21 cts vs loss 14 cts\n\nNet loss 838,069 vs loss 433,875\n\nRevs 1,080,068 vs 1,793,398\n\nAvg shrs 4,004,826 vs 3,172,537\n\n12 mths\n\nShr loss 39 cts vs 11 cts\n\nNet loss 1,387,500 vs loss 334,463\n\nRevs 6,456,882 vs 5,605,680", otherStory);
    for (const question of ["What was Zarvo Voice's net loss for the full year?", "zarvo voice intl full yr net loss"]) {
      expect((await ask(question)).citations[0]!.quote, question).toBe("[12 mths] Net loss 1,387,500 vs loss 334,463");
    }
    expect((await ask("zarvo voice q4 net loss")).citations[0]!.quote).toBe("[4th Qtr] Net loss 838,069 vs loss 433,875");
  });

  it("quotes, for where something was done, the sentence after the best that gives the place", async () => {
    const ask = await askerBeside("Zarvo Digital installs first system", "1987-03-09", "HERNDON, Va., March 9 - Zarvo Digital Corp said it installed its first multi-node Vellix T-1 multiplexer.\n\nThe company said the system was installed at the University of Ostland's Education Computing Service at Research Triangle Park, N.C.", otherStory);
    const answer = await ask("where did zarvo digital put in its first multi-node t-1 multiplexer");
    expect(answer.citations[0]!.quote).toContain("installed at the University of Ostland's Education Computing Service");
  });

  it("quotes first, for which firm, one the sentence names with its legal form, its parts set apart by commas", async () => {
    const ask = await askerOver({
      "debt.md": wireStory(
        "Zarvo Mills files debenture offering",
        "1987-03-05",
        "NEW YORK, March 5 - Zarvo Mills Inc said it filed with the Securities and Exchange Commission a registration statement covering a 100 mln dlr issue of convertible subordinated debentures.\n\nProceeds will be used to reduce outstanding bank debt, Zarvo Mills said.\n\nThe company named Vell, Sarn and Co Inc as lead underwriter of the offering.",
      ),
      "rates.md": otherStory,
    });
    expect((await ask("Which investment bank is leading the towel maker Zarvo Mills' debt sale?")).citations[0]!.quote).toBe("The company named Vell, Sarn and Co Inc as lead underwriter of the offering.");
  });

  it("quotes first, for why, the sentence that gives a reason in the words business news gives it in", async () => {
    // "Moody's said the action ... reflects expectations that pressure on earnings ... will continue".
    expect((await reuters.ask("why did moodys downgrade fluor")).citations[0]!.quote).toContain("reflects expectations that pressure on earnings");
    // "It said he left the board to avoid a conflict of interests": a purpose is a reason.
    expect((await reuters.ask("why'd klingensmith quit as a voting director at kmw")).text).toContain("to avoid a conflict of interests");
  });

  it("finds a name's words together with a word or two between them", async () => {
    // In title case "February Car Production" is read as a name; the article has "February U.S. car production".
    const answer = await reuters.ask("What did General Motors say about February Car Production?");
    expect(answer.citations[0]!.quote).toContain("car production declined to 358,661");
  });

  it("holds a quarter of a year to its year", async () => {
    // The article (February 1987) gives Dean Foods' third-quarter projection and, elsewhere, plans for fiscal 1988.
    expect((await reuters.ask("How much did Dean Foods earn in the third quarter of 1988?")).text).toBe("I found nothing about that in the 1500 articles I have.");
    // A quarter with no year in its sentence is one of the year the article was written or the year before.
    const asked = await reuters.ask("How will Dean Foods' earnings in the fourth quarter of 1987 compare with a year earlier?");
    expect(asked.citations[0]!.quote).toContain("expects earnings for the fourth quarter ending May 30 to exceed");
    // Its "4th Qtr Net" report, written in February 1987, is the fourth quarter of 1986.
    expect((await reuters.ask("What was Brown-Forman's net in the fourth quarter of 1986?")).citations.map((c) => c.quote)).toContain("[4th Qtr] Net 12.6 mln vs 15.8 mln");
  });

  it("reads first the reports of the day asked about, where the wire files the same story day after day", async () => {
    // The Bank of England's money market operations, reported each day in the same words.
    const answer = await reuters.ask("How much help did the Bank of England give the money market on March 3?");
    expect(answer.sources.slice(0, 2).map((source) => source.date?.slice(0, 10))).toEqual(["1987-03-03", "1987-03-03"]);
  });

  it("reads a results table's rows with the company of its headline and the period of their heading", async () => {
    // "Esi Industries Inc <esi> 4th Qtr Net" / "Revs 11.3 mln vs 11.00 mln" ... "Year" / "Revs 44.0 mln vs 41.4 mln".
    const year = await reuters.ask("esi industries dallas full yr revs");
    expect(year.citations[0]).toMatchObject({ article: { id: "reuters-646" }, quote: "[Year] Revs 44.0 mln vs 41.4 mln" });
    // A year asked about as a whole is the table's "Year".
    expect((await reuters.ask("what were esi industries' revenues over the whole of 1986")).citations[0]!.quote).toBe("[Year] Revs 44.0 mln vs 41.4 mln");
    const quarter = await reuters.ask("esi industries q4 revs");
    expect(quarter.citations[0]).toMatchObject({ article: { id: "reuters-646" }, quote: "[4th Qtr] Revs 11.3 mln vs 11.00 mln" });
    // A period's heading is no sentence to quote.
    for (const answer of [year, quarter]) expect(answer.citations.map((c) => c.quote)).not.toContain("Year");
  });

  it("reads a period heading past a note between it and its rows, and takes no note for a heading", async () => {
    // "4th Qtr Loss" / "Shr not given" / "Oper loss 5,900,000 vs ..." ... "Year" / "Shr not given" / "Oper loss 21.7 mln vs ...".
    const answer = await reuters.ask("westar mining year oper loss");
    expect(answer.citations[0]).toMatchObject({ article: { id: "reuters-1428" }, quote: "[Year] Oper loss 21.7 mln vs profit 34.7 mln" });
    expect(answer.citations.map((c) => c.quote)).toContain("[4th Qtr] Oper loss 5,900,000 vs profit 9,300,000");
    expect(answer.citations.map((c) => c.quote).join(" ")).not.toContain("[Shr not given]");
  });

  it("reads a results table's note with the company of its headline", async () => {
    const ask = await askerOver({
      "results.md": wireStory(
        "Zarvo Timber Inc <zrvt> 3rd Qtr Jan 31 Net",
        "1987-03-04",
        "PORTLAND, Ore., March 4 - Shr profit 13 cts vs loss one ct\n\nNet profit 853,000 vs loss 22,000\n\nRevs 41.1 mln vs 20.3 mln\n\nNote: 3rd qtr net includes a gain of 120,000 dlrs from the sale of a sawmill. Company went public in October 1986.",
      ),
      "other.md": otherStory,
    });
    // The note names no company: its headline does, as it does for the rows.
    const listing = await ask("when did zarvo timber have its ipo");
    expect(listing.refusedBy).toEqual([]);
    expect(listing.citations[0]!.quote).toBe("Company went public in October 1986.");
  });

  it("quotes a results table's row before the note under it that qualifies the row", async () => {
    // reuters-66: "Net 13,555,000 vs 14,635,000" ... "NOTE: latest 12 mths net includes gain 46 cts per share for sale of ...".
    expect((await reuters.ask("potomac electric jan net income pls")).citations[0]!.quote).toContain("13,555,000");
    // reuters-1285: "Oper net profit 456,000 vs loss 2,454,000" ... "1986 4th qtr and yr oper net exclude 606,000 dlrs ...".
    expect((await reuters.ask("What was Merchants Group's operating net in the fourth quarter of 1986?")).citations.map((c) => c.quote).join(" ")).toContain("456,000");
  });

  it("reads at most 500 characters of a question, and of the question a follow-up replies to", async () => {
    // 10,000 characters of "in 1987 " once held the bot for seconds over these articles.
    const flood = await reuters.ask("in 1987 ".repeat(1250), { context: "in 1987 ".repeat(1250) });
    // Cut at a word boundary: 62 times "in 1987" and the next "in".
    expect(answerToJson(flood).question).toBe(`${"in 1987 ".repeat(62)}in`);
  });

  it("takes two common words that name one thing as the question's subject", async () => {
    // "texas commerce" is Texas Commerce Bancshares; each word alone is common, and the passages are far in meaning from "whats going on".
    const answer = await reuters.ask("texas commerce whats going on");
    expect(answer.kind).toBe("answer");
    expect(answer.citations[0]!.quote).toContain("Texas Commerce Bancshares");
  });

  it("quotes the sentence after the best for a question that asks why, where no quote says why", async () => {
    const answer = await reuters.ask("why is fertility n genetics research stopping new ovum transfer centers");
    expect(answer.citations[0]!.quote).toContain("will not establish further free-standing ovum transfer centers");
    // The sentence after the best-scored one says why, without a word of reason: what the company found.
    expect(answer.citations.map((c) => c.quote).join(" ")).toContain("this followed its evaluation of unpublished technical information");
  });

  it("does not take a name in a quotation for the speaker", async () => {
    // "“Nakasone will almost certainly step down ...,” Shiratori said": Shiratori's words, not Nakasone's.
    expect((await reuters.ask("What did Nakasone tell Paye?")).text).toBe("I found nothing Nakasone said in the 1500 articles I have.");
    expect((await reuters.ask("What did Shiratori say about Nakasone?")).text).toContain("Nakasone will almost certainly step down");
  });
});

describe("questions the corpus cannot answer", () => {
  it.each(["Where is the best sourdough bread baked at home?", "Who won the 2022 FIFA World Cup?", "What is the price of Bitcoin today?", "What did NATO say about the blockade?"])(
    "%s",
    async (question) => {
      const answer = await answerer.ask(question);
      expect(answer.abstained).toBe(true);
      expect(answer.citations).toEqual([]);
      expect(answerToText(answer)).toMatch(/^I found nothing about .+ in the 10 articles I have\./);
    },
  );

  it("offers the closest articles only when they are related", async () => {
    expect(answerToText(await answerer.ask("Where is the best sourdough bread baked at home?"))).toBe("I found nothing about that in the 10 articles I have.");
    expect(answerToText(await answerer.ask("What did NATO say about the blockade?"))).toMatch(/^I found nothing about NATO in the 10 articles I have\.\nClosest articles:\n {2}- /);
  });
});

describe("an abstention", () => {
  it("names what the corpus does not mention", async () => {
    expect((await answerer.ask("What did NATO say about the blockade?")).text).toBe("I found nothing about NATO in the 10 articles I have.");
    expect((await answerer.ask("Where is the best sourdough bread baked at home?")).text).toBe("I found nothing about that in the 10 articles I have.");
    // Nationalities whose countries no article names ("UK" must not pass for "Ukraine").
    expect((await answerer.ask("What did French officials say about the blockade?")).text).toBe("I found nothing about French in the 10 articles I have.");
    expect((await answerer.ask("What did the British government say about the blockade?")).text).toBe("I found nothing about British in the 10 articles I have.");
  });

  it("is given when no passage speaks of the question's names together", async () => {
    // Both names are in the corpus, in different articles: Hoekstra never spoke of Nakhchivan.
    expect((await answerer.ask("What did Hoekstra say about the Nakhchivan corridor?")).text).toBe("I found nothing about that in the 10 articles I have.");
    // A title belongs to the name before it: the Czech delegation is not the Czech president.
    expect((await answerer.ask("What did the Czech president say about Azerbaijan?")).text).toBe("I found nothing on that mentioning “Czech president” in the 10 articles I have.");
    // The words of a name stand together: the articles mention a court and Europe, never a European Court.
    expect((await answerer.ask("What did the European Court rule about the Lachin corridor?")).text).toBe("I found nothing on that mentioning “European Court” in the 10 articles I have.");
    // So do hyphenated words: "pro-Turkish" and "the Armenian population" are not the Armenian-Turkish border.
    expect((await answerer.ask("What happened at the Armenian-Turkish border?")).text).toBe("I found nothing on that mentioning “Armenian-Turkish” in the 10 articles I have.");
    // An office stands beside its country: the Azerbaijani ambassador was invited to the Dutch foreign ministry.
    expect((await answerer.ask("How did Azerbaijan respond to the Dutch ambassador?")).text).toBe("I found nothing on that mentioning “Dutch ambassador” in the 10 articles I have.");
    // The day and the place in one passage: March 25 was in Shusha, Stepanakert is in another article.
    expect((await answerer.ask("What happened in Stepanakert on March 25?")).text).toBe("I found nothing about that in the 10 articles I have.");
    // The year and the name in one passage: 2022 is in another article than the Armenian-Iraqi commission.
    expect((await answerer.ask("What was agreed at the Armenian-Iraqi Intergovernmental Commission in 2022?")).text).toBe("I found nothing about that in the 10 articles I have.");
  });

  it("is given when asked what someone said and no quote gives their words", async () => {
    // An Armenian minister briefed Iraqi guests on the corridor; Iraq said nothing about it.
    expect((await answerer.ask("What did Iraq say about the Lachin corridor?")).text).toBe("I found nothing Iraq said about that in the 10 articles I have.");
    // Turkey is named as Azerbaijan's ally in a passage on the corridor and the blockade.
    expect((await answerer.ask("What did Turkey say about the blockade?")).text).toBe("I found nothing Turkey said about that in the 10 articles I have.");
    // Putin is named in one article (the ICC's warrants), and says nothing.
    expect((await answerer.ask("What did Russian President Putin say?")).text).toBe("I found nothing Russian President Putin said in the 10 articles I have.");
  });

  it("is given when the best quote is not set where the question places it", async () => {
    // The Czech delegation met in Yerevan; the article's title names Azerbaijan, not Baku.
    expect((await answerer.ask("Why did the Czech delegation visit Baku?")).text).toBe("I found nothing about that in Baku in the 10 articles I have.");
    const askedRight = await answerer.ask("Who met the Iraqi delegation in Yerevan?");
    expect(askedRight.citations[0]!.quote).toContain("Vahan Kostanyan received the delegation");
    expect((await answerer.ask("Who met the Iraqi delegation in Baku?")).text).toBe("I found nothing about that in Baku in the 10 articles I have.");
    // The sentence before Kvien's names Baku; hers does not.
    expect((await answerer.ask("What did Kvien say in Baku?")).text).toBe("I found nothing about that in Baku in the 10 articles I have.");
    // Filed from Baku ("BAKU, March 14. /TASS/."), said "at a meeting with ... Steinmeier in Berlin".
    expect((await answerer.ask("What did Aliyev tell Steinmeier in Baku?")).text).toBe("I found nothing about that in Baku in the 10 articles I have.");
  });

  it("is given as well to a question typed in lower case, its names read as the articles write them", async () => {
    expect((await answerer.ask("why did the czech delegation visit baku?")).text).toBe("I found nothing about that in Baku in the 10 articles I have.");
    expect((await answerer.ask("what happened at the armenian-turkish border?")).text).toBe("I found nothing on that mentioning “Armenian-Turkish” in the 10 articles I have.");
    // Or in part.
    expect((await answerer.ask("Why did the Czech delegation visit baku?")).text).toBe("I found nothing about that in Baku in the 10 articles I have.");
    // A country no article names, written as its name is written.
    expect((await answerer.ask("what did the uk say about the blockade?")).text).toBe("I found nothing about UK in the 10 articles I have.");
    const asked = await answerer.ask("whom did aliyev meet in berlin?");
    expect(asked.question).toBe("whom did aliyev meet in berlin?");
    expect(asked.text).toContain("Steinmeier");
  });

  it("is given when a question for a quantity finds sentences without one", async () => {
    expect((await answerer.ask("How many parliamentary factions sent written questions about the ICJ ruling?")).text).toContain("13 parliamentary factions");
    // Sentences about the peacekeepers and about "the Armenian population", with no number but dates.
    expect((await answerer.ask("How many peacekeepers does Russia have in Karabakh?")).text).toBe("I found no figure for that in the 10 articles I have.");
    expect((await answerer.ask("What is the population of Stepanakert?")).text).toBe("I found no figure for that in the 10 articles I have.");
  });

  it("is given when the best quote speaks of another quarter than the one asked for", async () => {
    const corpusDir = tempDir();
    writeFileSync(join(corpusDir, "earnings.md"), report("Acme Corp earnings rise", "Acme Corp earned 5 mln dlrs in the third quarter, the company said. Sales rose 8 pct."));
    writeFileSync(join(corpusDir, "calendar.md"), report("Acme Corp to report in March", "Acme's fourth quarter report is due in March, a spokesman said. The company moved to Ohio."));
    const embedder = await defaultEmbedder();
    const { index } = await ingest({ corpusDir, indexDir: join(tempDir(), "embeddings"), embedder });
    const acme = new Answerer(new Retriever(index, embedder));
    expect((await acme.ask("What did Acme earn in the fourth quarter of 1986?")).text).toBe("I found nothing about that in the fourth quarter of 1986 in the 2 articles I have.");
    expect((await acme.ask("What did Acme earn in the third quarter of 1986?")).text).toContain("Acme Corp earned 5 mln dlrs in the third quarter");
  });

  it("is given for a year the passages never mention, however well the rest matches", async () => {
    const askedRight = await answerer.ask("Why did Pashinyan say Armenia lost the 2020 war?");
    expect(askedRight.abstained).toBe(false);
    const askedWrong = await answerer.ask("Why did Pashinyan say Armenia lost the 2016 war?");
    expect(askedWrong.text).toBe("I found nothing about that in 2016 in the 10 articles I have.");
  });

  it("reads a year from 'last year' and 'last October' against the article's date", async () => {
    // Written in March 2023: "the meeting in Sochi last October" was in 2022, not in 2023.
    expect((await answerer.ask("What did Aliyev say about the Sochi meeting in 2022?")).text).toContain("after the meeting in Sochi last October");
    expect((await answerer.ask("What happened at the Sochi summit in 2023?")).text).toBe("I found nothing about that in the 10 articles I have.");
    expect((await answerer.ask("What did Mammadov say about the strike in September 2022?")).text).toContain("as happened in September last year");
  });
});

describe("the JSON contract", () => {
  it("has every field, null where unknown", async () => {
    const json = answerToJson(await answerer.ask("What did the Russian defence ministry accuse Azerbaijan of on March 25?"));
    expect(Object.keys(json)).toEqual(["question", "kind", "abstained", "abstention", "answer", "passages"]);
    expect(json.abstention).toBeNull();
    expect(json.kind).toBe("answer");
    expect(Object.keys(json.answer)).toEqual(["text", "citations"]);
    expect(Object.keys(json.answer.citations[0]!)).toEqual(["n", "articleId", "title", "outlet", "date", "url", "quote"]);
    expect(Object.keys(json.passages[0]!)).toEqual(["rank", "articleId", "chunkId", "title", "outlet", "date", "url", "text", "score"]);
    // This article names no outlet and gives no link: both are null, not invented.
    expect(json.answer.citations[0]).toMatchObject({ articleId: "2023-03-25-russia-accuses-azerbaijan-ceasefire-violation", outlet: null, url: null, date: "2023-03-25" });
    expect(json.passages.map((p) => p.rank)).toEqual(json.passages.map((_, i) => i + 1));
  });
});

describe("small talk", () => {
  it("answers greetings, thanks, help and questions about the bot with a short reply, never a quote", async () => {
    for (const message of ["hi", "Hello there!", "thanks!", "ok cool, thx", "help", "what can you do?", "who made you?", "are you a bot", "good morning :)", ""]) {
      const reply = await answerer.ask(message);
      expect(reply, message).toMatchObject({ kind: "chat", abstained: true, citations: [], sources: [], closest: [] });
      expect(reply.text).toContain("I hold 10 articles from ");
      // One article is dated by its month alone, which says less than the days of the others in it.
      expect(reply.text).toContain("dated 14 Mar 2023 to 27 Mar 2023.");
    }
    expect((await answerer.ask("thanks!")).text).toMatch(/^You're welcome!/);
    expect((await answerer.ask("who made you?")).text).toMatch(/^I'm newsdesk, a bot that answers questions about a collection of news articles/);
    expect(answerToJson(await answerer.ask("hi")).kind).toBe("chat");
    // Nothing in the articles, spoken to the bot and naming no one: talk with the bot, not a failed question.
    expect(await answerer.ask("could you explain how you pick articles")).toMatchObject({ kind: "chat", citations: [] });
    expect(await answerer.ask("could you explain how NATO picks its members")).toMatchObject({ kind: "not_found" });
    // Words small talk's phrases miss, close in meaning to theirs; a question of words as far from the news is no remark.
    for (const message of ["groovy", "fantastic, cheers"]) expect((await answerer.ask(message)).kind, message).toBe("chat");
    expect((await answerer.ask("how many ounces in a cup")).kind).toBe("not_found");
  });

  it("answers the news asked for with no topic with the newest articles' headlines, never a quote", async () => {
    for (const message of ["any news?", "what's new", "whats the latest", "give me the headlines", "what happened this week", "can u summarize news for me or what"]) {
      const reply = await answerer.ask(message);
      expect(reply, message).toMatchObject({ kind: "chat", abstained: true, citations: [], sources: [] });
      expect(reply.closest.map((article) => article.date?.slice(0, 10)), message).toEqual(["2023-03-27", "2023-03-25", "2023-03-23", "2023-03-21", "2023-03-16"]);
    }
    expect(answerToText(await answerer.ask("any news?"))).toContain("Newest articles:\n  - Armenpress, 27 Mar 2023: Azerbaijan’s provocations");
    // With a topic it is a digest; asked of the bot, small talk; asked after an answer, a question about it.
    expect((await answerer.ask("what's the latest on the lachin corridor")).kind).toBe("digest");
    // Whether the articles hold a topic asks for it, though it speaks to the bot.
    const held = await answerer.ask("do you have any articles on the blockade");
    expect(held.kind).toBe("answer");
    expect(held.text).toContain("blockade");
    expect((await answerer.ask("what's new with you")).closest).toEqual([]);
    expect((await answerer.ask("what happened?", { context: "Who is Kristina Kvien?" })).kind).not.toBe("chat");
  });

  it("offers three example questions that the articles answer: what two people said, each from their own article, and what happened on the newest day", async () => {
    const examples = [...(await answerer.ask("help")).text.matchAll(/“([^”]+)”/g)].map((m) => m[1]!);
    expect(examples).toHaveLength(3);
    expect(examples[1]).toBe("What happened on March 27?");
    const sources = new Set<string>();
    for (const example of [examples[0]!, examples[2]!]) {
      expect(example).toMatch(/^What did [A-Z]\S* [A-Z]\S* say\?$/);
      const answer = await answerer.ask(example);
      expect(answer.kind, example).toBe("answer");
      sources.add(answer.sources[0]!.id);
    }
    expect(sources.size).toBe(2);
    const day = await answerer.ask(examples[1]!);
    expect(day.abstained).toBe(false);
    expect(day.sources.map((source) => source.id)).toContain("2023-03-27-armenpress-armenia-czech-consultations");
  });

  it("reads a question that opens or closes with small talk as a question", async () => {
    for (const question of ["hi, who heads baku's delegation?", "thanks! and who is kristina kvien?", "help me: what did the ICJ order?"]) {
      expect((await answerer.ask(question)).kind, question).not.toBe("chat");
    }
  });
});

describe("questions that ask about names in a list", () => {
  it("quotes a sentence on each name, from another article where the first speaks of one only", async () => {
    const answer = await answerer.ask("How did Moscow react to Armenia's ICC plans, and what did it say about Azerbaijan in March?");
    expect(answer.sources.map((source) => source.id)).toEqual(expect.arrayContaining([expect.stringContaining("russia-irritated-by-armenia-icc-intentions"), expect.stringContaining("russia-accuses-azerbaijan-ceasefire-violation")]));
    expect(answer.text).toContain("accused Azerbaijan of violating Moscow brokered ceasefire");
  });
});

describe("questions on several reports", () => {
  it("quote the best sentence of each further article read, though it scores well below the lead", async () => {
    const answer = await answerer.ask("how did the icj's february lachin ruling come up in the dutch parliament and in armenia's talks with the czechs");
    expect(answer.kind).toBe("answer");
    expect(answer.sources.map((source) => source.id)).toEqual(expect.arrayContaining([expect.stringContaining("dutch-summon-azeri-ambassador"), expect.stringContaining("armenia-czech-consultations")]));
  });

  it("quote several reports for how several governments reacted", async () => {
    const answer = await answerer.ask("How are foreign governments reacting to Azerbaijan's blockade of the road to Karabakh?");
    // The Dutch minister's concerns and Global Comment's analysis, beside the Russian report read first.
    expect(answer.sources.map((source) => source.id)).toEqual(expect.arrayContaining([expect.stringContaining("dutch-summon-azeri-ambassador"), expect.stringContaining("global-comment-karabakh-armenians")]));
  });

  it("read more reports, each name in a report of its own, and quote at most five of them", async () => {
    const answer = await answerer.ask("Do the Global Comment and Armenpress reports agree on when the Lachin corridor blockade began?");
    expect(answer.kind).toBe("answer");
    const outlets = answer.sources.map((source) => source.outlet);
    expect(outlets).toEqual(expect.arrayContaining(["Global Comment", "Armenpress"]));
    expect(outlets.length).toBeLessThanOrEqual(5);
  });
});

describe("digests", () => {
  it("sums up a topic with the key sentence of each article on it, oldest first, each cited", async () => {
    for (const request of ["summarize the lachin corridor blockade", "what's the latest on the Lachin corridor?", "give me a timeline of the lachin corridor blockade"]) {
      const digest = await answerer.ask(request);
      expect(digest.kind, request).toBe("digest");
      expect(digest.sources.length, request).toBeGreaterThanOrEqual(3);
      expect(new Set(digest.citations.map((c) => c.article.id)).size).toBe(digest.citations.length);
      const dates = digest.citations.map((c) => c.article.date!);
      expect(dates).toEqual([...dates].sort());
      for (const citation of digest.citations) expect(`${citation.article.title} ${citation.quote}`.toLowerCase()).toMatch(/lachin|blockade|corridor/);
    }
  });

  it("reads a month and year as the dates of the articles to sum up", async () => {
    const digest = await answerer.ask("what happened between armenia and azerbaijan in march 2023");
    expect(digest.kind).toBe("digest");
    for (const citation of digest.citations) expect(citation.article.date).toMatch(/^2023-03/);
    expect((await answerer.ask("summarize what happened between armenia and azerbaijan in 2019")).kind).toBe("not_found");
  });

  it("reads months from one to another as the span of the articles to sum up, not the first month alone", async () => {
    // "December 2022" alone was taken for the period, in which no article is dated.
    for (const request of ["Give me a timeline of the Lachin corridor situation from December 2022 to the end of March 2023.", "lachin blockade from dec to mar 2023 timeline"]) {
      const digest = await answerer.ask(request);
      expect(digest.kind, request).toBe("digest");
      expect(digest.sources.length, request).toBeGreaterThanOrEqual(3);
      const dates = digest.citations.map((c) => c.article.date!);
      expect(dates, request).toEqual([...dates].sort());
    }
    expect((await answerer.ask("lachin blockade from january to february 2023 timeline")).kind).toBe("not_found");
  });

  it("sums up a month asked with no topic by its articles, spread over it, each by the sentence closest to its headline", async () => {
    for (const request of ["summarize march 2023", "what happened in march 2023"]) {
      const digest = await answerer.ask(request);
      expect(digest.kind, request).toBe("digest");
      // Five of the ten, from the first of the month (an article dated by its month alone) to the last, 27 March.
      expect(digest.citations.map((c) => c.article.date?.slice(0, 10)), request).toEqual(["2023-03", "2023-03-14", "2023-03-16", "2023-03-23", "2023-03-27"]);
      expect(digest.citations[2]!.quote).toMatch(/^On March 16, Deputy Foreign Minister of Armenia Vahan Kostanyan received the delegation/);
    }
    expect((await answerer.ask("what happened in 2019")).kind).toBe("not_found");
  });

  it("sums up what happened in a country from several of its articles, oldest first", async () => {
    const digest = await answerer.ask("what happened in armenia this week");
    expect(digest.kind).toBe("digest");
    expect(digest.sources.length).toBeGreaterThanOrEqual(3);
    const dates = digest.citations.map((c) => c.article.date!);
    expect(dates).toEqual([...dates].sort());
  });

  it("sums up an outlet's articles, however few, and searches them for what the request asks besides its name", async () => {
    for (const question of ["what did tass report", "roundup of everything tass reported in these stories", "everything tass reported"]) {
      const tass = await answerer.ask(question);
      expect(tass.kind, question).toBe("digest");
      expect(tass.sources.map((source) => source.outlet), question).toEqual(["TASS"]);
    }
    const armenpress = await answerer.ask("gist of the armenpress pieces");
    expect(armenpress.kind).toBe("digest");
    expect(armenpress.sources.length).toBeGreaterThanOrEqual(3);
    for (const source of armenpress.sources) expect(source.outlet).toBe("Armenpress");
    // Armenpress wrote on the ICJ's ruling, not the ICC's: nothing of another outlet's on the ICC stands in for it.
    expect((await answerer.ask("what has armenpress written about the icc")).kind).toBe("not_found");
  });

  it("sums up a day asked with no topic, or an outlet's day, by the articles dated that day; a day in a topic dates what happened", async () => {
    const armenpress = await answerer.ask("what did armenpress report on march 27");
    expect(armenpress.kind).toBe("digest");
    expect(armenpress.sources.map((source) => [source.outlet, source.date?.slice(0, 10)])).toEqual([["Armenpress", "2023-03-27"]]);
    // Two articles of 14 March, not the articles dated only to the month, which may be of any day of it.
    const day = await answerer.ask("what happened on march 14 2023");
    expect(day.kind).toBe("digest");
    expect(day.sources.map((source) => source.date?.slice(0, 10))).toEqual(["2023-03-14", "2023-03-14"]);
    // The day's one article answers what happened, as a question does: the incursion, not only the headline's accusation.
    const one = await answerer.ask("What happened on March 25?");
    expect(one.kind).toBe("answer");
    expect(one.text).toContain("crossed a line of contact");
    // The ICJ ruling of 22 February is reported on in March.
    const ruling = await answerer.ask("summarize what has been said about the icj ruling of february 22");
    expect(ruling.sources.length).toBeGreaterThanOrEqual(2);
  });

  it("sums up the reports dated from one day of a month to another, where the request dates the reports", async () => {
    for (const request of ["summarize what was reported between march 15 and 23", "round up the news reported around march 15-23, 2023"]) {
      const digest = await answerer.ask(request);
      expect(digest.kind, request).toBe("digest");
      const dates = digest.sources.map((source) => source.date?.slice(0, 10));
      // The four articles dated 15 to 23 March, each in date order.
      expect(dates, request).toEqual(["2023-03-15", "2023-03-16", "2023-03-21", "2023-03-23"]);
    }
    // Two days joined by "and" alone are two days: "march 14 and 27" is no span.
    const two = await answerer.ask("summarize what was reported on march 14 and 27");
    expect(two.sources.map((source) => source.date?.slice(0, 10))).not.toContain("2023-03-21");
  });

  it("says a period no article is dated in, with the dates they are; and where a day's are dated only to its month", async () => {
    for (const [request, text] of [
      ["summarize march 3 2022", "None of the 10 articles I have is dated 3 Mar 2022; they are dated 14 Mar 2023 to 27 Mar 2023."],
      ["what happened in 2021", "None of the 10 articles I have is dated 2021; they are dated 14 Mar 2023 to 27 Mar 2023."],
      ["what did armenpress report on march 26", "None of my Armenpress articles is dated 26 Mar 2023; they are dated 16 Mar 2023 to 27 Mar 2023."],
      ["what did tass report in 2022", "My one TASS article is not dated 2022; it is dated 14 Mar 2023."],
    ]) {
      const answer = await answerer.ask(request!);
      expect(answer.kind, request).toBe("not_found");
      expect(answer.text, request).toBe(text);
    }
    // Two articles are dated only to March 2023, and may be of the 26th: shown, and said to be so.
    const day = await answerer.ask("what happened on march 26");
    expect(day.kind).toBe("digest");
    expect(day.heading).toBe("None of my articles is dated 26 Mar 2023; these are dated only to its month:");
    expect(day.text.split("\n")[0]).toBe(day.heading);
    expect(day.sources.map((source) => source.date)).toEqual(["2023-03", "2023-03"]);
  });

  it("sums up a period with prose, not a results table's row", async () => {
    const ask = await askerOver({
      "results.md": wireStory("Zarvo Corp 1st qtr Jan 31 net", "1987-03-02", "Shr 12 cts vs ten cts\n\nNet 1,280,185 vs 875,692\n\nRevs 9.1 mln vs 8.4 mln"),
      "storm.md": wire["storm.md"],
      "court.md": wire["court.md"],
      "rates.md": otherStory,
    });
    const digest = await ask("summarize march 1987");
    expect(digest.kind).toBe("digest");
    expect(digest.citations.map((c) => c.article.title)).toEqual(["Blizzard paralyses Zarvan", "Zarvan banker pleads guilty", "Ostland cuts rates"]);
  });

  it("sums up a topic by the names it gives, whatever words frame it", async () => {
    const digest = await answerer.ask("summarize the EU's role in the conflict");
    expect(digest.kind).toBe("digest");
    expect(digest.sources.length).toBeGreaterThanOrEqual(2);
    // Each article's key sentence is one that names the EU, where its passage has one.
    expect(digest.citations.filter((citation) => /\bEU\b/.test(citation.quote)).length).toBeGreaterThanOrEqual(3);
  });

  it("sums up what one side has been saying lately from each report it speaks in", async () => {
    // "lately" weighed as a word of the topic kept out the report on Russia's warning over the ICC, which names no Azerbaijan.
    const digest = await answerer.ask("what has russia been saying about armenia and azerbaijan lately");
    expect(digest.kind).toBe("digest");
    expect(digest.sources.map((source) => source.id)).toEqual(expect.arrayContaining(["2023-03-25-russia-accuses-azerbaijan-ceasefire-violation", "2023-03-russia-irritated-by-armenia-icc-intentions"]));
  });

  it("sums up what the person a topic opens with has said, from each report he speaks in", async () => {
    // Read as a question's first word, "Pashinyan's" was no name, and reports that never name him joined.
    const digest = await answerer.ask("Summarize Pashinyan's public statements");
    expect(digest.kind).toBe("digest");
    expect(digest.sources.map((source) => source.id)).toEqual(expect.arrayContaining(["2023-03-14-blitz-pashinyan-fifth-column", "2023-03-21-armenpress-pashinyan-newroz"]));
    const month = await answerer.ask("what has pashinyan said publicly this month, sum it up");
    expect(month.sources.map((source) => source.id)).toEqual(["2023-03-14-blitz-pashinyan-fifth-column", "2023-03-15-global-comment-karabakh-armenians", "2023-03-21-armenpress-pashinyan-newroz"]);
    for (const citation of month.citations) expect(citation.quote).toContain("Pashinyan");
  });

  it("answers the question a request for what the stories say follows, where no digest does", async () => {
    // Weighed with the request's words ("pull", "together", "stories"), the question held too little of any passage and was refused.
    const answer = await answerer.ask("is armenia drifting from russia toward the west? pull together what the stories say");
    expect(answer.abstained).toBe(false);
    expect(answer.citations[0]!.quote).toMatch(/Russia|Moscow|Kremlin/);
  });

  it("sums up a side's stand from each report that gives it", async () => {
    const digest = await answerer.ask("what is azerbaijan's position on a peace deal with armenia");
    expect(digest.kind).toBe("digest");
    expect(digest.sources.map((source) => source.id)).toEqual(expect.arrayContaining(["2023-03-14-tass-aliyev-chance-for-peace", "2023-03-karabakh-armenians-refuse-negotiation-in-baku"]));
  });

  it("sums up names in a list each as a topic of its own", async () => {
    // The Czech talks name the International Court of Justice and no other court: asked for
    // articles speaking of both courts, the digest left them out.
    const digest = await answerer.ask("how do the icj and the icc figure in the news");
    expect(digest.kind).toBe("digest");
    expect(digest.sources.map((source) => source.id).sort()).toEqual([
      "2023-03-23-armenpress-dutch-summon-azeri-ambassador",
      "2023-03-27-armenpress-armenia-czech-consultations",
      "2023-03-russia-irritated-by-armenia-icc-intentions",
    ]);
  });

  it("sums up the stories a roundup lists, each searched for on its own", async () => {
    const ask = await askerOver({
      "calls.md": wireStory("Zarvana Telecom Opens Calls To Canada", "1987-03-11", "BUFFALO, N.Y., March 11 - Zarvana Telecom Corp said customers in Buffalo and Rochester will be able to place long distance calls to Canada from April."),
      "order.md": wireStory("Ostland Post Orders Terminals", "1987-03-09", "BONN, March 9 - Ostland's federal post office ordered 2,000 data terminals from Kelvar AB, worth 40 mln marks, the Swedish company said."),
      "merger.md": wireStory("Japan Telecom Rivals Weigh Merger", "1987-03-12", "TOKYO, March 12 - Two rival firms seeking to enter Japan's international telecommunications market may merge, officials said."),
      "rates.md": otherStory,
    });
    const digest = await ask("telecom news roundup: zarvana canada calls, kelvar's ostland post order, japan telecom merger, quibbler satellite launch");
    expect(digest.kind).toBe("digest");
    // Every story listed, oldest first; then what none was found on.
    expect(digest.sources.map((source) => source.id)).toEqual(["order", "calls", "merger"]);
    expect(digest.citations[0]!.quote).toContain("2,000 data terminals");
    expect(digest.notFoundOn).toEqual(["quibbler satellite launch"]);
    expect(digest.text.split("\n").at(-1)).toBe("Nothing found on: quibbler satellite launch.");
    // The request as the list's heading, which the topic is read without.
    const headed = await ask("roundup: zarvana canada calls, kelvar's ostland post order, quibbler satellite launch");
    expect(headed.sources.map((source) => source.id)).toEqual(["order", "calls"]);
    expect(headed.notFoundOn).toEqual(["quibbler satellite launch"]);
    // A list that asks no news keeps its reply, whatever the articles hold on its items.
    const task = await ask("what is the capital of: zarvana, ostland, japan");
    expect(task.kind).toBe("not_found");
    expect(task.abstention?.rule).toBe("general-knowledge");
  });

  it("sums up the names a list of what to compare follows, each from its own report", async () => {
    const bond = (issuer: string, text: string) => wireStory(`${issuer} issues bond`, "1987-03-12", text);
    const ask = await askerOver({
      "quillbank.md": bond("Quillbank", "AMSTERDAM, March 12 - Quillbank Nederland is issuing a 200 mln guilder bond due 1992 paying a coupon of six pct, the bank said."),
      "varnep.md": bond("Varnep", "PARIS, March 12 - Varnep said it is issuing a 1.9 billion franc two-tranche, 12-year domestic bond."),
      "zarvotech.md": bond("Zarvotech", "LONDON, March 12 - The convertible eurobond issue for Zarvotech Inc has been increased to a total of 150 mln dlrs from 100 mln, the lead manager said."),
      "sizes.md": wireStory("Eurobond sizes grow", "1987-03-11", "LONDON, March 11 - The size of the average eurobond issue grew, with coupons and maturities little changed, dealers said."),
      "coupon.md": wireStory("Coupon set on trust notes", "1987-03-10", "NEW YORK, March 10 - The coupon on the trust notes was set at 8.5 pct, with a maturity of ten years, the trust said."),
      "maturity.md": wireStory("Treasury lengthens debt maturity", "1987-03-09", "WASHINGTON, March 9 - The Treasury said the average maturity of its marketable debt rose to five years and nine months."),
      "rates.md": otherStory,
    });
    const digest = await ask("compare the bond issues from quillbank, varnep and zarvotech - size, coupon, maturity");
    expect(digest.kind).toBe("digest");
    const sources = digest.sources.map((source) => source.id);
    expect(sources).toEqual(expect.arrayContaining(["quillbank", "varnep", "zarvotech"]));
    // Not a story found on one of the things asked of them alone.
    expect(sources).not.toContain("maturity");
    expect(digest.notFoundOn).toBeUndefined();
  });

  it("finds a listed company by its name as written, not by the heading's words", async () => {
    const ask = await askerOver({
      "grant.md": wireStory("Grant Industries Gets Offer", "1987-03-12", "NEW YORK, March 12 - Grant Industries Inc said it received an offer of 12 dlrs a share from an investor group."),
      "cyclops.md": wireStory("Dixons Raises Cyclops Offer", "1987-03-10", "NEW YORK, March 10 - Dixons Group PLC said it raised its takeover bid for Cyclops Corp to 92.50 dlrs a share."),
      // The heading's words, and the item's words apart: "granted", "industries".
      "rules.md": wireStory("Takeover Bid Rules Urged", "1987-03-11", "LONDON, March 11 - Companies facing a takeover bid should be granted more time, and industries should set rules on control of bids, the governor said."),
      "rates.md": otherStory,
    });
    const digest = await ask("which companies got takeover bids: cyclops, grant industries");
    expect(digest.kind).toBe("digest");
    expect(digest.sources.map((source) => source.id)).toEqual(expect.arrayContaining(["cyclops", "grant"]));
    expect(digest.citations.find((citation) => citation.article.id === "grant")!.quote).toContain("12 dlrs a share");
  });

  it("finds a listed story by every word of the item before its words side by side", async () => {
    const ask = await askerOver({
      // "ccc barley" side by side, but Nigeria's, not Cyprus's.
      "nigeria.md": wireStory("CCC Accepts Export Bonus Barley Malt To Nigeria", "1987-03-09", "WASHINGTON, March 9 - The Commodity Credit Corporation has accepted one bonus offer on the sale of 4,400 tonnes of barley malt to Nigeria, the department said. The bonus will be paid from stocks of the CCC. The barley malt ships in April."),
      "cyprus.md": wireStory("CCC Accepts Bid On Barley To Cyprus", "1987-03-16", "WASHINGTON, March 16 - The Commodity Credit Corporation has accepted a bid on an export bonus to cover the sale of 8,000 tonnes of barley to Cyprus, the department said."),
      "egypt.md": wireStory("Egypt Rejects Veg Oil Offers, To Retender", "1987-03-18", "CAIRO, March 18 - Egypt rejected all offers at a vegetable oil import tender and will retender next week, traders said."),
      "rates.md": otherStory,
    });
    const digest = await ask("whats going on in farm trade: the ccc barley bonus to cyprus, egypt's vegetable oil retender");
    expect(digest.kind).toBe("digest");
    expect(digest.sources.map((source) => source.id)).toEqual(["cyprus", "egypt"]);
    expect(digest.text).toContain("8,000 tonnes of barley to Cyprus");
  });

  it("answers a question that types two names side by side in lower case", async () => {
    const answer = await answerer.ask("which day was pashinyans newroz greeting");
    expect(answer.kind).toBe("answer");
    expect(answer.citations[0]!.quote).toContain("Prime Minister Nikol Pashinyan on March 21 extended Newroz greetings");
  });

  it("answers a question with a contraction typed without its apostrophe", async () => {
    const answer = await answerer.ask("azerbaijan grabbed a hill w dirt roads?? whats that about");
    expect(answer.kind).toBe("answer");
    expect(answer.citations[0]!.quote).toContain("dirt roads");
  });

  it("puts first, for what something is called, the sentence that gives the name after 'called'; for its other name, the one in brackets", async () => {
    const ask = await askerOver({
      "venture.md": wireStory(
        "Zarvo Pacific in partnership with Ostven",
        "1987-03-12",
        "NEW YORK, March 12 - Zarvo Pacific Corp said it will enter a 50-50 partnership with Petroles de Ostven to own and operate Zarvo Pacific's Corpus Christi, Texas, oil refinery.\n\nThe assets to be acquired by the partnership are valued at 190 mln dlrs, Zarvo Pacific said. Closing is expected to take place in early April and the venture is to be called Champlin Refining Co.",
      ),
      "other.md": otherStory,
    });
    expect((await ask("What will the Zarvo Pacific and Ostven refinery partnership be called?")).citations[0]!.quote).toBe("Closing is expected to take place in early April and the venture is to be called Champlin Refining Co.");
    // Not the "so-called “Security Council”" of the same article, which names another thing.
    expect((await answerer.ask("khankendi is also called wat")).citations[0]!.quote).toContain("Khankendi (Stepanakert)");
    // Another name asked of either of the two, in brackets or said after it.
    expect((await answerer.ask("whats the other name for stepanakert")).citations[0]!.quote).toContain("Khankendi (Stepanakert)");
    const route = await answerer.ask("What is the other name for the planned Nakhchivan transport route through southern Armenia?");
    expect(route.citations[0]!.quote).toContain("Nakhchivan Corridor, also known as the Zangezur Corridor");
  });

  it("quotes for how long something takes the sentence that gives the span, in seconds too, however few of the question's words it holds", async () => {
    const ask = await askerOver({
      "test.md": wireStory(
        "Zarvo Medical has cholesterol test product",
        "1987-03-12",
        "NEW YORK, March 12 - Zarvo Medical Corp said it has completed development of a home cholesterol testing product and will start clinical testing of its whole blood cholesterol test strip shortly.\n\nThe company said the strip is inexpensive and is simpler than lab tests now being used. A drop of blood is applied to the strip and within about 30 seconds a simple color change allows the user to determine his own cholesterol level.",
      ),
      "other.md": otherStory,
    });
    expect((await ask("zarvo medical home cholesterol test how long does it take")).citations[0]!.quote).toContain("within about 30 seconds");
  });

  it("answers who the person of a trade is that an outlet cited", async () => {
    // "blitz" was read as the office asked for, and the question refused: no quote named a "blitz".
    const answer = await answerer.ask("who was the columnist blitz cited abt yerevans pro turkey policy");
    expect(answer.kind).toBe("answer");
    expect(answer.citations[0]!.quote).toContain("Columnist Ruben Margaryan");
  });

  it("quotes for what a question asks besides something the sentence it names holds", async () => {
    // "business" is set aside: the sentence on the business ties is no answer, the one on the other fields is.
    const answer = await answerer.ask("armenia czech talks what other areas of cooperation besides business");
    expect(answer.kind).toBe("answer");
    expect(answer.text).toContain("The cooperation in the cultural, educational and scientific fields was also discussed.");
  });

  it("answers a question with a negation typed without its apostrophe", async () => {
    // "dont" was read as a word no article uses, and the question refused as strange.
    const answer = await answerer.ask("blitz says armenians dont trust who");
    expect(answer.kind).toBe("answer");
    expect(answer.citations[0]!.quote).toContain("does not believe in the sincerity of Ankara");
  });

  it("reads words that point at the articles as no part of what is asked", async () => {
    // "articles" is a word no article uses; asked with it, the question was refused as strange.
    const answer = await answerer.ask("is armenia falling out with russia? what do the articles say");
    expect(answer.abstained).toBe(false);
    expect(answer.citations.map((c) => c.quote).join(" ")).toContain("extremely negative");
  });

  it("sums up nothing about a place no article mentions", async () => {
    const answer = await answerer.ask("What's the latest on the ceasefire talks in Gaza?");
    expect(answer.kind).toBe("not_found");
    expect(answer.text).toMatch(/^I found nothing about Gaza/);
  });

  it("answers a request about a topic only one article covers as any question", async () => {
    expect((await answerer.ask("tell me about the Newroz greetings to the Kurdish community")).kind).toBe("answer");
  });
});

describe("quote hygiene", () => {
  it("shows quotes without datelines, with quotation marks balanced, and no colon left hanging", async () => {
    const { readQuestions } = await import("../src/eval/news-eval.js");
    const { datelinePlace } = await import("../src/corpus/dateline.js");
    let checked = 0;
    for (const { question } of readQuestions(join(import.meta.dirname, "eval", "news.jsonl"))) {
      const answer = await answerer.ask(question);
      answer.citations.forEach((citation, i) => {
        const quote = citation.quote;
        expect(datelinePlace(quote), quote).toBeNull();
        expect(quote, quote).not.toMatch(/^(?:Details|Quote):/);
        expect((quote.match(/“/g) ?? []).length, quote).toBe((quote.match(/”/g) ?? []).length);
        expect((quote.match(/"/g) ?? []).length % 2, quote).toBe(0);
        if (/:$/.test(quote)) expect(answer.citations[i + 1]?.article.id, quote).toBe(citation.article.id);
        checked++;
      });
    }
    expect(checked).toBeGreaterThan(200);
    // The example the README shows: the dateline goes, the quotation is closed.
    const fifth = await answerer.ask("Why did Pashinyan say Armenia lost the 2020 war?");
    expect(fifth.text).toContain("“According to my personal conviction, we lost the war because the fifth column operated in our army.”");
    // The Russian report labels its paragraphs ("Details: The agency source added ..."); the label is no part of the quote.
    const labelled = await answerer.ask("what kind of consequences did russia warn armenia abt if it joins the icc");
    expect(labelled.citations[0]!.quote).toMatch(/^The agency source added that Armenia was warned about the "extremely negative" consequences/);
    const czech = await answerer.ask("When did Armenia and the Czech Republic hold consultations?");
    expect(czech.citations[0]!.quote).toMatch(/^On March 27 political consultations/);
  });

  it("quotes no line that only credits who wrote or sourced the report", async () => {
    // The Russian report ends "(With inputs from agencies)".
    const answer = await answerer.ask("How are foreign governments reacting to Azerbaijan's blockade of the road to Karabakh?");
    expect(answer.citations.length).toBeGreaterThan(0);
    expect(answer.text).not.toContain("With inputs from agencies");
  });

  it("leaves out a wire's dateline opened by an abbreviation, or with its date mistyped", async () => {
    const ask = await askerOver({
      "stores.md": wireStory("Zarvo Stores February Sales Up", "1987-03-05", "ST. LOUIS, March 5 - Zarvo Department Stores Co said its sales for the four weeks ended February 28 rose 15 pct to 631.8 mln dlrs."),
      "keys.md": wireStory("Ostkey Files Debt Offering", "1987-03-03", "ALBANY, N.Y., Marc 3 - Ostkey Corp said it has filed for an offering of 100 mln dlrs of subordinated notes."),
      "rates.md": otherStory,
    });
    expect((await ask("how much did zarvo department stores' february sales rise")).citations[0]!.quote).toMatch(/^Zarvo Department Stores Co said its sales/);
    expect((await ask("what offering did ostkey file for")).citations[0]!.quote).toMatch(/^Ostkey Corp said it has filed/);
  });
});

describe("answer first", () => {
  it("quotes first the sentence that holds what was asked: a reason, a person, a date", async () => {
    const first = async (question: string) => (await answerer.ask(question)).citations[0]!.quote;
    expect(await first("Why did Pashinyan say Armenia lost the 2020 war?")).toContain("because the fifth column operated in our army");
    // "What did X blame for ..." asks for the cause X gave, as "why" does.
    expect(await first("What did Pashinyan blame for Armenia's defeat in the 2020 war?")).toContain("because the fifth column operated in our army");
    // So does "who did X blame": the culprit is as often a group as a person.
    expect(await first("who did pashinyan blame for losing the 2020 war")).toContain("because the fifth column operated in our army");
    // A reason given as what someone knows or fears will follow: "quite aware that it would help Azerbaijan ...".
    expect(await first("why is iran against the nakhchivan corridor")).toContain("quite aware that it would help Azerbaijan");
    // The offence a warrant is for, where a warrant is asked about; not Russia's reason to be angry at Armenia over it.
    expect(await first("why did the icc issue a warrant for putin")).toContain("finding him guilty of the illegal deportation");
    expect(await first("why is russia mad at armenia re the icc")).not.toContain("finding him guilty");
    // "what was it for" asks the purpose or cause of the thing named before it.
    expect(await first("icc putin arrest warrant - what was it for again")).toContain("finding him guilty of the illegal deportation");
    // What someone said a thing suffers from: the sentence that says it does.
    expect(await first("farhad mammadov said armenia suffers from what lol")).toContain("suffers from cognitive dissonance");
    expect(await first("Whom did Aliyev meet in Berlin?")).toContain("Frank-Walter Steinmeier");
    // The sentence before the answer opens its quotation and names another meeting ("after the meeting in Sochi"): it follows.
    expect(await first("Where did Ilham Aliyev meet Frank-Walter Steinmeier?")).toContain("Steinmeier in Berlin");
    expect(await first("On what date did Pashinyan congratulate the Kurdish community?")).toContain("on March 21");
    // "the us ambassador": the articles write "the United States Ambassador", more often than "US".
    expect(await first("whats the us ambassador in yerevan saying abt lachin")).toContain("Kristina Kvien, the United States Ambassador to Armenia");
    // Someone's job, which the articles give beside the name and never call a job.
    expect(await first("kurfurst whats his job")).toContain("Jaroslav Kurfürst, Director General for European Affairs");
    expect(await first("what post does kurfurst hold")).toContain("Jaroslav Kurfürst, Director General for European Affairs");
  });

  it("quotes first, for a question after a body, the sentence that names one: a group, an agency", async () => {
    const first = async (question: string) => (await answerer.ask(question)).citations[0]!.quote;
    // The Global Comment passage read first opens on "... international presence in Nagorno Karabakh", which names no body.
    expect(await first("Which conflict-monitoring organisation warned at the start of the year that Azerbaijan might take what it can by force?")).toContain("International Crisis Group");
    expect(await first("which news agency quoted pashinyan on the fifth column thing")).toContain("TASS quoted");
  });

  it("quotes first, for a question on one report, a sentence of a passage that holds its names", async () => {
    const first = async (question: string) => (await answerer.ask(question)).citations[0]!.quote;
    // The Karabakh reports say the road is shut too; only the Dutch report gives how long.
    expect(await first("per the dutch side, for how long has baku kept the road to karabakh shut?")).toContain("which it keeps blockaded for more than 100 days");
    // By the passage's own words: the Czech report's dateline ("YEREVAN") places Armenia's foreign minister in all of its passages.
    expect(await first("Which Armenian foreign minister received the Czech official once the talks were over?")).toContain("Mirzoyan");
  });

  it("quotes first, for \"which country\", a sentence that names a country the question does not", async () => {
    // The best-scored sentence says "the Jewish State"; the next names Israel.
    const answer = await answerer.ask("tehran is afraid baku could let which country launch strikes on iran from azerbaijani soil");
    expect(answer.citations[0]!.quote).toContain("Israel");
  });

  it("quotes first, for where, a sentence that names a place, not a month or a day after \"in\" or \"on\"", async () => {
    const ask = await askerOver({
      "palm.md": wireStory(
        "Zarvania To Import Palm Oil",
        "1987-03-18",
        "JAKARTA, March 18 - Zarvania has issued licences to traders to import palm oil to avert a possible shortage of cooking oil during the fasting month in May, the trade minister said on Monday.\n\nHe gave no figures for the amount to be imported, but said it would come from Ostland.",
      ),
      "rates.md": otherStory,
    });
    expect((await ask("where will zarvania's palm oil imports come from to avert a cooking oil shortage")).citations[0]!.quote).toContain("come from Ostland");
  });

  it("quotes first, for which district, town or province, the sentence that names one as a place of its kind", async () => {
    const first = async (question: string) => (await answerer.ask(question)).citations[0]!.quote;
    // "crossed a line of contact in the district of Shusha", not the ministry's statement of the day.
    expect(await first("In what district did Moscow's defence ministry say an Azerbaijani army unit stepped over the contact line?")).toContain("district of Shusha");
    expect(await first("Near which town did Moscow say Azerbaijani soldiers crossed the line of contact in Karabakh?")).toContain("district of Shusha");
    expect(await first("Which Armenian province would see its sovereignty curtailed if Baku gets the transit link on its own terms?")).toContain("Syunik province");
  });

  it("quotes first, for what someone did, the sentence that says it in the question's verb or a word close to it", async () => {
    const first = async (question: string) => (await answerer.ask(question)).citations[0]!.quote;
    // The report's opening names Pashinyan, the Kurds and Newroz, and wishes nothing.
    expect(await first("what did pashinyan wish the kurds for newroz")).toContain("I wish the representatives of the Kurdish community");
    expect(await first("pashinyan newroz msg wat did he wish the kurds")).toContain("I wish the representatives of the Kurdish community");
    // The verb before "what", as chat puts it.
    expect(await first("newroz symbolizes what according to pashinyans msg")).toContain("symbolizing the awakening of nature");
    expect(await first("What did Armenia's deputy foreign minister thank Baghdad for?")).toContain("expressed gratitude to friendly Iraq for its unbiased position");
    // The preposition put first, as careful writers do.
    expect(await first("For what did Armenia's deputy foreign minister thank Baghdad?")).toContain("expressed gratitude to friendly Iraq for its unbiased position");
  });

  it("quotes first, for who can do something, the sentence that names the state that can", async () => {
    // "the South Caucasus" in the article's first sentence had been read as a person, and "the United States", of two words, as no country.
    for (const question of ["who could prevent escalation in karabakh", "who can stop the karabakh conflict from escalating"]) {
      expect((await answerer.ask(question)).citations[0]!.quote, question).toContain("The United States seems to be the only major power");
    }
  });

  it("quotes first, for what the thing asked about is doing, a sentence that names it", async () => {
    // The best-scored sentence is on Azerbaijan's crossing in Shusha; the next says what the peacekeepers do.
    const answer = await answerer.ask("what r the russian peacekeepers doing abt the shusha thing");
    expect(answer.citations[0]!.quote).toContain("Russian peacekeepers \"are taking measures aimed at preventing escalation");
    // Typed without "the" before who is doing it.
    const typed = await answerer.ask("wat are russian peacekeepers doing after the shusha incident");
    expect(typed.citations[0]!.quote).toContain("Russian peacekeepers \"are taking measures aimed at preventing escalation");
  });

  it("quotes first, for what came after an event, the sentence set after it that gives what is asked", async () => {
    // The best-scored sentences are on the consultations and who headed each delegation; the one after them names the minister.
    expect((await answerer.ask("which fm did the czech guy meet after the consultations")).citations[0]!.quote).toContain("Following the consultations, Jaroslav Kurfürst was received by");
    const ask = await askerBeside(
      "Zarvo Bancorp completes Ostland merger",
      "1987-03-09",
      "CHICAGO, March 9 - Zarvo Bancorp president Peter Harlan said the merger with Ostland Savings Bank, completed today, makes Zarvo the state's fifth largest thrift holding company.\n\nThe combined bank will keep all of Ostland's 40 branches.\n\nFollowing the merger, Mary Quill will take over from him, the company said.",
      otherStory,
    );
    expect((await ask("who becomes zarvo's president after the merger")).citations[0]!.quote).toContain("Mary Quill");
  });

  it("quotes first, for an agreement asked for, the sentence that gives it its date", async () => {
    // The best-scored sentence is the accusation of March 25; the agreement broken is named by its date two sentences on.
    expect((await answerer.ask("which truce did moscow say baku's forces had breached")).citations[0]!.quote).toContain("the agreement of November 9, 2020");
    const ask = await askerBeside(
      "Opec Says Ecuador Broke Output Pact",
      "1987-03-10",
      "GENEVA, March 10 - OPEC oil ministers accused Ecuador of producing far above its quota in February, OPEC sources said.\n\nThe ministers said Ecuador's output broke the production accord of December 20, 1986, which set the group's ceiling at 15.8 mln barrels a day.\n\nEcuador said it had to sell more oil after the earthquake.",
      otherStory,
    );
    expect((await ask("which production pact did opec say ecuador broke")).citations[0]!.quote).toContain("accord of December 20, 1986");
  });

  it("quotes first, for a share of a whole, the sentence that gives a part of it rather than a count", async () => {
    const ask = await askerOver({
      "stake.md": wireStory(
        "Zarvo Furniture raises Ostland Craft stake",
        "1987-03-05",
        "WASHINGTON, March 5 - Zarvo Furniture Ltd said in a filing with the Securities and Exchange Commission that it had increased its stake in Ostland Craft Inc common stock to 2,548,975 shares or 45.3 pct of the total outstanding.\n\nZarvo said its Zarvo Furniture Industries N.V. unit bought 235,750 Ostland Craft shares March 4 in the over-the-counter market.",
      ),
      "rates.md": otherStory,
    });
    const answer = await ask("What share of Ostland Craft does Zarvo Furniture own now?");
    expect(answer.citations[0]!.quote).toContain("45.3 pct of the total outstanding");
  });

  it("quotes first, for what a thing will be used for, the sentence that gives its use", async () => {
    const ask = await askerBeside("Zarvo Systems To Buy Back Shares", "1987-03-04", "DENVER, March 4 - Zarvo Systems Inc said its board authorized a program for the company to purchase up to 100,000 of its shares from time to time.\n\nThe company said the shares will be used for general purposes, including incentive programs.", otherStory);
    const answer = await ask("What is Zarvo Systems going to use the stock it repurchases for?");
    expect(answer.citations[0]!.quote).toContain("will be used for general purposes, including incentive programs");
  });

  it("searches for what \"how long\" asks about, not for the word \"long\"", async () => {
    // "a long vacation in connection with the Novruz holiday", "in the long-term" held the word, and were quoted.
    const answer = await answerer.ask("how long did the 2020 karabakh war last");
    expect(answer.citations.map((citation) => citation.quote).join(" ")).not.toMatch(/\blong\b/);
  });

  it("searches for no word chat adds that says nothing of what is asked (\"exactly\", \"just\")", async () => {
    expect((await answerer.ask("icj lachin ruling binding or just advice?")).citations[0]!.quote).toContain("rulings are legally binding");
  });

  it("takes the day a report was given for no answer to when what it reports happened", async () => {
    // "..., Azerbaijani President Ilham Aliyev said on Tuesday" dates his words, not the meeting.
    const answer = await answerer.ask("On what date did Baku's representative sit down with the Armenians of Karabakh, according to the Azerbaijani leader?");
    expect(answer.citations[0]!.quote).toBe("[Ilham Aliyev] recalled that on March 5 Azerbaijan’s envoy met with Armenians in Karabakh.");
  });

  it("adds the article's sentence that holds what was asked where the best-scored ones do not", async () => {
    const answer = await answerer.ask("Who believes the Armenians lose options every time they turn down a meeting?");
    expect(answer.citations[0]!.quote).toContain("political scientist Farhad Mammadov");
  });

  it("puts first, for the fields something covered, the sentence that lists them", async () => {
    // The sentence on the meeting or on "a wide range of issues" came first in 52 replies over the read sets.
    const iraq = await answerer.ask("in which sectors did armenia and iraq talk about working together");
    expect(iraq.citations[0]!.quote).toContain("in the spheres of economy, healthcare, education and tourism");
    const czech = await answerer.ask("armenia czech talks what fields besides economy");
    expect(czech.citations[0]!.quote).toContain("cultural, educational and scientific fields");
  });
});

describe("places named in other words", () => {
  it("finds a firm described by its country's people under the country's name", async () => {
    const banks = ["Caisse Nationale", "Nissan Motor Co", "Great Western Savings", "Kansai Electric", "Desjardins Trust", "Ostland Credit"];
    const stories = Object.fromEntries(
      banks.map((bank, i) => [`bond-${i}.md`, wireStory(`${bank} issues yen eurobond`, "1987-03-05", `LONDON, March 5 - ${bank} is issuing a 10 billion yen-denominated eurobond due 1992 paying interest at a rate of ${4 + i / 8} pct, lead manager Zarvo Securities said.`)]),
    );
    const ask = await askerOver({ ...stories, "finland.md": wireStory("Union Bank Of Finland issues yen bond", "1987-03-09", "LONDON, March 9 - Union Bank of Finland is issuing a 10 billion yen-denominated eurobond due 1992 paying interest at a rate of five pct, lead manager Vell Securities said.") });
    const answer = await ask("What interest rate does the Finnish lender's yen-denominated eurobond pay?");
    expect(answer.citations[0]).toMatchObject({ article: { id: "finland" } });
    expect(answer.text).toContain("at a rate of five pct");
  });
});

