import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { Answerer } from "../src/answer/answer.js";
import { ingest } from "../src/ingest/ingest.js";
import { QuestionReader } from "../src/question/reading.js";
import { TrueCaser, writtenTogether } from "../src/question/true-case.js";
import { Retriever } from "../src/search/retrieve.js";
import { escapeRegExp } from "../src/util/regexp.js";
import { cleanupTempDirs, defaultEmbedder, tempDir } from "./helpers/fixtures.js";

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

describe("names typed in lower case", () => {
  afterAll(cleanupTempDirs);

  it("reads a firm's name the articles write only before its ticker in a headline as a name, and no question is answered by another firm's report", async () => {
    const corpusDir = tempDir();
    const story = (title: string, body: string) => `---\ntitle: ${title}\noutlet: Test Wire\ndate: 1987-03-11\n---\n\n${body}\n`;
    // A results table's body names no firm: the headline alone does, before its ticker.
    writeFileSync(join(corpusDir, "zarvex.md"), story("Zarvex Plc <zrvx.l> 1986 Year", "LONDON, March 11 - Shr 28.5p vs 26.6p.\n\nPre-tax profit 132.4 mln stg vs 132.7 mln.\n\nSales 2.06 billion stg vs 2.20 billion."));
    writeFileSync(join(corpusDir, "vellco.md"), story("Vellco names chief executive", "DALLAS, March 11 - Vellco Inc said president John Marble has been named chief executive officer, succeeding Carl Stone, who remains chairman."));
    writeFileSync(join(corpusDir, "missouri.md"), story("Ostbank Corp <osb> sets payout", "KANSAS CITY, Mo., March 11 - Ostbank Corp of Kansas City, Mo, said its board declared a quarterly dividend."));
    // A name of several words before its legal form and ticker, each word written so there alone ("the firm's productions" aside).
    writeFileSync(join(corpusDir, "prince.md"), story("Little Zarvo Productions Ltd<lzpl>1st Qtr Loss", "TORONTO, March 11 - Net profit 858 vs loss 3,957.\n\nRevs 7,372 vs 1,500."));
    writeFileSync(join(corpusDir, "codenoll.md"), story("Ostrinoll Technology Corp <ostn> 4th Qtr Loss", "YONKERS, N.Y., March 11 - Shr loss 12 cts vs loss 17 cts.\n\nNet loss 484,556 vs loss 620,607."));
    const embedder = await defaultEmbedder();
    const { index } = await ingest({ corpusDir, indexDir: join(tempDir(), "embeddings"), embedder });
    const caser = new TrueCaser(index);
    expect(caser.read("who is zarvex's chief executive").cased).toBe("who is Zarvex's chief executive");
    // "12 mo" is twelve months, not Missouri's "Mo"; a headline's words after the name and before another's ticker are no name.
    expect(caser.read("what was zarvex 12 mo pre-tax profit").cased).toBe("what was Zarvex 12 mo pre-tax profit");
    expect(caser.read("did ostbank set a payout").cased).toBe("did Ostbank set a payout");
    expect(caser.read("did little zarvo productions make any $ in q1").cased).toBe("did Little Zarvo Productions make any $ in q1");
    expect(caser.read("how did ostrinoll do in q4").cased).toBe("how did Ostrinoll do in q4");
    // Its words are one name, written together in the headline alone.
    expect(new QuestionReader(index).read("did little zarvo productions make any $ in q1").names.map((name) => name.name)).toEqual(["Little Zarvo Productions"]);
    const answer = await new Answerer(new Retriever(index, embedder)).ask("who is zarvex's chief executive");
    expect(answer.kind).toBe("not_found");
    expect(answer.citations).toEqual([]);
  });

  it("reads a name's words joined by \"of\" beside each other, as the articles write them together", async () => {
    const corpusDir = tempDir();
    const story = (name: string, title: string, body: string) => writeFileSync(join(corpusDir, name), `---\ntitle: ${title}\noutlet: Test Wire\ndate: 1987-03-11\n---\n\n${body}\n`);
    story("boe.md", "Bank of Ostland gives money market help", "OSTVILLE, March 11 - The Bank of Ostland said it provided the money market with 300 mln crowns of assistance.\n\nThe bank also bought bills.");
    story("fed.md", "Fed adds reserves", "NEW YORK, March 11 - The Federal Reserve entered the market to add reserves, a bank spokesman said. The bank of a small town lent money.");
    const { index } = await ingest({ corpusDir, indexDir: join(tempDir(), "embeddings"), embedder: await defaultEmbedder() });
    const caser = new TrueCaser(index);
    expect(caser.read("what did the bank of ostland do in the money market").cased).toBe("what did the Bank of Ostland do in the money market");
    // Alone, or beside another word, "bank" is written in lower case.
    expect(caser.read("which bank lent money").cased).toBe("which bank lent money");
  });
});
