/**
 * The people a question names, read by compromise's named-entity tagger ("Emmanuel Macron",
 * "Putin", "emmanuel macron" typed in lower case), and names that follow a title ("Chancellor
 * Scholz"). compromise takes about a second to load, so it is loaded on first need: only
 * questions with a word no article uses can name someone the articles never mention.
 */
import { termOf, wordsOf } from "../index/analyzer.js";
import { isTitle, type Name } from "./names.js";

type Nlp = (text: string) => { people(): { out(format: "array"): string[] } };
let loading: Promise<Nlp> | undefined;

async function tagger(): Promise<Nlp> {
  loading ??= import("compromise").then((module) => module.default as unknown as Nlp);
  return loading;
}

/** Starts loading the tagger, so that a long-running bot does not make its first such question wait. */
export function preloadPeopleTagger(): void {
  void tagger();
}

/** The people named in a question, as written; `names` are its capitalised names (from names.ts). */
export async function peopleIn(text: string, names: Name[]): Promise<string[]> {
  const tagged = (await tagger())(text).people().out("array");
  // "Chancellor Scholz": a name led by a title is someone's.
  const titled = names.filter((name) => {
    const first = wordsOf(name.name)[0]?.word;
    const term = first ? termOf(first) : null;
    return term !== null && isTitle(term) && name.terms.length > 1;
  });
  return [...new Set([...tagged, ...titled.map((name) => name.name)])];
}
