import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { abbreviationsIn, abbreviationsUsedIn } from "../src/corpus/abbreviations.js";
import { articleDatelineOf, datelineOf, datelinePlace } from "../src/corpus/dateline.js";
import { loadCorpus, MAX_FILE_BYTES, MAX_OUTLET_CHARS, MAX_TITLE_CHARS } from "../src/corpus/load-corpus.js";
import { BUNDLED_CORPUS, cleanupTempDirs, copyOfBundledCorpus, tempDir } from "./helpers/fixtures.js";

afterAll(cleanupTempDirs);

function folderWith(files: Record<string, string | Buffer>, dir = tempDir()): string {
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(join(dir, name, ".."), { recursive: true });
    writeFileSync(join(dir, name), content);
  }
  return dir;
}

/** Skips or warnings by source, to look one up. */
function bySource(list: { source: string; reason: string }[]): Record<string, string> {
  return Object.fromEntries(list.map((s) => [s.source, s.reason]));
}

describe("the bundled corpus", () => {
  const { articles, skipped, warnings } = loadCorpus(BUNDLED_CORPUS);

  it("holds the ten articles of the seed digest and nothing is skipped", () => {
    expect(skipped).toEqual([]);
    expect(warnings).toEqual([]);
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
    const filedFrom = Object.fromEntries(articles.map((a) => [a.id.replace(/^2023-03-(\d\d-)?/, ""), articleDatelineOf(a.text)?.place ?? null]));
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
    expect(datelinePlace("BUFFALO, N.Y., March 3 - Oper shr profit 21 cts ...")).toBe("BUFFALO");
    expect(datelinePlace("PORTLAND, Ore., Feb 26 - Red Lion Inns Limited Partnership said ...")).toBe("PORTLAND");
    // Capitals before a comma that no date follows are no dateline.
    expect(datelinePlace("NATO, the EU and the OSCE said ...")).toBeNull();
    expect(datelinePlace("NATO, EU and OSCE envoys said ...")).toBeNull();
    // The region or country after the place, where the agency writes one.
    expect(datelineOf("SOWETO, South Africa, March 2 - Thousands of black mineworkers ...")).toEqual({ place: "SOWETO", region: "South Africa" });
    expect(datelineOf("BUFFALO, N.Y., March 3 - Oper shr profit 21 cts ...")).toEqual({ place: "BUFFALO", region: "N.Y." });
    expect(datelineOf("KYIV, Ukraine (AP) — Ukraine said ...")).toEqual({ place: "KYIV", region: "Ukraine" });
    expect(datelineOf("BAKU, March 14. /TASS/. There is every chance ...")).toEqual({ place: "BAKU", region: null });
    // A place opened by an abbreviation.
    expect(datelineOf("ST. LOUIS, March 5 - May Department Stores Co said ...")).toEqual({ place: "ST. LOUIS", region: null });
    expect(datelineOf("FT. LAUDERDALE, Fla., March 4 - Citizens Growth said ...")).toEqual({ place: "FT. LAUDERDALE", region: "Fla." });
    // A place with an apostrophe.
    expect(datelineOf("COEUR D'ALENE, Idaho, March 2 - Shr loss 18 cts vs loss one ct")).toEqual({ place: "COEUR D'ALENE", region: "Idaho" });
    expect(datelineOf("ST. JOHN'S, Newfoundland, March 9 - Petro-Canada said ...")).toEqual({ place: "ST. JOHN'S", region: "Newfoundland" });
    // A date the wire mistyped, or a comma or space it left out, before the dash.
    expect(datelineOf("RICHMOND, Va. Feb 26 - Qtly div eight cts vs 7.5 cts prior")).toEqual({ place: "RICHMOND", region: "Va." });
    expect(datelineOf("ALBANY, N.Y., Marc 3 - KeyCorp said ...")).toEqual({ place: "ALBANY", region: "N.Y." });
    expect(datelineOf("MONTREAL, Feb 26- Shr 1.11 dlrs vs 1.04 dlrs")).toEqual({ place: "MONTREAL", region: null });
    expect(datelineOf("NEW YORK, March 9 -- Oil traders said ...")).toEqual({ place: "NEW YORK", region: null });
    // Some wires write the place in title case: a dateline where a dash soon ends it.
    expect(datelineOf("Toronto, Feb 26 - Two-for-one stock split")).toEqual({ place: "Toronto", region: null });
    expect(datelineOf("Vancouver, British Columbia, March 6 - <Amir Mines Ltd> said ...")).toEqual({ place: "Vancouver", region: "British Columbia" });
    // A region and a dash, the date left out or after it; in capitals only ("Meanwhile, Reagan - who ..." is none).
    expect(datelineOf("WOODBRIDGE, N.J. - Supermarkets General Corp reported sales ...")).toEqual({ place: "WOODBRIDGE", region: "N.J." });
    expect(datelineOf("CHEVY CHASE, Md., - March 4 - Geico Corp said ...")).toEqual({ place: "CHEVY CHASE", region: "Md." });
    expect(datelineOf("Meanwhile, Reagan - who was there - said ...")).toBeNull();
    expect(datelineOf("Moscow, March 3 was cold.")).toBeNull();
    expect(datelineOf("Paris, the capital, is big - very big.")).toBeNull();
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

  it("finds the abbreviations a report uses undefined, spelled out elsewhere in it", () => {
    expect(abbreviationsUsedIn("The February producer price index gained only 0.1 pct. This followed a 0.6 pct rise in the PPI in January.")).toEqual([{ short: "PPI", long: "producer price index" }]);
    expect(abbreviationsUsedIn("The Organization of Petroleum Exporting Countries met. OPEC said output fell.")).toEqual([{ short: "OPEC", long: "Organization of Petroleum Exporting Countries" }]);
    // Not a ticker, nor words whose initials spell it by chance: a stop word, one in capitals, a mix of cases.
    expect(abbreviationsUsedIn("American Motors Co <AMC> said it is a major company.")).toEqual([]);
    expect(abbreviationsUsedIn("I believe the Mac will outsell IBM, a DOJ official told DOT staff.")).toEqual([]);
  });
});

describe("a user's corpus folder", () => {
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

  it("skips each bad file with a reason that names it, keeps the good ones, and drops a bad field with a warning", () => {
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
    writeFileSync(join(dir, "ok.md"), "---\ntitle: Owns the id the JSONL line claims\n---\nText.\n");
    const { articles, skipped, warnings } = loadCorpus(dir);
    // A bad date or URL used to cost the whole article; now only the field goes.
    expect(articles.map((a) => [a.id, a.date, a.url])).toEqual([
      ["bad-date", null, null],
      ["bad-url", null, null],
      ["dup", null, null],
      ["good", null, null],
      ["ok", null, null],
      ["sub/ok", null, null],
    ]);
    expect(bySource(warnings)).toEqual({
      "bad-date.md": expect.stringMatching(/^"date" "last Tuesday" is not a calendar date in ISO 8601 .*; dropped$/),
      "bad-url.md": '"url" is not an http(s) link; dropped',
    });
    const reasons = bySource(skipped);
    expect(reasons["empty.md"]).toBe("empty file");
    expect(reasons["binary.txt"]).toMatch(/binary/);
    expect(reasons["latin1.txt"]).toMatch(/UTF-8/);
    expect(reasons["photo.png"]).toMatch(/unsupported file type ".png"/);
    expect(reasons["broken.md"]).toMatch(/malformed front matter/);
    expect(reasons["no-title.md"]).toMatch(/no title/);
    expect(reasons["lines.jsonl:1"]).toBe('article id "ok" belongs to the article file ok.md');
    expect(reasons["lines.jsonl:2"]).toBe("not valid JSON");
    expect(reasons["lines.jsonl:3"]).toMatch(/"text"/);
    expect(reasons["huge.txt"]).toMatch(/too large/);
    expect(Object.keys(reasons)).toHaveLength(10);
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

describe("article files as untrusted input", () => {
  it("never runs front matter as code: a block naming another language than YAML is refused", () => {
    // gray-matter ran this with its own require() in scope.
    const marker = join(tempDir(), "ran");
    const code = `{ title: (require("node:fs").writeFileSync(${JSON.stringify(marker)}, "ran"), "Ran") }`;
    const dir = folderWith({
      "js.md": `---js\n${code}\n---\nText.\n`,
      "javascript.md": `---javascript\n${code}\n---\nText.\n`,
      "coffee.md": `---coffee\ntitle: "Ran"\n---\nText.\n`,
      "json.md": '---json\n{"title": "JSON"}\n---\nText.\n',
      "toml.md": '---toml\ntitle = "TOML"\n---\nText.\n',
      "yaml.md": "---yaml\ntitle: Plain YAML\n---\nText.\n",
    });
    const { articles, skipped } = loadCorpus(dir);
    expect(existsSync(marker)).toBe(false);
    expect(articles.map((a) => a.title)).toEqual(["Plain YAML"]);
    expect(bySource(skipped)).toEqual(
      Object.fromEntries(
        ["coffee", "javascript", "js", "json", "toml"].map((language) => [
          `${language}.md`,
          `front matter marked as "${language}" refused: only YAML front matter is read, and never run as code`,
        ]),
      ),
    );
  });

  it("reads YAML with the core schema: no tag builds an object, and front matter that is no mapping is reported", () => {
    const dir = folderWith({
      "tags.md": "---\ntitle: Tags\noutlet: !!binary QVBB\ndate: !!timestamp 2023-03-14\n---\nText.\n",
      "list.md": "---\n- title\n- outlet\n---\nText.\n",
      "scalar.md": "---\njust words\n---\nText.\n",
      "empty.md": "---\n---\n# Heading title\nText.\n",
    });
    const { articles, skipped, warnings } = loadCorpus(dir);
    expect(articles.map((a) => [a.id, a.title, a.outlet, a.date])).toEqual([
      ["empty", "Heading title", null, null],
      ["tags", "Tags", "QVBB", "2023-03-14"],
    ]);
    expect(warnings.map((w) => `${w.source}: ${w.reason}`)).toEqual([
      "tags.md: front matter: Unresolved tag: tag:yaml.org,2002:binary at line 2, column 9",
      "tags.md: front matter: Unresolved tag: tag:yaml.org,2002:timestamp at line 3, column 7",
    ]);
    expect(bySource(skipped)).toEqual({
      "list.md": 'malformed front matter: it is a list, not "field: value" lines',
      "scalar.md": 'malformed front matter: it is a single value, not "field: value" lines',
    });
  });

  it("stops a YAML alias bomb at once, with a reason that names it", () => {
    const levels = ["a", "b", "c", "d", "e", "f", "g", "h", "i"];
    const bomb = levels.map((name, i) => `${name}: &${name} [${Array(9).fill(i === 0 ? '"lol"' : `*${levels[i - 1]}`).join(", ")}]`).join("\n");
    const dir = folderWith({ "bomb.md": `---\ntitle: Laughs\n${bomb}\n---\nText.\n`, "fine.md": "---\ntitle: Fine\n---\nText.\n" });
    const started = performance.now();
    const { articles, skipped } = loadCorpus(dir);
    expect(performance.now() - started).toBeLessThan(1000);
    expect(articles.map((a) => a.id)).toEqual(["fine"]);
    expect(bySource(skipped)).toEqual({ "bomb.md": expect.stringMatching(/^front matter refused: its aliases expand too far .*"billion laughs"/) });
  });

  it("keeps dates as written, and an article whose date the calendar lacks, without the date", () => {
    const dated = (date: string) => `---\ntitle: Dated\ndate: ${date}\n---\nText.\n`;
    const dir = folderWith({
      "feb-30.md": dated("2023-02-30"),
      "month-13.md": dated('"2023-13-01"'),
      "apr-31.md": dated("2023-04-31"),
      "feb-29.md": dated("2023-02-29"),
      "leap-day.md": dated("2024-02-29"),
      "late-evening.md": dated("2023-03-14T23:30:00-05:00"),
      "year.md": dated("2023"),
      "month.md": dated("2023-03"),
      "minute.md": dated("2023-03-21T10:53"),
      "lines.jsonl": '{"id":"line","title":"Line","text":"T.","date":"2023-02-30"}\n',
    });
    const { articles, skipped, warnings } = loadCorpus(dir);
    expect(skipped).toEqual([]);
    expect(Object.fromEntries(articles.map((a) => [a.id, a.date]))).toEqual({
      "apr-31": null,
      "feb-29": null,
      "feb-30": null,
      "late-evening": "2023-03-14T23:30:00-05:00",
      "leap-day": "2024-02-29",
      line: null,
      minute: "2023-03-21T10:53",
      month: "2023-03",
      "month-13": null,
      year: "2023",
    });
    expect(bySource(warnings)).toEqual({
      "apr-31.md": expect.stringMatching(/^"date" "2023-04-31" is not a calendar date/),
      "feb-29.md": expect.stringMatching(/^"date" "2023-02-29" is not a calendar date/),
      "feb-30.md": expect.stringMatching(/^"date" "2023-02-30" is not a calendar date/),
      "lines.jsonl:1": expect.stringMatching(/^"date" "2023-02-30" is not a calendar date/),
      "month-13.md": expect.stringMatching(/^"date" "2023-13-01" is not a calendar date/),
    });
  });

  it("stores only http(s) links without credentials, normalised and safe to show in Markdown", () => {
    const lines = [
      "javascript:alert(1)",
      "data:text/html,<script>alert(1)</script>",
      "file:///etc/passwd",
      "https://user:secret@example.com/a",
      "https://example.com/a\n[x](http://evil.example)",
      "HTTPS://Example.COM/path (1)/it's?q=<b>|{c}#\"x\"",
    ].map((url, i) => JSON.stringify({ id: `l${i + 1}`, title: "T", text: "T.", url }));
    const dir = folderWith({ "links.jsonl": `${lines.join("\n")}\n`, "a (1) [x].md": "---\ntitle: T\nurl: https://example.com/`code`^\n---\nText.\n" });
    const { articles, skipped, warnings } = loadCorpus(dir, { baseUrl: "https://example.org/corpus" });
    expect(skipped).toEqual([]);
    expect(articles.map((a) => [a.id, a.url])).toEqual([
      ["a (1) [x]", "https://example.com/%60code%60%5E"],
      ["l1", "https://example.org/corpus/links.jsonl#L1"],
      ["l2", "https://example.org/corpus/links.jsonl#L2"],
      ["l3", "https://example.org/corpus/links.jsonl#L3"],
      ["l4", "https://example.org/corpus/links.jsonl#L4"],
      ["l5", "https://example.com/a%5Bx%5D%28http://evil.example%29"],
      ["l6", "https://example.com/path%20%281%29/it%27s?q=%3Cb%3E%7C%7Bc%7D#%22x%22"],
    ]);
    expect(bySource(warnings)).toEqual({
      "links.jsonl:1": '"url" is not an http(s) link; dropped',
      "links.jsonl:2": '"url" is not an http(s) link; dropped',
      "links.jsonl:3": '"url" is not an http(s) link; dropped',
      "links.jsonl:4": '"url" carries a user name or password; dropped',
    });
    // The link made from a file name is as safe as any other.
    const noUrl = folderWith({ "a (1) [x].md": "---\ntitle: T\n---\nText.\n" });
    expect(loadCorpus(noUrl, { baseUrl: "https://example.org/corpus" }).articles[0]!.url).toBe("https://example.org/corpus/a%20%281%29%20%5Bx%5D.md");
  });

  it("gives an id an article file makes to that file, never to a JSONL line, whatever the order", () => {
    const dir = copyOfBundledCorpus();
    folderWith(
      {
        "0-first.jsonl": '{"id":"2023-03-14-tass-aliyev-chance-for-peace","title":"Impostor","text":"T."}\n',
        "zz-last.jsonl": '{"id":"2023-03-15-global-comment-karabakh-armenians","title":"Impostor","text":"T."}\n{"id":"own","title":"Own","text":"T."}\n',
      },
      dir,
    );
    const { articles, skipped } = loadCorpus(dir);
    expect(articles).toHaveLength(11);
    expect(articles.filter((a) => a.title === "Impostor")).toEqual([]);
    expect(bySource(skipped)).toEqual({
      "0-first.jsonl:1": 'article id "2023-03-14-tass-aliyev-chance-for-peace" belongs to the article file 2023-03-14-tass-aliyev-chance-for-peace.md',
      "zz-last.jsonl:1": 'article id "2023-03-15-global-comment-karabakh-armenians" belongs to the article file 2023-03-15-global-comment-karabakh-armenians.md',
    });
  });

  it("keeps the first of JSONL lines that share an id, by path and then line", () => {
    const dir = folderWith({
      "a.jsonl": '{"id":"x","title":"A1","text":"T."}\n{"id":"y","title":"A2","text":"T."}\n{"id":"x","title":"A3","text":"T."}\n',
      "b.jsonl": '{"id":"x","title":"B1","text":"T."}\n',
    });
    const { articles, skipped } = loadCorpus(dir);
    expect(articles.map((a) => [a.id, a.title])).toEqual([
      ["x", "A1"],
      ["y", "A2"],
    ]);
    expect(bySource(skipped)).toEqual({
      "a.jsonl:3": 'duplicate article id "x" (first used by a.jsonl:1)',
      "b.jsonl:1": 'duplicate article id "x" (first used by a.jsonl:1)',
    });
  });

  it("reads neither of two article files whose paths make one id, and says so for each", () => {
    const dir = folderWith({
      "a.md": "---\ntitle: A as Markdown\n---\nText.\n",
      "a.txt": "A as text\nText.\n",
      "b.jsonl": '{"id":"a","title":"A as a line","text":"T."}\n',
    });
    const { articles, skipped } = loadCorpus(dir);
    expect(articles).toEqual([]);
    expect(bySource(skipped)).toEqual({
      "a.md": 'article id "a" is also made by a.txt; rename one of them',
      "a.txt": 'article id "a" is also made by a.md; rename one of them',
      "b.jsonl:1": 'article id "a" belongs to the article file a.md and a.txt',
    });
  });

  it("follows no symbolic link and reads no special file, and reports each", () => {
    const outside = folderWith({ "secret.md": "---\ntitle: Outside the corpus\n---\nText.\n" });
    const dir = folderWith({ "real.md": "---\ntitle: Real\n---\nText.\n" });
    symlinkSync("real.md", join(dir, "link.md"));
    symlinkSync(join(outside, "secret.md"), join(dir, "secret.md"));
    symlinkSync(outside, join(dir, "folder"));
    execFileSync("mkfifo", [join(dir, "pipe.md")]);
    const { articles, skipped } = loadCorpus(dir);
    expect(articles.map((a) => a.title)).toEqual(["Real"]);
    expect(bySource(skipped)).toEqual({
      folder: "symbolic link; not followed",
      "link.md": "symbolic link; not followed",
      "secret.md": "symbolic link; not followed",
      "pipe.md": "not a regular file (a named pipe); not read",
    });
  });

  it("cuts over-long titles and outlets at a word, drops ones that are no text, and removes control and bidi characters", () => {
    const dir = folderWith({
      "long.md": `---\ntitle: ${"Headline ".repeat(80)}\noutlet: ${"Outlet ".repeat(40)}\n---\nText.\n`,
      "mapping.md": "---\ntitle: {first: A}\n---\n# Heading instead\nText.\n",
      "lines.jsonl": '{"id":"list","title":["A","B"],"text":"T."}\n{"id":"outlet","title":"O","outlet":{"name":"X"},"text":"T."}\n',
      "bidi.md": "---\ntitle: \"Invoice\\u202Egpj.exe\\u2066 due\\u0007\"\noutlet: \"Out\\u0085let\\u202D\"\n---\nBody\u2067 text\u001B and\u009B more.\n",
    });
    const { articles, skipped, warnings } = loadCorpus(dir);
    const byId = Object.fromEntries(articles.map((a) => [a.id, a]));
    const long = byId["long"]!;
    expect([...long.title].length).toBeLessThanOrEqual(MAX_TITLE_CHARS);
    expect(long.title).toMatch(/^(Headline )+Headline…$/);
    expect([...long.outlet!].length).toBeLessThanOrEqual(MAX_OUTLET_CHARS);
    expect(long.outlet).toMatch(/^(Outlet )+Outlet…$/);
    expect(byId["mapping"]!.title).toBe("Heading instead");
    expect(byId["outlet"]).toMatchObject({ title: "O", outlet: null });
    expect(byId["bidi"]).toMatchObject({ title: "Invoicegpj.exe due", outlet: "Outlet", text: "Body text and more." });
    expect(bySource(skipped)).toEqual({ "lines.jsonl:1": "no title" });
    expect(warnings.map((w) => `${w.source}: ${w.reason}`)).toEqual([
      'lines.jsonl:1: "title" is a list, not text; dropped',
      'lines.jsonl:2: "outlet" is a mapping, not text; dropped',
      `long.md: "title" is longer than ${MAX_TITLE_CHARS} characters; cut to ${[...long.title].length}`,
      `long.md: "outlet" is longer than ${MAX_OUTLET_CHARS} characters; cut to ${[...long.outlet!].length}`,
      'mapping.md: "title" is a mapping, not text; dropped',
    ]);
  });
});
