/** The counted rule on its own: a question it refuses, the reply the reader sees, and what the question gets with it switched off. */
import { describe, expect, it } from "vitest";
import { answererWithout, askWire, askerBeside, askerOver, both, otherStory, wire, wireStory } from "../helpers/answer-rules.js";

describe("counted", () => {
  it("takes a figure the thing counted is brought to as a figure of it", async () => {
    const ask = await askerBeside("Zarvo Sugar to sell head office", "1987-03-05", "ZARVAN, March 5 - Zarvo Sugar Ltd said it will sell its head office buildings in central Zarvan.\n\nIts sugar division has already moved out, and it plans further moves to reduce its head office staff to about 100 from 550.");
    const answer = await ask("How many people does Zarvo Sugar want to keep at its head office?");
    expect(answer.refusedBy).toEqual([]);
    expect(answer.text).toContain("reduce its head office staff to about 100 from 550");
  });

  it("reads a figure typed last, as a search is (\"zarvo cars feb sales\"), as the figure asked: cars sold, of the month asked", async () => {
    const recall = await askerBeside("Zarvo Cars recalls vehicles", "1987-03-06", "RENO, Nev., March 6 - Zarvo Cars North America Inc said it will recall 892 model vehicles to replace possibly defective fuel hoses.", otherStory);
    expect((await recall("zarvo cars north america feb sales #")).abstention).toEqual({ rule: "counted", detail: "no quote gives a figure of sales" });
    const sales = await askerBeside("Zarvo Cars February sales fall", "1987-03-04", "RENO, Nev., March 4 - The company said sales since the beginning of the year totaled 3,469, down from 3,862 a year earlier.\n\nZarvo Cars North America said it sold 1,815 cars during February, down from 2,129 cars during February of 1986.", otherStory);
    expect((await sales("zarvo cars north america feb sales #")).citations[0]!.quote).toContain("sold 1,815 cars during February");
  });

  it("reads \"how much per share did X pay\" as a price asked, which a count of the shares bought does not give", async () => {
    const ask = await askerBeside("Zarvo Investor Takes Vellman Stake", "1987-03-10", "NASSAU, March 10 - Zarvo N.V., a Bahamas-based firm owned by investor John Zarvo, said it has acquired 137,900 shares of Vellman Inc, or 5.9 pct of the total outstanding common stock.", otherStory);
    const answer = await ask("how much per share did zarvo pay for his vellman stock");
    expect(answer.abstention).toEqual({ rule: "counted", detail: "no quote gives a figure of price" });
    const priced = await askerBeside("Zarvo Investor Takes Vellman Stake", "1987-03-10", "NASSAU, March 10 - Zarvo N.V. said it has acquired 137,900 shares of Vellman Inc at 14.25 dlrs a share.", otherStory);
    expect((await priced("how much per share did zarvo pay for his vellman stock")).citations[0]!.quote).toContain("14.25 dlrs a share");
  });

  it("reads a price asked for a firm described by its place as a price of whatever the report sells, not of the place", async () => {
    const ask = await askerBeside("Editor offers 34 dlrs for Vell", "1987-03-09", "WASHINGTON, March 9 - Theodore Zarv, editor of the Zarvo Review, said an investor group he heads has offered to buy Vell and Row Publishers Inc for 34 dlrs a share cash.\n\nZarv said he proposed the takeover to the board of the New York publishing house today.", otherStory);
    const answer = await ask("What per-share price is the Zarvo Review editor's group prepared to pay for the New York book publisher?");
    expect(answer.refusedBy).toEqual([]);
    expect(answer.citations[0]!.quote).toContain("34 dlrs a share");
  });

  it("reads \"how big was X's loss\" as a figure of the loss asked, which a loss named with no figure does not give", async () => {
    const ask = await askerBeside("Zarvo Group sees 1986 losses", "1987-03-11", "NEW YORK, March 11 - The Zarvo Group Inc said its financial statements will show substantial losses for fiscal 1986 and significant downward adjustments in previously reported stockholders' equity.\n\nIts shares fell 1-1/4 to 8-3/8 dlrs on the New York Stock Exchange.", otherStory);
    const answer = await ask("how big was zarvo group's 1986 loss in dollars");
    expect(answer.abstention).toEqual({ rule: "counted", detail: "no quote gives a figure of loss" });
    const given = await askerBeside("Zarvo Group posts 1986 loss", "1987-03-11", "NEW YORK, March 11 - The Zarvo Group Inc said it lost 49.6 mln dlrs in fiscal 1986, a net loss of 49.6 mln dlrs against a profit a year earlier.", otherStory);
    expect((await given("how big was zarvo group's 1986 loss in dollars")).citations[0]!.quote).toContain("49.6 mln dlrs");
  });

  it("takes a sum in European Currency Units, written out, as a figure of money", async () => {
    const ask = await askerBeside("Zarvan plan to open state contracts", "1987-03-18", "BRUSSELS, March 18 - The Zarvan executive announced plans to open up government contracts to companies throughout the bloc.\n\nAbout 400 billion European Currency Units worth of contracts are awarded by governments and public bodies in Zarvania every year.", otherStory);
    const answer = await ask("how much in contracts is awarded by governments and public bodies in zarvania every year");
    expect(answer.refusedBy).toEqual([]);
    expect(answer.citations[0]!.quote).toContain("400 billion European Currency Units");
  });

  it("reads an approval rating asked as a figure of approval, which a day counted before an event does not give", async () => {
    const ask = await askerBeside(
      "Zarvo to hold news conference",
      "1987-03-18",
      "OSTGRAD, March 18 - During his last news conference, six days before the loan scandal came to light, President Zarvo defended the loans.\n\nHis fumbling performance there helped contribute to a sharp decline in his job approval rating in various polls.",
    );
    const answer = await ask("What was President Zarvo's job approval rating after his last news conference?");
    expect(answer.abstention?.rule).toBe("counted");
    const rated = await askerBeside("Zarvo's approval falls", "1987-03-18", "OSTGRAD, March 18 - President Zarvo's job approval rating fell to 42 pct in a poll taken after his last news conference.");
    expect((await rated("What was President Zarvo's job approval rating after his last news conference?")).citations[0]!.quote).toContain("42 pct");
  });

  it("reads what one firm paid another for a thing as a price asked, which a supply deal does not give", async () => {
    const ask = await askerBeside("Zarvo Gets Emphysema Drug Supply Deal", "1987-03-06", "BOULDER, Colo., March 6 - Zarvo Inc said it agreed to provide its elastase inhibitor, designed to treat emphysema, to Vellco AG for human clinical trials.\n\nVellco initially licensed the product in 1985.");
    const answer = await ask("what did vellco pay zarvo for the emphysema drug");
    expect(answer.abstention?.rule).toBe("counted");
    expect(answer.citations).toEqual([]);
    const priced = await askerBeside("Zarvo Sells Emphysema Drug Rights", "1987-03-06", "BOULDER, Colo., March 6 - Zarvo Inc said Vellco AG bought the rights to its elastase inhibitor, designed to treat emphysema, for 12 mln dlrs.");
    expect((await priced("what did vellco pay zarvo for the emphysema drug")).citations[0]!.quote).toContain("12 mln dlrs");
  });

  it("reads a price asked per share as given per share, or for shares bought at it, not by an offer's worth", async () => {
    const worth = await askerBeside("Investors Set Deadline For Vellco Fund", "1987-03-09", "NEW YORK, March 9 - An investor group led by Zarvo Partners said it set a deadline of March 11 for its offer to acquire Vellco Fund Inc.\n\nThe group said its offer is worth about 525 mln dlrs at current market prices.");
    expect((await worth("what price per share did the zarvo group offer for vellco fund")).abstention?.rule).toBe("counted");
    const priced = await askerBeside("Zarvo To Buy Out Vellco", "1987-03-09", "NEW YORK, March 9 - Vellco Inc said Zarvo AB, which owns about 64 pct of Vellco, approved the acquisition of the remaining Vellco shares at 25.375 dlrs in cash.");
    expect((await priced("at what cash price per share is zarvo buying out the rest of vellco")).citations[0]!.quote).toContain("25.375 dlrs");
  });

  it("reads a share of a market as no count of things, and a poll's share as a count of people", async () => {
    const ask = await askerBeside("Kestrel Asks End To Motorcycle Tariff", "1987-03-17", "WASHINGTON, March 17 - Kestrel Cycle Inc said it has increased its market share of the heavyweight motorcycle to 19.4 pct in 1986 from a record low 12.5 pct in 1983.\n\nKestrel said it is petitioning the trade commission to lift import taxes on motorcycles.");
    const sold = await ask("how many motorcycles did kestrel cycle sell last yr");
    expect(sold.abstention?.rule).toBe("counted");
    expect(sold.citations).toEqual([]);
    expect((await ask("how many motorcycles did kestrel cycle sell last yr", ["counted"])).text).toContain("19.4 pct");
    // A share of the things counted counts them: "up to five pct of outstanding common shares".
    const buyback = await askerBeside("Kestrel Packaging Gets Approval For Buyback", "1987-03-16", "TORONTO, March 16 - Kestrel Packaging Inc said it received regulatory approval for a normal course issuer bid, allowing the company to acquire for cancellation up to five pct of outstanding common shares on the Toronto Stock Exchange.");
    const buy = await buyback("kestrel packaging buyback how many shares can they buy");
    expect(buy.refusedBy).toEqual([]);
    expect(buy.citations[0]!.quote).toContain("five pct of outstanding common shares");
    const poll = await askerBeside("Poll Finds Most Disapprove Of Zarvo", "1987-03-17", "NEW YORK, March 17 - A poll of 1,000 adults found 62 pct disapprove of Governor Ivo Zarvo's handling of the budget, the magazine said.");
    expect((await poll("zarvo poll how many disapprove")).text).toContain("62 pct disapprove");
  });

  it("reads a year's results table as no quarter's figure, and a quarter's table as one", async () => {
    const ask = await askerBeside("<Kestrel Foods Ltd> Year Net", "1987-02-26", "TORONTO, Feb 26 - Shr 2.31 dlrs vs 1.96 dlrs\n\nNet 119.0 mln vs 101.0 mln\n\nRevs 10.03 billion vs 8.88 billion", otherStory);
    const quarter = await ask("what was kestrel foods' fourth-quarter net income");
    expect(quarter.abstention?.rule).toBe("counted");
    expect((await ask("what was kestrel foods' net income for the year")).text).toContain("Net 119.0 mln");
    // A short sentence against last year's, under a headline of the year: "Kestrel Ab 1986 Year".
    const year = await askerBeside("Kestrel Ab <kes St> 1986 Year", "1987-03-05", "STOCKHOLM, Mar 5 - Group profit after net financial items - 133.5 mln crowns vs 101 mln.\n\nSales 1.61 billion vs 1.51 billion.", otherStory);
    expect((await year("how much did kestrel ab earn in the fourth quarter")).citations).toEqual([]);
    expect((await year("how much did kestrel ab earn in 1986")).text).toContain("133.5 mln crowns");
    const quarterly = await askerBeside("<Kestrel Foods Ltd> 4th Qtr Net", "1987-02-26", "TORONTO, Feb 26 - Shr 61 cts vs 52 cts\n\nNet 31.2 mln vs 26.6 mln", otherStory);
    expect((await quarterly("what was kestrel foods' fourth-quarter net income")).text).toContain("Net 31.2 mln");
  });

  it("reads a count times a distance as no count: passenger miles are no passengers", async () => {
    const ask = await askerBeside("Kestrel Air February Traffic Falls", "1987-03-06", "SEATTLE, March 6 - Kestrel Air Group Inc said February revenue passenger miles fell to 171.7 mln from 179 mln.\n\nIts load factor fell to 49 pct from 51 pct.", otherStory);
    expect((await ask("how many passengers did kestrel air carry in february")).abstention?.rule).toBe("counted");
    const carried = await askerBeside("Kestrel Air February Traffic Falls", "1987-03-06", "SEATTLE, March 6 - Kestrel Air Group Inc said passengers carried in February fell to 412,000 from 430,000.", otherStory);
    expect((await carried("how many passengers did kestrel air carry in february")).text).toContain("412,000");
  });

  it("reads a rate as no growth in percent and no sum of debt, and as money to the dollar", async () => {
    const ask = await askerBeside("Kestrel Seeks Bank Loan", "1987-03-05", "BUENOS AIRES, March 5 - Kestrel is seeking a 2.15 billion dlr loan to meet four pct growth targets in 1987.\n\nKestrel reportedly wants lower interest rates on an existing total 53 billion dlrs in foreign debt.", otherStory);
    const rate = await ask("what interest rate is kestrel paying on the 2.15 billion dlr bank loan");
    expect(rate.abstention?.rule).toBe("counted");
    expect((await ask("what interest rate is kestrel paying on the 2.15 billion dlr bank loan", ["counted"])).kind).toBe("answer");
    const fixed = await askerBeside("Kestrel Ends Currency Auction", "1987-03-05", "LUSAKA, March 5 - The auction was suspended and replaced with a fixed exchange rate of nine kwacha to the dollar, the central bank said.", otherStory);
    expect((await fixed("what fixed exchange rate replaced the currency auction")).text).toContain("nine kwacha to the dollar");
  });

  it("reads same-store sales as sales so narrowed, which all sales do not give", async () => {
    const ask = await askerBeside("Kestrel Stores February Sales Up", "1987-03-05", "NEW YORK, March 5 - Kestrel Stores Inc said sales for the four weeks ended February 28 were up 9.6 pct to 720.0 mln dlrs from 656.8 mln dlrs a year before.", otherStory);
    expect((await ask("what were kestrel stores' same-store sales in february")).abstention?.rule).toBe("counted");
    expect((await ask("what were kestrel stores' sales in february")).text).toContain("720.0 mln dlrs");
    const narrowed = await askerBeside("Kestrel Stores February Sales Up", "1987-03-05", "NEW YORK, March 5 - Kestrel Stores Inc said sales for the four weeks ended February 28 rose 9.6 pct to 720.0 mln dlrs, and rose 4.1 pct on a comparable-store basis.", otherStory);
    expect((await narrowed("what were kestrel stores' same-store sales in february")).text).toContain("comparable-store basis");
  });

  it("reads a fee, a fine or a wage asked as a sum of that kind: named beside it, and pay or a fine in money", async () => {
    const ask = await askerBeside("Kestrel Closes Energy Service Issue", "1987-03-13", "NEW YORK, March 13 - Kestrel International Inc said it successfully closed its new issue at the maximum 3,500,000 dlrs.\n\nSubscribers will be charged an annual subscription fee, the company said.", otherStory);
    const fee = await ask("what annual subscription fee will kestrel charge for its energy service");
    expect(fee.citations).toEqual([]);
    expect((await ask("what annual subscription fee will kestrel charge for its energy service", ["counted", "quantity"])).text).toContain("3,500,000 dlrs");
    const fined = await askerBeside("Kestrel Settles Down Filling Charges", "1987-03-13", "WASHINGTON, March 13 - The Federal Trade Commission said Kestrel Co agreed to pay penalties of 200,000 dlrs to settle charges it misrepresented the down filling in coats.", otherStory);
    expect((await fined("what fine did kestrel agree to pay the ftc")).text).toContain("penalties of 200,000 dlrs");
    const paid = await askerBeside("Kestrel Miners To Seek Raise", "1987-03-13", "JOHANNESBURG, March 13 - The union said it will demand a 55 pct annual wage increase for Kestrel's miners.\n\nKestrel's miners earn an average monthly wage of 345 rand, the union said.", otherStory);
    expect((await paid("what is the average monthly wage of kestrel's miners")).citations[0]!.quote).toContain("345 rand");
  });

  it("reads a wage asked as a sum of money, which a report of a strike without one does not give", async () => {
    const ask = await askerBeside("Meatpackers Strike Zarvo Plant", "1987-03-09", "SIOUX CITY, Iowa, March 9 - About 800 members of the meatpackers union struck Zarvo Co's pork processing plant at midnight Sunday, a spokesman said.\n\nThe workers have been without a contract since the old pact expired January 31.");
    expect((await ask("what hourly wage was the union demanding from zarvo at sioux city")).abstention?.rule).toBe("counted");
    const paid = await askerBeside("Zarvo Miners Seek Raise", "1987-03-09", "JOHANNESBURG, March 9 - Zarvo's miners earn an average monthly wage of 345 rand, the union said.");
    expect((await paid("what is the average monthly wage of zarvo's miners")).citations[0]!.quote).toContain("345 rand");
  });

  it("reads a share of a firm owned as no rate: a stake gives no bond's coupon", async () => {
    const ask = await askerBeside("Zarvo Studies Convertible Bond", "1987-03-10", "MILAN, March 10 - A Zarvo spokesman said the company had no comment on the possibility of a convertible bond issue.\n\nOn September 23, 1986, the day Zarvo announced that Ostland would sell its 15 pct stake, Zarvo shares closed at 16,600 lire.");
    const answer = await ask("what coupon does zarvo's convertible bond carry");
    expect(answer.abstention?.rule).toBe("counted");
    const priced = await askerBeside("Zarvo Sets Convertible Bond", "1987-03-10", "MILAN, March 10 - Zarvo said its convertible bond issue will carry a coupon of 7.5 pct.");
    expect((await priced("what coupon does zarvo's convertible bond carry")).citations[0]!.quote).toContain("7.5 pct");
  });

  it("takes households for homes, as a station's reach is given", async () => {
    const ask = await askerBeside("Zarvo Video adds Ostgrad station", "1987-03-02", "JENKINTOWN, Pa., March 2 - Zarvo Video Inc said it signed WZRV-TV, Ostgrad, to carry its programs.\n\nZarvo Video said the station, carried over UHF channel 44 in the Ostgrad area, reaches about 120,000 households.");
    const answer = await ask("How many homes can the Ostgrad TV station that signed with Zarvo Video reach?");
    expect(answer.refusedBy).toEqual([]);
    expect(answer.text).toContain("reaches about 120,000 households");
  });

  it("takes a figure the thing counted changed to, a few words after it, as a figure of it", async () => {
    const ask = await askerBeside("Ostland jobless claims fall", "1987-03-05", "OSTGRAD, March 5 - Ostland's new applications for unemployment insurance benefits fell to a seasonally adjusted 33,290 in the week ended Feb 21 from 36,840 in the prior week, the Labour Ministry said.");
    const question = "How many new applications for unemployment insurance benefits were filed in Ostland in the week ended February 21?";
    const answer = await ask(question);
    expect(answer.refusedBy).toEqual([]);
    expect(answer.citations[0]!.quote).toContain("fell to a seasonally adjusted 33,290");
  });

  it("takes no results row of another period, nor one whose figure is not given, for the quarter's figure per share", async () => {
    const ask = await askerBeside("Zarvo Controls Inc <zrvo> 4th Qtr Loss", "1987-03-06", "DANVERS, Mass., March 6 - Shr loss not given vs profit 16 cts\n\nNet loss 309,000 vs profit 426,000\n\nRevs 6,358,000 vs 6,747,000\n\nYear\n\nShr profit 27 cts vs profit 76 cts\n\nNet profit 713,000 vs profit 2,021,000\n\nRevs 24.9 mln vs 27.1 mln");
    const quarter = await ask("What was Zarvo Controls' fourth-quarter loss per share?");
    expect(quarter.abstention?.rule).toBe("counted");
    expect(quarter.text).toBe("I found no figure for that in the 2 articles I have.");
    const year = await ask("what was zarvo controls' profit per share for the year");
    expect(year.refusedBy).toEqual([]);
    expect(year.citations[0]!.quote).toContain("Shr profit 27 cts vs profit 76 cts");
  });

  it("takes a measure named a clause before the figure a verb of being gives it, but no figure another verb gives", async () => {
    const ask = await askerBeside("Zarvo Minerals buys Ostland Pharma unit", "1987-03-03", "NORTHBROOK, Ill., March 3 - Zarvo Minerals Corp said it completed its acquisition of Ostland Pharma Co's Pellworth unit, a maker of animal health products.\n\nZarvo said annual sales of the unit are about 45 mln dlrs.\n\nZarvo said group operating profit in 1986 would be slightly lower than the 316 mln dlrs posted in 1985.");
    const sales = await ask("roughly what are the yearly sales of the animal health business zarvo bought from ostland pharma?");
    expect(sales.refusedBy).toEqual([]);
    expect(sales.citations[0]!.quote).toContain("annual sales of the unit are about 45 mln dlrs");
    expect((await ask("What operating profit did Zarvo Minerals make in 1986?")).abstention?.rule).toBe("counted");
  });

  it("takes a measure a figure is said to hit or reach, past \"a record\"", async () => {
    const ask = await askerBeside("Zarvo envoy urges Ostland to cut surplus", "1987-03-03", "OSTBURG, March 3 - Zarvan Undersecretary Lars Vell said he had urged Ostland to do much more to reduce its large trade surplus with Zarvania.\n\nVell urged Ostburg to stimulate domestic demand to help reduce its trade surplus, which hit a record 83 billion dlrs in 1986.");
    const answer = await ask("How large was Ostland's trade surplus in 1986, according to Lars Vell?");
    expect(answer.refusedBy).toEqual([]);
    expect(answer.citations[0]!.quote).toContain("which hit a record 83 billion dlrs in 1986");
  });

  it("takes a gain booked on a sale as the profit asked", async () => {
    const ask = await askerBeside("Zarvo Technologies sells units, sees gain", "1987-03-02", "HOUSTON, March 2 - Zarvo Technologies Inc said it sold its pipeline and terminal units for 12.2 mln dlrs and will record a gain of 2.9 mln dlrs in the first quarter.");
    const answer = await ask("How much of a profit will Zarvo book from getting rid of its pipeline businesses?");
    expect(answer.refusedBy).toEqual([]);
    expect(answer.citations[0]!.quote).toContain("will record a gain of 2.9 mln dlrs");
  });

  it("takes no figure of the year to date for a month's", async () => {
    const ask = await askerBeside("Vellar Trucking February output falls", "1987-03-04", "TOLEDO, March 4 - Vellar Trucking Corp said its February car production fell to 110,552 from 123,092 a year ago.\n\nYear-to-date, Vellar said car output declined to 216,987 from 257,941 and truck production totalled 39,834 compared with none a year ago.");
    const trucks = await ask("How many trucks did Vellar Trucking build in February?");
    expect(trucks.abstention?.rule).toBe("counted");
    const cars = await ask("How many cars did Vellar Trucking build in February?");
    expect(cars.refusedBy).toEqual([]);
    expect(cars.citations[0]!.quote).toContain("February car production fell to 110,552");
  });

  it("takes a sum in money per unit as a rate, and no price per share", async () => {
    const ask = await askerOver({
      "duty.md": wireStory("Zarvo raises palm oil export duty", "1987-03-02", "ZARVAN, March 2 - Zarvo raised the export duty on processed palm oil to 64.06 ringgit per tonne from 40.96 ringgit, effective from March 1, the government said."),
      "notes.md": wireStory("Ostland Airlines files for notes", "1987-03-03", "HOUSTON, March 3 - Ostland Airlines Inc said it filed for an offering of 100 mln dlrs of senior notes due 1997, and will repurchase 350,000 common shares at 4.46 dlrs per share."),
    });
    const duty = await ask("zarvo raised the palm oil export duty in march - what is the new rate per tonne?");
    expect(duty.refusedBy).toEqual([]);
    expect(duty.citations[0]!.quote).toContain("64.06 ringgit per tonne");
    expect((await ask("what interest rate will ostland airlines' senior notes carry", ["coverage"])).abstention?.rule).toBe("counted");
  });

  it("reads modifiers joined by \"and\" between a figure and what it counts as one", async () => {
    const ask = await askerBeside("Zarvo Resources in drilling pact", "1987-03-05", "CANTON, Ohio, March 5 - Zarvo Resources Inc said it agreed to let Ostland Energy Corp drill 50 oil and natural gas wells on its Clinton Sandstone acreage.");
    const question = "how many wells is ostland gonna drill for zarvo resources";
    const answer = await ask(question);
    expect(answer.refusedBy).toEqual([]);
    expect(answer.citations[0]!.quote).toContain("drill 50 oil and natural gas wells");
  });

  it("asks a quantity asked in a unit for a figure in that unit, written in any of its forms", async () => {
    const ask = await askerOver({
      "pipeline.md": wireStory("Zarvo pipeline opens", "1987-03-05", "OSLO, March 5 - The Zarvo pipeline, which runs 480 kilometres from the Vell field to the coast, opened on Thursday."),
      "road.md": wireStory("Sarn road reopens", "1987-03-06", "OSLO, March 6 - The Sarn mountain road reopened after it was closed for 40 days by snow."),
    });
    expect((await ask("how long is the zarvo pipeline in km")).text).toContain("480 kilometres");
    const road = await ask("How long is the Sarn mountain road in kilometres?");
    expect(road.abstention).toEqual({ rule: "counted", detail: "no quote gives a figure of kilometres" });
    expect((await ask("How long is the Sarn mountain road in kilometres?", ["counted"])).text).toContain("40 days");
  });

  it("takes a figure in percent for a rate", async () => {
    const ask = await askerOver({
      "inflation.md": wireStory("Zarvo Bank sets its sights", "1987-03-05", "OTTAWA, March 5 - The governor of Zarvo Bank said the only acceptable one for Zarvania was 2 pct, and that he would hold to it."),
      "output.md": wireStory("Zarvania output rises", "1987-03-06", "OTTAWA, March 6 - Zarvania's industrial output rose in January, the statistics office said."),
    });
    const answer = await ask("What inflation rate does the governor of Zarvo Bank consider acceptable?");
    expect(answer.refusedBy).toEqual([]);
    expect(answer.text).toContain("2 pct");
  });

  it("counts a currency asked for in a currency alone", async () => {
    const ask = await askerOver({
      "offer.md": wireStory(
        "Zarvo Oil plans share offering",
        "1987-03-05",
        "DALLAS, March 5 - Zarvo Oil Corp said it intends to file a registration covering an offering of 3,750,000 common shares.\n\nThe company had 14,260,000 shares outstanding on December 31 and 75.0 mln shares authorized.",
      ),
      "loan.md": wireStory("Vell Gas gets loan", "1987-03-06", "DALLAS, March 6 - Vell Gas Corp said it signed a 9,500,000 dlrs borrowing agreement with a group of banks."),
    });
    const question = "How many dollars does Zarvo Oil expect to raise from its 3,750,000 share offering?";
    expect((await ask(question)).abstention).toEqual({ rule: "counted", detail: "no quote gives a figure of dollars" });
    expect((await ask("how many dollars did vell gas borrow")).text).toContain("9,500,000 dlrs");
  });

  it("takes the size of an issue or a dividend for no price", async () => {
    const ask = await askerOver({
      "debt.md": wireStory(
        "Zarvo Mills files debenture offering",
        "1987-03-05",
        "NEW YORK, March 5 - Zarvo Mills Inc said it filed a registration statement covering a 100 mln dlr issue of convertible subordinated debentures.\n\nQtly div 17 cts vs 17 cts prior",
      ),
      "output.md": wireStory("Zarvania output rises", "1987-03-06", "OTTAWA, March 6 - Zarvania's industrial output rose in January, the statistics office said."),
    });
    const question = "What conversion price did Zarvo Mills set for its convertible debentures?";
    expect((await ask(question)).abstention).toEqual({ rule: "counted", detail: "no quote gives a figure of price" });
    expect((await ask(question, ["counted"])).text).toContain("100 mln dlr issue");
    const notes = await askerBeside("Vell Corp sets convertible notes", "1987-03-06", "NEW YORK, March 6 - Vell Corp said it filed for a 50 mln dlr issue of convertible notes.\n\nThe notes carry a conversion price of 25 dlrs a share.");
    expect((await notes("what conversion price did vell corp set on its notes")).text).toContain("conversion price of 25 dlrs a share");
  });

  it("takes a bond's coupon as a rate, given in percent, and the sum it raises for none", async () => {
    const ask = await askerOver({
      "bond.md": wireStory("Zarvo Bank issues dollar eurobond", "1987-03-05", "LONDON, March 5 - Zarvo Bank is issuing a 150 mln dlr eurobond due April 2, 1992 paying 7-3/4 pct and priced at 101-3/4 pct, lead manager Vell Guaranty Ltd said."),
      "franc.md": wireStory("Sarn Credit sets franc issue", "1987-03-06", "PARIS, March 6 - Ostland Lyonnais will lead manage a 1.2 billion franc issue for Sarn Credit Cooperatif, it said."),
    });
    expect((await ask("what coupon does zarvo bank's eurobond pay")).text).toContain("paying 7-3/4 pct");
    const franc = await ask("What coupon will the 1.2 billion franc issue for Sarn Credit Cooperatif carry?");
    expect(franc.abstention).toEqual({ rule: "counted", detail: "no quote gives a figure of rate" });
    expect((await ask("What coupon will the 1.2 billion franc issue for Sarn Credit Cooperatif carry?", ["counted"])).text).toContain("1.2 billion franc issue");
  });

  it("takes a price per share or a sum of money for no count of shares", async () => {
    const ask = await askerOver({
      "buyback.md": wireStory(
        "Zarvo Corp weighs share buyback",
        "1987-03-03",
        "NEW YORK, March 3 - Zarvo Corp chairman Leo Vell told analysts the company is considering a repurchase of some of its shares.\n\nZarvo reported 1986 earnings of 3.45 dlrs per share, up from 1.80 dlrs a share.\n\nThe company received an additional 113 mln dlrs from the stock transfers, Vell said.",
      ),
      "mill.md": wireStory("Sarn Mills sells shares", "1987-03-04", "OSLO, March 4 - Sarn Mills said it sold 2.5 mln shares to its employees."),
    });
    const question = "how many shares is Zarvo Corp planning to buy back";
    expect((await ask(question)).abstention).toMatchObject({ rule: "counted" });
    expect((await ask(question, ["counted"])).text).toContain("repurchase of some of its shares");
    expect((await ask("how many shares did sarn mills sell")).text).toContain("2.5 mln shares");
  });

  it("takes no figure of one measure of a company for another, close in meaning as their words are", async () => {
    const ask = await askerOver({
      "zarvo.md": wireStory("Zarvo Diagnostics sees growth", "1987-03-02", "LOS ANGELES, March 2 - For 1986 Zarvo Diagnostics had net income of 6.3 mln dlrs, or 1.07 dlrs per share, vs 3.9 mln dlrs in 1985."),
      "sarn.md": wireStory("Sarn Mills results", "1987-03-04", "OSLO, March 4 - Sarn Mills said its 1986 sales rose to 88 mln dlrs from 71 mln dlrs."),
    });
    const question = "What were Zarvo Diagnostics' total revenues for 1986?";
    expect((await ask(question)).abstention).toMatchObject({ rule: "counted" });
    expect((await ask(question, ["counted"])).text).toContain("net income of 6.3 mln dlrs");
    expect((await ask("What were Sarn Mills' revenues in 1986?")).text).toContain("88 mln dlrs");
    expect((await ask("What was Zarvo Diagnostics' 1986 profit?")).text).toContain("net income of 6.3 mln dlrs");
  });

  it("takes a company's sales or size for no price paid for it, and a sum paid for one", async () => {
    const ask = await askerOver({
      "oakleaf.md": wireStory(
        "Zarvo Computer to buy Oakvale",
        "1987-03-02",
        "SAN JOSE, March 2 - Zarvo Computer Inc, a 900 mln dlr maker of workstations, said it agreed in principle to buy Oakvale Corp, which supplies computers to car dealers.\n\nOakvale had 1986 sales of about 26 mln dlrs.",
      ),
      "mill.md": wireStory("Sarn Mills buys bakery", "1987-03-04", "OSLO, March 4 - Sarn Mills said it agreed to buy the Vell bakery chain for 14 mln dlrs in cash."),
    });
    const question = "how much is zarvo computer paying for oakvale";
    expect((await ask(question)).abstention).toEqual({ rule: "counted", detail: "no quote gives a figure of price" });
    expect((await ask(question, ["counted"])).text).toContain("26 mln dlrs");
    expect((await ask("how much is sarn mills paying for the vell bakery chain")).citations[0]!.quote).toContain("14 mln dlrs in cash");
    // "what did X pay for Y" asks the price too.
    expect((await ask("what did zarvo computer pay for oakvale")).abstention).toEqual({ rule: "counted", detail: "no quote gives a figure of price" });
    expect((await ask("what did sarn mills pay for the vell bakery chain")).citations[0]!.quote).toContain("14 mln dlrs in cash");
  });

  it("takes a sum paid for another thing named for no price of the thing asked", async () => {
    const ask = await askerBeside(
      "Zarvo Publishing may be downgraded",
      "1987-03-12",
      "NEW YORK, March 12 - Moody's said it may downgrade 200 mln dlrs of debt of Zarvo Publishing Inc, citing its aggressive acquisitions.\n\nZarvo has offered 220 mln dlrs for Harper and Row Publishers, Moody's noted. This follows Zarvo's completed acquisition of Ostland Marine Park.",
      otherStory,
    );
    const question = "how much did zarvo publishing pay for ostland marine park";
    expect((await ask(question)).abstention).toEqual({ rule: "counted", detail: "no quote gives a figure of price" });
    expect((await ask(question, ["counted"])).abstained).toBe(false);
    const offered = await ask("how much did zarvo offer for harper and row");
    expect(offered.refusedBy).toEqual([]);
    expect(offered.text).toContain("220 mln dlrs for Harper and Row");
  });

  it("reads what a figure counts up to the next clause: a firm's staff are no sum it lost", async () => {
    const ask = await askerBeside(
      "Ostland Air denies takeover report",
      "1987-03-20",
      "AMSTERDAM, March 20 - Ostland Air is not negotiating a takeover of Zarvo Air, a spokeswoman said.\n\nThe newspaper said that Zarvo Air, which flies to 11 cities, has a fleet of five jets and employs 400 people, is making losses.",
      wireStory("Sarn Bank to lose money on loans", "1987-03-21", "OSLO, March 21 - Sarn Bank said it would lose money on its shipping loans this year."),
    );
    const question = "how much money did zarvo air lose last year";
    expect((await ask(question)).abstention).toEqual({ rule: "counted", detail: "no quote gives a figure of money" });
    expect((await ask(question, ["counted"])).text).toContain("is making losses");
  });

  it("asks a fare as a price, and a turnout as a figure named before it", async () => {
    const ask = await askerOver({
      "flights.md": wireStory("Zarvo Air adds Las Vegas flights", "1987-03-10", "DALLAS, March 10 - Zarvo Air said it will start three daily flights from San Antonio to Las Vegas on April 1."),
      "fares.md": wireStory("Ostland Air sets Las Vegas fares", "1987-03-11", "NEWARK, March 11 - Ostland Air said it will serve Las Vegas from Newark with fares as low as 99 dlrs each way."),
      "vote.md": wireStory("Liberals hold Sarnford", "1987-03-13", "LONDON, March 13 - The Liberal party easily won the Sarnford by-election with almost twice as many votes as its nearest rival.\n\nTurnout was 71 pct in the Vellham by-election."),
    });
    expect((await ask("what are the fares on zarvo air's new san antonio to las vegas flights")).abstention?.rule).toBe("counted");
    expect((await ask("what are the fares on ostland air's las vegas flights")).citations[0]!.quote).toContain("99 dlrs each way");
    expect((await ask("what was the voter turnout in the vellham by-election")).citations[0]!.quote).toContain("Turnout was 71 pct");
  });

  it("takes the net assets of businesses a seller divests for no price paid", async () => {
    const ask = await askerBeside(
      "Zarvo Industries to sell railway equipment unit",
      "1987-03-10",
      "MILWAUKEE, March 10 - Zarvo Industries said it signed a definitive agreement to sell its Railway Maintenance Equipment Co subsidiary to Ostland Industries Inc. Terms were withheld.\n\nZarvo said the sale is part of a major program to divest several of its businesses representing about 200 mln dlrs in net assets.",
      otherStory,
    );
    const question = "how much did ostland industries pay zarvo for the railway maintenance equipment unit";
    expect((await ask(question)).refusedBy.length).toBeGreaterThan(0);
    expect((await ask(question, ["counted", "withheld"])).text).toContain("200 mln dlrs in net assets");
  });

  it("asks what a seller got for what it sold as a price", async () => {
    const ask = await askerOver({
      "medics.md": wireStory("Zarvo Medical 4th qtr loss", "1987-03-03", "ANGLETON, Texas, March 3 - Zarvo Medical Inc said its fourth quarter loss excludes a loss of 475,000 dlrs on the sale of its Zarvo Optics Inc unit."),
      "mill.md": wireStory("Sarn Mills sells bakery", "1987-03-04", "OSLO, March 4 - Sarn Mills said it sold the Vell bakery chain for 14 mln dlrs in cash."),
    });
    const question = "how much did zarvo medical get for selling zarvo optics";
    expect((await ask(question)).abstention).toEqual({ rule: "counted", detail: "no quote gives a figure of price" });
    expect((await ask(question, ["counted"])).text).toContain("475,000 dlrs");
    expect((await ask("how much did sarn mills get for the vell bakery chain")).citations[0]!.quote).toContain("14 mln dlrs in cash");
  });

  it("takes the debt a company owes or a figure something fell to for no price paid", async () => {
    const ask = await askerOver({
      "rating.md": wireStory(
        "Ostland Savings debt on creditwatch",
        "1987-03-05",
        "NEW YORK, March 5 - Standard and Poor's said it placed the debt of Ostland Savings on creditwatch after its agreement to be acquired by Zarvo Federal.\n\nAbout 57 mln dlrs of debt is affected.",
      ),
      "sale.md": wireStory("Vell Corp to sell units", "1987-03-06", "LOS ANGELES, March 6 - Vell Corp said first quarter earnings from continuing operations fell to 1,522,000 dlrs.\n\nThe company said it agreed to sell its Sarn Steel unit."),
    });
    expect((await ask("What price is Zarvo Federal paying for Ostland Savings?")).refusedBy).toContain("counted");
    expect((await ask("What price did Vell Corp get for Sarn Steel?")).refusedBy).toContain("counted");
  });

  it("takes a results table's per-share earnings for no price of a share", async () => {
    const ask = await askerBeside(
      "Zarvo Air Group to offer shares",
      "1987-03-04",
      "SEATTLE, March 4 - Zarvo Air Group Inc said it has registered with the Securities and Exchange Commission to offer 1.8 mln shares of common stock.\n\nShr four cts vs four cts prior qtr\n\nNet 523,000 vs 498,000",
    );
    const question = "what price per share is zarvo air selling its new stock at";
    expect((await ask(question)).abstention).toEqual({ rule: "counted", detail: "no quote gives a figure of price" });
    expect((await ask(question, ["counted"])).kind).toBe("answer");
  });

  it("asks a result per share of a results table's share row or a figure a share, not of a total", async () => {
    const ask = await askerOver({
      "mining.md": wireStory("Zarvo Mining Ltd 4th Qtr Loss", "1987-03-04", "VANCOUVER, March 4 -\n\nShr not given\n\nOper loss 5,900,000 vs profit 9,300,000\n\nRevs 105.3 mln vs 131.2 mln"),
      "rental.md": wireStory("Vell Rentcorp sees higher earnings", "1987-03-05", "OAKLAND, Calif., March 5 - Vell Rentcorp said it expects earnings per share in 1987 of 1.15 to 1.30 dlrs per share.\n\nThe company said pretax net should rise to nine to 10 mln dlrs from six mln dlrs in 1986."),
      "tools.md": wireStory("Sarn Tools 4th Qtr Loss", "1987-03-06", "ST. PAUL, March 6 -\n\nShr loss 1.20 dlrs vs loss 1.97 dlrs\n\nNet loss 6,248,000 vs loss 10.2 mln"),
      "scanner.md": wireStory("Korvo Scan sees higher 4th qtr net", "1987-03-03", "AKRON, Ohio, March 3 - Korvo Scan Corp said it expects per-share earnings for its fourth quarter ending March 31 to be about 23 cts to 26 cts on revenues of 26 mln dlrs."),
    });
    const question = "what was zarvo mining's loss per share in the fourth quarter";
    expect((await ask(question)).abstention).toEqual({ rule: "counted", detail: "no quote gives a figure of loss" });
    expect((await ask(question, ["counted"])).text).toContain("Oper loss 5,900,000");
    expect((await ask("what was sarn tools' loss per share in the fourth quarter")).citations[0]!.quote).toBe("Shr loss 1.20 dlrs vs loss 1.97 dlrs");
    expect((await ask("what per-share profit does vell rentcorp expect this year")).citations[0]!.quote).toContain("1.15 to 1.30 dlrs per share");
    // Per share before the figure: "per-share earnings ... to be about 23 cts to 26 cts".
    expect((await ask("What earnings per share does Korvo Scan expect for the quarter ending March 31?")).citations[0]!.quote).toContain("23 cts to 26 cts");
  });

  it("counts a parliament's groups by any word for them", async () => {
    const ask = await askerBeside("Zarvan minister answers parliament", "1987-03-09", "VIENNA, March 9 - Zarvan Foreign Minister Leo Vell answered the written questions of 13 parliamentary factions about the border ruling.");
    const answer = await ask("how many groups in the zarvan parliament sent written questions about the border ruling");
    expect(answer.refusedBy).toEqual([]);
    expect(answer.citations[0]!.quote).toContain("13 parliamentary factions");
  });

  it("takes a sum a deal adds to sales, or a company's revenues, for no price paid", async () => {
    const ask = await askerBeside(
      "Zarvo Toys to buy Ostland distributor",
      "1987-03-05",
      "MINNEAPOLIS, March 5 - Zarvo Toys Corp said it agreed to buy the business of Sarn Ostland, its distributor in Ostland.\n\nThe agreement is expected to add 15 mln dlrs to Zarvo's international sales in 1987.\n\nInternational sales accounted for 11 pct of Zarvo's 293.4 mln dlrs of revenues in 1986.",
    );
    const question = "what did zarvo toys pay for sarn ostland";
    expect((await ask(question)).abstention).toEqual({ rule: "counted", detail: "no quote gives a figure of price" });
    expect((await ask(question, ["counted"])).kind).toBe("answer");
  });

  it("takes a bond's price in percent of its face value, and reads a maturity as no year asked about", async () => {
    const ask = await askerOver({
      "call.md": wireStory(
        "Zarvo Inc calls debentures",
        "1987-03-04",
        "NEW YORK, March 4 - Zarvo Inc said it called for redemption on March 23 all its outstanding 8-1/2 pct debentures due 2004.\n\nThe company said the redemption price is at 104.55 pct of face value plus interest accrued from October 1, 1986.",
      ),
    });
    const answer = await ask("What redemption price did Zarvo set for its 8-1/2 pct debentures due 2004?");
    expect(answer.abstention).toBeNull();
    expect(answer.citations[0]!.quote).toContain("104.55 pct of face value");
  });

  it("reads the wire's shorthand for a unit or a measure as the word asked", async () => {
    const ask = await askerOver({
      "fixture.md": wireStory("Zarvan grain freights", "1987-03-06", "LONDON, March 6 - FIXTURE - wheat Vell Star 20,000 mt Zarvan/Ostland 12.50 dlrs."),
      "results.md": wireStory("Sarn Mills <srn> Year Net", "1987-03-04", "OSLO, March 4 - Shr 1.10 dlrs vs 90 cts\n\nNet 4,100,000 vs 3,300,000\n\nRevs 61.2 mln vs 55.0 mln"),
    });
    expect((await ask("how many tonnes of wheat is the vell star fixture")).text).toContain("20,000 mt");
    expect((await ask("how much revenue did sarn mills have")).text).toContain("Revs 61.2 mln");
  });

  it("counts the dead by a figure beside a word of dying", async () => {
    const question = "how many people died in the zarvan blizzard";
    expect((await askWire(question)).abstention).toEqual({ rule: "counted", detail: "no quote gives a figure of people died" });
    expect((await askWire(question, ["counted"])).text).toContain("6.5 mln people");
  });

  it("refuses a figure of something else for a question that asks how many of a thing", async () => {
    const { on, off } = await both("counted", "How many Kurds live in Armenia?");
    expect(on.text).toBe("I found no figure for that in the 11 articles I have.");
    expect(on.abstention).toEqual({ rule: "counted", detail: "no quote gives a figure of kurds live" });
    expect(off.kind).toBe("answer");
  });

  it("takes the figure the number of the thing rises or falls to", async () => {
    const ask = await askerOver({
      "robots.md": wireStory("Zarvo to modernize car plant", "1987-03-05", "DETROIT, March 5 - Zarvo Motors said it will spend 367 mln dlrs at its Belvidere assembly plant to modernize the facility.\n\nZarvo said it will increase the number of robots at Belvidere to 244 from 41."),
    });
    const answer = await ask("how many robots will the carmaker have at its belvidere factory once the revamp is done?");
    expect(answer.abstention).toBeNull();
    expect(answer.text).toContain("to 244 from 41");
    expect((await ask("how many welders will the carmaker have at its belvidere factory once the revamp is done?")).refusedBy).toContain("counted");
  });

  it("refuses a figure in no currency for a question on what something costs", async () => {
    const { on, off } = await both("counted", "How much does the planned Zangezur railway cost to build?");
    expect(on.text).toBe("I found no figure for that in the 11 articles I have.");
    expect(off.kind).toBe("answer");
  });

  it("takes a sum in any currency the wire writes, in the singular too, for a price", async () => {
    const ask = await askerBeside("Zarvo may bid for Vell Brewing", "1987-03-04", "DUBLIN, March 4 - An analyst said that if Vell Brewing's profits were about 80 mln punts, Zarvo would pay no more than 800 mln punts for it.\n\nVell said it plans a 105 billion peseta sales drive in Spain.");
    expect((await ask("what would zarvo pay for vell brewing")).citations[0]!.quote).toContain("800 mln punts");
    expect((await ask("how much money is vell's spanish sales drive worth")).citations[0]!.quote).toContain("105 billion peseta");
  });

  it("asks for a figure of the kind the question names, before or after its number", async () => {
    const ask = await askerOver({
      "loan.md": "---\ntitle: Grain board takes storage loans\noutlet: Test Wire\ndate: 1987-03-04\n---\n\nHARARE, March 4 - The Grain Marketing Board is paying 27 mln dlrs a month in storage costs for its maize, officials said.\n\nThe Zarvanian Bank lent the board 50 mln dlrs last year at an interest rate of 9.5 pct.\n",
    });
    expect((await ask("What interest rate did the Zarvanian Bank charge the grain board?")).text).toContain("an interest rate of 9.5 pct");
    // The storage costs are a sum, but no loss.
    expect((await ask("What was the Grain Marketing Board's net loss last year?")).abstention?.rule).toBe("counted");
  });

  it("takes no figure from another report for what the question names", async () => {
    const ask = await askerOver({
      "zarvo.md": wireStory("Zarvo Steel studies bankruptcy filing", "1987-03-05", "PITTSBURGH, March 5 - Zarvo Steel Corp has studied a filing under Chapter 11 but has no present plans to file, a spokesman said.\n\nThe spokesman said Zarvo Steel ended 1986 with 460 mln dlrs in cash."),
      "ostland.md": wireStory("Ostland Steel cuts losses", "1987-03-06", "TOKYO, March 6 - Ostland Steel's current losses are estimated at 3.1 billion yen in the year to March 31, a spokesman said."),
    });
    const question = "What was Zarvo Steel's net loss for 1986?";
    expect((await ask(question)).abstention).toEqual({ rule: "counted", detail: "no quote gives a figure of loss" });
    // Without it, the cash figure is quoted; the other report's sentence, whose passage does not name Zarvo Steel, weighs less.
    const off = await ask(question, ["counted"]);
    expect(off.citations[0]!.quote).toContain("Zarvo Steel ended 1986 with 460 mln dlrs in cash");
  });

  it("takes no figure a quote dates to another year than the question asks about", async () => {
    const ask = await askerOver({
      "units.md": wireStory("Zarvo Oil sells marketing units", "1987-03-05", "LONDON, March 5 - Zarvo Oil said it would sell its marketing units for 50 mln stg.\n\nThe units include Zarvo Eagle Ltd, which in 1985 made a profit of around 1.4 mln stg. Zarvo Oil will report its 1986 results next week."),
    });
    expect((await ask("What was Zarvo Eagle's full-year 1986 profit?")).abstention?.rule).toBe("counted");
    expect((await ask("What was Zarvo Eagle's full-year 1985 profit?")).text).toContain("in 1985 made a profit of around 1.4 mln stg");
  });

  it("quotes the sentence that gives the figure, counted in another word for people", async () => {
    const answer = await answererWithout().ask("how many ppl work at zarvanian grain's mills");
    expect(answer.kind).toBe("answer");
    expect(answer.citations[0]!.quote).toBe("Its mills employ 1,200 workers.");
  });

  it("counts a thing by its sorts in another word for them", async () => {
    const ask = await askerBeside("Zarvo Gas files bankruptcy plan", "1987-03-04", "OAKLAND, Calif., March 4 - Zarvo Gas and Oil Co said it filed a plan of reorganization in a U.S. Bankruptcy court handling its Chapter 11 case.\n\nThe company said the plan will provide for distribution of cash, promissory notes and stock among 12 classes of creditors and equity interests.");
    const answer = await ask("Among how many groups of creditors would Zarvo Gas's reorganization plan divide its payouts?");
    expect(answer.refusedBy).toEqual([]);
    expect(answer.citations[0]!.quote).toContain("12 classes of creditors");
  });

  it("reads what a seller sold as its sales, what it sold a thing for as a price, and a part of a loss as a loss", async () => {
    const ask = await askerBeside("Zarvo Markets February sales rise", "1987-03-05", "WOODBRIDGE, N.J. - Zarvo Markets Corp reported sales of 424.8 mln dlrs for the four-week period ended Feb 28, 1987, a 7.2 pct increase over sales of 396.4 mln dlrs a year earlier.\n\nIt said it sold its drug store unit to a group of investors for a cash price of 12 mln dlrs.\n\nNote: 1986 net includes nine mln dlr extraordinary loss for writedowns.");
    const sold = await ask("how much did the new jersey supermarket operator zarvo markets sell in the four weeks to the end of february");
    expect(sold.refusedBy).toEqual([]);
    expect(sold.citations[0]!.quote).toBe("Zarvo Markets Corp reported sales of 424.8 mln dlrs for the four-week period ended Feb 28, 1987, a 7.2 pct increase over sales of 396.4 mln dlrs a year earlier.");
    const part = await ask("how much of zarvo markets' 1986 loss was an extraordinary charge");
    expect(part.refusedBy).toEqual([]);
    expect(part.citations[0]!.quote).toContain("nine mln dlr extraordinary loss");
    const price = await ask("for how much did zarvo markets sell its drug store unit");
    expect(price.refusedBy).toEqual([]);
    expect(price.citations[0]!.quote).toContain("for a cash price of 12 mln dlrs");
  });

  it("reads a per-share row whose figure the wire spells as the earnings per share asked", async () => {
    const ask = await askerBeside("Zarvo Industries Inc <zrvi> 4th Qtr Net", "1987-03-04", "WEST CALDWELL, N.J., March 4 - Shr five cts vs 29 cts\n\nNet 92,641 vs 466,668\n\nSales 4,448,011 vs 4,122,301\n\nYear\n\nShr 34 cts vs 1.16 dlrs\n\nNet 553,310 vs 1,864,417");
    const answer = await ask("zarvo industries q4 eps?");
    expect(answer.refusedBy).toEqual([]);
    expect(answer.citations[0]!.quote).toBe("[4th Qtr] Shr five cts vs 29 cts");
  });

  it("takes no row per share for a result asked as a total, and takes it for one asked per share", async () => {
    const ask = await askerBeside("Zarvo Tool Corp <zrvt> Year Net", "1987-03-05", "TORONTO, March 5 - Shr basic 42 cts vs 1.41 dlrs\n\nShr diluted 42 cts vs 1.33 dlrs\n\nRevs 191.0 mln vs 223.3 mln");
    const total = await ask("how much did zarvo tool earn last year");
    expect(total.abstention?.rule).toBe("counted");
    const perShare = await ask("how much did zarvo tool earn per share last year");
    expect(perShare.refusedBy).toEqual([]);
    expect(perShare.citations[0]!.quote).toMatch(/^Shr (?:basic|diluted) 42 cts/);
  });

  it("reads a result typed bare as the figure asked for, which a report on something else does not give", async () => {
    const ask = await askerOver({
      "results.md": wireStory("Zarvo Tool Corp <zrvt> 4th Qtr Net", "1987-03-02", "HOUSTON, March 2 - Shr 22 cts vs 17 cts\n\nNet 1,232,000 vs 834,000\n\nSales 24.1 mln vs 20.9 mln\n\nAvg shrs 5,609,000 vs five mln\n\nYear\n\nShr 97 cts vs 69 cts\n\nNet 4,985,000 vs 3,426,000\n\nSales 92.4 mln vs 77.9 mln\n\nAvg shrs 5,153,000 vs five mln"),
      "bid.md": wireStory("Ostel Stores rejects Edelman bid", "1987-03-03", "OAKLAND, March 3 - Ostel Stores Inc said it rejected a 40 dlr a share offer from investor Asher Edelman, who owns about five pct of its stock.\n\nLast year Ostel Stores repurchased 28 pct of its own common shares."),
      "cars.md": wire["cars.md"],
    });
    expect((await ask("zarvo tool yr eps")).citations[0]!.quote).toBe("[Year] Shr 97 cts vs 69 cts");
    const answer = await ask("ostel stores 1986 net earnings?");
    expect(answer.abstention?.rule).toBe("counted");
    expect(answer.text).toBe("I found no figure for that in the 3 articles I have.");
  });

  it("reads what a sale brought in as a sum of money, not a figure of sales", async () => {
    const ask = await askerBeside(
      "Zarvo Pacific confirms earnings",
      "1987-03-09",
      "MONTREAL, March 9 - Zarvo Pacific Ltd said fourth quarter 1986 operating profit rose to 91.6 mln dlrs from 50.7 mln dlrs a year ago.\n\nA 102.6 mln dlr gain on the sale of Zarvo Pacific's Ostel Ltd interest helped raise final fourth quarter profit to 193.8 mln dlrs.",
    );
    const answer = await ask("how much did zarvo pacific gain from selling its ostel holding");
    expect(answer.refusedBy).toEqual([]);
    expect(answer.citations[0]!.quote).toContain("102.6 mln dlr gain on the sale");
  });

  it("reads what is owed as a sum of money, which a count of contracts does not give", async () => {
    // "how much ... owe" asked for any amount, and "thousands of contracts" was one.
    const ask = await askerOver({
      "payments.md": wireStory("Ostland to study late payments to contractors", "1987-03-24", "RIYADH, March 24 - Finance Minister Ivo Zarkan said a committee will look into late government payments to contractors.\n\nZarkan said, \"It is only natural that among those thousands of contracts some problems arose.\""),
      "debt.md": wireStory("Zarvo Construction says Ostport owes it 41 mln", "1987-03-25", "DALLAS, March 25 - Zarvo Construction said the city of Ostport owed it 41 mln dlrs for the harbour road."),
    });
    expect((await ask("how much did the government owe contractors in late payments, according to zarkan")).refusedBy).toEqual(["counted"]);
    expect((await ask("how much does ostport owe zarvo construction")).citations[0]!.quote).toContain("41 mln dlrs");
  });

  it("reads the jobless as counted by unemployment, and a rate of its own kind by its percent before it", async () => {
    const ask = await askerBeside(
      "Zarvania February Unemployment 9.6 Pct",
      "1987-03-13",
      "OSTGRAD, March 13 - Zarvania's February unemployment rate fell to 9.6 pct from 9.7 pct in January, the statistics office said.\n\nSeasonally adjusted employment in February was 11,777,000, while unemployment slipped to 1,252,000 from 1,255,000.",
    );
    const people = await ask("how many people were out of work in zarvania in february");
    expect(people.refusedBy).toEqual([]);
    expect(people.text).toContain("1,252,000");
    const rate = await askerBeside("Bank Of Zarvania Sees Pickup", "1987-03-17", "OSTGRAD, March 17 - The Bank of Zarvania expects a revival in industry, but the outlook for Zarvania's record 10.9 pct unemployment rate remains bleak, the bank said in its monthly review.");
    const jobless = await rate("what is zarvania's jobless rate according to the bank of zarvania");
    expect(jobless.refusedBy).toEqual([]);
    expect(jobless.citations[0]!.quote).toContain("10.9 pct unemployment rate");
    // Another rate asked is not given by that percent.
    expect((await rate("what interest rate does the bank of zarvania charge")).refusedBy).not.toEqual([]);
  });

  it("reads a week's figure as none of another week asked about", async () => {
    const ask = await askerBeside(
      "Zarvanian First Time Jobless Claims Fall",
      "1987-03-05",
      "OSTGRAD, March 5 - New applications for unemployment insurance benefits fell to a seasonally adjusted 332,900 in the week ended Feb 21 from 368,400 in the prior week, the Labour Ministry said.",
      // Another report read names the week asked about.
      wireStory("Zarvania Money Supply Rises", "1987-03-06", "OSTGRAD, March 6 - Zarvania's money supply rose in the week ended February 28, the central bank said."),
    );
    const other = await ask("how many first-time zarvanian jobless claims were filed in the week ended february 28");
    expect(other.citations).toEqual([]);
    expect((await ask("how many first-time zarvanian jobless claims were filed in the week ended february 21")).citations[0]!.quote).toContain("332,900");
  });

  it("reads turnover asked as a figure of sales, and a figure a measure soared to as one of it", async () => {
    const ask = await askerBeside("Zarvo Stores February Sales Up", "1987-03-05", "NEWARK, Calif., March 5 - Zarvo Stores Inc said sales for the four weeks ended February 28 were up 33 pct to 40 mln dlrs from 30 mln dlrs a year earlier.");
    const turnover = await ask("What was the turnover of the off-price retailer Zarvo Stores last February?");
    expect(turnover.refusedBy).toEqual([]);
    expect(turnover.citations[0]!.quote).toContain("40 mln dlrs");
    const exchange = await askerBeside(
      "Ostland Equity Turnover At Record",
      "1987-03-04",
      "LONDON, March 4 - Its February turnover was also 96 pct higher than the 15.84 billion stg posted in the same month a year ago.\n\nTurnover in Ostland equities soared to a record 31.05 billion stg in February, the exchange said.",
    );
    expect((await exchange("What record level did turnover in Ostland equities reach in February?")).citations[0]!.quote).toContain("soared to a record 31.05 billion stg");
  });

  it("reads positions as counted by jobs, not by the people laid off", async () => {
    const ask = await askerBeside("Ostland Oil Industry Not Permanently Damaged", "1987-03-04", "LONDON, March 4 - The Ostland offshore oil industry suffered from last year's collapse in oil prices, the energy minister said.\n\nHe added that a report which said 14,000 jobs were lost in the industry in 1986 should be seen in the context of a total workforce of 300,000.");
    const shed = await ask("How many positions did the Ostland offshore oil sector shed in 1986?");
    expect(shed.refusedBy).toEqual([]);
    expect(shed.citations[0]!.quote).toContain("14,000 jobs were lost");
    const cuts = await askerBeside(
      "Zarvo Corp lays off staff",
      "1987-03-04",
      "OGDEN, Utah, March 4 - Zarvo Corp announced the layoff of about 182 employees, principally from its manufacturing labor force.\n\nA reduction of its professional and management staff will result in the permanent elimination of 183 positions.",
    );
    expect((await cuts("zarvo layoffs how many mgmt positions cut")).citations[0]!.quote).toContain("183 positions");
  });

  it("reads a company's loss by the verb that reports it, not a price's move", async () => {
    const ask = await askerBeside("Zarvo Again Omits Quarterly Dividend", "1987-03-11", "EL PASO, Texas, March 11 - Zarvo Inc said it omitted its quarterly dividend.\n\nFor its first quarter ended January 31, Zarvo lost 1,891,000 dlrs, or 32 cts a share, on sales of 71 mln dlrs.");
    const loss = await ask("zarvo 1st qtr loss");
    expect(loss.refusedBy).toEqual([]);
    expect(loss.citations[0]!.quote).toContain("Zarvo lost 1,891,000 dlrs");
    const shares = await askerBeside("Zarvo Shares Fall", "1987-03-11", "NEW YORK, March 11 - Zarvo Inc said it omitted its quarterly dividend after a weak first quarter, and its shares lost 2 dlrs to 14 dlrs.");
    expect((await shares("zarvo 1st qtr loss")).abstention?.rule).toBe("counted");
  });

  it("reads a price asked per gallon (tonne, barrel, ounce) as given per that unit, not by a contract's worth", async () => {
    const ask = await askerBeside("Zarvo Oil gets jet fuel contract", "1987-03-18", "WASHINGTON, March 18 - Zarvo Oil Corp is being awarded a 50.3 mln dlr Defense Logistics Agency contract for jet fuel, the Defense Department said.");
    const answer = await ask("what price per gallon is zarvo oil getting for the jet fuel");
    expect(answer.abstention?.rule).toBe("counted");
    expect(answer.citations).toEqual([]);
    const priced = await askerBeside("Zarvo Oil sells jet fuel", "1987-03-18", "WASHINGTON, March 18 - Zarvo Oil Corp will supply jet fuel to the Defense Logistics Agency at 52.4 cts a gallon under a 50.3 mln dlr contract, the Defense Department said.");
    expect((await priced("what price per gallon is zarvo oil getting for the jet fuel")).citations[0]!.quote).toContain("52.4 cts a gallon");
  });

  it("reads a figure asked per tonne by no word of its kind as a sum of money per tonne", async () => {
    const story = "WASHINGTON, March 18 - The Commodity Credit Corporation, CCC, has accepted a bid for an export bonus to cover the sale of 15,000 tonnes of wheat to Ostland, the Agriculture Department said.\n\nAn additional 315,500 tonnes of wheat are still available to Ostland under the program, it said.";
    const ask = await askerBeside("CCC Accepts Bonus Bid On Wheat To Ostland", "1987-03-18", story);
    expect((await ask("what export bonus per tonne did the ccc accept for the wheat sale to ostland")).abstention?.rule).toBe("counted");
    const priced = await askerBeside("CCC Accepts Bonus Bid On Wheat To Ostland", "1987-03-18", `${story}\n\nThe bonus of 40.05 dlrs per tonne was made to Zarvo Company, it said.`);
    expect((await priced("what export bonus per tonne did the ccc accept for the wheat sale to ostland")).citations[0]!.quote).toContain("40.05 dlrs per tonne");
  });

  it("reads a rate of a kind asked (inflation) as given in percent of that kind, not by an exchange rate or a sum per dollar", async () => {
    const ask = await askerBeside("Ostland To Restart Currency Auctions", "1987-03-20", "LUSA, March 20 - Ostland will reintroduce its foreign exchange auction at the end of this month, the central bank governor said.\n\nSince January, Ostland has operated a fixed exchange rate of about nine kwacha per dollar.\n\nBankers said Ostland agreed to lift its proposed ceiling of 12.50 kwacha per dollar on the currency's devaluation.");
    const answer = await ask("whats ostland's inflation rate");
    expect(answer.abstention?.rule).toBe("counted");
    expect(answer.citations).toEqual([]);
    const priced = await askerBeside("Ostland Inflation Slows", "1987-03-20", "LUSA, March 20 - Ostland's inflation rate slowed to 42 pct in February from 51 pct in January, the central statistics office said.\n\nOstland has operated a fixed exchange rate of about nine kwacha per dollar.");
    expect((await priced("whats ostland's inflation rate")).citations[0]!.quote).toContain("42 pct");
  });

  it("reads what a company earned as its total result, not an offer per share for it", async () => {
    const ask = await askerBeside("Zarvo and Row Gets Rival Bid", "1987-03-17", "NEW YORK, March 17 - Private investor Ivo Vellco last week offered 34 dlrs a share for Zarvo and Row Inc, prompting a rival bid of 50 dlrs a share from another publishing firm.");
    const answer = await ask("how much did zarvo and row earn last year");
    expect(answer.abstention?.rule).toBe("counted");
    // "per common share" is a sum per share as much as "a share" is.
    const common = await askerBeside("Zarvo and Row Gets Bid", "1987-03-17", "NEW YORK, March 17 - Private investor Ivo Vellco last week offered 34 dlrs per common share for Zarvo and Row Inc.");
    expect((await common("how much did zarvo and row earn last year")).abstention?.rule).toBe("counted");
    const earned = await askerBeside("Zarvo and Row Year Net", "1987-03-17", "NEW YORK, March 17 - Zarvo and Row Inc said it earned 12.4 mln dlrs, or 2.10 dlrs a share, in 1986.");
    expect((await earned("how much did zarvo and row earn last year")).citations[0]!.quote).toContain("earned 12.4 mln dlrs");
  });

  it("reads job cuts asked as counted by redundancies or layoffs", async () => {
    const ask = await askerBeside("Ostport Employers Served With Injunction", "1987-03-17", "OSTPORT, March 17 - Employers in Ostport's general cargo sector have been served with an injunction until May 7 preventing them from continuing with plans for 350 redundancies this year, an employers' spokesman said.\n\nThe port union has opposed any job cuts since January.");
    const answer = await ask("how many job cuts did the ostport employers want this year");
    expect(answer.refusedBy).toEqual([]);
    expect(answer.citations[0]!.quote).toContain("350 redundancies");
  });

  it("takes no charge against earnings for a price paid", async () => {
    const ask = await askerBeside("Vell ends Zarvo chip sale", "1987-03-16", "NEW YORK, March 16 - Vell Ltd said it terminated an agreement for Zarvo Ltd to buy 80 pct of its Ostland Semiconductor operations.\n\nLast October, Vell announced the sale of the Ostland stake and said it would take a 200 mln dlrs charge in the fourth quarter from the sale.\n\nVell never announced a price for the sale, but analysts have estimated the value of the deal at about 150 mln dlrs.");
    const answer = await ask("what price did zarvo agree to pay for ostland semiconductor");
    expect(answer.citations[0]!.quote).toContain("about 150 mln dlrs");
  });

  it("takes no row of a quarter or nine months for a whole year asked", async () => {
    const ask = await askerBeside("Zarvo Medical Inc <zrvm> 3rd Qtr Net", "1987-03-16", "TUSTIN, Calif., March 16 - Shr 26 cts vs 10 cts\n\nNet 2,867,000 vs 1,208,000\n\nRevs 100.0 mln vs 85.0 mln\n\nNine mths\n\nShr 64 cts vs 40 cts\n\nNet 6,327,000 vs 3,951,000\n\nThe company said higher patient volumes lifted its income.", otherStory);
    const answer = await ask("What was Zarvo Medical's net income for the full year?");
    expect(answer.abstention?.rule).toBe("counted");
    expect((await ask("What was Zarvo Medical's third quarter net income?")).citations[0]!.quote).toBe("[3rd Qtr] Net 2,867,000 vs 1,208,000");
  });
});
