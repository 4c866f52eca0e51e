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

it("gives a quote that opens with a pronoun speaking the one person the sentence before it that names anyone names", () => {
  const gasimov = ["Political scientist Farhad Mammadov believes the talks will fail.", "The armed forces of Azerbaijan established control over these routes, political observer Oktay Gasimov says:", "“This was done in order to put an end to the supply of weapons.”"];
  expect(withFirstNames("He stressed that Azerbaijan may soon take “other steps in different directions”:", () => gasimov)).toBe("[Oktay Gasimov] stressed that Azerbaijan may soon take “other steps in different directions”:");
  expect(withFirstNames("She said rates would hold.", () => ["U.S. Trade Representative Carla Hills said the talks would go on."])).toBe("[Carla Hills] said rates would hold.");
  // A surname alone stands for the one named in full before it.
  const aliyev = ["There is every chance of peace, Azerbaijani President Ilham Aliyev said on Tuesday.", "He was quoted at a meeting with German President Frank-Walter Steinmeier in Berlin.", "According to Aliyev, Azerbaijan’s position rests on two approaches."];
  expect(withFirstNames("He recalled that on March 5 the envoy met Armenians.", () => aliyev)).toBe("[Ilham Aliyev] recalled that on March 5 the envoy met Armenians.");
  // Two people named, one named who does not speak, or someone else speaking after: "he" may be another.
  for (const sentences of [["Treasury Secretary James Baker met Paul Volcker, who said rates would hold."], ["The talks were held at Gasimov's house."], [], aliyev.slice(0, 2), [...aliyev.slice(0, 2), "The Azerbaijani president stressed that peace was near."]]) {
    expect(withFirstNames("He said rates would hold.", () => sentences)).toBe("He said rates would hold.");
  }
  // Not a pronoun that does not open the quote, nor a speaker a quote shown before names.
  expect(withFirstNames("Rates will hold, he said.", () => gasimov)).toBe("Rates will hold, he said.");
  expect(withFirstNames("He said so.", () => gasimov, "political observer Oktay Gasimov says:")).toBe("He said so.");
});

it("gives a quote that opens with \"It\" or \"The company\" speaking the firm the last sentence that opens with a name speaking names", () => {
  const rochester = ["Rochester Gas <rgs> Offered Prd Shares", "ROCHESTER, N.Y., March 12 - Rochester Gas and Electric Corp said 300,000 shares of preferred stock will be offered at 100 dlrs per share.", "It said net proceeds will be used to redeem its preferred stock."];
  expect(withFirstNames("It said The First Boston Corp and E.F. Hutton are co-underwriters of the issue.", () => rochester)).toBe("[Rochester Gas and Electric Corp] said The First Boston Corp and E.F. Hutton are co-underwriters of the issue.");
  expect(withFirstNames("The company also said it would redeem its notes.", () => ["The Bank of Zarvo <BOZ>, the central bank, said it cut rates."])).toBe("[Bank of Zarvo] also said it would redeem its notes.");
  expect(withFirstNames("It said rates would hold.", () => ["Zarvo Corp said sales rose.", "Zarvo said its costs fell."])).toBe("[Zarvo] said rates would hold.");
  // A person speaking, or someone else speaking after the firm: "it" may be another.
  for (const sentences of [["Paul Volcker said rates would hold."], ["He said rates would hold."], [rochester[1]!, "Analysts said the offer was cheap."], ["But Zarvo said the talks would go on."]]) {
    expect(withFirstNames("It said rates would hold.", () => sentences)).toBe("It said rates would hold.");
  }
  // Nor a firm a quote shown before names.
  expect(withFirstNames("It said rates would hold.", () => rochester, "Rochester Gas and Electric Corp said 300,000 shares")).toBe("It said rates would hold.");
});
