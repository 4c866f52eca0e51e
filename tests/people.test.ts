/** Names of people in running text, which "who" questions are answered by. */
import { expect, it } from "vitest";
import { givesPostOf, namesOfPeople } from "../src/answer/people.js";

it("reads a name after the titles and bodies before it, and none where the run is a body's or a party's", () => {
  expect(namesOfPeople("The sources said House Budget Committee Chairman William Gray, a Pennsylvania Democrat, agreed.")).toEqual(["William Gray"]);
  expect(namesOfPeople("It was said by German President Frank-Walter Steinmeier in Berlin.")).toEqual(["Frank-Walter Steinmeier"]);
  expect(namesOfPeople("The Liberal party won the seat, the Press Association news agency reported.")).toEqual([]);
  expect(namesOfPeople("The last by-election was won by the Social Democrat-Liberal alliance.")).toEqual([]);
  expect(namesOfPeople("He spoke to the Czech Republic and to Foreign Affairs officials of Zarvo Holdings Corp.")).toEqual([]);
  // A place's name, by its last word.
  expect(namesOfPeople("Reform waits on the insider trading scandal on Wall Street and the Persian Gulf.")).toEqual([]);
  expect(namesOfPeople("Although the South Caucasus has been in Russia's orbit, Moscow is unlikely to deal with the crisis.")).toEqual([]);
});

it("reads a name that opens a sentence only before what a person did or is", () => {
  expect(namesOfPeople("Matthew Taylor raised the Liberal majority by winning 30,599 votes.")).toEqual(["Matthew Taylor"]);
  expect(namesOfPeople("Yukio Honda, director of MITI's Industrial Electronics Division, denied it.")).toEqual(["Yukio Honda"]);
  expect(namesOfPeople("George Gould, Under Secretary of the Treasury, told a luncheon it would wait.")).toEqual(["George Gould"]);
  expect(namesOfPeople("The chip pact works. Osamu Watanabe said so.")).toEqual(["Osamu Watanabe"]);
  expect(namesOfPeople("Wall Street analysts said the stock would rise.")).toEqual([]);
  expect(namesOfPeople("New York Stock Exchange volume rose.")).toEqual([]);
});

it("reads a surname alone after a courtesy title as a person's", () => {
  expect(namesOfPeople("“So let Mr. Ritter first think and then speak,” he added.")).toEqual(["Ritter"]);
  expect(namesOfPeople("He met Mrs. Zarvo on Monday.")).toEqual(["Zarvo"]);
  // A longer name is read whole, as before.
  expect(namesOfPeople("He met Mr. Paul Zarvo on Monday.")).toEqual(["Paul Zarvo"]);
});

it("tells a sentence that gives someone their post from one that only names them", () => {
  // A title or a post in lower case before the name, past its first name, or a post after a comma.
  expect(givesPostOf("Prime Minister Nikol Pashinyan on March 21 extended Newroz greetings.", "Pashinyan")).toBe(true);
  expect(givesPostOf("On the part of official Baku, deputy of parliament Ramin Mammadov was appointed.", "Ramin Mammadov")).toBe(true);
  expect(givesPostOf("It came after Kristina Kvien, the United States Ambassador to Armenia, stressed it.", "Kristina Kvien")).toBe(true);
  expect(givesPostOf("U.S. Trade Representative Clayton Yeutter said so.", "Clayton Yeutter")).toBe(true);
  expect(givesPostOf("On March 16, Deputy Foreign Minister of Armenia Vahan Kostanyan received them.", "Vahan Kostanyan")).toBe(true);
  // A name with nothing of the person's post, or after a word of place.
  expect(givesPostOf("The rating of Nikol Pashinyan’s government was rapidly collapsing.", "Nikol Pashinyan")).toBe(false);
  expect(givesPostOf("Nikol Pashinyan promised to declassify information on this topic.", "Nikol Pashinyan")).toBe(false);
  expect(givesPostOf("The humanitarian situation in Nagorno Karabakh worsened.", "Nagorno Karabakh")).toBe(false);
});
