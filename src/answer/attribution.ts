/**
 * "What did X say (or tell) ...?" asks for X's words: the answer must quote a sentence that
 * gives them to X. Passages that mention X and the topic without X saying anything ("What
 * did Turkey say about the blockade?" over a passage on Iran's ally Turkey) are a loose
 * match, not an answer.
 *
 * A sentence gives words to X when X comes before a verb of saying in the active voice
 * ("Kristina Kvien, the United States Ambassador to Armenia, stressed that ..."), right after
 * one that follows a comma or a quotation (", said Armenia's Prime Minister Nikol Pashinyan"),
 * or right after "according to". An article speaks for its outlet ("What did Global Comment
 * say ...?"), and for its headline when the question names a document ("What did the grain
 * quota report say ...?").
 */
import { analyze, termOf, wordsOf } from "../index/analyzer.js";
import type { Speaker } from "../question/speaker.js";
import type { LexicalIndex } from "../index/lexical-index.js";
import { sameName, speaksOf } from "./same-word.js";
import { quotedCharacters } from "./quotation.js";
import { countryNamesOf } from "../index/countries.js";

const SAYING = new Set(
  "said says say told tells stressed stresses warned warns accused accuses announced announces claimed claims called calls urged urges noted notes added adds stated states declared declares insisted insists believes believed considers considered underscored underlined underlines emphasised emphasized emphasises promised promises briefed briefs countered counters replied replies responded argued argues concluded concludes explained explains commented remarked acknowledged admitted asserted wrote writes quoted reported reports expressed conveyed agrees agreed maintains maintained cautioned cautions predicted predicts reiterated reiterates confirmed confirms suggested suggests recalled pledged pledges vowed vows".split(" "),
);
const PASSIVE = new Set(["is", "are", "was", "were", "be", "been", "being"]);
/** Before a noun, not a verb: "such claims", "the reports", "his remarks". */
const DETERMINERS = new Set(["the", "a", "an", "such", "these", "those", "this", "his", "her", "its", "their", "our", "my", "your", "any", "no", "some", "many", "several", "other"]);
/** How many words after ", said" or "according to" the speaker's name may start. */
const NAME_WITHIN = 5;

/** Whether the quote gives words to the speaker: in its sentence, or as the words of its outlet, or of the document its title names. */
export function givesSpeakerWords(speaker: Speaker, { text, article }: { text: string; article: { title: string; outlet: string | null } }, lexical: LexicalIndex): boolean {
  const namesSpeaker = (written: string) => {
    const terms = analyze(written);
    return speaker.terms.every((s) => terms.some((t) => sameName(s, t, lexical)));
  };
  return (
    givesWordsTo(speaker.terms, text, lexical) ||
    (isArmedForces(speaker.terms) && givesWordsTo(DEFENCE_MINISTRY, text, lexical) && countriesOf(speaker.name).every((country) => givesWordsTo([country], text, lexical))) ||
    (article.outlet !== null && namesSpeaker(article.outlet)) ||
    (speaker.document && namesSpeaker(article.title))
  );
}

/** An army speaks through its defence ministry: "what did the azerbaijani army say" is answered by "Azerbaijani Defence Ministry said ...". */
const ARMED_FORCES = new Set(["army", "military"].map((word) => termOf(word)!));
const DEFENCE_MINISTRY = ["defence", "defense"].map((word) => termOf(word)!);
const isArmedForces = (terms: readonly string[]) => terms.length === 1 && ARMED_FORCES.has(terms[0]!);
/** The countries a speaker's name gives ("the Azerbaijani Army"), whose ministry must be the one that speaks. */
const countriesOf = (name: string) => analyze(name).filter((term) => countryNamesOf(term).length > 0);

/** A sentence's words, lower-cased, each marked where it stands inside a quotation. */
function wordsAndQuotation(sentence: string) {
  const quoted = quotedCharacters(sentence);
  return wordsOf(sentence).map((w) => ({ ...w, lower: w.word.toLowerCase(), quoted: quoted[w.start] === true }));
}

/** A conclusion reached, as one drawn is said: "Columnist Ruben Margaryan came to this conclusion earlier". */
const CAME_TO_CONCLUSION = /\b(?:came|comes|come|reached|reaches|arrived|arrives)\s+(?:(?:at|to)\s+)?(?:this|the|that|a\s+similar|the\s+same)\s+conclusion\b/gi;
/** The sentence with a conclusion reached read as "concluded", at the same offsets. */
const withConclusionsDrawn = (sentence: string) => sentence.replace(CAME_TO_CONCLUSION, (phrase) => "concluded".padEnd(phrase.length));

/** Whether a sentence gives words to the speaker with these terms. */
export function givesWordsTo(speaker: readonly string[], written: string, lexical: LexicalIndex): boolean {
  const sentence = withConclusionsDrawn(written);
  const words = wordsAndQuotation(sentence).map((w) => ({ ...w, term: termOf(w.word) }));
  // Whether the words from `start` to `end` name the speaker ("the United States" for "American").
  // Quoted words are what was said, not who said it ("“Nakasone will ... step down,” Shiratori said").
  const named = (start: number, end: number) => {
    const terms = new Set(words.slice(Math.max(0, start), end).flatMap((w) => (w.quoted ? [] : (w.term ?? []))));
    return speaker.some((s) => speaksOf(terms, s, lexical));
  };
  return words.some((word, i) => {
    if (word.lower === "according" && words[i + 1]?.lower === "to") return named(i + 2, i + 2 + NAME_WITHIN);
    if (word.quoted || !SAYING.has(word.lower) || (i > 0 && (PASSIVE.has(words[i - 1]!.lower) || DETERMINERS.has(words[i - 1]!.lower)))) return false;
    const afterQuoteOrComma = i > 0 && /[,"”’]/.test(sentence.slice(words[i - 1]!.end, word.start));
    return named(trailingSourceAt(sentence, words, i) ?? subjectStart(sentence, words, i), i) || (afterQuoteOrComma && named(i + 1, i + 1 + NAME_WITHIN));
  });
}

/** "he maintains that ...", "..., she added": words given to whoever a sentence before named. */
export function givesWordsToHimOrHer(sentence: string): boolean {
  const words = wordsAndQuotation(sentence);
  return words.some((word, i) => i > 0 && !word.quoted && SAYING.has(word.lower) && (words[i - 1]!.lower === "he" || words[i - 1]!.lower === "she") && !words[i - 1]!.quoted);
}

/** Whether a word is a verb of saying ("said", "told"). */
export function isSayingVerb(word: string): boolean {
  return SAYING.has(word.toLowerCase());
}

/** Forms of saying a report writes beside where it was said: "quoted him as saying at a meeting ... in Berlin", "speaking in Bonn". */
const SAYING_FORMS = new Set(["saying", "speaking", "spoke", "remarks"]);

/** Whether a sentence reports, outside its quotations, that something was said. */
export function reportsSaying(sentence: string): boolean {
  return wordsAndQuotation(sentence).some((word) => !word.quoted && (SAYING.has(word.lower) || SAYING_FORMS.has(word.lower)));
}

/** Words that open a clause standing before the sentence's own subject: "Although Armenia denied such claims, the ministry said ...". */
const SUBORDINATORS = new Set(["although", "though", "while", "whereas", "as", "after", "before", "when", "since", "because", "if", "unless", "despite"]);

/** Where the subject of the verb at `verb` may start: past an opening clause that a comma closes, else at the start. */
function subjectStart(sentence: string, words: { start: number; end: number; lower: string }[], verb: number): number {
  if (!SUBORDINATORS.has(words[0]?.lower ?? "")) return 0;
  const closed = words.findIndex((word, at) => at > 0 && at < verb && sentence.slice(words[at - 1]!.end, word.start).includes(","));
  return closed === -1 ? 0 : closed;
}

/** Words after a verb that ends a sentence: "..., FAON reported", "..., the ministry said in a statement on Monday". */
const MOST_AFTER_LAST_VERB = 5;
/**
 * Sources that speak for whoever the sentence is about: "..., he said" and "..., a spokesman
 * said" leave the speaker to the words before.
 */
const FOR_ANOTHER = new Set(["he", "she", "they", "it", "we", "i", "the", "a", "an", "his", "her", "its", "their", "spokesman", "spokeswoman", "spokesperson", "aide", "aides", "statement", "press", "service", "office"]);

/**
 * Where the source starts when the verb of saying closes the sentence after a comma: "The
 * Azerbaijani Ambassador was invited to ..., the Federation reported" gives the Federation's
 * words, not the ambassador's.
 */
function trailingSourceAt(sentence: string, words: { word: string; start: number; end: number; lower: string }[], verb: number): number | undefined {
  if (words.length - verb - 1 > MOST_AFTER_LAST_VERB) return undefined;
  let start = verb;
  while (start > 0 && !sentence.slice(words[start - 1]!.end, words[start]!.start).includes(",")) start -= 1;
  if (start === 0 || start === verb || words.slice(start, verb).every((w) => FOR_ANOTHER.has(w.lower))) return undefined;
  return start;
}
