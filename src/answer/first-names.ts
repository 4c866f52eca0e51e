/**
 * A quote cut from its article may name someone by surname alone ("Mammadov believes ..."), as
 * the article does after giving the full name; read alone, it does not say who that is, and an
 * article may name two people of that surname (Ramin and Farhad Mammadov). The first name the
 * article gave last before the quote is shown in brackets, as an editor marks words put into a
 * quotation: "[Farhad] Mammadov believes ...". Only where both read as a person's: the quote
 * has the surname speak or think, and the article gave the full name with a post or a verb of
 * saying beside it, so that a place ("in Nagorno Karabakh") or a table's row ("Year Net") is
 * never taken for a first name.
 */
import { givesPostOf, isPostWord, namesOfPeople } from "./people.js";

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

/** A verb of saying right after a name: "Paul Volcker said", "Farhad Mammadov, asked about it". */
const SPEAKING_AFTER = new RegExp(`^,?\\s+(?:${SPEAKS})\\b`, "u");

/** Whether a sentence gives the name as a person's: with their post ("political scientist Farhad Mammadov"), or saying something ("Paul Volcker said"). */
function namedAsPerson(sentence: string, name: string): boolean {
  return givesPostOf(sentence, name) || SPEAKING_AFTER.test(sentence.slice(sentence.indexOf(name) + name.length));
}
