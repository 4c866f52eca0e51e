/**
 * The names a question asks about, and the role titles that belong to them: what the rules
 * that hold an answer to the question's names read.
 */
import { stem } from "porter2";
import { HOLIDAY_PATTERN, isMonth, isWeekday, opensWithFirstNameJan } from "../corpus/dates.js";
import { termOf, withoutPossessive, wordsOf } from "../index/analyzer.js";
import { postedToIn } from "./offices.js";

/**
 * Role titles that belong to the name before them, with at most one word between ("the
 * Czech president", "Armenia's foreign minister"): a passage about the Czech delegation
 * does not say what the Czech president said.
 */
const TITLES = new Set(["president", "minister", "ambassador", "envoy", "chancellor", "premier", "king", "queen", "governor", "mayor", "chairman", "spokesman", "secretary", "undersecretary", "commissioner", "pm", "fm", "mp"]);
const TITLE_TERMS = new Set([...TITLES].map((title) => stem(title)));

/** The role titles, as index terms. */
export const TITLE_INDEX_TERMS: readonly string[] = [...TITLE_TERMS];

/** Whether an index term is a role title ("presid", "minist"). */
export function isTitle(term: string): boolean {
  return TITLE_TERMS.has(term);
}

/** A company's legal form, which reports often leave out of its name ("<Angio-Medical Corp>" under "Angio-Medical In Initial Offering"). */
const LEGAL_FORMS = new Set(["corp", "corporation", "inc", "incorporated", "co", "cos", "ltd", "limited", "plc", "llc", "lp", "ag", "sa", "nv", "bv"].map((form) => stem(form)));

/** Whether an index term is a company's legal form ("corp", "inc", "ltd"). */
export function isLegalForm(term: string): boolean {
  return LEGAL_FORMS.has(term);
}

/** Titles of two words read as the title of one that names the same office, which the rules about offices read ("Armenia's prime minister": its premier). */
const TWO_WORD_TITLES = new Map([["prime minister", "premier"]]);

/** Whether two words are a title ("prime minister"). */
export function isTwoWordTitle(first: string, second: string): boolean {
  return TWO_WORD_TITLES.has(`${first.toLowerCase()} ${second.toLowerCase()}`);
}

/** The index terms of a name's words, a title of two words at its end read as its one-word title ("Armenia's Prime Minister": armenia, premier). */
export function nameTerms(words: string[]): string[] {
  const title = words.length > 2 ? TWO_WORD_TITLES.get(words.slice(-2).join(" ").toLowerCase()) : undefined;
  return [...(title ? words.slice(0, -2) : words).flatMap((word) => termOf(word) ?? []), ...(title ? [stem(title)] : [])];
}

/** A word for a people or a group of them, after its name: "the yazidi community", "the druze minority". */
const PEOPLE_AFTER = /^\s+(?:communit(?:y|ies)|minorit(?:y|ies)|diaspora|peoples?|tribes?)\b/i;
/** What stands before a people's name, as it does not before a verb ("tell people"): "the yazidi community", "its kurdish minority", "Armenia's Yazidi minority". */
const PEOPLE_BEFORE = /(?:\b(?:the|a|an|its|their|his|her|our)|\p{L}['’]s?)\s+$/iu;

/** Whether the words of `text` from `start` to `end` name a people: "the yazidi community". */
export function namesAPeople(text: string, start: number, end: number): boolean {
  return PEOPLE_BEFORE.test(text.slice(0, start)) && PEOPLE_AFTER.test(text.slice(end));
}

/** Adjectives of regions, which name a kind of country rather than one ("a European government"). */
const REGIONS = new Set(["european", "asian", "african", "arab", "western", "eastern", "latin", "caribbean", "balkan", "baltic", "nordic", "scandinavian", "gulf", "pacific", "atlantic"]);

const ASKING_FOR_A_KIND = new Set(["which", "what"]);

/** Whether a word is a region's adjective ("European"), which alone names a kind of country, not one. */
export function isRegionAdjective(word: string): boolean {
  return REGIONS.has(word.toLowerCase());
}

/** Words that start a question of their own within one ("png's new corporation which minister announced it"), not part of a title. */
const QUESTION_WORDS = new Set(["which", "what", "who", "whose", "whom", "when", "where", "why", "how"]);

export interface Name {
  /** As the question writes it. */
  name: string;
  terms: string[];
  /** Its words joined by hyphens, which stand together ("Armenian-Turkish" -> ["armenian", "turkish"]). */
  compounds: string[][];
  /** For an office followed by "to" a country ("the US ambassador to Azerbaijan"), that country's term. */
  postedTo?: string;
}

/** Words a title goes before to tell their kind, not anyone's office: "fm consultations" (or "consultatons"), "deputy minister level". */
const OF_A_KIND = /^[\s-]+(?:consultat\p{L}*|level)\b/iu;

/** What ends one clause before another that starts with a capital: " - ", ": ". */
const CLAUSE_BREAK = /(?:\s[-–—]|[:;])\s+$/;

/** Abbreviations that open a place's name with a dot: "St. Louis", "Mt. Ararat". */
const SAINT_OR_MOUNT = new Set(["st", "ste", "mt", "ft"]);

/**
 * The names a question is about: runs of words with capitals, after the first word, each
 * with its index terms ("Who won the FIFA World Cup?" -> "FIFA World Cup"), and the role
 * title that follows one ("the Czech president"). Words joined by a hyphen belong to one
 * name ("the Armenian-Turkish border" is not about Armenians and Turks apart).
 */
export function names(question: string): Name[] {
  const text = question.normalize("NFC");
  const written = wordsOf(text);
  // A holiday is a day ("New Year's Day"), not a name.
  const holidays = [...text.matchAll(HOLIDAY_PATTERN)].map((match) => [match.index, match.index + match[0].length]);
  const words = written.map(({ word, start }, position) => {
    const bare = withoutPossessive(word);
    // A capital anywhere marks a name ("NATO", "Erdogan", "iPhone"); letters alone or with dots
    // ("U.S.") do not, nor a month or a day of the week, which are times ("in March", "on
    // Friday"). Nor does the capital that opens a clause after a dash or a colon, as a sentence's
    // first word ("Note - Company has set ..."), unless the word is all capitals ("study - LA
    // county cases").
    const opensClause = position === 0 || (CLAUSE_BREAK.test(text.slice(written[position - 1]!.end, start)) && bare !== bare.toUpperCase());
    const inHoliday = holidays.some(([from, to]) => start >= from! && start < to!);
    const time = () => (isMonth(bare) && !opensWithFirstNameJan(text.slice(start))) || isWeekday(bare);
    const capital = !opensClause && /\p{L}{2}/u.test(bare) && /\p{Lu}/u.test(bare) && !inHoliday && !time();
    return { start, end: start + bare.length, lower: bare.toLowerCase(), term: termOf(word), capital };
  });
  const found: Name[] = [];
  let i = 0;
  while (i < words.length) {
    if (!words[i]!.capital || !words[i]!.term) {
      i++;
      continue;
    }
    const first = i;
    const next = (j: number, gap: RegExp) => j < words.length && gap.test(text.slice(words[j - 1]!.end, words[j]!.start));
    const compounds: string[][] = [];
    while ((next(i + 1, /^(?:\s+|[-‐–])$/) || (SAINT_OR_MOUNT.has(words[i]!.lower) && next(i + 1, /^\.\s+$/))) && words[i + 1]!.capital && words[i + 1]!.term) {
      if (next(i + 1, /^[-‐–]$/)) {
        if (i > first && next(i, /^[-‐–]$/)) compounds.at(-1)!.push(words[i + 1]!.term!);
        else compounds.push([words[i]!.term!, words[i + 1]!.term!]);
      }
      i++;
    }
    // A title may follow a possessive ("Armenia's president"), in two words too, capitalised or not ("Armenia's Prime Minister"),
    // unless it tells the kind of what follows ("Armenian-Czech fm consultations" are the ministries').
    const titleGap = /^(?:['’]s?)?\s+$/;
    const office = (j: number) => !OF_A_KIND.test(text.slice(words[j]!.end));
    if (next(i + 1, titleGap) && next(i + 2, /^\s+$/) && isTwoWordTitle(words[i + 1]!.lower, words[i + 2]!.lower) && office(i + 2)) i += 2;
    else if (next(i + 1, titleGap) && TITLES.has(words[i + 1]!.lower) && office(i + 1)) i += 1;
    else if (next(i + 1, titleGap) && !words[i + 1]!.capital && !QUESTION_WORDS.has(words[i + 1]!.lower) && next(i + 2, /^\s+$/) && TITLES.has(words[i + 2]!.lower) && office(i + 2)) i += 2;
    const run = words.slice(first, i + 1);
    // "Which European leaders": a region's adjective after "which" asks for a kind, not for a name.
    if (run.length === 1 && REGIONS.has(run[0]!.lower) && first > 0 && ASKING_FOR_A_KIND.has(words[first - 1]!.lower)) {
      i++;
      continue;
    }
    // "the US ambassador to Azerbaijan": the country the office serves in.
    const last = run.at(-1)!;
    const postedTo = TITLES.has(last.lower) ? postedToIn(text.slice(last.start), last.lower) : undefined;
    found.push({ name: text.slice(run[0]!.start, run.at(-1)!.end), terms: nameTerms(run.map((word) => word.lower)), compounds, ...(postedTo ? { postedTo } : {}) });
    i++;
  }
  return found;
}

/**
 * The words typed in lower case between a name and its title ("farm" of "the West German farm
 * minister", "harbour" of "the Santos harbour spokesman"), which the news may say in other words
 * ("Agriculture Minister", "port spokesman").
 */
export function wordsBeforeTitle(name: Name): string[] {
  const words = name.name.split(/\s+/);
  if (words.length < 3 || !isTitle(name.terms.at(-1)!)) return [];
  return words.slice(1, -1).filter((word) => !/\p{Lu}/u.test(word));
}

/** The name without those words. */
export function withoutWordsBeforeTitle(name: Name): Name {
  const left = new Set(wordsBeforeTitle(name));
  const kept = name.name.split(/\s+/).filter((word) => !left.has(word));
  return { ...name, name: kept.join(" "), terms: kept.flatMap((word) => termOf(word) ?? []) };
}
