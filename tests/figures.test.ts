/** Figures a question states and whether a passage gives them. */
import { expect, it } from "vitest";
import { countsOutOf, figuresStatedIn, securityCurrencyIn, statesFigure, wholeCountedIn } from "../src/text/figures.js";

const stated = (question: string) => figuresStatedIn(question).map((figure) => figure.written);

it("reads the figures of money, shares and ratios a question states, not its counts, dates or years", () => {
  expect(stated("What is the record date for Champion Products' three-for-two stock split?")).toEqual(["three-for-two"]);
  expect(stated("who bought the 500 mln dlr bond issue and its 8-1/4 pct coupon")).toEqual(["500 mln", "8-1/4"]);
  expect(stated("does gms $5 bln buyback hurt its 13% stake")).toEqual(["5 bln", "13"]);
  // Counts typed in digits, days, years and spans of time are no figures a passage must give.
  expect(stated("aliyev says az position rests on 2 approaches, what r they")).toEqual([]);
  expect(stated("who accused az of breaking the ceasefire on mar 25 1987")).toEqual([]);
  expect(stated("webcor 9 month loss how much")).toEqual([]);
});

it("finds a stated figure in any of the forms a report writes it, rounded as people round it", () => {
  const [split] = figuresStatedIn("its three-for-two split");
  expect(statesFigure("The board approved a 3-for-2 stock split.", split!)).toBe(true);
  expect(statesFigure("The board approved a two-for-one stock split.", split!)).toBe(false);
  const [size] = figuresStatedIn("the 1.3 mln share offering");
  expect(statesFigure("It filed to offer 1,300,000 common shares.", size!)).toBe(true);
  expect(statesFigure("It filed to offer 1.3 mln common shares.", size!)).toBe(true);
  expect(statesFigure("It filed to offer 3.1 mln common shares.", size!)).toBe(false);
  const [stake] = figuresStatedIn("the investor with nearly 13 pct of the firm");
  expect(statesFigure("a total of 375,200 shares, or 12.9 pct of the total outstanding", stake!)).toBe(true);
  const [fund] = figuresStatedIn("if the 1 bln dlr fund runs out");
  expect(statesFigure("the one billion dlr fund", fund!)).toBe(true);
  // A number in words is a whole word: "tenant" holds no ten.
  expect(statesFigure("The tenant paid the rent.", figuresStatedIn("its 10 dlr rent")[0]!)).toBe(false);
  expect(statesFigure("It pays a ten dlr rent.", figuresStatedIn("its 10 dlr rent")[0]!)).toBe(true);
  // A day or a year is no figure: March 5 gives no 5 pct.
  expect(statesFigure("The bonds were sold on March 5, 1987.", figuresStatedIn("its 5 pct bonds")[0]!)).toBe(false);
});

it("reads the currency of a security a question names, as the forms the wire writes it in", () => {
  expect(securityCurrencyIn("whats the coupon on mcdonalds yen eurobond")?.test("a 10 billion yen eurobond")).toBe(true);
  expect(securityCurrencyIn("What fees are paid on the World Bank's 250 mln mark five-year eurobond?")?.test("a 250 mln dmk bond")).toBe(true);
  expect(securityCurrencyIn("the sterling issue")?.test("a 50 mln stg issue")).toBe(true);
  expect(securityCurrencyIn("what's the australian dollar bond paying")?.test("a 100 mln dlr bond")).toBe(false);
  // A currency asked for is no security's: "how many yen" names none.
  expect(securityCurrencyIn("how many yen did it raise")).toBeUndefined();
});

it("reads the whole a count is asked out of, and finds the count out of it, in digits or words", () => {
  const whole = wholeCountedIn("How many of the 40 failures this year were in Texas?")!;
  expect(whole.written).toBe("40");
  expect(countsOutOf("Fourteen of the 40 have been in Texas, which has been hard hit.", whole)).toBe(true);
  // The whole alone, or a count out of another, is no count out of it.
  expect(countsOutOf("making a total of 40 failures of federally insured institutions", whole)).toBe(false);
  expect(countsOutOf("Three of the 12 banks were closed.", whole)).toBe(false);
  expect(wholeCountedIn("how many of its twelve stores will close")?.values).toEqual([12]);
  expect(wholeCountedIn("how many failures were in Texas")).toBeUndefined();
});
