/**
 * Whether the passages an answer would quote speak of the names the question asks about:
 * one passage must hold them all, every word as written, in another form ("Kurds":
 * "Kurdish"), for a country by another of its names ("American": "United States"), and
 * for a word no article uses, spelt another way ("Hoekstara": "Hoekstra").
 * Passages about the Fed's chairman Volcker do not answer what "Federal Reserve Chairman
 * Alan Greenspan" said, though the corpus mentions Greenspan elsewhere.
 *
 * The words of a name between its countries and titles must also stand in a row: a passage
 * on world trade that mentions some organization does not speak of the "World Trade
 * Organization", while "US Treasury Secretary Baker" asks for "Treasury" and "Baker", not
 * for the four words in a row ("Treasury Secretary James Baker"). So must hyphenated words
 * ("Armenian-Turkish"), and an office must stand beside its country ("the Dutch
 * ambassador"). The days, years and figures the question names belong in the same passage
 * ("Champion Products' three-for-two stock split" is not its two-for-one split).
 */
import { BoundedMemo } from "../util/bounded-memo.js";
import { calendarDaysIn, saysLastMonth, yearsSpokenOf, type Period } from "../corpus/dates.js";
import { initialledIn, initialledRuns, isJoiningWord } from "../corpus/abbreviations.js";
import type { Dateline } from "../corpus/dateline.js";
import { analyze, termOf, wordsOf } from "../index/analyzer.js";
import { isLegalForm, isTitle, type Name } from "../question/names.js";
import type { QuestionReading } from "../question/reading.js";
import { areaAtStart, commonCountryNameOf, countryNamesOf, namesPlaceIn } from "../index/countries.js";
import { officeEndsAt, postedToIn, roleAtEnd } from "../question/offices.js";
import { stateAbbreviationOfName } from "../index/us-states.js";
import { citiesOfLetters, otherNamesOf } from "../index/aliases.js";
import type { LexicalIndex } from "../index/lexical-index.js";
import { statesFigure } from "../text/figures.js";
import { countsAMeasure } from "./evidence.js";
import { splitSentences } from "../text/sentences.js";
import { sameName, speaksOf, speaksOfName } from "./same-word.js";

export interface PassageWords {
  /** Analysed terms, in order. */
  terms: string[];
  text: string;
  /** Its article's date. */
  date: string | null;
  /** Its article's dateline ("YEREVAN", "ABHA, Saudi Arabia"), if any; read only where an office asks for it. */
  filedFrom?: () => Dateline | null;
}

/** What a question asks about beside its names, which the passage holding them must speak of too; none asked when left out. */
export type NameTimes = Partial<Pick<QuestionReading, "days" | "years" | "periods" | "figures" | "securityCurrency" | "counted">>;

/**
 * Whether one of the passages speaks of every name in the question, and of the days, years
 * and figures it names, in its text or by its article's date: "What happened in Stepanakert on
 * March 25?" is not answered by what happened elsewhere that day.
 */
export function onePassageSpeaksOfNames(
  question: Pick<QuestionReading, "names"> & NameTimes,
  passages: PassageWords[],
  lexical: LexicalIndex,
  holdersOf: (name: Name) => string[] = () => [],
): boolean {
  const { days = [], years = [], periods = [], figures = [], securityCurrency, counted = [], names: found } = question;
  // A year's results are reported after it ends: a report dated in March 1987 gives no
  // revenues "for full-year 1987" unless it names the year (a forecast "for 1987").
  const resultAsked = countsAMeasure(counted);
  if (found.length === 0 && days.length === 0 && years.length === 0 && periods.length === 0 && figures.length === 0 && !securityCurrency) return true;
  return passages.some(({ terms, text, date, filedFrom }) => {
    const present = new Set(terms);
    const passageDays = calendarDaysIn(text);
    const passageYears = yearsSpokenOf(text, date);
    return (
      days.every((day) => passageDays.includes(day) || date?.slice(5, 10) === day) &&
      years.every((year) => passageYears.includes(year) || (date?.startsWith(year) && !resultAsked && !datedElsewhen(year, found, text, date, lexical)) || (resultAsked && tablesYearBefore(text, date, year))) &&
      periods.every((period) => periodIn(period, text, date)) &&
      figures.every((figure) => statesFigure(text, figure)) &&
      (!securityCurrency || securityCurrency.test(text)) &&
      found.every(
        (name) =>
          // "the East African country" is any of the region's countries, "the South American OPEC member" one of them and OPEC;
          // one word ("European") is as often a name ("European Union").
          inAreaNamed(name.terms, present, lexical) ||
          writtenInFull(name.name, text) ||
          (name.terms.length > 1 && present.has(stateAbbreviationOfName(name.terms) ?? "")) ||
          otherNamesOf(name.terms).some((other) => (other.length === 1 ? present.has(other[0]!) : inARow(other, terms, (a, b) => a === b))) ||
          citiesOfLetters(name.name).some((city) => inARow(city, terms, (a, b) => a === b, 0)) ||
          (name.terms.every(
            (term) =>
              speaksOfName(present, term, lexical) ||
              (isTitle(term) && terms.some((_, at) => officeEndsAt(term, terms, at))) ||
              otherNamesOf([term]).some((other) => inARow(other, terms, (a, b) => a === b, 0)),
          ) &&
          phrases(ownedByAbbreviation(name) ? name.terms.slice(1) : name.terms).every((phrase) => inARow(phrase, terms, (a, b) => sameName(a, b, lexical))) &&
          name.compounds.every((compound) => compoundIn(compound, terms, lexical)) &&
          officeIn(name, text, lexical, filedFrom ?? (() => null))) ||
          holdersOf(name).some((holder) => present.has(holder)),
      )
    );
  });
}

/**
 * Whether a name opens with its owner's abbreviation before a name of its own: "the USDA Conservation Reserve Program" is
 * the USDA's program, which its report names apart ("the Conservation Reserve Program, USDA announced").
 */
function ownedByAbbreviation(name: Name): boolean {
  return /^\p{Lu}{2,}\s+\p{Lu}\p{Ll}+\s+\p{Lu}/u.test(name.name);
}

/** Whether a name that is or opens with an area of two words or more ("east african", "south american opec") is spoken of: a country of the area, and the rest of the name. */
function inAreaNamed(terms: string[], present: Set<string>, lexical: LexicalIndex): boolean {
  const area = areaAtStart(terms);
  if (area === 0) return false;
  const [region, rest] = [terms.slice(0, area), terms.slice(area)];
  return namesPlaceIn(present, region) && rest.every((term) => speaksOfName(present, term, lexical));
}

/** A results table's heading for the whole year: "Year", "Full year", "12 mths". */
const WHOLE_YEAR_HEADING = /^\s*(?:year|full\s+year|12\s+mths|twelve\s+months)\s*$/im;
/** Months of a year in which companies report the year before's results. */
const RESULTS_SEASON_MONTHS = 4;

/**
 * Whether a results table gives the year before its report's, by its whole year's heading: "Year" in a report of March 1987 is
 * 1986 ("what were esi industries' revenues over the whole of 1986").
 */
function tablesYearBefore(text: string, date: string | null, year: string): boolean {
  if (!date || date.length < 7 || Number(date.slice(5, 7)) > RESULTS_SEASON_MONTHS) return false;
  return Number(year) === Number(date.slice(0, 4)) - 1 && WHOLE_YEAR_HEADING.test(text);
}

/**
 * Whether every sentence that names one of the names dates itself to other years than the
 * one asked about, so that the article's own date does not stand for it: "the meeting in
 * Sochi last October", written in March 2023, is no Sochi summit in 2023.
 */
function datedElsewhen(year: string, found: Name[], text: string, date: string | null, lexical: LexicalIndex): boolean {
  const naming = splitSentences(text)
    .map((sentence) => sentence.text)
    .filter((sentence) => {
      const present = new Set(analyze(sentence));
      return found.some((name) => name.terms.every((term) => speaksOf(present, term, lexical)));
    });
  return (
    naming.length > 0 &&
    naming.every((sentence) => {
      const years = yearsSpokenOf(sentence, date);
      return years.length > 0 && !years.includes(year);
    })
  );
}

/**
 * Whether a sentence of the passage names the part of the year with its year or, naming no
 * year, was written in that year or the next (a fourth quarter is reported in the new year):
 * "the third quarter of 1988" is not Dean Foods' third quarter in an article of 1987 that
 * says 1988 elsewhere.
 */
export function periodIn(period: Period, text: string, date: string | null): boolean {
  const written = date ? Number(date.slice(0, 4)) : NaN;
  return splitSentences(text).some(({ text: sentence }) => {
    if (saysLastMonth(sentence, date, period.month)) return true;
    if (!period.pattern.test(sentence)) return false;
    const years = yearsSpokenOf(sentence, date);
    if (years.includes(period.year)) return true;
    // "94,000 jobless in February ... against 120,000 ... in February 1986": the year written on one mention is not the other's.
    const undated = years.length === 0 ? sentence : sentence.replace(new RegExp(`${period.pattern.source},?\\s+(?:19|20)\\d\\d\\b`, "gi"), " ");
    return period.pattern.test(undated) && yearsSpokenOf(undated, date).length === 0 && [written, written - 1].includes(Number(period.year));
  });
}

/** At least this many letters: two-letter initials name too many things ("HP": "Hugo Paemen"), but for a firm's. */
const MIN_INITIALS = 3;

/** Words with their hyphenated parts kept together ("Co-operation"), which an abbreviation may initial once. */
const HYPHENATED_WORD = /[\p{L}\p{N}&]+(?:-[\p{L}\p{N}]+)*/gu;

/**
 * Whether an abbreviation ("GNP") stands in the text in words whose initials spell it ("gross
 * national product"). A hyphenated word gives one initial ("OECD": "Organisation for Economic
 * Co-operation and Development") or one for each part ("APEC": "Asia-Pacific Economic Cooperation").
 */
export function writtenInFull(name: string, text: string): boolean {
  if (!/^\p{Lu}+$/u.test(name)) return false;
  if (name.length < MIN_INITIALS) return firmOfInitials(name, text);
  const initials = name.toLowerCase();
  return initialledRuns(initials, wordsOf(text).map(({ word }) => word)).length > 0 || initialledRuns(initials, text.match(HYPHENATED_WORD) ?? []).length > 0;
}

/** Whether two capitals are the initials of a firm's name, capitalised words before its legal form: "BT" for "British Telecommunications PLC". */
function firmOfInitials(name: string, text: string): boolean {
  const words = wordsOf(text).map(({ word }) => word);
  return initialledRuns(name.toLowerCase(), words).some(
    ({ start, end }) => initialledIn(words.slice(start, end)).every((word) => /^\p{Lu}\p{Ll}/u.test(word)) && isLegalForm(termOf(words[end] ?? "") ?? ""),
  );
}

/** Whether an abbreviation stands in the text in capitalised words ("CDC": "the federal Centers for Disease Control"), as a name. */
export function spelledOutAsName(name: string, text: string): boolean {
  // A word in lower case breaks the run ("with his own" is no WHO).
  return writtenInFull(name, text.replace(/[\p{L}&]+(?:-[\p{L}]+)*/gu, (word) => (/^\p{Lu}/u.test(word) || isJoiningWord(word) ? word : "0")));
}

/**
 * Whether a hyphenated name stands in the passage: in either order, the countries by any
 * one-word name, at most one word apart ("Armenian-Turkish": "between Turkey and Armenia",
 * "Armenia's border with Turkey"; not "pro-Turkish vector of official Yerevan").
 */
function compoundIn(compound: string[], terms: string[], lexical: LexicalIndex): boolean {
  const same = (a: string, b: string) => sameName(a, b, lexical) || namesCountryAs(a, b);
  return [compound, [...compound].reverse()].some((order) => inARow(order, terms, same, 1));
}

/**
 * A name that ends in a title after a country ("the Dutch ambassador", "Armenia's foreign
 * minister") names an office, so the passage must hold the title beside the country: at most
 * two words before it ("Armenian Deputy Foreign Minister"), or after it, led by "of", "to" or
 * "for", across capitalised words ("Minister of Foreign Affairs of Armenia", "Ambassador to the
 * Netherlands"). "The Azerbaijani Ambassador was invited to the Dutch foreign ministry" does
 * not speak of the Dutch ambassador. With a person's name after the title the person is who
 * is meant, and the country may stand anywhere. A report filed from the country's capital
 * names its own officials without the country ("YEREVAN ... Prime Minister Nikol Pashinyan"):
 * there a title before a name is the country's.
 */
function officeIn(name: Name, text: string, lexical: LexicalIndex, filedFrom: () => Dateline | null): boolean {
  return officesIn(name.terms, text, lexical, filedFrom, name.postedTo)?.found ?? true;
}

/**
 * Who holds the office a name of a country and a title names, as the passages say: the
 * surname right after the office where it stands beside its country ("Armenia's Prime
 * Minister Nikol Pashinyan": pashinyan). An article may then name the holder alone: the
 * Blitz report calls Pashinyan only "the head of the Yerevan Cabinet of Ministers", and
 * still answers what "the Armenian premier" pledged.
 */
export function officeHolders(nameTerms: string[], passages: PassageWords[], lexical: LexicalIndex): string[] {
  return [...new Set(passages.flatMap(({ text, filedFrom }) => officesIn(nameTerms, text, lexical, filedFrom ?? (() => null))?.holders ?? []))];
}

/**
 * Whether a name is a country's office and nothing more ("the Armenian premier", "Armenia's
 * president"), whose holder the passages may name alone. "Armenia's defence minister" is not
 * any Armenian minister the articles name.
 */
export function namesOffice(nameTerms: string[]): boolean {
  const [title, ...rest] = [...nameTerms].reverse();
  return isTitle(title!) && rest.length > 0 && rest.every((term) => countryNamesOf(term).length > 0);
}

/** A text's words as offices are looked for in them: each passage is read for several names, by the answer and its rules. */
interface ParsedWords {
  words: { lower: string; term: string | null; capital: boolean; punctuated: boolean }[];
  terms: string[];
  /** Each word's place among the terms (-1 for a stop word). */
  termIndex: number[];
}
const PARSED_TEXTS = 2_000;
const PARSED = new BoundedMemo<string, ParsedWords>(PARSED_TEXTS);

function parsedWords(text: string): ParsedWords {
  const words = wordsOf(text).map((word, i, all) => ({
    lower: word.word.toLowerCase(),
    term: termOf(word.word),
    capital: /^\p{Lu}/u.test(word.word),
    punctuated: i > 0 && /\S/.test(text.slice(all[i - 1]!.end, word.start)),
  }));
  let count = 0;
  return { words, terms: words.flatMap((word) => word.term ?? []), termIndex: words.map((word) => (word.term ? count++ : -1)) };
}

/** Where a name of a country and a title stands as an office in the text, and the surnames of the people named right after it; undefined for other names. */
function officesIn(nameTerms: string[], text: string, lexical: LexicalIndex, filedFrom: () => Dateline | null, postedTo?: string): { found: boolean; holders: string[] } | undefined {
  const title = nameTerms.at(-1)!;
  const country = isTitle(title) ? nameTerms.slice(-3, -1).find((term) => countryNamesOf(term).length > 0) : undefined;
  if (!country) return undefined;
  const { words, terms, termIndex } = PARSED.get(text, parsedWords);
  // The country by the word the question uses or by any of its names, ending or starting at term `at`.
  const countryAt = (at: number, ends: boolean) =>
    sameName(country, terms[at] ?? "", lexical) ||
    countryNamesOf(country).some(({ terms: name }) => name.every((word, k) => terms[ends ? at - name.length + 1 + k : at + k] === word));
  const countryFollows = (titleWord: number) => {
    // "Minister of ...", "Ambassador to ...": not "Iranian Oil Minister Due In Algeria".
    if (!OF_OR_TO.has(words[titleWord + 1]?.lower ?? "")) return false;
    for (let w = titleWord + 1; w < Math.min(words.length, titleWord + 7) && !words[w]!.punctuated; w++) {
      if (words[w]!.term && countryAt(termIndex[w]!, false)) return true;
      if (!words[w]!.capital && !CONNECTIVES.has(words[w]!.lower)) return false;
    }
    return false;
  };
  const filedInCountry = filedIn(country, filedFrom());
  const written = words.map((word) => word.lower);
  // Titles match exactly, by any name of their office ("envoy": "Ambassador"): the "Czech Ministry of Foreign Affairs" is no minister.
  const offices = words.flatMap((_, w) => {
    if (termIndex[w]! < 0 || !officeEndsAt(title, terms, termIndex[w]!) || postedElsewhere(written, w, postedTo)) return [];
    // The nearest country before the title is the office's: "Dutch Prime Minister Mark Rutte" is no Armenian's, in
    // an Armenian report or beside "Armenia".
    const back = [1, 2, 3].find((k) => countryNamesOf(terms[termIndex[w]! - k] ?? "").length > 0 || countryAt(termIndex[w]! - k, true));
    const countryBefore = back !== undefined && countryAt(termIndex[w]! - back, true);
    if (back !== undefined && !countryBefore) return [];
    return countryBefore || countryFollows(w) || (filedInCountry && startsAName(words, w)) ? [{ w, countryBefore }] : [];
  });
  // The holder is named right after the office, or after "headed by" ("the Czech delegation was headed by Jaroslav
  // Kurfürst"), where the country comes before it or the report is filed from there.
  const holders = offices.flatMap(({ w, countryBefore }) => {
    if (!countryBefore && !filedInCountry) return [];
    const surname = surnameAfter(words, w + (HEADED_BY.find((phrase) => phrase.every((word, k) => written[w + 1 + k] === word))?.length ?? 0));
    return surname ? [surname] : [];
  });
  return { found: offices.length > 0, holders };
}

/**
 * The surnames of those a text names right after a role a name gives, in any of the role's names ("political scientist Farhad
 * Mammadov" for "the analyst"; "Armenia's Prime Minister Nikol Pashinyan" for "the Armenian premier"), where the name's
 * country, if it gives one, stands before the role or no other country does.
 */
export function namedInRole(nameTerms: string[], text: string): string[] {
  const last = nameTerms.at(-1);
  const role = last !== undefined && isTitle(last) ? last : roleAtEnd(nameTerms);
  if (role === undefined) return [];
  const countries = nameTerms.filter((term) => countryNamesOf(term).length > 0).map(commonCountryNameOf);
  const { words, terms, termIndex } = PARSED.get(text, parsedWords);
  const countryOf = (term: string) => (countryNamesOf(term).length > 0 ? [commonCountryNameOf(term)] : []);
  // With no country before the role, the name's country is at least spoken of: no "Iranian analyst" in a report on Baku's.
  if (countries.length > 0 && !terms.some((term) => countryOf(term).some((country) => countries.includes(country)))) return [];
  return words.flatMap((_, w) => {
    const at = termIndex[w]!;
    if (at < 0 || !officeEndsAt(role, terms, at)) return [];
    const before = terms.slice(Math.max(0, at - 4), at).flatMap(countryOf);
    if (countries.length > 0 && before.length > 0 && !countries.some((country) => before.includes(country))) return [];
    const surname = surnameAfter(words, w);
    return surname ? [surname] : [];
  });
}

/** Whether a name (no country's) starts right after word `w`: "Minister" before "Nikol". */
function startsAName(words: ParsedWords["words"], w: number): boolean {
  return words[w + 1]?.capital === true && !words[w + 1]!.punctuated && countryNamesOf(words[w + 1]!.term ?? "").length === 0;
}

/** The surname of the name of up to three words right after word `at` ("Prime Minister Nikol Pashinyan": pashinyan), if any. */
function surnameAfter(words: ParsedWords["words"], at: number): string | null {
  let end = at + 1;
  while (end < at + 4 && startsAName(words, end - 1)) end++;
  return end > at + 1 ? words[end - 1]!.term : null;
}

/**
 * Whether the office at word `at` serves in another country than the one asked about: "the
 * United States Ambassador to Armenia" is not "the US ambassador to Azerbaijan".
 */
export function postedElsewhere(words: string[], at: number, postedTo: string | undefined): boolean {
  if (!postedTo) return false;
  const host = postedToIn(words.slice(at, at + 4).join(" "), words[at]!);
  return host !== undefined && host !== postedTo && !namesCountryAs(postedTo, host);
}

/**
 * Whether a report with this dateline was filed in the country a term names: by its place, the capital ("YEREVAN" for
 * "armenian"), or by the country it gives after a town ("ABHA, Saudi Arabia" for "saudi").
 */
export function filedIn(country: string, dateline: Dateline | null): boolean {
  if (dateline === null) return false;
  const names = countryNamesOf(country).map(({ terms }) => terms.join(" "));
  return [dateline.place, dateline.region].some((filed) => filed !== null && names.includes(analyze(filed).join(" ")));
}

const OF_OR_TO = new Set(["of", "to", "for"]);
/** The words between a body and whoever heads it: "the delegation was headed by ...", "a team led by ...". */
const HEADED_BY = ["was headed by", "is headed by", "headed by", "was led by", "is led by", "led by"].map((phrase) => phrase.split(" "));
const CONNECTIVES = new Set([...OF_OR_TO, "the"]);

/** Whether `other` is a one-word name of the country `term` names ("turkish" / "turkey"). */
function namesCountryAs(term: string, other: string): boolean {
  return countryNamesOf(term).some((name) => name.terms.length === 1 && name.terms[0] === other);
}

/** A name's runs of two or more words between countries, titles and words with other names: "us treasuri secretari baker" has none. */
function phrases(terms: string[]): string[][] {
  const runs: string[][] = [[]];
  for (const term of terms) {
    // A word the news also writes in other words ("TV": television) need not stand beside the others as typed.
    if (countryNamesOf(term).length > 0 || isTitle(term) || otherNamesOf([term]).length > 0) runs.push([]);
    else runs.at(-1)!.push(term);
  }
  return runs.filter((run) => run.length > 1);
}

/** At most this many words may come between two words of a phrase ("February U.S. car production"). */
const MOST_BETWEEN = 2;

export function inARow(phrase: string[], terms: string[], same: (a: string, b: string) => boolean, mostBetween = MOST_BETWEEN): boolean {
  const from = (k: number, at: number): boolean => {
    if (k === phrase.length) return true;
    for (let next = at; next < Math.min(terms.length, at + mostBetween + 1); next++) {
      if (same(phrase[k]!, terms[next]!) && from(k + 1, next + 1)) return true;
    }
    return false;
  };
  return terms.some((term, start) => same(phrase[0]!, term) && from(1, start + 1));
}
