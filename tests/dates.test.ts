import { describe, expect, it } from "vitest";
import { calendarDaysIn, holidaysAsDates, partsAskedWithoutYear, withHolidayDates } from "../src/corpus/dates.js";

describe("calendar days", () => {
  it("reads a day as the news writes it, in figures or spelled as the wire spells days under ten", () => {
    expect(calendarDaysIn("Ceasefire violated on March 25, talks on 27 March")).toEqual(["03-25", "03-27"]);
    expect(calendarDaysIn("Tenneco Inc said it will redeem all of its outstanding 11.00 dlr cumulative preference stock on April eight")).toEqual(["04-08"]);
    // Results tables capitalise them: "Pay April One" is a date, no figure.
    expect(calendarDaysIn("Pay April One")).toEqual(["04-01"]);
    expect(calendarDaysIn("New Year's Day")).toEqual(["01-01"]);
    // "Christmas" holds an "s " that is no "New Year's": read as "Christma's", it was no day, and a question naming it failed.
    expect(calendarDaysIn("on Christmas Day and Christmas Eve")).toEqual(["12-25", "12-24"]);
  });

  it("reads no day in a month's name used as a word", () => {
    expect(calendarDaysIn("May one day see peace")).toEqual([]);
  });
});

describe("parts of the year asked", () => {
  it("reads a month asked about, not the month a period asked about ends in", () => {
    expect(partsAskedWithoutYear("tandy's january sales")).toEqual([{ kind: "month", which: 1 }]);
    expect(partsAskedWithoutYear("what did signtech earn over the nine months to the end of january")).toEqual([]);
    expect(partsAskedWithoutYear("did ccr video make money in the quarter ending in november")).toEqual([]);
    expect(partsAskedWithoutYear("preferred health care's profit for the year to December")).toEqual([]);
    // A span from a month on is counted from the start of the year ("killed almost 100 people since the start of the year").
    expect(partsAskedWithoutYear("how many lives have natural disasters claimed in georgia since January?")).toEqual([]);
  });
});

describe("holidays", () => {
  it("writes a holiday as the date the news gives it, beside it or instead of it", () => {
    expect(withHolidayDates("warned on New Year's Day that")).toBe("warned on New Year's Day (January 1) that");
    expect(holidaysAsDates("warned on new years day that")).toBe("warned on January 1 that");
    expect(holidaysAsDates("warned on Christmas Eve")).toBe("warned on December 24");
  });
});
