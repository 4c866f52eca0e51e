/**
 * What the tests of each answer rule (tests/rules/) share: the bundled corpus with a company
 * report beside it, read with every rule on or some switched off, and small corpora of wire
 * stories written for one test. The rule tests run in one module graph (vitest.config.ts), so
 * the bundled index is read once for them all; each file's own corpora are removed after it
 * (tests/helpers/remove-temp-dirs.ts).
 */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { Answerer, type Answer, type AnswererOptions } from "../../src/answer/answer.js";
import type { CorpusIndex } from "../../src/index/corpus-index.js";
import { ingest } from "../../src/ingest/ingest.js";
import { Retriever } from "../../src/search/retrieve.js";
import { copyOfBundledCorpus, defaultEmbedder, lastingDir, tempDir } from "./fixtures.js";

let bundled: Promise<CorpusIndex> | undefined;
/** The bundled corpus and one company report, ingested once for all the rule tests, on first use. */
function bundledIndex(): Promise<CorpusIndex> {
  bundled ??= (async () => {
    const shared = lastingDir();
    const corpusDir = copyOfBundledCorpus(shared);
    // A company report whose quarters the period rule reads, and which writes a country as its dotted initials.
    writeFileSync(
      join(corpusDir, "zarvanian-grain.md"),
      "---\ntitle: Zarvanian Grain reports earnings\noutlet: Test Wire\ndate: 2023-01-20\n---\n\nZarvanian Grain Co said it earned 5.2 mln dlrs in the third quarter, up from 4.1 mln dlrs a year earlier. Its sales to U.S. millers rose by a third.\n\nThe company expects the fourth quarter to be weaker because of the drought, its chairman said.\n\nZarvanian Grain has mills in three towns. Its mills employ 1,200 workers.\n\nThe company will open a fourth mill in June.\n",
    );
    return (await ingest({ corpusDir, indexDir: join(shared, "embeddings"), embedder: await defaultEmbedder() })).index;
  })();
  return bundled;
}

/** Asks over the bundled corpus with these options (rules switched off, a clock of the test's own). */
export const bundledAnswerer = (options: AnswererOptions) => ({
  ask: async (question: string): Promise<Answer> => new Answerer(new Retriever(await bundledIndex(), await defaultEmbedder()), options).ask(question),
});

/** Asks over the bundled corpus with every rule on but those named. */
export const answererWithout = (...rules: string[]) => bundledAnswerer({ without: rules });

/** Asks with every rule on, then with `rule` off (and any other rules named that refuse it too). */
export async function both(rule: string, question: string, alsoOff: string[] = []) {
  return { on: await answererWithout().ask(question), off: await answererWithout(rule, ...alsoOff).ask(question) };
}

/** Asks, with every rule on but those named, over a corpus of these article files alone. */
export async function askerOver(files: Record<string, string>) {
  const corpusDir = tempDir();
  for (const [name, text] of Object.entries(files)) writeFileSync(join(corpusDir, name), text);
  const embedder = await defaultEmbedder();
  const small = (await ingest({ corpusDir, indexDir: join(tempDir(), "embeddings"), embedder })).index;
  return (question: string, without: string[] = []) => new Answerer(new Retriever(small, embedder), { without }).ask(question);
}

export const wireStory = (title: string, date: string, body: string) => `---\ntitle: ${title}\noutlet: Test Wire\ndate: ${date}\n---\n\n${body}\n`;
/** A story on something else, so that a small corpus has more than the one report asked about. */
export const otherStory = wireStory("Ostland cuts rates", "1987-03-10", "VIENNA, March 10 - Ostland's central bank cut its discount rate by half a point, it said.");
/** Wire stories of deals and talks, in the manner of Reuters in 1987. */
export const wire = {
  "bank.md": wireStory(
    "Banca Zarvana to buy West German bank",
    "1987-03-05",
    "ROME, March 5 - State-owned Banca Zarvana said it is negotiating to buy a West German bank as part of its foreign expansion.\n\nBanca Zarvana president Nerio Ostali told a news conference the bank was in talks but declined to name the German institution.\n\nThe bank also agreed to buy the Ostland unit of Credito Vell for an undisclosed sum, Ostali said.",
  ),
  "cars.md": wireStory(
    "Zarvo Motors car sales rise",
    "1987-03-03",
    "NEW YORK, March 3 - Zarvo Motors said it has sold a total of 9,233 cars so far in 1987.\n\nIt sold 5,059 cars in February, up 21 pct from January.",
  ),
  "storm.md": wireStory("Blizzard paralyses Zarvan", "1987-03-06", "ZARVAN, March 6 - A blizzard paralysed Zarvan for a second day.\n\nMany banks and schools stayed shut in this city of 6.5 mln people."),
  "court.md": wireStory("Zarvan banker pleads guilty", "1987-03-09", "NEW YORK, March 9 - Zarvan banker Leo Ostali, 41, faces up to five years in prison on each of two counts of bank bribery."),
  "fiber.md": wireStory(
    "Zarvo Chemical develops stiffer fiber",
    "1987-03-04",
    "WILMINGTON, Del., March 4 - Zarvo Chemical Co said it has developed a new generation of high-strength aramid fibers.\n\nZarvo said the new product, Zarlon 149, is up to 40 pct stiffer than earlier aramids.\n\nZarvo chairman Leo Brand would be interested in buying the Ostland fiber plant if it were for sale, a spokesman said.",
  ),
  "talks.md": wireStory(
    "Zarvanian and Ostland ministers to meet",
    "1987-03-10",
    "VIENNA, March 10 - The foreign ministers of Zarvania and Ostland will meet in Vienna next month for talks on their border, officials said.",
  ),
};
/** Asks over one story of a test's own beside another wire story (Zarvo's car sales unless named), so that it is not the whole collection. */
export const askerBeside = (title: string, date: string, body: string, beside: string = wire["cars.md"]) => askerOver({ "story.md": wireStory(title, date, body), "beside.md": beside });
let wireAsker: Promise<Awaited<ReturnType<typeof askerOver>>> | undefined;
export const askWire = (question: string, without: string[] = []) => (wireAsker ??= askerOver(wire)).then((ask) => ask(question, without));
