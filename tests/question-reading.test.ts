/** Reading a question once, against the bundled articles: what every answer rule reads. */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, expect, it } from "vitest";
import type { CorpusIndex } from "../src/index/corpus-index.js";
import { analyze } from "../src/index/analyzer.js";
import { ingest } from "../src/ingest/ingest.js";
import { withoutArticleTalk } from "../src/question/article-talk.js";
import { asWhoIsWhereJobAsked } from "../src/question/job-asked.js";
import { identityAsked } from "../src/question/asks.js";
import { names } from "../src/question/names.js";
import { QuestionReader } from "../src/question/reading.js";
import { searchedWordsOf } from "../src/question/searched-words.js";
import { cleanupTempDirs, copyOfBundledCorpus, defaultEmbedder, tempDir } from "./helpers/fixtures.js";

let reader: QuestionReader;
beforeAll(async () => {
  const corpusDir = copyOfBundledCorpus();
  // A wire story whose ticker is written as chat writes "people" for short.
  writeFileSync(
    join(corpusDir, "utility-shelf.md"),
    "---\ntitle: Utility files shelf offering\noutlet: Test Wire\ndate: 1987-03-02\n---\n\nPennsylvania Power and Light Co <PPL> filed a shelf offering of up to 500,000 shares. PPL said the proceeds would repay debt.\n",
  );
  // A word for a body that the wire writes only in names ("Zarvo Lab").
  writeFileSync(join(corpusDir, "lab.md"), "---\ntitle: Zarvo Lab in AIDS test deal\noutlet: Test Wire\ndate: 1987-03-02\n---\n\nBOSTON, March 2 - Vell Medical said it will make an AIDS test with Zarvo Lab. Zarvo Lab and Sarn Lab make tests.\n");
  // A central bank the wire names by a word that is a verb too.
  writeFileSync(join(corpusDir, "fed.md"), "---\ntitle: Fed holds rates\noutlet: Test Wire\ndate: 1987-03-03\n---\n\nWASHINGTON, March 3 - The Fed held its rates, and Fed officials said the Fed would watch prices, and so would Temps Corp.\n");
  // A ticker and a headline in capitals, which say nothing of how the words in them are written.
  writeFileSync(
    join(corpusDir, "steel-merger.md"),
    "---\ntitle: Japanese steelmakers to merge\noutlet: Test Wire\ndate: 1987-03-02\n---\n\nTOKYO, March 2 - Toshin Steel Co Ltd <TOSS.T> and Azuma Steel Co Ltd said they would merge.\n\nSTEELMAKER SHARES TUMBLED ON THE NEWS\n\nAnalysts said the two firms had lost money for years. Azuma ZORB presses will close, as the zorb market shrank.\n",
  );
  // A word the wire capitalises as a name's first ("Home Savings") and chat may type as a word of its own.
  writeFileSync(
    join(corpusDir, "home-savings.md"),
    "---\ntitle: Home Savings to buy Horizon\noutlet: Test Wire\ndate: 1987-03-04\n---\n\nMOBILE, Ala., March 4 - Home Savings of Mobile said it agreed to buy Horizon Financial Corp. Horizon services 3.2 billion dlrs in mortgage loans, Home Savings said.\n",
  );
  // A word chat uses for things in general, which the wire writes only in a name ("its cable tv stuff").
  writeFileSync(
    join(corpusDir, "stuff-maker.md"),
    "---\ntitle: Ostland buys toy maker\noutlet: Test Wire\ndate: 1987-03-11\n---\n\nVIENNA, March 11 - Ostland Bank said it bought Stuff Inc, a toy maker. It said Stuff Inc would grow, and shares of Stuff Inc rose as Stuff Inc sold more toys.\n",
  );
  // A first name that chat types for short of another word ("buyback max").
  writeFileSync(
    join(corpusDir, "max-chairman.md"),
    "---\ntitle: Ostland names chairman\noutlet: Test Wire\ndate: 1987-03-10\n---\n\nVIENNA, March 10 - Ostland Bank named Max Vell its chairman. The bank said Max Vell was its president, and that Max Vell succeeds Leo Brand. Ostland said Max Vell is 52.\n",
  );
  // A company's name that is another word's stem ("Mobil", "mobile"): the name as typed is written with a capital.
  writeFileSync(
    join(corpusDir, "mobil-unit.md"),
    "---\ntitle: Oil company to sell radio unit\noutlet: Test Wire\ndate: 1987-03-05\n---\n\nNEW YORK, March 5 - Mobil Corp said it would sell its mobile radio unit, and a Mobil official said mobile radios no longer fit. Analysts said Mobil would do well to leave mobile telephones, as Mobil shares rose and Mobil stock led the market on news that Mobil and Exxon would sell units.\n",
  );
  // Two names joined by "and" that the wire writes as one firm's, and two firms it writes side by side.
  writeFileSync(
    join(corpusDir, "rights-issue.md"),
    "---\ntitle: Turner and Newall seeks 71.7 mln stg in rights\noutlet: Test Wire\ndate: 1987-03-18\n---\n\nLONDON, March 18 - Turner and Newall Plc said it planned to raise a net 71.7 mln stg with a rights issue. The group said the funds would be used to cut borrowings. Talks between Pennzoil and Texaco went on.\n",
  );
  const { index }: { index: CorpusIndex } = await ingest({ corpusDir, indexDir: join(tempDir(), "embeddings"), embedder: await defaultEmbedder() });
  reader = new QuestionReader(index);
});
afterAll(cleanupTempDirs);

it("gives a question typed in lower case the capitals the articles use, and reads its names and place from them", () => {
  const reading = reader.read("why did the czech delegation visit baku");
  expect(reading.cased).toBe("why did the Czech delegation visit Baku");
  expect(reading.names.map((name) => name.name)).toEqual(["Czech", "Baku"]);
  expect(reading.settings.map((setting) => setting.phrase)).toEqual(["in Baku"]);
  expect(reading.answerType).toBe("reason");
  // So does "what (who) did X blame for ...": the cause X gave, as often a group as a person ("the fifth column").
  expect(["What did the Newport News distributor blame for its weaker February sales?", "what does ntt attribute the drop to", "who did pashinyan blame"].map((q) => reader.read(q).answerType)).toEqual(["reason", "reason", "reason"]);
  expect(reader.read("who did pashinyan meet").answerType).toBe("person");
  expect(["aliyev was in what city when he said theres every chance for peace", "what city did aliyev visit"].map((q) => reader.read(q).answerType)).toEqual(["place", "place"]);
  // A tally of votes, asked in chat's ways; when a vote is to be held asks a time, whether one was held an act.
  const tallies = ["how did the icj judges vote on the lachin order", "what was the vote count", "how did the judges split", "how many votes did the ratification get", "when will the parliament vote on it", "did the dutch parliament vote for sanctions"];
  expect(tallies.map((q) => reader.read(q).scaleAsked)).toEqual(["votes", "votes", "votes", "votes", undefined, undefined]);
  // What a thing means; not what an abbreviation stands for, nor what one thing means for another.
  expect(["what does newroz symbolize", "What did the Armenian premier say the spring festival of the Kurds stands for?", "what does FAON stand for", "what does the icj ruling mean for the blockade"].map((q) => reader.read(q).answerType)).toEqual(["meaning", "meaning", undefined, undefined]);
  // A reason by another of its names.
  expect(["what justification did the azerbaijani army give for taking the dirt roads", "what was the rationale behind the dutch summons", "what explanation did moscow give"].map((q) => reader.read(q).answerType)).toEqual(["reason", "reason", "reason"]);
  // A visitor is no place: "the visiting Czech official".
  expect(reader.read("what did mirzoyan tell the visiting czech official").settings).toEqual([]);
  // Nor is "called in the envoy", nor a clause that sets the scene before the question proper.
  expect(reader.read("Which ministry called in the Azerbaijani envoy?").settings).toEqual([]);
  expect(reader.read("After the talks in Sochi, what did Baku and Yerevan acknowledge?").settings).toEqual([]);
  // Nor a body named by its seat: the government in The Hague is the Dutch government wherever it acts.
  expect(reader.read("Does the government in The Hague accept Baku's reading of the order?").settings).toEqual([]);
  expect(reader.read("what crime did the court in the hague charge putin with").settings).toEqual([]);
  expect(reader.read("How many parliamentary groups in The Hague sent written questions about the ICJ ruling?").settings).toEqual([]);
  // Nor a seat named as its owner: "Prague's foreign ministry" is the Czech ministry, whose official came to Yerevan.
  expect(reader.read("what post does the czech diplomat hold in Prague's foreign ministry").settings).toEqual([]);
  expect(reader.read("what did the czech diplomat say in Prague").settings.map((setting) => setting.phrase)).toEqual(["in Prague"]);
  expect(reader.read("what did lawmakers in the hague ask hoekstra").settings).toEqual([]);
  expect(reader.read("Who called in Azerbaijan's envoy at the foreign ministry in The Hague?").settings).toEqual([]);
  expect(reader.read("What did Aliyev say in Berlin after the talks?").settings.map((setting) => setting.phrase)).toEqual(["in Berlin"]);
  // Two sides paired by a hyphen name the gathering, held in either; a visit to a place is set there.
  expect(reader.read("what was said in the Armenia-Czech consultations readout").settings).toEqual([]);
  expect(reader.read("What did Vahan Kostanyan discuss during his visit to Baghdad?").settings.map((setting) => setting.phrase)).toEqual(["in Baghdad"]);
  // One who capitalises names sets the question only in a name typed so, or in a country, capital or region typed in lower case.
  expect(reader.read("How much in home loans does the mortgage servicer bought by the Mobile thrift handle?").settings).toEqual([]);
  expect(reader.read("how much in home loans does horizon handle").settings.map((setting) => setting.phrase)).toEqual(["in Home"]);
  expect(reader.read("What did Aliyev say in berlin after the talks?").settings.map((setting) => setting.phrase)).toEqual(["in Berlin"]);
  expect(reader.read("What did Aliyev say in the united states?").settings.map((setting) => setting.phrase)).toEqual(["in the United States"]);
  // A country's vote was held there.
  expect(reader.read("Who won Armenia's 2021 snap parliamentary election?").settings.map((setting) => setting.phrase)).toEqual(["in Armenia"]);
  expect(reader.read("when are the armenian elections").settings.map((setting) => setting.phrase)).toEqual(["in Armenia"]);
  // Nor a gathering named by who took part: "the Czech meeting" is the meeting with the Czechs.
  expect(reader.read("what did mirzoyan say in the czech meeting").settings).toEqual([]);
  expect(reader.read("what did mirzoyan say in the czech republic").settings.map((setting) => setting.phrase)).toEqual(["in the Czech Republic"]);
  // Nor a gathering named by who met, nor a report by who wrote it; a gathering named by its city is held there.
  expect(reader.read("wich commission came up in the kostanyan iraq talks").settings).toEqual([]);
  expect(reader.read("how did azerbaijan accuse armenia in the global comment piece").settings).toEqual([]);
  expect(reader.read("what did aliyev say at the berlin talks").settings.map((setting) => setting.phrase)).toEqual(["in Berlin"]);
  // Nor a body described by its place, which its reports seldom give.
  expect(reader.read("Who is the treasurer at the Yerevan drug company?").settings).toEqual([]);
  expect(reader.read("how many staff at armenia's central bank took the offer").settings).toEqual([]);
  // A people sets the question in its country, and the reply says so: "in Iraq", not "in the Iraqi".
  expect(reader.read("what did aliyev say in the iraqi capital").settings.map((setting) => setting.phrase)).toEqual(["in Iraq"]);
  expect(reader.read("what did aliyev say in the dutch capital").settings.map((setting) => setting.phrase)).toEqual(["in the Netherlands"]);
  expect(reader.read("what did aliyev say in the french capital").settings.map((setting) => setting.phrase)).toEqual(["in France"]);
  // Words named as a source are set where they were said; words asked for are what was said there.
  expect(reader.read("when did aliyev's envoy meet the armenians, according to his remarks in germany").settings.map(({ phrase, ofWords }) => ({ phrase, ofWords }))).toEqual([{ phrase: "in Germany", ofWords: true }]);
  expect(reader.read("What did Kvien say in Baku?").settings.map(({ ofWords }) => ofWords)).toEqual([false]);
  expect(reader.read("when did his envoy meet the armenians, as recalled by aliyev in berlin").settings.map(({ ofWords }) => ofWords)).toEqual([true]);
});

it("reads what \"which\" asks for, wherever it stands, and no thing in \"which one\"", () => {
  expect(reader.read("mirzoyan n kurfurst talked abt which eu mission").whichAsked).toEqual(["eu", "mission"]);
  expect(reader.read("Which hotel did the property group sell?").whichAsked).toEqual(["hotel"]);
  expect(reader.read("baku reinvited them after some holiday, which one").whichAsked).toEqual([]);
});

it("reads the word a question answered yes or no asks of its subject, past a source named after it", () => {
  expect(reader.read("dutch fm - are icj rulings binding or not").predicate).toBe("binding");
  expect(reader.read("is the corridor open, according to the minister").predicate).toBe("open");
  expect(reader.read("what is the capital of france").predicate).toBeUndefined();
});

it("takes a word typed as the articles write it, a name, though its other forms are words", () => {
  expect(reader.read("what is mobil selling").typedNames.map((name) => name.name)).toEqual(["Mobil"]);
  expect(reader.read("what does the mobile radio unit make").typedNames).toEqual([]);
});

it("tells a question for a date from one for a time", () => {
  expect(reader.read("on what exact date did the icc issue the warrant").date).toBe(true);
  expect(reader.read("what day did russia accuse azerbaijan").date).toBe(true);
  expect(reader.read("when did the icc issue the warrant").date).toBe(false);
  // A date named by what falls on it.
  expect(reader.read("whats the record date for the split").date).toBe(true);
  expect(reader.read("What is the record date for the split?").answerType).toBe("time");
  // Typed bare, as a search is; not "to date".
  expect(reader.read("icj lachin ruling date pls").date).toBe(true);
  expect(reader.read("icj lachin ruling date pls").answerType).toBe("time");
  expect(reader.read("zarvo sales to date").date).toBe(false);
  // Asked first, then what falls on it with its verb; not a date "to" or "for" something.
  expect(reader.read("date armenian lawmakers are set to ratify the rome statute").date).toBe(true);
  expect(reader.read("date armenian lawmakers are set to ratify the rome statute").answerType).toBe("time");
  expect(reader.read("date for the vote was not given, why").date).toBe(false);
  // A clause of time before the question proper: what follows asks.
  expect(["when storms shut the port, how many tankers were waiting", "When the delegation met the minister, which deployment came up?", "when will pashinyan release the files, what date"].map((q) => reader.read(q).answerType)).toEqual(["quantity", undefined, "time"]);
});

it("reads a question for the items of a list, however it asks", () => {
  expect(reader.read("what exactly are the five principles azerbaijan proposed").itemsAsked).toEqual({ count: 5, noun: "principles" });
  expect(reader.read("list the 3 demands of the protesters").itemsAsked).toEqual({ count: 3, noun: "demands" });
  expect(reader.read("what are the principles of the peace deal").itemsAsked).toBeUndefined();
});

it("keeps as names only the words an asker who types capitals capitalised", () => {
  // The articles write "Cabinet" only in "the Yerevan Cabinet of Ministers".
  const typed = reader.read("Which Armenian cabinet minister received the Czech official?");
  expect(typed.names.map((name) => name.name)).toEqual(["Armenian Cabinet minister", "Czech"]);
  expect(typed.typedNames.map((name) => [name.name, name.terms])).toEqual([["Armenian minister", ["armenian", "minist"]], ["Czech", ["czech"]]]);
  // Typed all in lower case, the articles' capitals are all there is to go on.
  const lower = reader.read("which armenian cabinet minister received the czech official");
  expect(lower.typedNames).toEqual(lower.names);
  // Save a word they capitalise only after the word before it ("Azerbaijan Army") and write in lower case alone ("our army").
  const army = reader.read("what did azerbaijans army take near lachin");
  expect(army.names.map((name) => name.name)).toEqual(["Azerbaijans", "Army", "Lachin"]);
  expect(army.typedNames.map((name) => name.name)).toEqual(["Azerbaijans", "Lachin"]);
  // Nor after a country's name, which stands for the country: the analyst's "armed forces of Azerbaijan".
  const country = reader.read("oktay gasimov says azerbaijan army took control of what");
  expect(country.names.map((name) => name.name)).toContain("Azerbaijan Army");
  expect(country.typedNames.map((name) => name.name)).toEqual(["Gasimov", "Azerbaijan"]);
});

it("leaves a word in lower case that the articles write with a capital only in longer names, or that is chat's shorthand", () => {
  expect(reader.read("what did the foreign ministry say about the blockade").names).toEqual([]);
  // The articles write "PPL" for a company; typed in chat, "ppl" is people.
  const reading = reader.read("how many ppl did the utility hire");
  expect(reading.names).toEqual([]);
  expect(reading.terms).toEqual(reader.read("how many people did the utility hire").terms);
  // A word before "them" is a verb, whatever the articles name by it.
  expect(reader.read("what did the fed say about prices").cased).toBe("what did the Fed say about prices");
  expect(reader.read("who did the spokesman say fed them false information").names).toEqual([]);
  // The kind of body asked for is no name, however the articles write it.
  expect(reader.read("which lab is vell medical teaming up with").cased).toBe("which lab is Vell Medical teaming up with");
  expect(reader.read("which privately held lab is vell medical teaming up with").cased).toBe("which privately held lab is Vell Medical teaming up with");
  expect(reader.read("what did zarvo lab say").cased).toBe("what did Zarvo Lab say");
  // One use of a longer word that starts as typed tells too little: "temp" is no name for "Temps Corp".
  expect(reader.read("what temp can the new rubber take").names).toEqual([]);
});

it("reads a country's office in two words as its title of one, however typed", () => {
  for (const question of ["what did armenia's prime minister say", "What did Armenia's Prime Minister say?", "What did Armenia's prime minister say?"]) {
    expect(reader.read(question).typedNames.map((name) => name.terms)).toEqual([["armenia", "premier"]]);
  }
  // A post and its office's field stay with the country typed before them, which no article writes together with them; a people's envoy is a name of its own.
  expect(reader.read("which armenian foreign minister received the czech envoy").typedNames.map((name) => name.name)).toEqual(["Armenian foreign minister", "Czech envoy"]);
});

it("learns nothing of how a word is written from a ticker or a headline in capitals", () => {
  expect(reader.read("why did the merger get tossed").cased).toBe("why did the merger get tossed");
  expect(reader.read("why have steelmaker shares tumbled").cased).toBe("why have steelmaker shares tumbled");
  // An abbreviation among words in lower case is still one.
  expect(reader.read("what did the icc say").cased).toBe("what did the ICC say");
  // The owner's mark stays as typed, so that the name is read without it.
  expect(reader.read("what was the icc's warning").cased).toBe("what was the ICC's warning");
  // Read beside the word before it, the word is judged by its own neighbours, not taken for one.
  expect(reader.read("how many azuma zorb units will close").cased).toBe("how many Azuma ZORB units will close");
});

it("reads a speaker typed in lower case that no article uses as a name no article uses", () => {
  expect(reader.read("what did macron say about the pension reform").unknown).toEqual(["macron"]);
  expect(reader.read("what did the czech foreign minister say").unknown).toEqual([]);
});

it("reads a region's adjective after \"which\" as the kind asked for, not a name", () => {
  expect(reader.read("Which European leaders did Ilham Aliyev meet?").names.map((name) => name.name)).toEqual(["Ilham Aliyev"]);
  expect(reader.read("What did the European Union say about Lachin?").names.map((name) => name.name)).toEqual(["European Union", "Lachin"]);
});

it("reads names typed side by side in lower case as names of their own where no article writes them together", () => {
  expect(reader.read("what was the icc putin warrant for again").names.map((name) => name.name)).toEqual(["ICC", "Putin"]);
  expect(reader.read("what did nikol pashinyan say").names.map((name) => name.name)).toEqual(["Nikol Pashinyan"]);
  // Read as one name, "Pashinyans Newroz" was in no passage, and the question was refused.
  expect(reader.read("which day was pashinyans newroz greeting").names.map((name) => name.name)).toEqual(["Pashinyans", "Newroz"]);
  // Words joined by a hyphen, and an office, stay one name.
  expect(reader.read("what happened at the armenian-turkish border").names.map((name) => name.name)).toEqual(["Armenian-Turkish"]);
  expect(reader.read("how did azerbaijan respond to the dutch ambassador").names.map((name) => name.name)).toEqual(["Azerbaijan", "Dutch ambassador"]);
});

it("reads the thing whose kind a question asks", () => {
  expect(reader.read("wat kind of consequences did russia warn armenia abt").kindAsked).toBe("consequ");
  expect(reader.read("what sort of route would tie azerbaijan to nakhchivan").kindAsked).toBe("rout");
  expect(reader.read("what consequences did russia warn armenia about").kindAsked).toBeUndefined();
});

it("reads an agreement asked for by its date, not one a time is asked beside", () => {
  for (const question of ["which truce did moscow say baku's forces had breached", "moscow says baku broke the truce signed on what date", "what is the date of the ceasefire agreement russia says azerbaijan violated", "when was that truce signed"]) {
    expect(reader.read(question).agreementAsked, question).toBe(true);
  }
  // When the accusation was made, or what the truce says.
  expect(reader.read("when did russia accuse azerbaijan of breaking the ceasefire").agreementAsked).toBe(false);
  expect(reader.read("what does the ceasefire say about the lachin corridor").agreementAsked).toBe(false);
});

it("reads the event a question places what it asks after, by its last word", () => {
  expect(reader.read("which fm did the czech guy meet after the consultations").eventAfter).toBe("consult");
  expect(reader.read("after the armenian-czech consultations, which minister met kurfurst").eventAfter).toBe("consult");
  // No event: a person, a verb, or a question word after "after".
  expect(reader.read("who formed the government after craxi").eventAfter).toBeUndefined();
  expect(reader.read("what did aliyev say after meeting steinmeier").eventAfter).toBeUndefined();
  expect(reader.read("after which meeting did they recognise the borders").eventAfter).toBeUndefined();
});

it("tells two names that do something together from names asked of each", () => {
  expect(reader.read("which joint government body did armenia and iraq want to get moving again").namesActTogether).toBe(true);
  expect(reader.read("did baku and yerevan recognise each other's borders").namesActTogether).toBe(true);
  // Done to them, or asked of each: each may be in a report of its own.
  expect(reader.read("how did russia criticize azerbaijan and armenia in march").namesActTogether).toBe(false);
  expect(reader.read("what did iran and iraq each claim").namesActTogether).toBe(false);
  expect(reader.read("what did armenia, iraq or the czech republic say").namesActTogether).toBe(false);
});

it("tells names in a list from names read together", () => {
  expect(reader.read("what did the netherlands and armenia say about the icj ruling").namesListed).toBe(true);
  expect(reader.read("Who met Kostanyan, Hovhannisyan or Mirzoyan?").namesListed).toBe(true);
  expect(reader.read("What did the Czech president say in Yerevan?").namesListed).toBe(false);
  // A choice between two, each of its own report.
  expect(reader.read("which grew faster, armenia's economy or azerbaijan's").namesListed).toBe(true);
  expect(reader.read("Whose envoy spoke first, the Dutch or the Czech?").namesListed).toBe(true);
  // Two names compared with what they own said once.
  expect(reader.read("how did tass report armenia's stance vs azerbaijan's").namesListed).toBe(true);
  expect(reader.read("What did Aliyev's office say about the Karabakh Armenians or their leaders?").namesListed).toBe(false);
  // Three or more names each with a thing of its own, set apart by commas.
  expect(reader.read("any news from the region? aliyev speech, pashinyan newroz greeting, mirzoyan meeting with the dutch").namesListed).toBe(true);
  expect(reader.read("what did aliyev say in his speech about pashinyan").namesListed).toBe(false);
});

it("reads two names joined by \"and\" as one firm's where the wire writes them with its legal form", () => {
  const firm = reader.read("Why does Turner and Newall want to raise 71.7 mln stg with a rights issue?");
  expect(firm.names.map((name) => name.name)).toEqual(["Turner and Newall"]);
  expect(firm.namesListed).toBe(false);
  const two = reader.read("How much did Pennzoil and Texaco settle for?");
  expect(two.names.map((name) => name.name)).toEqual(["Pennzoil", "Texaco"]);
  expect(two.namesListed).toBe(true);
});

it("reads a question for what money raised is for, however it asks, and not why a payout is raised", () => {
  for (const asked of ["pentair preferred offering $ goes where", "sonex private stock sale $$ going to wat", "what will nj resources do w the money from the share offering", "Why does Turner and Newall want to raise 71.7 mln stg with a rights issue?"]) {
    expect(reader.read(asked).useOfFundsAsked, asked).toBe(true);
  }
  for (const asked of ["why did zarvo raise its quarterly dividend", "Why did the defense secretary raise living-cost allowances?", "how much did the share offering raise", "what did the fed and the bank of england do in the money markets"]) {
    expect(reader.read(asked).useOfFundsAsked, asked).toBe(false);
  }
});

it("tells the names no article uses from those it does, and a calendar day is no name", () => {
  const reading = reader.read("What did NATO say to Pashinyan on March 25?");
  expect(reading.known).toEqual(["Pashinyan"]);
  expect(reading.unknown).toEqual(["NATO"]);
  expect(reading.days).toEqual(["03-25"]);
  expect(reading.speaker?.name).toBe("NATO");
  // A name the articles use another name for is one they use: they write "EU".
  expect(reader.read("What role did the European Union play in the region?").unknown).toEqual([]);
  // Nor is a holiday, which is the day the news writes by its date ("on January 1").
  const holiday = reader.read("Which think tank warned on New Year's Day that the talks could go nowhere?");
  expect(holiday.names).toEqual([]);
  expect(holiday.days).toEqual(["01-01"]);
});

it("reads no month as a name, nor a question word as part of a title, nor dotted initials", () => {
  const reading = reader.read("What did Iran and Iraq claim about Basra in early March?");
  expect(reading.names.map((name) => name.name)).toEqual(["Iran", "Iraq", "Basra"]);
  expect(reading.settings).toEqual([]);
  expect(reader.read("Who set up Resources Investment Corp which minister announced it").names.map((name) => name.name)).toEqual(["Resources Investment Corp"]);
  expect(reader.read("What did the Czech minister say to U.S. officials?").names.map((name) => name.name)).toEqual(["Czech minister"]);
  // "Jan" before a surname is a first name, no January.
  const jan = reader.read("What did Czech Foreign Minister Jan Lipavsky say in Jan?");
  expect(jan.names.map((name) => name.name)).toEqual(["Czech Foreign Minister Jan Lipavsky"]);
  expect(jan.partsOfYear).toEqual([{ kind: "month", which: 1 }]);
});

it("reads the capital that opens a clause after a dash or a colon as no name, unless the word is all capitals", () => {
  // A wire table's note, quoted for "who won ...": it names no one.
  expect(names("Note - Company has set 1987 sales target of 4,800 billion won.")).toEqual([]);
  expect(names("that CDC salmonella study - LA county cases went up to what").map((name) => name.name)).toEqual(["CDC", "LA"]);
  // A day of the week is a time, as a month is.
  expect(names("why did American Express shares tank on Monday").map((name) => name.name)).toEqual(["American Express"]);
  // "St." opens a place's name; read apart, "St" was a name no passage about McDonnell Douglas holds.
  expect(names("How much money does the St. Louis aircraft maker have tied up in Republic Health?").map((name) => name.name)).toEqual(["St. Louis", "Republic Health"]);
});

it("reads the years, parts of years and quantities asked about", () => {
  const reading = reader.read("how many troops were there in the third quarter of 2015");
  expect(reading.answerType).toBe("quantity");
  expect(reading.counted).toEqual(["troops"]);
  // What is counted: its first words, shorthand spelled out, wherever "how many" is typed.
  expect(reader.read("how many ppl work at the smelter").counted).toEqual(["people", "work"]);
  expect(reader.read("china drought how many forest fires").counted).toEqual(["forest", "fires"]);
  // Or asked with no verb, as chat asks a count.
  expect(reader.read("exact number of eu monitors in armenia").counted).toEqual(["eu", "monitors"]);
  // "how much in <what>": a sum of money, not the years of a sentence or a count of charges.
  expect(reader.read("How much in payoffs did the ex-chairman of the bank admit to taking?").counted).toEqual(["money"]);
  expect(reader.read("how much in total did the dutch send").counted).toEqual([]);
  // A fare is a price; a turnout, a figure named before it ("turnout was 71 pct").
  expect(reader.read("what are the fares on zarvo air's new flights").counted).toEqual(["price"]);
  expect(reader.read("what was the voter turnout in the by-election").counted).toEqual(["turnout"]);
  // A measure narrowed by a word, written by reports in their own ways ("comparable-store", "oper net", "pre-tax").
  expect(reader.read("what were federated's same-store sales in february").narrowedMeasure?.test("up 4.1 pct on a comparable-store basis")).toBe(true);
  expect(reader.read("mayfair industries q4 operating net").narrowedMeasure?.test("[4th Qtr] Oper net 659,000 vs 523,000")).toBe(true);
  expect(reader.read("what was pearson's pretax profit for the yr").narrowedMeasure?.test("Pearson reported 1986 pre-tax profit of 121.1 mln stg")).toBe(true);
  expect(reader.read("what were federated's sales in february").narrowedMeasure).toBeUndefined();
  // What a question sets aside, up to the first word that frames no part of it.
  expect(reader.read("who else besides armenia is against the nakhchivan corridor").setAside).toEqual(analyze("armenia"));
  expect(reader.read("apart from the economy and education, which sectors came up").setAside).toEqual(analyze("economy education"));
  expect(reader.read("which sectors came up").setAside).toEqual([]);
  // What a price asked is paid for.
  expect(reader.read("How much did PDVSA pay Union Pacific for half of the Corpus Christi refinery?").paidFor).toEqual(analyze("half of the Corpus Christi refinery"));
  expect(reader.read("how much did zarvo pay").paidFor).toEqual([]);
  // A figure asked for by its kind, however "what's" is typed.
  for (const question of ["what was ross's salary under the contract", "whats ross's annual salary under the contract", "what's ross's salary"]) expect(reader.read(question).counted, question).toEqual(["salary"]);
  // Or by its size: "how big was zarvo's loss" asks the figure of the loss as "what was" does.
  expect(reader.read("how big was zarvo group's 1986 loss in dollars").counted).toEqual(["loss"]);
  expect(reader.read("how high is zarvania's budget deficit").counted).toEqual(["budget"]);
  // A figure's word that means or says something is no figure asked.
  expect(reader.read("what did lawson's budget mean for north sea oil and for interest rates").counted).toEqual([]);
  // A firm's "and" is no second question: "Zarvo Fire and Marine's net profit" is a figure of profit.
  expect(reader.read("What was Zarvo Fire and Marine's net profit last year?").counted).toEqual(["profit"]);
  expect(reader.read("how many forged exxon zero coupon notes found so far").counted).toEqual(["forged", "exxon", "zero", "coupon", "notes"]);
  // What befell the thing counted, named before "how many", counts nothing.
  expect(reader.read("exxon fake notes how many found so far").counted).toEqual([]);
  expect(reader.read("the new pony cars, how many sold in february").counted).toEqual([]);
  // "How much" of a thing named asks for the thing, however it is lost or paid; of nothing named, what is paid or lost is money.
  expect(reader.read("how much daily car production could the maker lose").counted).toEqual([]);
  expect(reader.read("how much could the maker lose").counted).toEqual(["money"]);
  expect(reader.read("how many of them came").counted).toEqual([]);
  expect(reader.read("How many jobs will Rolls Royce cut before its privatisation?").counted).toEqual(["jobs"]);
  // "how much" counts a sum of money, and "how tall" asks for a quantity too.
  expect(reader.read("How much humanitarian aid has Iraq sent to Armenia?").counted).toEqual(["aid"]);
  expect(reader.read("how much zinc is the mint buying").counted).toEqual([]);
  // A price paid is a sum of its own kind; "cost" the verb asks for none, nor does a rise in prices.
  expect(reader.read("how much will the zangezur corridor cost to build").counted).toEqual(["price"]);
  expect(reader.read("how much is convergent paying for oakleaf").counted).toEqual(["price"]);
  expect(reader.read("how much did the bank earn").counted).toEqual(["money"]);
  expect(reader.read("How much did the Saudi government owe contractors in late payments?").counted).toEqual(["money"]);
  // By how much a company changed a measure of its own: that measure.
  expect(reader.read("By how much did Ford's Canadian arm reduce its yearly dividend?").counted).toEqual(["dividend"]);
  expect(reader.read("how much did zarvo cut its annual dividend").counted).toEqual(["dividend"]);
  expect(reader.read("what hidden enemy inside the military cost his country the 2020 conflict?").counted).toEqual([]);
  expect(reader.read("what consumer price increase does jordan expect").counted).toEqual([]);
  // A figure asked for by its kind, with a year among the words before it.
  expect(reader.read("What was Ultramar Golden Eagle's full-year 1986 profit?").counted).toEqual(["profit"]);
  // Not where the word names something else: a system of rates is no rate.
  expect(reader.read("What exchange rate system did Bergsten say he preferred?").counted).toEqual([]);
  expect(reader.read("what interest rate did the bank set").counted).toEqual(["rate"]);
  expect(reader.read("how tall is mount ararat?").answerType).toBe("quantity");
  expect(reader.read("What was the per-share value Jiffy Lube put on its merger offer?").answerType).toBe("quantity");
  expect(["what volume of barley licences did the committee hand out", "what contract size will nymex set"].map((q) => reader.read(q).answerType)).toEqual(["quantity", "quantity"]);
  // "Where" a market stood is its level; where talks ended up is a place.
  expect(["zarvo pharma first day on nyse where did it open", "where did april heating oil settle", "where were fed funds trading", "where did the talks end up"].map((q) => reader.read(q).answerType)).toEqual(["quantity", "quantity", "quantity", "place"]);
  expect(["Which Illinois congresswoman called it pathetic?", "which former TRW finance official told the panel", "Which Rockwell business did analysts blame?"].map((q) => reader.read(q).answerType)).toEqual(["person", "person", undefined]);
  // The question after a lead-in that names its source.
  expect(reader.read("according to the azeri leader, on what date did his envoy meet the karabakh armenians").answerType).toBe("time");
  // Chat puts the question last; a question that starts with its own question word asks that.
  const money = reader.read("aquino land reform how much money");
  expect([money.answerType, money.amount, money.counted]).toEqual(["quantity", true, ["money"]]);
  expect(reader.read("craxi been italian pm since when").answerType).toBe("time");
  // "which" asks for a day as "what" does, after a preposition too.
  for (const question of ["On which day did a representative from Baku meet the Armenians in Karabakh?", "since what date has the lachin road been shut", "in which year was the truce signed"]) {
    expect(reader.read(question).answerType, question).toBe("time");
  }
  // A reason asked for without "why".
  for (const question of ["What reason did Moody's give for cutting Florida National Banks' ratings?", "What caused the big drop in projected income?", "what was behind nationwide's record losses"]) {
    expect(reader.read(question).answerType, question).toBe("reason");
  }
  // What money raised will go to is its purpose, said as a reason is ("proceeds will be used to ...").
  for (const question of ["What will Zarvo spend the money raised from its preferred share sale on?", "what will zarvo do w the money from the share offering", "What will Zarvo use the proceeds of its Swiss franc bond for?"]) {
    expect(reader.read(question).answerType, question).toBe("reason");
  }
  expect(reader.read("How much money did Zarvo raise?").answerType).toBe("quantity");
  // A company's result asked by its verb.
  expect(["how much did zarvo lose in q4", "How much will Zarvo earn this year?", "How much did Zarvo make in the final quarter?", "What did Zarvo earn in the year?", "how much did zarvo pay for vellar", "what did zarvo make in 1986"].map((question) => reader.read(question).resultAsked)).toEqual([true, true, true, true, false, false]);
  expect(reader.read("What did Zarvo earn in the year?").counted).toEqual(["money"]);
  // A whole year's figure, as a results table heads its rows "Year" or "12 mths".
  expect(["What were Zarvo's full-year sales?", "zarvo full yr net loss", "zarvo annual sales", "net loss over the twelve months", "net income for its full fiscal year", "zarvo q4 net loss", "zarvo net in the year to date"].map((question) => reader.read(question).wholeYear)).toEqual([true, true, true, true, true, false, false]);
  expect(["how much did zarvo pay in total for ostland", "what is the total value of the offer", "how much altogether", "zarvo total assets", "how much did zarvo pay"].map((question) => reader.read(question).total)).toEqual([true, true, true, false, false]);
  // What the doer asked for does: after "who", or past the words of "which X" to a verb's form or after "is", "will".
  const doerVerbs = ["Which bank guarantees the Zarvo note issue?", "who is managing the zarvo debenture offering", "Which takeover target had landed Zarvo on the watch list?", "Which Japanese bank will provide the letter of credit?", "Who did Zarvo name as its new president?", "who is the president of ostland", "Who said that?"].map((question) => reader.read(question).doerVerb);
  expect(doerVerbs).toEqual(["guarantees", "managing", "landed", "provide", undefined, undefined, undefined]);
  // Chat's topic before "who", or "who" after the verb; not "who" in a clause of another question.
  expect(["zarvo funding eurobond who guarantees it", "ostland mortgage bond guaranteed by who", "what did the man who founded zarvo say"].map((question) => reader.read(question).doerVerb)).toEqual(["guarantees", "guaranteed", undefined]);
  // "whos" is "who is"; a country after "is" is no verb.
  expect(["whos advising zarvo on selling the land biz", "which country is iran worried abt azerbaijan getting close to"].map((question) => reader.read(question).doerVerb)).toEqual(["advising", "worried"]);
  // Whose delegation the question asks the leader of, by its names.
  expect(reader.read("who led the karabakh armenian delegation at the khojaly meeting").leaderOf).toEqual(["karabakh", "armenian"]);
  expect(reader.read("Who heads the European Union's monitoring mission on the Armenian side of the border?").leaderOf).toEqual([]);
  // A buyer asked for, who signed what, when something ended.
  expect(reader.read("which european leaders has aliyev met lately").severalAsked).toBe(true);
  expect(reader.read("Which foreign delegations did Armenian officials host in Yerevan?").severalAsked).toBe(true);
  expect(reader.read("How are foreign governments reacting to Azerbaijan's blockade of the road to Karabakh?").severalAsked).toBe(true);
  expect(reader.read("which official received the iraqi delegation").severalAsked).toBe(false);
  // Who has been doing something over the news, asked after another question: several, as often in several reports.
  expect(reader.read("What did the ICJ order on the Lachin corridor and who has cited the ruling?").severalAsked).toBe(true);
  expect(reader.read("who has been named to head the eu mission").severalAsked).toBe(false);
  expect(reader.read("who's buying video display's cable tv business").buyerAsked).toBe(true);
  expect(reader.read("who is selling the cable tv business").buyerAsked).toBe(false);
  expect(["y did cemdac go out of business", "why did the ceo step down", "who resigned from the board", "why did the bank cut rates"].map((q) => reader.read(q).whyLeftAsked)).toEqual([true, true, false, false]);
  expect(reader.read("Which agreements did Armenia and Iraq sign during the March 16 meeting?").signers?.map((name) => name.name)).toEqual(["Armenia", "Iraq"]);
  expect(reader.read("Which truce agreement did Moscow's defence ministry say Azerbaijan broke, and when was it signed?").signers).toBeUndefined();
  expect(reader.read("When was the Lachin corridor finally reopened?").endAsked).toBe(true);
  expect(reader.read("when did the icj order azerbaijan to unblock lachin").endAsked).toBe(false);
  // The verb that ends a "when" question, whose sentence gives the time asked; not a name that ends it.
  expect(reader.read("When does the current grains agreement expire?").whenVerb).toBe("expire");
  expect(reader.read("when is the shareholder meeting expected to be held").whenVerb).toBe("held");
  expect(reader.read("when did the icj rule on lachin").whenVerb).toBeUndefined();
  // "where" asks the place of an act, or of a saying.
  expect(["where did aliyev invite the karabakh armenian reps", "wher was aliyev when he said theres a good chance for peace", "which city was aliyev in when he told steinmeier", "where is the lachin corridor"].map((question) => reader.read(question).whereVerb)).toEqual(["invite", "said", "told", undefined]);
  // The body said to have acted, named by a common word.
  expect(reader.read("when did armenias parliament vote to ratify the rome statute").actingBody).toBe("parliament");
  expect(reader.read("What did the court say?").actingBody).toBeUndefined();
  // A word before the question proper, and a "when" clause after it.
  expect(reader.read("Roughly how long had the Lachin road been shut when the Dutch minister wrote to parliament?").answerType).toBe("duration");
  expect(reader.read("which russian outlets ran the icc warning to armenia").answerType).toBe("body");
  expect(reader.read("which armenian minister met the czech diplomat").answerType).toBe("person");
  // The verb of "what did X <verb>", past who did it: their names, their office.
  expect(reader.read("what did pashinyan wish the kurds for newroz").verb).toBe("wish");
  expect(reader.read("What did Armenia's deputy foreign minister thank Baghdad for?").verb).toBe("thank");
  expect(reader.read("what did mirzoyan say abt azerbaijan").verb).toBeUndefined();
  // After a lead-in that names the source.
  expect(reader.read("according to the armenian prime minister, what did pashinyan wish the kurds").verb).toBe("wish");
  // Who did it as a pronoun; in chat, the question after its topic, but not after another question.
  expect(reader.read("what did he wish the kurds").verb).toBe("wish");
  expect(reader.read("pashinyan newroz msg what did he wish the kurds").verb).toBe("wish");
  expect(reader.read("why was the talk cancelled and what did they discuss").verb).toBeUndefined();
  // Chat's order, the verb before "what"; not a topic before a question of its own.
  expect(reader.read("newroz symbolizes what according to pashinyans msg").verb).toBe("symbolizes");
  expect(reader.read("russian peacekeepers what r they doing about the crossing").verb).toBeUndefined();
  // A body's name is who did it, not what they did.
  expect(reader.read("What did the Russian defence ministry accuse Azerbaijan of?").verb).toBe("accuse");
  expect(reader.read("what did the czech delegation discuss in yerevan").verb).toBe("discuss");
  expect(reader.read("What do the articles say about the EU mission?").verb).toBeUndefined();
  expect(reader.read("what was the russian president accused of").verb).toBeUndefined();
  // Question words as chat types them.
  expect(reader.read("wat did pashinyan wish the kurds for newroz").verb).toBe("wish");
  expect(reader.read("wher was aliyev when he said theres a good chance for peace").answerType).toBe("place");
  // With "is" run in: "whos", "wats", "wheres", "whens".
  expect(reader.read("whos managing the 3com share offering").answerType).toBe("person");
  expect(reader.read("wheres aliyev meeting the karabakh armenians").answerType).toBe("place");
  expect(reader.read("whens the icj ruling on lachin").answerType).toBe("time");
  // Further in, where chat puts the question last, in lower case only.
  expect(reader.read("pm newroz msg to kurds was on wat date").answerType).toBe("time");
  expect(reader.read("pashinyan newroz msg wen").answerType).toBe("time");
  expect(reader.read("how long did the 2020 war last").answerType).toBe("duration");
  expect(reader.read("ecuador oil exports quake how long stopped").answerType).toBe("duration");
  expect(reader.read("how long is the lachin corridor in km").answerType).toBeUndefined();
  expect(reader.read("what did pashinyan say about when the talks resume").answerType).toBeUndefined();
  // "which commentator", "which german head of state": a person; "which think tank", "which hospital": a body; "whats it called": a name.
  for (const [question, type] of [
    ["Which commentator concluded that Armenians don't trust Ankara?", "person"],
    ["which german head of state did azerbaijan's leader sit down with", "person"],
    ["which lawmaker did azerbaijan put in charge", "person"],
    ["Which Treasury Under Secretary said banking reform won't happen before 1988?", "person"],
    ["which think tank warned of a new war", "body"],
    ["which hospital bought the computerised drug info product", "body"],
    ["which companies announced stock splits", "body"],
    ["which accountants are going over cannon's books", "body"], ["which auditor signed off on the 1986 figures", "body"],
    // A place past a word or two that say where.
    ["Which Texas city is getting a plant that turns garbage into electricity?", "place"],
    ["In which European capital was the Azerbaijani head of state?", "place"],
    ["on which exchange will saab-scania's dollar bond be traded?", "place"],
    // A union of countries is no body that answers.
    ["which european union deployment came up", undefined],
    ["whats the name of energy ventures new unit", "name"],
    ["armenia iraq govt commission whats it called", "name"],
    ["atico financial used to be called wat", "name"],
    ["pactel chairman name pls", "name"],
    ["what new corporate name are zarvo holders voting on", "name"], ["what did zarvo and ostland call their venture", "name"], ["the ship zarvo bought will be renamed", "name"],
    ["whats the other name for the nakhchivan corridor", "name"],
    ["near which taiwanese port did du pont drop its plant", "place"],
    ["which armenian province wld the corridor go thru", "place"],
    ["which state-owned farm bank stepped in", "body"],
    ["how did the so called eco protesters block lachin", undefined],
  ] as const) {
    expect(reader.read(question).answerType, question).toBe(type);
  }
  expect(reader.read("Which army officers did Pashinyan name as members of the fifth column?").answerType).toBe("person");
  // A figure asked for by its kind, anywhere in the question; not "what sort of things".
  expect(reader.read("What approval rating in percent did the poll give Pashinyan's government?").answerType).toBe("quantity");
  expect(reader.read("pemex loan, what interest rate").answerType).toBe("quantity");
  expect(reader.read("what was pashinyan's approval rating in the poll").answerType).toBe("quantity");
  expect(reader.read("what is the average monthly wage of black miners").answerType).toBe("quantity");
  expect(reader.read("what is the bank's new estimate of the shortfall").answerType).toBe("quantity");
  expect(reader.read("At what ownership level do the rights under the new stockholder rights plan become exercisable?").answerType).toBe("quantity");
  // Figures are people too: "what kind of religious figures has Azerbaijan been detaining".
  expect(reader.read("what kind of religious figures has azerbaijan been detaining").answerType).toBeUndefined();
  expect(reader.read("what share of things did they discuss").answerType).toBeUndefined();
  // A part of a whole is a figure too.
  expect(reader.read("What portion of worldwide profits does the chemicals giant expect its drug business to contribute?").answerType).toBe("quantity");
  // "when" about a time to come.
  expect(reader.read("when will parliament vote on it").timeAhead).toBe(true);
  expect(reader.read("when is the next round of talks").timeAhead).toBe(true);
  expect(reader.read("when did the talks start").timeAhead).toBe(false);
  // After a topic typed first, with "when's" or an adverb between.
  expect(reader.read("usda bird flu survey of live bird markets - when's it supposed to be done").timeAhead).toBe(true);
  expect(reader.read("when exactly does mobil open its peking office").timeAhead).toBe(true);
  expect(reader.read("what did aliyev say when he met steinmeier").timeAhead).toBe(false);
  // What "who is the ..." asks for, past "the name of", unless it is too general.
  expect(reader.read("who is the us ambassador to azerbaijan").focus).toEqual(["us", "ambassador"]);
  expect(reader.read("whats the name of the qantas chief executive").focus).toEqual(["chief", "executive"]);
  // A measure of something asks for the thing: the quote says "cash in circulation ... rose ... to 121.5 billion", not "total amount".
  expect(reader.read("What was the total amount of cash in circulation in West Germany at the end of February?").focus).toEqual(["cash"]);
  // A measure's bound asks for the measure, of the thing after "of".
  const bound = reader.read("What's the maximum size of the bank's sterling certificate of deposit programme?");
  expect([bound.answerType, bound.focus]).toEqual(["quantity", ["sterling", "certificate"]]);
  expect(reader.read("what's the latest on the talks").focus).toEqual([]);
  expect(reader.read("whats the gist of the blitz piece on pashinyan and the army").focus).toEqual([]);
  // A reaction, terms or a stance is told, not named: "Baker expressed doubts about a proposal to tax ...".
  expect(reader.read("What's the reaction to Aliyev's idea of a peace treaty?").focus).toEqual([]);
  expect(reader.read("what were the terms of the ceasefire").focus).toEqual([]);
  // A date is asked for as a time, not as the word "date".
  expect(reader.read("What is the date of the Moscow-brokered agreement that Russia says Azerbaijan breached?").focus).toEqual([]);
  expect(reader.read("What was the Philippines' strategy going into the talks?").focus).toEqual(["philippines", "strategy"]);
  // The names within what is asked for, not those of a clause after it, nor a name that opens it.
  expect(reader.read("what is the capital of france").focusNames.map((name) => name.name)).toEqual(["France"]);
  expect(reader.read("Who is the Dutch foreign minister that answered questions on the ICJ ruling?").focusNames.map((name) => name.name)).toEqual([]);
  expect(reader.read("What is the Islamic Republic afraid of?").focusNames).toEqual([]);
  expect(reader.read("What is the initial price the British group is paying for the Cleveland consultancy?").focusNames).toEqual([]);
  expect(reader.read("What is the authorization of the commercial paper program introduced by Federal Industries Ltd of Winnipeg?").focusNames).toEqual([]);
  // Who holds it, when that is what is asked.
  expect(reader.read("who is the us ambassador to azerbaijan").holder).toBe("ambassador");
  expect(reader.read("whats the name of the qantas chief executive").holder).toBe("executive");
  // A trade ends the phrase as an office does: what follows it is a clause ("the columnist blitz cited").
  expect(reader.read("who was the columnist blitz cited abt yerevans pro turkey policy").holder).toBe("columnist");
  // A person of no office is named as a holder is.
  expect(reader.read("whats the name of the ex philip crosby employee suspected of the embezzlement").holder).toBe("employee");
  // A trade asked by "which", which a report may name or not: no office to hold.
  expect(reader.read("which pundit reckons karabakh armenians' options get narrower").tradeAsked).toBe("pundit");
  expect(reader.read("Which Merrill Lynch analyst said the sums were peanuts?").tradeAsked).toBe("analyst");
  expect(reader.read("which analyst predicted that the options will shrink").holder).toBeNull();
  expect(reader.read("which observer mission in armenia came up").tradeAsked).toBeNull();
  // The name of a thing is held by no one.
  expect(reader.read("What is the name of Du Pont's new high-strength aramid fiber?").holder).toBeNull();
  expect(reader.read("What was the Philippines' strategy going into the talks?").holder).toBeNull();
  expect(reader.read("who are the main azerbaijani figures in the talks").holder).toBeNull();
  // Names in a list, or in two questions asked as one, may each be answered apart.
  expect(reader.read("How did Moscow react to Armenia's ICC plans, and what did it say about Azerbaijan?").namesListed).toBe(true);
  expect(reader.read("What did Moscow say about Azerbaijan?").namesListed).toBe(false);
  expect(reader.read("Compare Aliyev's outlook with what Mirzoyan said").namesListed).toBe(true);
  expect(reader.read("how did newroz / novruz come up").namesListed).toBe(true);
  // How something turned out, asked in the past.
  expect(reader.read("what sentence did warner end up getting").outcome).toBe(true);
  expect(reader.read("how much did pennzoil and texaco finally settle for").outcome).toBe(true);
  expect(reader.read("does it matter where the peace deal is finally signed").outcome).toBe(false);
  expect(reader.read("which chinese company won the foundation work contract").outcome).toBe(true);
  expect(reader.read("who won the bid for tf1").outcome).toBe(true);
  expect(reader.read("how many seats did the party win").outcome).toBe(false);
  expect(reader.read("What were Polaroid's actual first-quarter earnings per share?").outcome).toBe(true);
  expect(reader.read("Which cabinet minister has the final word on grain prices?").outcome).toBe(false);
  // The act a question answered yes or no asks about, past who did it and how; none for a verb that says little, or with no one before it.
  expect(reader.read("did the netherlands expel the azerbaijani ambassador").act).toBe("expel");
  expect(reader.read("did armenia n iraq also sign a trade deal").act).toBe("sign");
  expect(reader.read("did the iraqi mps n armenian dep fm talk abt the lachin blockade").act).toBeUndefined();
  expect(reader.read("did zarvotech make money in q1").act).toBeUndefined();
  // An office after the verb is whom it is done to; what they "ended up" doing is the act.
  expect(reader.read("did russia recall its ambassador from yerevan over the icc move").act).toBe("recall");
  expect(reader.read("did the armenians end up accepting the invitation").act).toBe("accepting");
  // An act taken as done: by its past form, or a verb after "did"; not one that gets done, or one said to be coming.
  expect(reader.read("what was in the armenia azerbaijan peace treaty signed in washington").actsDone).toEqual(["sign"]);
  expect(reader.read("what did the declassified fifth column files show").actsDone).toEqual(["declassify"]);
  expect(reader.read("when did thatcher call the general election").actsDone).toEqual(["call"]);
  expect(reader.read("does az even care where the peace deal gets signed").actsDone).toEqual([]);
  expect(reader.read("did pashinyan say hed declassify stuff abt the war").actsDone).toEqual([]);
  expect(reader.read("who is the us ambassador that called for the corridor to be opened").actsDone).toEqual([]);
  expect(reading.periods.map((period) => period.phrase)).toEqual(["in the third quarter of 2015"]);
  // A year that belongs to a period is the period rule's, not the years rule's.
  expect(reading.years).toEqual([]);
  expect(reader.read("what happened in 2015").years).toEqual(["2015"]);
  // Chat's year of two digits, after "in" where it ends the clause: not a number of things.
  expect(reader.read("how much r foreign oil cos spending on exploration in 87").years).toEqual(["1987"]);
  expect(reader.read("sales in 87, vs 86").years).toEqual(["1987"]);
  expect(reader.read("how many jobs were lost in 87 plants").years).toEqual([]);
});

it("reads a question that asks what several reports say: a comparison, the reports themselves, two questions in one", () => {
  for (const question of [
    "How did the outlets describe the blockade?",
    "what do the different reports say about the peacekeepers",
    "compare aliyev and pashinyan on the peace treaty",
    "What did Aliyev say in Berlin, and who did he meet there?",
    "what did both kvien and hoekstra say",
    "what did pashinyan say about the war and about ethnic cleansing",
    "how did the icj ruling come up in the dutch parliament and in the talks with the czechs",
    "How did Armenian officials reach out to the Kurdish community and to the Arab world in March 2023?",
    "how did russia and azerbaijani commentators each describe the army move",
  ]) {
    expect(reader.read(question).acrossReports, question).toBe(true);
  }
  for (const question of ["What did Aliyev say in Berlin?", "who leads baku's delegation", "How many troops crossed the line of contact?", "what did aliyev say about the peace treaty and the border", "where did the two countries recognise each other's borders", "Which analyst warned that each time the Karabakh Armenians turn down a meeting, their options will shrink?"]) {
    expect(reader.read(question).acrossReports, question).toBe(false);
  }
});

it("leaves out the words that point at the articles rather than at the news", () => {
  expect(withoutArticleTalk("is armenia falling out with russia? what do the articles say")).toBe("is armenia falling out with russia?");
  expect(withoutArticleTalk("How is the EU involved, based on these articles?")).toBe("How is the EU involved?");
  expect(withoutArticleTalk("acc to ur sources who is armenias fm")).toBe("who is armenias fm");
  expect(withoutArticleTalk("what role did the peacekeepers play according to the reports")).toBe("what role did the peacekeepers play");
  // One report, named or not, is part of the question; so is a question about the articles alone.
  expect(withoutArticleTalk("according to the report, who won")).toBe("according to the report, who won");
  expect(withoutArticleTalk("how long was the blockade according to the dutch report")).toBe("how long was the blockade according to the dutch report");
  expect(withoutArticleTalk("what do the articles say")).toBe("what do the articles say");
  // Whether the articles hold a topic asks for the topic: "do you have articles on the blockade" was taken for talk with the bot.
  expect(["do you have any articles on the blockade", "got anything about the icc warrant?", "are there any stories on iraq"].map(withoutArticleTalk)).toEqual(["the blockade", "the icc warrant?", "iraq"]);
});

it("reads who someone named is, and not who holds an office named by its holder", () => {
  const identity = (question: string) => identityAsked(question, reader.read(question).typedNames)?.name;
  expect(identity("who is nikol pashinyan")).toBe("Nikol Pashinyan");
  expect(identity("who's kvien?")).toBe("Kvien");
  expect(identity("who is armenia's foreign minister")).toBeUndefined();
  expect(identity("who is pashinyan meeting")).toBeUndefined();
});

it("reads a question for someone's job as one for who they are", () => {
  for (const question of ["whats kurfursts job title", "kurfurst whats his job", "whos kurfurst, like whats his job", "what post does kurfurst hold", "which position does kurfurst have", "what does kurfurst do for a living", "kurfurst job title"]) {
    expect(asWhoIsWhereJobAsked(question), question).toBe("who is kurfurst");
  }
  // Not a pronoun, an office ("the czech guy kurfurst") or a stance.
  for (const question of ["what's his job", "the czech guy kurfurst whats his job title", "what is azerbaijan's position on a peace deal", "whats the title of the report", "what position does azerbaijan have on the corridor", "ford job"]) {
    expect(asWhoIsWhereJobAsked(question), question).toBe(question);
  }
});

it("searches for what a question asks about, not the words that frame it or that chat adds", () => {
  expect(searchedWordsOf("how long did the 2020 war last")).toBe("how did the 2020 war last");
  expect(searchedWordsOf("How big is the deal")).toBe("how is the deal");
  expect(searchedWordsOf("icj ruling binding or just advice?")).toBe("icj ruling binding or   advice?");
  // Words of a place or thing stay: "the long-distance phone giant", "Big Board".
  expect(searchedWordsOf("what does the long-distance phone giant want")).toBe("what does the long-distance phone giant want");
});

it("reads 'max', 'stuff' and the like typed in lower case as chat's words, not names the articles write with a capital", () => {
  expect(reader.read("ostland raised buyback max to how many shares").names.map((name) => name.name)).not.toContain("Max");
  expect(reader.read("what did Max Vell say").names.map((name) => name.name)).toEqual(["Max Vell"]);
  // Nor are chat's words for things or people in general: "its cable tv stuff", "the exporters guy".
  expect(reader.read("ostland selling its toy stuff - in which states").names.map((name) => name.name)).not.toContain("Stuff");
  expect(reader.read("what did Stuff Inc say").names.map((name) => name.name)).toEqual(["Stuff Inc"]);
});
