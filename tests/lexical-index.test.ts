import { createHash } from "node:crypto";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { distance } from "fastest-levenshtein";
import { describe, expect, it } from "vitest";
import { analyze, tokenize } from "../src/index/analyzer.js";
import { IndexLoadError, loadIndex, type Manifest } from "../src/index/corpus-index.js";
import { LexicalIndex, type LexicalDocument } from "../src/index/lexical-index.js";
import { Vocabulary } from "../src/index/lexical-vocabulary.js";
import { ingest } from "../src/ingest/ingest.js";
import { copyOfBundledCorpus, defaultEmbedder, tempDir } from "./helpers/fixtures.js";

const documents: LexicalDocument[] = [
  { id: "a", title: "Pashinyan greets the Kurdish community", text: "Prime Minister Nikol Pashinyan greeted the Kurdish community of Armenia on Newroz, the Kurdish new year." },
  { id: "b", title: "Grain exports", text: "Armenia exported more grain this spring than last year; grain prices rose in Yerevan." },
  { id: "c", title: "Court ruling", text: "The Constitutional Court said the Rome Statute is compatible with the constitution of Armenia." },
  { id: "d", title: "The ICC", text: "Judges of the International Criminal Court met in The Hague.", aliases: "ICC" },
  { id: "e", title: "Markets", text: "Shares fell as markets weighed the court's ruling; the dram held against the dollar." },
  { id: "f", title: "Yerevan talks", text: "Talks in Yerevan on grain, gas and the border went on for a second day. Pashinian's office said little." },
];

/**
 * BM25 as the index documents it, computed the plain way: per document and field, over
 * distinct words for the length; plus every term within the allowed edits of a query term
 * at 0.3 x length / (length + edits).
 */
function referenceScores(corpus: LexicalDocument[], query: string): Map<string, number> {
  const fields = corpus.map((document) => {
    const body = `${document.title} ${document.text} ${document.aliases ?? ""}`;
    return { id: document.id, title: analyze(document.title), titleLength: new Set(tokenize(document.title)).size, body: analyze(body), bodyLength: new Set(tokenize(body)).size };
  });
  const n = corpus.length;
  const average = (lengths: number[]) => lengths.reduce((a, b) => a + b, 0) / n;
  const [averageTitle, averageBody] = [average(fields.map((f) => f.titleLength)), average(fields.map((f) => f.bodyLength))];
  const idf = (df: number) => Math.log(1 + (n - df + 0.5) / (df + 0.5));
  const part = (terms: string[], length: number, averageLength: number, term: string, df: number) => {
    const tf = terms.filter((t) => t === term).length;
    return tf === 0 ? 0 : idf(df) * ((tf * 1.9) / (tf + 0.9 * (length / averageLength)));
  };
  const scoreOf = (term: string, f: (typeof fields)[number]) =>
    part(f.body, f.bodyLength, averageBody, term, fields.filter((g) => g.body.includes(term)).length) +
    0.2 * part(f.title, f.titleLength, averageTitle, term, fields.filter((g) => g.title.includes(term)).length);
  const vocabulary = [...new Set(fields.flatMap((f) => f.body))];
  const scores = new Map<string, number>();
  for (const queryTerm of analyze(query)) {
    const edits = queryTerm.length < 5 ? 0 : Math.round(queryTerm.length * 0.2);
    const matched = vocabulary.flatMap((term) => {
      const edited = distance(term, queryTerm);
      if (edited === 0) return [{ term, weight: 1 }];
      return edited <= edits ? [{ term, weight: (0.3 * term.length) / (term.length + edited) }] : [];
    });
    for (const { term, weight } of matched) {
      for (const f of fields) {
        const score = scoreOf(term, f);
        if (score > 0) scores.set(f.id, (scores.get(f.id) ?? 0) + weight * score);
      }
    }
  }
  return scores;
}

describe("the lexical index", () => {
  const index = LexicalIndex.build(documents);

  it("reads letters with dots as the word typed without them, and finds it either way", () => {
    expect(analyze("U.S. officials said, e.g. in the U.K.")).toEqual(analyze("US officials said, eg in the UK"));
    const wire = LexicalIndex.build([{ id: "w#0", title: "Wire", text: "U.S. officials met Chinese leaders." }]);
    expect(wire.query("US officials", { matchAll: true }).map((hit) => hit.id)).toEqual(["w#0"]);
  });

  it("reads chat's shorthand as the words it stands for", () => {
    expect(analyze("what did the us amb say abt lachin")).toEqual(analyze("what did the US ambassador say about Lachin"));
    expect(analyze("firstcorp raised buyback max")).toEqual(analyze("Firstcorp raised the buyback maximum"));
    expect(analyze("jp morgan qtrly divvy")).toEqual(analyze("JP Morgan quarterly dividend"));
    expect(analyze("the us ambo re lachin")).toEqual(analyze("the US ambassador about Lachin"));
    expect(analyze("soybean assn execs want a mgr")).toEqual(analyze("soybean association executives want a manager"));
    expect(analyze("which deal did baku break acc to the pres")).toEqual(analyze("which deal did Baku break according to the president"));
    expect(analyze("when'd pashinyan post the newroz msg")).toEqual(analyze("pashinyan post the Newroz message"));
    expect(analyze("what r the peacekeepers doing w the troops")).toEqual(analyze("what are the peacekeepers doing with the troops"));
    expect(analyze("whos the pm, y did u ask")).toEqual(analyze("who is the PM, why did you ask"));
    expect(analyze("whos the cme prez speaking at the committee mtg tmrw")).toEqual(analyze("who is the CME president speaking at the committee meeting tomorrow"));
    // Earnings per share are a results table's "Shr" row.
    expect(analyze("intermedics q1 eps")).toEqual(analyze("Intermedics Qtr Shr"));
    // Without its apostrophe a contraction stemmed to a word no article uses, which weighed as the rarest.
    expect(analyze("dirt roads, whats that about? wheres it")).toEqual(analyze("dirt roads, what's that about? where's it"));
    expect(analyze("foreign oil cos")).toEqual(analyze("foreign oil companies"));
    expect(analyze("aliyev invited the karabakh reps, a rep said")).toEqual(analyze("Aliyev invited the Karabakh representatives, a representative said"));
    // A negation, with its apostrophe or without, is the articles' "not" ("does not believe").
    expect(analyze("armenians dont trust ankara, they didn't")).toEqual(analyze("Armenians do not trust Ankara, they did not"));
    expect(analyze("why can't baku and doesnt yerevan")).toEqual(analyze("why cannot Baku and does not Yerevan"));
    // Asides say nothing of what is asked.
    expect(analyze("do armenians trust ankara or nah lol")).toEqual(analyze("do Armenians trust Ankara"));
  });

  it("reads British spellings as American ones, and finds either", () => {
    expect(analyze("the defence ministry recognised the harbour's programme")).toEqual(analyze("the defense ministry recognized the harbor's program"));
    const wire = LexicalIndex.build([{ id: "w#0", title: "Wire", text: "The defense ministry recognized the harbor authority." }]);
    expect(wire.query("defence harbour recognise", { matchAll: true }).map((hit) => hit.id)).toEqual(["w#0"]);
  });

  it("scores as plain BM25 over title and text, with the title again at a fifth, and close spellings at less", () => {
    for (const query of ["Kurdish community of Armenia", "grain prices in Yerevan", "Pashinian court ruling", "Constitutional Court Rome Statute", "ICC judges", "markets"]) {
      const expected = [...referenceScores(documents, query)].sort((a, b) => b[1] - a[1]);
      const hits = index.query(query);
      expect(hits.map((hit) => hit.id)).toEqual(expected.map(([id]) => id));
      hits.forEach((hit, i) => expect(hit.score).toBeCloseTo(expected[i]![1], 5));
    }
  });

  it("reads a misspelt name of five letters or more as the name, at less weight, and a short word only as itself", () => {
    const [first, second] = index.query("Pashinian");
    // "pashinian" is document f's own spelling; "pashinyan" (a and its title) is one edit away.
    expect(first!.id).toBe("f");
    expect(second!.id).toBe("a");
    expect(index.query("gram").map((hit) => hit.id)).toEqual([]);
    expect(index.query("Pashinian", { matchAll: true }).map((hit) => hit.id)).toEqual(["f"]);
  });

  it("with matchAll finds only documents with every term exactly, and counts a repeated term twice", () => {
    expect(index.query("grain Yerevan", { matchAll: true }).map((hit) => hit.id).sort()).toEqual(["b", "f"]);
    expect(index.query("grain Hague", { matchAll: true })).toEqual([]);
    expect(index.query("the of", { matchAll: true })).toEqual([]);
    const once = index.query("Hague", { matchAll: true })[0]!.score;
    expect(index.query("Hague Hague", { matchAll: true })[0]!.score).toBeCloseTo(2 * once, 10);
  });

  it("gives the best hits that pass the filter, the scores of the rest of what it found, and nothing for what it did not", () => {
    const all = index.query("Armenia grain Yerevan");
    expect(all.length).toBeGreaterThan(3);
    expect(index.query("Armenia grain Yerevan", { limit: 2 })).toEqual(all.slice(0, 2));
    const result = index.search("Armenia grain Yerevan", { limit: 1, filter: (id) => id !== all[0]!.id });
    expect(result.hits).toEqual([all[1]]);
    expect(result.scoreOf(all[2]!.id)).toBe(all[2]!.score);
    expect(result.scoreOf(all[0]!.id)).toBeUndefined();
    expect(result.scoreOf("e")).toBeUndefined();
    expect(result.scoreOf("no such id")).toBeUndefined();
  });

  it("asks the filter only of documents that would make the cut", () => {
    const grain = LexicalIndex.build([
      { id: "best", title: "Grain", text: "Grain, grain and grain." },
      { id: "worse", title: "Trade", text: "Grain was one of many goods traded that week, with steel, oil and coffee." },
      { id: "worst", title: "Trade", text: "Steel, oil, coffee, cotton, wool, rubber and grain were all traded that week." },
    ]);
    const asked: string[] = [];
    expect(grain.query("grain", { limit: 1, filter: (id) => (asked.push(id), true) }).map((hit) => hit.id)).toEqual(["best"]);
    expect(asked).toEqual(["best"]);
  });

  it("gives the documents with every term exactly in the order they were indexed, as matchAll finds them, without scores", () => {
    // Many documents, so that one term's postings are searched from far ahead of another's.
    const words = ["alpha", "beta", "gamma", "delta"];
    const every = [2, 3, 7, 5];
    const many: LexicalDocument[] = Array.from({ length: 600 }, (_, n) => ({
      id: `m${n}`,
      title: `Note ${n}`,
      text: words.filter((_, w) => n % every[w]! === 0).join(" and ") || "nothing",
      aliases: n % 11 === 0 ? "Gamma" : undefined,
    }));
    const manyIndex = LexicalIndex.build(many);
    const order = new Map(many.map((document, n) => [document.id, n]));
    for (const query of ["alpha", "gamma beta", "alpha beta gamma", "delta gamma gamma", "alpha epsilon", "the and", "Note 12 alpha"]) {
      const terms = analyze(query);
      const holding = many.filter((document) => terms.length > 0 && terms.every((term) => analyze(`${document.title} ${document.text} ${document.aliases ?? ""}`).includes(term)));
      const found = manyIndex.idsWithAll(query);
      expect(found).toEqual(holding.map((document) => document.id));
      expect(found).toEqual(manyIndex.query(query, { matchAll: true }).map((hit) => hit.id).sort((a, b) => order.get(a)! - order.get(b)!));
    }
    // Gamma in the text every seventh document, in the aliases every eleventh.
    expect(manyIndex.idsWithAll("alpha beta gamma delta")).toEqual(["m0", "m210", "m330", "m420"]);
    expect(index.idsWithAll("grain Yerevan")).toEqual(["b", "f"]);
  });

  it("says whether a document holds every one of some terms itself, in its title, text or aliases", () => {
    const [hague] = analyze("Hague");
    const [icc] = analyze("ICC");
    expect(index.holdingAll(["grain", "yerevan"])("b")).toBe(true);
    expect(index.holdingAll(["grain", "yerevan"])("a")).toBe(false);
    expect(index.holdingAll([hague!, icc!])("d")).toBe(true);
    expect(index.holdingAll([hague!])("c")).toBe(false);
    // Only the term itself: "pashinian" is one edit from document a's "pashinyan".
    expect(index.holdingAll(["pashinian"])("a")).toBe(false);
    expect(index.holdingAll(["pashinian"])("f")).toBe(true);
    expect(index.holdingAll(["neverseen"])("a")).toBe(false);
    expect(index.holdingAll(["grain"])("no such id")).toBe(false);
    for (const document of documents) expect(index.holdingAll(["armenia"])(document.id)).toBe(analyze(`${document.title} ${document.text}`).includes("armenia"));
  });

  it("knows a term, one that shares its first five letters, or one spelt a little differently, without reading every term", () => {
    expect(index.knows("kurdish")).toBe(true);
    expect(index.knows("kurd")).toBe(true);
    expect(index.knows("constitutionally")).toBe(true);
    // No term starts "pqshi"; "pashinyan" is one edit away.
    expect(index.knows("pqshinyan")).toBe(true);
    expect(index.knows("ukrain")).toBe(false);
    expect(index.knows("gra")).toBe(false);
    expect(index.has("grain")).toBe(true);
    expect(index.has("gra")).toBe(false);
    expect(index.readsAs("mirzoian", "mirzoyan")).toBe(true);
    expect(index.readsAs("pashinyan", "pashinian")).toBe(false);
    // Two letters swapped, as typing slips ("recieved"): one slip, though edits count it as two.
    expect(index.readsAs("reciev", "receiv")).toBe(true);
    expect(index.readsAs("recevi", "receiv")).toBe(true);
    expect(index.readsAs("rceive", "receiv")).toBe(false);
    const [hague] = analyze("Hague");
    expect(index.idf("grain")).toBeLessThan(index.idf(hague!));
    // A term no document holds weighs as much as one a single document holds.
    expect(index.idf("neverseen")).toBe(index.idf(hague!));
  });

  it("round-trips through its bytes", () => {
    const loaded = LexicalIndex.fromBytes(index.toBytes());
    expect(loaded.size).toBe(documents.length);
    for (const query of ["Kurdish community", "Pashinian", "grain Yerevan", "ICC"]) expect(loaded.query(query)).toEqual(index.query(query));
    for (const term of ["grain", "kurd", "nowhere"]) {
      expect(loaded.has(term)).toBe(index.has(term));
      expect(loaded.knows(term)).toBe(index.knows(term));
      expect(loaded.idf(term)).toBe(index.idf(term));
    }
    // Bytes that do not start at a multiple of four are read all the same.
    const shifted = new Uint8Array(index.toBytes().length + 1).subarray(1);
    shifted.set(index.toBytes());
    expect(LexicalIndex.fromBytes(shifted).query("grain")).toEqual(index.query("grain"));
    const empty = LexicalIndex.fromBytes(LexicalIndex.build([]).toBytes());
    expect([empty.size, empty.query("grain").length, empty.knows("grain")]).toEqual([0, 0, false]);
  });

  it("takes documents added after its own as a build over all of them would, byte for byte, and no id twice", () => {
    const [first, later] = [documents.slice(0, 2), documents.slice(2)];
    const extended = LexicalIndex.fromBytes(LexicalIndex.build(first).toBytes()).extend(later);
    expect(Buffer.from(extended.toBytes()).equals(Buffer.from(index.toBytes()))).toBe(true);
    // Every score moves with the new document count and lengths, the old documents' too.
    for (const query of ["grain Yerevan", "Kurdish community", "Pashinian"]) expect(extended.query(query)).toEqual(index.query(query));
    expect(LexicalIndex.build([]).extend(documents).toBytes()).toEqual(index.toBytes());
    expect(() => extended.extend([documents[1]!])).toThrow("the lexical index already holds b");
  });

  it("refuses bytes it did not write, saying so", () => {
    const bytes = index.toBytes();
    expect(() => LexicalIndex.fromBytes(bytes.subarray(0, 20))).toThrow("the lexical index is damaged");
    expect(() => LexicalIndex.fromBytes(bytes.subarray(0, bytes.length - 1))).toThrow(/is damaged: it is \d+ bytes long, its header says/);
    const wrongMagic = Uint8Array.from(bytes);
    wrongMagic[0] = 0;
    expect(() => LexicalIndex.fromBytes(wrongMagic)).toThrow("does not start as a lexical index");
    // Postings that run backwards: the start of the second term's postings past the third's.
    const backwards = Uint8Array.from(bytes);
    new DataView(backwards.buffer).setUint32(32 + 4 * 2, 0xffff, true);
    expect(() => LexicalIndex.fromBytes(backwards)).toThrow(/damaged: the postings of term \d+ end before they start/);
    // A posting of a document past the last: the first posting's document, after the starts.
    const past = Uint8Array.from(bytes);
    const terms = new DataView(bytes.buffer, bytes.byteOffset).getUint32(12, true);
    new DataView(past.buffer).setUint32(32 + 4 * (terms + 1), documents.length, true);
    expect(() => LexicalIndex.fromBytes(past)).toThrow(/damaged: posting 0 names document 6, past the 6 it holds/);
  });
});

describe("the vocabulary's close terms", () => {
  it("are exactly the terms within the edits, found without reading each one", () => {
    // A deterministic spread of words over a small alphabet, so that many are close to each other.
    let seed = 7;
    const random = () => (seed = (seed * 48271) % 2147483647) / 2147483647;
    const words = new Set<string>();
    while (words.size < 3000) words.add(Array.from({ length: 2 + Math.floor(random() * 9) }, () => "abcde"[Math.floor(random() * 5)]).join(""));
    const vocabulary = new Vocabulary([...words].sort());
    for (const word of ["abcde", "aaaaaaa", "edcbaedcba", "b", "cabbage", "ddddddddddddddd"]) {
      for (const edits of [1, 2, 3]) {
        const expected = vocabulary.terms.flatMap((term, at) => {
          const edited = distance(term, word);
          return edited > 0 && edited <= edits ? [{ term: at, distance: edited }] : [];
        });
        expect(vocabulary.similar(word, edits)).toEqual(expected);
      }
    }
    expect(vocabulary.indexOf("abcde")).toBe(vocabulary.terms.indexOf("abcde"));
    expect(vocabulary.indexOf("zz")).toBe(-1);
    expect(vocabulary.hasPrefix(vocabulary.terms[10]!.slice(0, 2))).toBe(true);
    expect(vocabulary.hasPrefix("abcdeabcdeabcde")).toBe(false);
  });
});

describe("the lexical index on disk", () => {
  it("is checked before it is read: a garbled file is named and rebuilt, one that matches its checksum but not its layout is refused", async () => {
    const embedder = await defaultEmbedder();
    const corpusDir = copyOfBundledCorpus();
    const indexDir = join(tempDir(), "embeddings");
    const built = await ingest({ corpusDir, indexDir, embedder });
    const name = built.index.manifest.files.lexical;
    const path = join(indexDir, name);
    expect(loadIndex(indexDir).lexical.query("Kurdish Newroz")).toEqual(built.index.lexical.query("Kurdish Newroz"));

    const bytes = built.index.lexical.toBytes();
    const garbled = Uint8Array.from(bytes);
    garbled[Math.floor(garbled.length / 2)]! ^= 0xff;
    writeFileSync(path, garbled);
    expect(() => loadIndex(indexDir)).toThrow(`the index file ${path} is damaged: its SHA-256 differs from the one in the manifest`);

    // Bytes whose header lies about the postings, with the manifest's checksum made theirs: the layout is checked too.
    const lying = Uint8Array.from(bytes);
    new DataView(lying.buffer).setUint32(16, new DataView(lying.buffer).getUint32(16, true) + 1, true);
    writeFileSync(path, lying);
    const manifestPath = join(indexDir, "manifest.json");
    const manifest = JSON.parse(readFileSync(manifestPath, "utf8")) as Manifest;
    manifest.checks[name] = { bytes: lying.length, sha256: createHash("sha256").update(lying).digest("hex") };
    writeFileSync(manifestPath, JSON.stringify(manifest));
    const damaged = /^the index in .* is damaged: the lexical index is damaged: it is \d+ bytes long, its header says \d+$/;
    expect(() => loadIndex(indexDir)).toThrow(IndexLoadError);
    expect(() => loadIndex(indexDir)).toThrow(damaged);
    const notices: string[] = [];
    const rebuilt = await ingest({ corpusDir, indexDir, embedder, onNotice: (m) => notices.push(m) });
    expect(notices.some((notice) => notice.startsWith("Rebuilding the whole index: the index in") && notice.includes("the lexical index is damaged"))).toBe(true);
    expect(rebuilt).toMatchObject({ changed: true, added: 10 });
    expect(loadIndex(indexDir).lexical.query("Kurdish Newroz")).toEqual(built.index.lexical.query("Kurdish Newroz"));
  });
});
