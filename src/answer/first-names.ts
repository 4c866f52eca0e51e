/**
 * A quote cut from its article may name someone by surname alone ("Mammadov believes ..."), as
 * the article does after giving the full name; read alone, it does not say who that is, and an
 * article may name two people of that surname (Ramin and Farhad Mammadov). The first name the
 * article gave last before the quote is shown in brackets, as an editor marks words put into a
 * quotation: "[Farhad] Mammadov believes ...". Only where both read as a person's: the quote
 * has the surname speak or think, and the article gave the full name with a post or a verb of
 * saying beside it, so that a place ("in Nagorno Karabakh") or a table's row ("Year Net") is
 * never taken for a first name. A quote that opens with "He" or "She" speaking ("He stressed that
 * ...") is given, in place of the pronoun, the one who speaks in the last sentence before it that
 * names anyone, where there is one: "[Oktay Gasimov] stressed ..."; unless a quote shown before
 * names them. So is one that opens with "It" or "The company" speaking, as a wire story goes on
 * about the firm it opened with: "[Rochester Gas and Electric Corp] said The First Boston Corp
 * ... are co-underwriters".
 */
import { escapeRegExp } from "../util/regexp.js";
import { reportsSaying } from "./attribution.js";
import { givesPostOf, isPostWord, namesOfPeople } from "./people.js";
import { withoutDateline } from "./quote-hygiene.js";

/** Verbs a person's surname stands before when the person speaks or thinks: "Mammadov believes ...", "Volcker told ...". */
const SPEAKS =
  "said|says|told|tells|added|adds|believes|believed|thinks|thought|noted|notes|argued|argues|stressed|stresses|warned|warns|explained|maintains|maintained|insisted|expressed|pointed|wrote|writes|asked|replied|continued|concluded|emphasised|emphasized|underlined|recalled|claimed|denied|urged|predicted|estimated|expects|expected|declined|acknowledged|agreed|disagreed|cautioned|suggested|observed|admitted";
/** A capitalised word that may be a surname, then what has it speak: "Mammadov believes", "Volcker's remarks" aside. */
const SURNAME_SPEAKING = new RegExp(`(?<![\\p{L}\\p{N}’'.-])(\\p{Lu}[\\p{Ll}’']+(?:-\\p{Lu}?\\p{Ll}+)*)(?=,?\\s+(?:also\\s+|then\\s+|later\\s+|further\\s+)?(?:${SPEAKS})\\b)`, "gu");
/** The word just before, capitalised or a title's abbreviation, which makes a word part of a longer name or a titled one ("Farhad Mammadov", "Mr. Ritter"). */
const WORD_BEFORE = /(?:^|\s)(\p{Lu}[\p{L}’'.-]*|\[[^\]]*\])\s+$/u;
/** Words that open a sentence with a capital and name no one: "But Mammadov said ...". */
const OPENERS = new Set("The But And So Yet Still However Also Then Now Meanwhile According When After Before While If As In On At For Moreover Indeed Earlier Later Asked Speaking Instead Since Although Though".split(" "));

/**
 * The quote with each person it has speak by surname alone given, once, the first name of the person its article last named so
 * before it; `before` gives the article's sentences before the quote, read only where the quote has a surname speak alone.
 */
export function withFirstNames(quote: string, before: () => readonly string[], shownBefore = ""): string {
  const body = BODY_SPEAKING.exec(quote)?.[0];
  if (body) {
    const speaker = lastBodySpeaking(before());
    return speaker && !quote.includes(speaker) && !shownBefore.includes(speaker) ? `[${speaker}]${quote.slice(body.length)}` : quote;
  }
  const pronoun = PRONOUN_SPEAKING.exec(quote)?.[0];
  if (pronoun) {
    const speaker = lastSpeaker(before());
    // Named in a quote shown before, by surname too ("[Robert] Crandall said"), the reader knows who it is.
    const surname = speaker?.split(" ").at(-1);
    return speaker && !quote.includes(speaker) && !shownBefore.includes(surname!) ? `[${speaker}]${quote.slice(pronoun.length)}` : quote;
  }
  const alone = [...quote.matchAll(SURNAME_SPEAKING)].filter((match, i, all) => {
    const wordBefore = WORD_BEFORE.exec(quote.slice(0, match.index))?.[1];
    return (wordBefore === undefined || OPENERS.has(wordBefore)) && all.findIndex((other) => other[1] === match[1]) === i;
  });
  if (alone.length === 0) return quote;
  const sentences = before().filter((sentence) => alone.some((match) => sentence.includes(match[1]!)));
  let named = quote;
  // From the last, so that the places of those before stay as found.
  for (const match of alone.reverse()) {
    const surname = match[1]!;
    const full = sentences
      .flatMap((sentence) => namesOfPeople(sentence).filter((name) => name.endsWith(` ${surname}`) && namedAsPerson(sentence, name)))
      .at(-1);
    // Named in full in the quote, or in a quote shown before it, the reader knows who it is.
    if (!full || quote.includes(full) || shownBefore.includes(full)) continue;
    const given = full.split(" ").slice(0, -1);
    // A post the wire writes with capitals before the name is no part of it: "Trade Representative Clayton Yeutter".
    const first = given.slice(given.findLastIndex(isPostWord) + 1);
    if (first.length === 0) continue;
    named = `${named.slice(0, match.index)}[${first.join(" ")}] ${named.slice(match.index)}`;
  }
  return named;
}

/** A quote that opens with a pronoun speaking: "He stressed that ...", "She added". */
const PRONOUN_SPEAKING = new RegExp(`^(?:He|She)(?=,?\\s+(?:also\\s+|then\\s+|later\\s+|further\\s+)?(?:${SPEAKS})\\b)`, "u");

/**
 * The one who speaks in the last sentence that names anyone, in full or by the surname of someone named in full before
 * ("political observer Oktay Gasimov says:", "According to Aliyev, ..."), without a post the wire capitalises before the
 * name. No one where that sentence names two, or names one who does not speak there, or where a sentence after it has someone
 * else speak ("The Azerbaijani president stressed ..."): "he" may be another.
 */
function lastSpeaker(sentences: readonly string[]): string | undefined {
  const earlier = sentences.map((sentence) => namesOfPeople(sentence));
  // A person's surname written alone, by their full name: built once, read in each sentence after theirs.
  const surnames = new Map<string, { surname: string; alone: RegExp }>();
  const surnameOf = (name: string) => {
    const surname = name.split(" ").at(-1)!;
    return surnames.get(name) ?? surnames.set(name, { surname, alone: new RegExp(`(?<![\\p{L}-])${escapeRegExp(surname)}(?![\\p{L}-])`, "u") }).get(name)!;
  };
  for (let at = sentences.length - 1; at >= 0; at--) {
    const sentence = sentences[at]!;
    // Each person named, with where and as what the sentence writes them.
    const named = new Map(earlier[at]!.map((name) => [name, { where: sentence.indexOf(name), written: name }]));
    for (const name of new Set(earlier.slice(0, at).flat())) {
      const { surname, alone } = surnameOf(name);
      const found = alone.exec(sentence);
      if (found && ![...named.keys()].some((full) => full.endsWith(surname))) named.set(name, { where: found.index, written: surname });
    }
    if (named.size === 0) {
      if (reportsSaying(sentence)) return undefined;
      continue;
    }
    if (named.size > 1) return undefined;
    const [name, { where, written }] = [...named][0]!;
    if (!SPEAKING_AFTER.test(sentence.slice(where + written.length)) && !ACCORDING_TO.test(sentence.slice(0, where))) return undefined;
    const words = name.split(" ");
    const person = words.slice(words.findLastIndex(isPostWord) + 1);
    return person.length > 0 ? person.join(" ") : undefined;
  }
  return undefined;
}

/** A quote that opens with a firm speaking as a wire story names it again: "It said ...", "The company added". */
const BODY_SPEAKING = new RegExp(`^(?:It|The\\s+(?:company|firm|group|bank))(?=,?\\s+(?:also\\s+|then\\s+|later\\s+|further\\s+)?(?:${SPEAKS})\\b)`, "u");
/**
 * A sentence that opens with a capitalised name speaking, its ticker and a clause about it aside: "Rochester Gas and Electric
 * Corp said ...", "The Bank of Japan <BOJ>, the central bank, said ...". The name is the first group, without "The".
 */
const NAME_OPENS_SPEAKING = new RegExp(
  `^(?:The\\s+)?(\\p{Lu}[\\p{L}\\p{N}&.'’-]*(?:\\s+(?:(?:and|of|&|de)\\s+)?\\p{Lu}[\\p{L}\\p{N}&.'’-]*){0,7})(\\s*<[^>]*>)?(?:,\\s+[^,]{1,60},)?\\s+(?:also\\s+)?(?:${SPEAKS})\\b`,
  "u",
);

/**
 * The name of what speaks in the last sentence before the quote that opens with a name speaking, as "It said" refers back to
 * it, past sentences where it speaks again ("It said ...", "The company said ..."). None where that name is a person's,
 * or a pronoun ("He said"), or the first word opens a sentence without naming anything ("But"), or a sentence between has another speak
 * ("Analysts said ..."): "it" may be another.
 */
function lastBodySpeaking(written: readonly string[]): string | undefined {
  const sentences = written.map((sentence) => withoutDateline(sentence.trim()));
  // A word alone may be any word a sentence opens with ("Analysts said"): a name where it has its ticker, or stands capitalised
  // within a sentence, or opens a longer name ("Chrysler" of "Chrysler Corp said").
  const named = (word: string) => sentences.some((sentence) => new RegExp(`\\s${escapeRegExp(word)}\\b|^${escapeRegExp(word)}\\s+\\p{Lu}`, "u").test(sentence));
  for (let at = sentences.length - 1; at >= 0; at--) {
    const sentence = sentences[at]!;
    if (BODY_SPEAKING.test(sentence)) continue;
    const [, name, ticker] = NAME_OPENS_SPEAKING.exec(sentence) ?? [];
    if (name) {
      const person = namesOfPeople(sentence).some((other) => other.endsWith(name.split(" ").at(-1)!));
      const nameLike = name.includes(" ") || ticker !== undefined || named(name);
      return OPENERS.has(name.split(" ")[0]!) || PRONOUNS.has(name) || person || !nameLike ? undefined : name;
    }
    if (reportsSaying(sentence)) return undefined;
  }
  return undefined;
}

/** Pronouns that open a sentence speaking, which name no firm. */
const PRONOUNS = new Set(["He", "She", "They", "We", "I", "You"]);

/** What gives the words after it to the one it names: "According to Aliyev, ...". */
const ACCORDING_TO = /\baccording\s+to\s+$/i;

/** A verb of saying right after a name: "Paul Volcker said", "Farhad Mammadov, asked about it". */
const SPEAKING_AFTER = new RegExp(`^,?\\s+(?:${SPEAKS})\\b`, "u");

/** Whether a sentence gives the name as a person's: with their post ("political scientist Farhad Mammadov"), or saying something ("Paul Volcker said"). */
function namedAsPerson(sentence: string, name: string): boolean {
  return givesPostOf(sentence, name) || SPEAKING_AFTER.test(sentence.slice(sentence.indexOf(name) + name.length));
}
