import { describe, expect, it } from "vitest";
import { isRecordDateRow, tableRowsOf } from "../src/answer/table-rows.js";
import { analyze } from "../src/index/analyzer.js";

const termsOf = (rows: ReturnType<typeof tableRowsOf>["rows"]) => rows.map((row) => row?.terms ?? null);

describe("results tables", () => {
  it("reads each row with the headline's company and the place the dateline gives", () => {
    const { rows } = tableRowsOf(["Qtrly div 34 cts vs 27 cts prior"], "Geico Corp <gec> Raises Qtrly Dividend", true, "CHEVY CHASE, Md., March 4 - Qtrly div 34 cts vs 27 cts prior");
    expect(rows[0]!.terms).toEqual(expect.arrayContaining([...analyze("Geico"), ...analyze("Chevy Chase")]));
  });

  it("reads a result with no figure of the year before as a row", () => {
    const { rows } = tableRowsOf(["Shr not given", "Loss 54.9 mln", "Revs 27.2 mln", "Note: Prior year results not given."], "<Mark Resources Inc> Year Loss", true);
    expect(termsOf(rows).map((terms) => terms?.includes("mark") ?? false)).toEqual([false, true, true, true]);
  });

  it("reads a whole year's rows as annual and yearly too", () => {
    const { rows, headings } = tableRowsOf(["Net 1,590,000 vs 1,140,000", "YEAR", "Net 5,300,000 vs 3,100,000"], "<Premdor Inc> 4th Qtr Net", true);
    expect(headings).toEqual(new Set([1]));
    expect(rows[0]!.terms).not.toContain(analyze("annual")[0]);
    expect(rows[2]!.terms).toEqual(expect.arrayContaining(analyze("annual yearly")));
  });

  it("reads a dividend's dates in the words askers use, without the company a line so short would outscore its figure with", () => {
    const { rows } = tableRowsOf(["Qtly div 87 cts vs 87 cts", "Pay Feb 17", "Record Jan 20", "Note: the dividend was raised in 1986."], "Pacific Lighting Corp <plt> Quarterly Dividend", true);
    expect(rows[0]!.terms).toEqual(expect.arrayContaining(analyze("payout payment")));
    expect(rows[1]!.terms).toEqual(analyze("payable paid"));
    expect(rows[2]!.terms).toEqual(expect.arrayContaining(analyze("shareholders books")));
    // The note under the dates is prose, as it was before they were read.
    expect(rows[3]).toBeUndefined();
    expect(["Pay Feb 17", "Record Jan 20", "Record of the meeting", "Rcord March 20"].map(isRecordDateRow)).toEqual([false, true, false, true]);
  });
});
