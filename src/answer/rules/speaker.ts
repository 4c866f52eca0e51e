import { givesSpeakerWords, givesWordsTo, givesWordsToHimOrHer } from "../attribution.js";
import { datelineOfArticle, sentencesBeforeQuote, type CorpusIndex } from "../../index/corpus-index.js";
import { countryNamesOf } from "../../index/countries.js";
import { TITLE_INDEX_TERMS } from "../../question/names.js";
import { filedIn, namedInRole } from "../passage-names.js";
import { analyze, termOf } from "../../index/analyzer.js";
import { speaksOf } from "../same-word.js";
import type { Quote } from "../quotes.js";
import type { QuoteRule } from "./rule.js";
import type { Speaker } from "../../question/speaker.js";

/** Whether two quotes are sentences next to each other in one passage, with nothing between them. */
function nextTo(a: Quote, b: Quote): boolean {
  if (a.passage.chunk.id !== b.passage.chunk.id) return false;
  const [first, second] = a.start < b.start ? [a, b] : [b, a];
  const { start } = first.passage.chunk;
  return first.end <= second.start && first.passage.chunk.text.slice(first.end - start, second.start - start).trim() === "";
}

/** A quote that names who speaks by its kind alone, as a report names a body again: "The ministry said ...". */
const KIND_AGAIN = /^The\s+(ministry|army|military|government|agency|court|department|committee|council|commission|service|office)\b/;
/** Words before a kind that name the body again, not first: "the ministry", "its army". */
const AGAIN = new Set(["the", "this", "that", "its", "their", "his", "her", "our"]);

/**
 * Whether a quote gives words to a body named by its kind alone ("The ministry said ...") that the last sentence of its
 * article before it naming one of that kind ("Azerbaijani Defence Ministry said ...") has the speaker asked for say.
 */
function speaksByKind(quote: Quote, speaker: Speaker, index: CorpusIndex): boolean {
  const kind = KIND_AGAIN.exec(quote.text)?.[1];
  if (!kind || !givesWordsTo([termOf(kind)!], quote.text, index.lexical)) return false;
  // Named with a word before its kind, as the report first names it ("Azerbaijani Defence Ministry", "the Russian defence
  // ministry"), not again by its kind alone ("the ministry").
  const named = new RegExp(`([\\p{L}-]+)\\s+${kind}\\b`, "giu");
  const namesOne = (sentence: string) => [...sentence.matchAll(named)].some((match) => !AGAIN.has(match[1]!.toLowerCase()));
  const earlier = sentencesBeforeQuote(index, quote.passage.article.id, quote.text)?.findLast(namesOne);
  return earlier !== undefined && givesSpeakerWords(speaker, { text: earlier, article: quote.passage.article }, index.lexical);
}

export const speakerRule: QuoteRule = {
  id: "speaker",
  guards: "Quoting a passage that mentions someone for a question about what they said (\"What did Iraq say ...?\") without giving them any words, or words on another matter.",
  stage: "quotes",
  check: ({ question, quotes, passages, index }) => {
    const { speaker } = question;
    if (!speaker) return undefined;
    type Quoted = (typeof quotes)[number];
    // A country speaks through its officials in a report filed from it: "What did Armenia's chief
    // diplomat say ...?" is answered by "YEREVAN ... Foreign Minister Mirzoyan emphasised ...".
    const ofCountry = speaker.terms.every((term) => countryNamesOf(term).length > 0);
    const filedThere = (quote: Quoted) => {
      const dateline = datelineOfArticle(index, quote.passage.article.id);
      return speaker.terms.some((term) => filedIn(term, dateline));
    };
    const officialSpeaks = (quote: Quoted) => ofCountry && givesWordsTo(TITLE_INDEX_TERMS, quote.text, index.lexical) && filedThere(quote);
    // A speaker asked by role speaks by the name the passages read give whoever holds it: "the Armenian premier" is "Prime Minister Nikol Pashinyan".
    const roleTerms = analyze(speaker.name);
    const holders = [...new Set(passages.flatMap((passage) => namedInRole(roleTerms, passage.chunk.text)))];
    const holderSpeaks = (quote: Quoted) => holders.length > 0 && givesWordsTo(holders, quote.text, index.lexical);
    const speaks = (quote: Quoted) =>
      givesSpeakerWords(speaker, { text: quote.text, article: quote.passage.article }, index.lexical) || officialSpeaks(quote) || holderSpeaks(quote) || speaksByKind(quote, speaker, index);
    if (!quotes.some(speaks)) return { detail: `no quote gives words to ${speaker.name}`, reason: { speaker } };
    // "What did Kvien say about the Zangezur corridor?": her words must speak of the names asked about, not of the Lachin corridor.
    // The topic runs to the end of its clause: "..., and who echoed him" asks another thing.
    const about = /\babout\b(.*?)(?:[,;?]|\band\s+(?:what|who|whom|how|when|where|why|which)\b|$)/i.exec(question.cased)?.[1] ?? "";
    const topic = question.typedNames.filter((name) => about.includes(name.name) && !name.terms.some((term) => speaker.terms.includes(term)));
    if (topic.length === 0) return undefined;
    // Or words given to "he" or "she" in an article that gives the speaker words ("And about ... Washington, he maintains that
    // ..."), or a quotation next to a sentence that does ("“... after the meeting in Sochi last October, ...”", the press service
    // quoted him); not one further on, which is as often another's ("... released footage of ... “illegal Armenian armed groups ...”").
    const said = (quote: Quoted) =>
      speaks(quote) ||
      (givesWordsToHimOrHer(quote.text) && quotes.some((other) => other.passage.article.id === quote.passage.article.id && speaks(other))) ||
      (/["“”]/.test(quote.text) && quotes.some((other) => nextTo(other, quote) && speaks(other)));
    const saidOf = (quote: Quoted, name: (typeof topic)[number]) => said(quote) && name.terms.every((term) => speaksOf(quote.terms, term, index.lexical));
    // Asked about several things, each in a report of its own ("about Public Service Electric and Gas and about Harcourt
    // Brace"), each may be spoken of in a quote of its own.
    const onTopic = question.acrossReports ? topic.every((name) => quotes.some((quote) => saidOf(quote, name))) : quotes.some((quote) => topic.every((name) => saidOf(quote, name)));
    return onTopic ? undefined : { detail: `no quote gives words of ${speaker.name} on ${topic.map((name) => name.name).join(", ")}`, reason: { speaker } };
  },
};
