import { analyze } from "../../index/analyzer.js";
import { countryNamesOf } from "../../index/countries.js";
import { bodyAfter } from "../../question/described-body.js";
import { knowsAsWritten } from "../../question/known-names.js";
import { isTitle, namesAPeople } from "../../question/names.js";
import { spelledOutAsName } from "../passage-names.js";
import type { LexicalIndex } from "../../index/lexical-index.js";
import type { QuestionReading } from "../../question/reading.js";
import type { PassageRule, Refusal } from "./rule.js";

export const unknownNamesRule: PassageRule = {
  id: "unknown-names",
  guards: "Answering a question about names no article mentions (\"What did NATO say ...?\", \"the capital of Australia\"), which could only quote something else.",
  stage: "passages",
  // An abbreviation no article uses may be spelled out in a passage read ("the CDC researchers": "Centers for Disease Control").
  check: ({ question, index, texts }) =>
    unknownNamesRefusal({ ...question, unknown: question.unknown.filter((name) => !texts.some((text) => spelledOutAsName(name, text))) }, index.lexical),
};

/** The rule's refusal for a question read alone, without passages: a digest's topic asks it too. */
export function unknownNamesRefusal(question: Pick<QuestionReading, "names" | "known" | "unknown" | "cased">, lexical: LexicalIndex): Refusal | undefined {
  // A name typed in lower case is told with capitals ("georgia's": Georgia).
  const missing = namesNoArticleMentions(question, lexical).map((name) => {
    const bare = name.replace(/['’]s$/u, "");
    return bare === bare.toLowerCase() ? bare.replace(/(^|\s)(\p{L})/gu, (_, space: string, letter: string) => space + letter.toUpperCase()) : bare;
  });
  return missing.length > 0 ? { detail: `no article mentions ${missing.join(", ")}`, reason: { unknownNames: missing } } : undefined;
}

/**
 * The names of a question no article mentions that leave nothing to answer: all of them when
 * it names nothing the articles use; beside a name they use, an unknown one is as often a
 * paraphrase or a misspelling ("the Kremlin" for Russia), so only a full name none of whose
 * words any article uses ("Olaf Scholz"), its titles, their fields and countries aside ("German
 * Chancellor Olaf Scholz", "Czech Foreign Minister Jan Lipavsky"), or a country or a people none names.
 */
function namesNoArticleMentions({ names, known, unknown, cased }: Pick<QuestionReading, "names" | "known" | "unknown" | "cased">, lexical: LexicalIndex): string[] {
  if (known.length === 0) return unknown;
  return unknown.filter((name) => {
    const all = analyze(name);
    // A country or its people no article names is neither a paraphrase nor a misspelling ("the Slovak delegation", "the Polish
    // foreign minister", its title and the title's field aside), unless it only describes a firm or a group ("a German business daily").
    const untitled = all.filter((term, i) => !isTitle(term) && !isTitle(all[i + 1] ?? ""));
    if (untitled.length > 0 && untitled.every((term) => countryNamesOf(term).length > 0 && !knowsAsWritten(term, lexical)) && bodyAfter(name, cased) === undefined) return true;
    // Nor is a people no article names ("the yazidi community").
    const at = cased.toLowerCase().indexOf(name.toLowerCase());
    if (at >= 0 && namesAPeople(cased, at, at + name.length) && all.every((term) => !lexical.knows(term))) return true;
    // Countries paired by a hyphen ("the Iraq-Georgia friendship group") of which no article names one are a pairing no article reports.
    const pairs = names.find((found) => found.name === name)?.compounds ?? [];
    if (pairs.some((pair) => pair.length > 1 && pair.every((term) => countryNamesOf(term).length > 0) && pair.some((term) => !lexical.knows(term)))) return true;
    // A word before a title is its field ("foreign" of "Czech Foreign Minister Jan Lipavsky"), no name.
    const terms = untitled.filter((term) => countryNamesOf(term).length === 0);
    return terms.length >= 2 && terms.every((term) => !lexical.knows(term));
  });
}
