/** The sentence splitter that chunking and quoting read. */
import { expect, it } from "vitest";
import { splitSentences } from "../src/text/sentences.js";

const texts = (text: string) => splitSentences(text).map((sentence) => sentence.text);

it("keeps abbreviations and datelines inside their sentence", () => {
  expect(texts("“So let Mr. Ritter first think and then speak,” he added. He left the room.")).toEqual(["“So let Mr. Ritter first think and then speak,” he added.", "He left the room."]);
  expect(texts("BAKU, March 14. /TASS/. There is a good chance for peace, Aliyev said. The talks go on.")).toEqual([
    "BAKU, March 14. /TASS/. There is a good chance for peace, Aliyev said.",
    "The talks go on.",
  ]);
  // Reuters writes the brokerage so: "Alex." starts its name, not a sentence.
  expect(texts("The trust is managed by Alex. Brown and Sons Inc <ABSB> and was formed November 26, 1986. It holds shares.")).toEqual([
    "The trust is managed by Alex. Brown and Sons Inc <ABSB> and was formed November 26, 1986.",
    "It holds shares.",
  ]);
  expect(texts("China Development Finance Co (H.K.) Ltd, a Bank of China unit, is lead manager. A group is being formed.")).toEqual([
    "China Development Finance Co (H.K.) Ltd, a Bank of China unit, is lead manager.",
    "A group is being formed.",
  ]);
});

it("ends a sentence whose last words follow an abbreviation, instead of running it into the next", () => {
  expect(texts("It wrote about the ICJ ruling on the Lachin Corridor (Armenia v. Azerbaijan). Minister Hoekstra underlined that the ruling must be complied with.")).toEqual([
    "It wrote about the ICJ ruling on the Lachin Corridor (Armenia v. Azerbaijan).",
    "Minister Hoekstra underlined that the ruling must be complied with.",
  ]);
});

it("ends a sentence on a firm's legal form where the next opens as a sentence does", () => {
  expect(texts("Holders will be asked to approve a new corporate name, Zarvo Corp. It said zarvo is a Gaelic word.")).toEqual([
    "Holders will be asked to approve a new corporate name, Zarvo Corp.",
    "It said zarvo is a Gaelic word.",
  ]);
  // A name goes on after it: another legal form, a title.
  expect(texts("Smith Barney, Harris Upham and Co. Inc. said it would buy. Zarvo Corp. Chairman John Smith agreed.")).toEqual([
    "Smith Barney, Harris Upham and Co. Inc. said it would buy.",
    "Zarvo Corp. Chairman John Smith agreed.",
  ]);
});

it("reads a ship's position as one sentence, ended by its last compass point where the next opens as a sentence does", () => {
  expect(texts("The vessel was in position Lat. 25 57 N., Long. 75 06 W. It is diverting to Zarvan with its cargo of coal. It took so long. The crew is safe.")).toEqual([
    "The vessel was in position Lat. 25 57 N., Long. 75 06 W.",
    "It is diverting to Zarvan with its cargo of coal.",
    "It took so long.",
    "The crew is safe.",
  ]);
});

it("gives offsets into the text, and never crosses a paragraph break", () => {
  const text = "First paragraph here. It ends now.\n\nSecond one starts here.";
  for (const sentence of splitSentences(text)) expect(text.slice(sentence.start, sentence.end)).toBe(sentence.text);
  expect(texts(text)).toEqual(["First paragraph here.", "It ends now.", "Second one starts here."]);
});
