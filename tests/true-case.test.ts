import { describe, expect, it } from "vitest";
import { writtenTogether } from "../src/question/true-case.js";
import { escapeRegExp } from "../src/util/regexp.js";

/** The regular expression `writtenTogether` stands for: each use's start (past the character before it) and the form of the word at `wordAt`. */
function byRegExp(prefixes: string[], wordAt: number, text: string): { start: number; form: string }[] {
  const parts = prefixes.map((prefix, i) => (i === wordAt ? `(${escapeRegExp(prefix)}[\\p{L}]*)` : `${escapeRegExp(prefix)}[\\p{L}]*`));
  const pattern = new RegExp(`(^|[^\\p{L}\\p{N}])${parts.join("\\s+")}(?![\\p{L}\\p{N}])`, "giu");
  return [...text.matchAll(pattern)].map((match) => ({ start: match.index + match[1]!.length, form: match[2]! }));
}

describe("how the articles write a word", () => {
  const texts = [
    "Baku said. In baku, BAKU's envoys met Bakuvians; bakuX1 and baku1 are not words, 1baku is not either.",
    "𝐁aku 😀baku baku😀 Baku\u0345 İstanbul istanbul ISTANBUL ſtate State Kelvin \u212Aelvin kelvin",
    "O'Neil met o’neil and O'NEILL; the  Baku talks, the\nbaku office, the1 baku, The Bakus",
    "x𝐁aku 𝐁aku𝐁aku 𝐁akus, 𝐁aku",
    "",
  ];
  const cases: [string[], number][] = [
    [["baku"], 0],
    [["the", "baku"], 1],
    [["baku", "talk"], 0],
    [["stat"], 0],
    [["kelv"], 0],
    [["ista"], 0],
    [["o'ne"], 0],
    [["the", "baku", "talk"], 1],
    [["𝐁aku"], 0],
  ];

  it("finds each word in any form and case, as a whole word, beside its neighbour, as the regular expression it stands for does", () => {
    for (const [prefixes, wordAt] of cases) {
      const written = writtenTogether(prefixes, wordAt);
      for (const text of texts) expect(written(text)).toEqual(byRegExp(prefixes, wordAt, text));
    }
  });

  it("gives where each use starts and the word's form there", () => {
    expect(writtenTogether(["baku"], 0)(texts[0]!)).toEqual([
      { start: 0, form: "Baku" },
      { start: 14, form: "baku" },
      { start: 20, form: "BAKU" },
      { start: 38, form: "Bakuvians" },
    ]);
    // From "the": not "the1 baku".
    expect(writtenTogether(["the", "baku"], 1)(texts[2]!)).toEqual([
      { start: 31, form: "Baku" },
      { start: 48, form: "baku" },
      { start: 76, form: "Bakus" },
    ]);
  });
});
