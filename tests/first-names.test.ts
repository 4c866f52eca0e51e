/** A person a quote has speak by surname alone, shown with the first name its article gave them before. */
import { expect, it } from "vitest";
import { withFirstNames } from "../src/answer/first-names.js";

const before = [
  "On the part of official Baku, deputy of parliament Ramin Mammadov was appointed the head of the delegation.",
  "Political scientist Farhad Mammadov expressed confidence that the talks would go on in Nagorno Karabakh.",
  "Treasury Secretary James Baker met Paul Volcker, who said rates would hold.",
];

it("gives a surname alone the first name of the person the article last named so before the quote, once, in brackets", () => {
  expect(withFirstNames("Mammadov believes that this is being done by the leadership of Azerbaijan.", () => before)).toBe("[Farhad] Mammadov believes that this is being done by the leadership of Azerbaijan.");
  expect(withFirstNames("Mammadov said it twice, and Mammadov said it again.", () => before)).toBe("[Farhad] Mammadov said it twice, and Mammadov said it again.");
  expect(withFirstNames("But Mammadov, asked about it, said no; Baker also said no.", () => before)).toBe("But [Farhad] Mammadov, asked about it, said no; [James] Baker also said no.");
  expect(withFirstNames("Rates will hold, Volcker told reporters.", () => before)).toBe("Rates will hold, [Paul] Volcker told reporters.");
  // Before the political scientist was named, the surname was the deputy's.
  expect(withFirstNames("Mammadov said he will lead the talks.", () => before.slice(0, 1))).toBe("[Ramin] Mammadov said he will lead the talks.");
});

it("leaves a name that is whole, titled, not speaking, a place's or unknown to the article as it is", () => {
  for (const quote of ["Farhad Mammadov said so, and Mammadov said it again.", "Mr. Mammadov said so.", "Aliyev said so.", "The Mammadov Group said so.", "Mammadov's plan was fine.", "Karabakh said nothing.", "Talks in Karabakh said to go on."]) {
    expect(withFirstNames(quote, () => before), quote).toBe(quote);
  }
  expect(withFirstNames("Mammadov said so.", () => [])).toBe("Mammadov said so.");
  // A results table's row is no one's name: "Year Net 4.1 mln".
  expect(withFirstNames("Net said to rise.", () => ["Year Net 4.1 mln vs 3.2 mln"])).toBe("Net said to rise.");
});

it("gives no first name that a quote shown before it gave, nor a post the wire capitalises before a name", () => {
  expect(withFirstNames("Baker said so.", () => before, "Treasury Secretary James Baker met them.")).toBe("Baker said so.");
  expect(withFirstNames("Yeutter said so.", () => ["U.S. Trade Representative Clayton Yeutter said the talks would go on."])).toBe("[Clayton] Yeutter said so.");
});
