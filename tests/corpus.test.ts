import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { abbreviationsIn } from "../src/corpus/abbreviations.js";
import { articleDateline, datelinePlace } from "../src/corpus/dateline.js";
import { loadCorpus, MAX_FILE_BYTES } from "../src/corpus/load-corpus.js";
import { BUNDLED_CORPUS, cleanupTempDirs, tempDir } from "./helpers/fixtures.js";

afterAll(cleanupTempDirs);

describe("the bundled corpus", () => {
  const { articles, skipped } = loadCorpus(BUNDLED_CORPUS);

  it("holds the ten articles of the seed digest and nothing is skipped", () => {
    expect(skipped).toEqual([]);
    expect(articles).toHaveLength(10);
  });

  it("keeps only the URLs the digest gives", () => {
    const urls = articles.map((a) => a.url).filter(Boolean).sort();
    expect(urls).toEqual([
      "https://globalcomment.com/karabakh-armenians-between-ethnic-cleansing-and-reintegration-into-azerbaijan/",
      "https://jam-news.net/karabakh-armenians-refusal-to-negotiate/",
      "https://www.weeklyblitz.net/news/pashinyan-said-that-armenia-lost-the-2020-war-because-of-the-fifth-column-in-the-army/",
    ]);
  });

  it("has no web leftovers or related headlines in the bodies", () => {
    for (const article of articles) {
      expect(article.text).not.toMatch(/^(Save|Share)$/m);
      expect(article.text).not.toMatch(/^\s*\d{1,2}:\d{2},/m);
      expect(article.text).not.toMatch(/https?:\/\//);
      expect(article.text).not.toContain("Amnesty International Report on Georgia");
    }
  });

  it("reads outlets and dates the text gives, as precisely as it gives them", () => {
    const byTitle = new Map(articles.map((a) => [a.title, a]));
    expect(byTitle.get("PM Pashinyan felicitates Kurdish community of Armenia on Newroz")).toMatchObject({ outlet: "Armenpress", date: "2023-03-21T10:53" });
    expect(byTitle.get("Azerbaijani president sees good chance for reaching peace with Armenia")).toMatchObject({ outlet: "TASS", date: "2023-03-14" });
    expect(byTitle.get("Karabakh Armenians again refuse negotiation in Baku")).toMatchObject({ outlet: "JAMnews", date: "2023-03" });
    // The digest names no outlet for this one; none is made up.
    expect(byTitle.get("Russia irritated by Armenia’s intentions to recognise ICC jurisdiction, which wants to arrest Putin")?.outlet).toBeNull();
  });

  it("says where the agency reports were filed from, after a standfirst too, and no place for the others", () => {
    const filedFrom = Object.fromEntries(articles.map((a) => [a.id.replace(/^2023-03-(\d\d-)?/, ""), articleDateline(a.text)]));
    expect(filedFrom).toEqual({
      "blitz-pashinyan-fifth-column": null,
      "tass-aliyev-chance-for-peace": "BAKU",
      "global-comment-karabakh-armenians": null,
      "armenpress-armenia-iraq-regional-security": "YEREVAN",
      "armenpress-pashinyan-newroz": "YEREVAN",
      "armenpress-dutch-summon-azeri-ambassador": "YEREVAN",
      "russia-accuses-azerbaijan-ceasefire-violation": null,
      "armenpress-armenia-czech-consultations": "YEREVAN",
      "karabakh-armenians-refuse-negotiation-in-baku": null,
      "russia-irritated-by-armenia-icc-intentions": null,
    });
    expect(datelinePlace("NEW YORK, Feb 26 - Standard Oil Co said ...")).toBe("NEW YORK");
    expect(datelinePlace("LONDON (Reuters) - Britain said ...")).toBe("LONDON");
    expect(datelinePlace("KYIV, Ukraine (AP) — Ukraine said ...")).toBe("KYIV");
    // Capitals before a comma that no date follows are no dateline.
    expect(datelinePlace("NATO, the EU and the OSCE said ...")).toBeNull();
    expect(datelinePlace("NATO, EU and OSCE envoys said ...")).toBeNull();
  });

  it("finds the abbreviations an article defines, either way round", () => {
    const defined = articles.flatMap((article) => abbreviationsIn(article.text)).map(({ short, long }) => `${short} = ${long}`);
    expect(defined.sort()).toEqual([
      "FAON = Federation of Armenian Organisations in the Netherlands",
      "ICC = International Criminal Court",
      "ICJ = International Court of Justice",
      "OSCE = Organisation for Security and Stability in Europe",
    ]);
    expect(abbreviationsIn("Monitors of the OSCE (Organisation for Security and Cooperation in Europe) left.")).toEqual([
      { short: "OSCE", long: "Organisation for Security and Cooperation in Europe" },
    ]);
    // Brackets that define nothing: a date, an aside, capitals whose letters the words before lack.
    expect(abbreviationsIn("The ministry on Saturday (March 25) said the troops (two units) left Shusha (NK).")).toEqual([]);
  });
});

describe("a user's corpus folder", () => {
  function folderWith(files: Record<string, string | Buffer>): string {
    const dir = tempDir();
    for (const [name, content] of Object.entries(files)) {
      mkdirSync(join(dir, name, ".."), { recursive: true });
      writeFileSync(join(dir, name), content);
    }
    return dir;
  }

  it("reads .md, .txt and .jsonl articles", () => {
    const dir = folderWith({
      "a.md": '---\ntitle: "Front matter title"\noutlet: Reuters\ndate: 2023-03-14\nurl: https://example.com/a\n---\n\nBody of A.\n',
      "b.txt": "Headline of B\n\nBody of B, first paragraph.\n\nSecond paragraph.\n",
      "c.jsonl": '{"id":"c1","title":"C one","text":"Body C1.","outlet":"AP","date":"2023-03"}\n{"id":"c2","title":"C two","text":"Body C2."}\n',
    });
    const { articles, skipped } = loadCorpus(dir);
    expect(skipped).toEqual([]);
    expect(articles.map((a) => [a.id, a.title, a.outlet, a.date, a.url, a.text])).toEqual([
      ["a", "Front matter title", "Reuters", "2023-03-14", "https://example.com/a", "Body of A."],
      ["b", "Headline of B", null, null, null, "Body of B, first paragraph.\n\nSecond paragraph."],
      ["c1", "C one", "AP", "2023-03", null, "Body C1."],
      ["c2", "C two", null, null, null, "Body C2."],
    ]);
  });

  it("skips each bad file with a reason that names it, and keeps the good ones", () => {
    const dir = folderWith({
      "good.md": "---\ntitle: Good\n---\nFine text.\n",
      "empty.md": "",
      "binary.txt": Buffer.from([0x48, 0x00, 0x49, 0x0a]),
      "latin1.txt": Buffer.from([0x48, 0x65, 0x61, 0x64, 0x0a, 0xe9, 0xe8]),
      "photo.png": "not really a png",
      "broken.md": "---\ntitle: [unclosed\n---\nText.\n",
      "bad-date.md": "---\ntitle: Bad date\ndate: last Tuesday\n---\nText.\n",
      "bad-url.md": "---\ntitle: Bad url\nurl: javascript:alert(1)\n---\nText.\n",
      "no-title.md": "Just text with no title at all.\n",
      "lines.jsonl": '{"id":"ok","title":"OK","text":"Fine."}\nnot json\n{"id":"notext","title":"No text"}\n',
      "dup.md": "---\ntitle: Duplicate of ok\n---\nText.\n",
      "sub/ok.txt": "Nested\nIn a subfolder.\n",
      "huge.txt": "x",
    });
    writeFileSync(join(dir, "huge.txt"), Buffer.alloc(MAX_FILE_BYTES + 1, 0x61));
    writeFileSync(join(dir, "ok.md"), "---\ntitle: Clashes with the JSONL id\n---\nText.\n");
    const { articles, skipped } = loadCorpus(dir);
    expect(articles.map((a) => a.id).sort()).toEqual(["dup", "good", "ok", "sub/ok"]);
    const reasons = Object.fromEntries(skipped.map((s) => [s.source, s.reason]));
    expect(reasons["empty.md"]).toBe("empty file");
    expect(reasons["binary.txt"]).toMatch(/binary/);
    expect(reasons["latin1.txt"]).toMatch(/UTF-8/);
    expect(reasons["photo.png"]).toMatch(/unsupported file type ".png"/);
    expect(reasons["broken.md"]).toMatch(/malformed front matter/);
    expect(reasons["bad-date.md"]).toMatch(/"date" must be an ISO 8601 date/);
    expect(reasons["bad-url.md"]).toMatch(/"url" must be an http\(s\) URL/);
    expect(reasons["no-title.md"]).toMatch(/no title/);
    expect(reasons["lines.jsonl:2"]).toBe("not valid JSON");
    expect(reasons["lines.jsonl:3"]).toMatch(/"text"/);
    expect(reasons["huge.txt"]).toMatch(/too large/);
    expect(reasons["ok.md"]).toMatch(/duplicate article id "ok"/);
  });

  it("links an article without a URL to its stored copy only when a base URL is set", () => {
    const dir = folderWith({ "no url.md": "---\ntitle: T\n---\nText.\n", "x.jsonl": '{"id":"j","title":"J","text":"T."}\n' });
    expect(loadCorpus(dir).articles.map((a) => a.url)).toEqual([null, null]);
    expect(loadCorpus(dir, { baseUrl: "https://github.com/org/repo/blob/main/corpus" }).articles.map((a) => a.url)).toEqual([
      "https://github.com/org/repo/blob/main/corpus/x.jsonl#L1",
      "https://github.com/org/repo/blob/main/corpus/no%20url.md",
    ]);
  });
});
