import { analyze } from "../../index/analyzer.js";
import type { LexicalIndex } from "../../index/lexical-index.js";
import type { Passage } from "../../search/retrieve.js";
import type { PassageRule, Refusal } from "./rule.js";

/**
 * How specific a word must be, as a share of the most specific a word can be (the log of the
 * number of passages), to make the passages that hold it related. At 0.7 a word of the 3,000
 * Reuters stories is specific when a dozen passages or fewer hold it ("Comalco", "euronotes");
 * "capital", "president", "France" are common.
 */
const SPECIFIC_SHARE = 0.7;
/**
 * Below this share of the model's bar, only a word the model cannot weigh makes a passage related:
 * on the older sets no passage a question was answered from came below 0.26, for a bar of 0.4.
 */
const UNRELATED_WHATEVER_SHARE = 0.5;
/** How many of the question's terms a headline that holds one of its specific words holds, to be on it. */
const HEADLINE_TERMS = 3;
/** Below this many passages, how many hold a word tells little of how specific it is: ten articles use few words twice. */
const MIN_PASSAGES = 1_000;

/**
 * In a large collection almost every word of a question is used somewhere, so a question about
 * something else ("how far is the moon from earth", "who is the current president of france")
 * finds passages that hold its words (a mining story's "earth", France's finance minister). Such
 * passages are far from it in meaning, and share none of its specific words with it, nor a
 * pair of common words that names one thing.
 */
export const unrelatedRule: PassageRule = {
  id: "unrelated",
  guards: "Quoting passages of a large collection that share only common words with a question about something else (\"how far is the moon from earth\").",
  stage: "passages",
  offTopic: true,
  check: ({ question, passages, terms, index, unrelatedBelow, unseenByModel }) => {
    const { lexical } = index;
    if (unrelatedBelow === undefined || lexical.size < MIN_PASSAGES) return undefined;
    const closest = Math.max(0, ...passages.map((p) => p.dense));
    if (closest >= unrelatedBelow) return undefined;
    const held = new Set(terms.flat());
    // "What did Paye say about Japan?": a speaker named by name is the question's subject, however
    // common a word the name stems to ("pay").
    const { speaker } = question;
    if (speaker && speaker.terms.every((term) => held.has(term))) return undefined;
    const specific = [...new Set(question.terms)].filter((term) => held.has(term) && lexical.idf(term) >= SPECIFIC_SHARE * Math.log(lexical.size + 1));
    // A name the model never read ("Ropak's hostile bid for Buckhorn") is out of its sight, so
    // the similarity says nothing of it; below half the bar a word it knows, or a pair of them,
    // makes no passage related ("earth", rare in the Reuters stories, in "how far is the moon from earth": 0.07).
    const seen = closest >= unrelatedBelow * UNRELATED_WHATEVER_SHARE;
    const related = seen ? specific : [...specific.filter((term) => unseenByModel.includes(term)), ...headlined(specific, question.terms, passages)];
    // The pairs are looked up only where they could relate the passages: each is a search.
    return related.length > 0 || (seen && specificPairs(question.terms, terms, lexical).length > 0) ? undefined : far(closest);
  },
};

/**
 * The specific words a passage's headline holds where it holds HEADLINE_TERMS of the question's in all: it is on the
 * question, whatever a results table's figures make of the similarity ("how did tony loma ... do in the 4th quarter":
 * "Tony Loma Co Inc <tlam> 4th Qtr", 0.16).
 */
function headlined(specific: string[], questionTerms: string[], passages: Passage[]): string[] {
  const asked = new Set(questionTerms);
  const onIt = passages.map((p) => new Set(analyze(p.article.title))).filter((headline) => [...headline].filter((word) => asked.has(word)).length >= HEADLINE_TERMS);
  return specific.filter((term) => onIt.some((headline) => headline.has(term)));
}

/**
 * Two of the question's words that a passage read writes side by side, and that few passages
 * hold together (as few as hold a specific word): common words may name one thing ("diplomat
 * electronics": Diplomat Electronics Corp; "olivers stores": Oliver's Stores Inc). As "a b".
 */
function specificPairs(questionTerms: string[], passageTerms: string[][], lexical: LexicalIndex): string[] {
  // A word held by at most this many passages has the specific word's share of the most specific idf.
  const few = Math.pow(lexical.size + 1, 1 - SPECIFIC_SHARE);
  return questionTerms.slice(1).flatMap((second, i) => {
    const first = questionTerms[i]!;
    const written = first !== second && passageTerms.some((passage) => passage.some((term, j) => term === first && passage[j + 1] === second));
    return written && lexical.query(`${first} ${second}`, { matchAll: true }).length <= few ? [`${first} ${second}`] : [];
  });
}

const far = (closest: number): Refusal => ({ detail: `the passages read are far in meaning from the question (closest ${closest.toFixed(2)}) and share no specific word with it`, reason: {} });
