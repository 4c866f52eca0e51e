/**
 * The rules that decide when the answer says "not found" rather than quote something
 * loosely related. Each is a named stage with one job, run in order by the answerer, and
 * can be switched off (`npm run eval -- news --without ID`) to count what it does.
 */
import { datelineOfArticle, type CorpusIndex } from "../../index/corpus-index.js";
import type { Passage } from "../../search/retrieve.js";
import type { AbstentionReason } from "../evidence.js";
import type { PassageWords } from "../passage-names.js";
import type { Quote } from "../quotes.js";
import type { QuestionReading } from "../../question/reading.js";

/** What the rules read once the passages are retrieved. */
export interface PassageReading {
  /** The question, read once. */
  question: QuestionReading;
  /** The passages read, best first. */
  passages: Passage[];
  /** Each passage as the rules read it: its article's title and outlet, then its text. */
  texts: string[];
  terms: string[][];
  /** The share of the question the best passage covers, near synonyms counted. */
  evidence: number;
  index: CorpusIndex;
  /** The question's words no article uses and no word of the passages comes close to in meaning. */
  strangers: string[];
  /** The model's bar for a passage far in meaning from the question (`ModelSpec.unrelatedBelow`); none where it was not measured. */
  unrelatedBelow?: number;
  /** The question's terms whose words the model has no vector for (names it never read), which its similarities cannot weigh. */
  unseenByModel: string[];
  /** When the question is asked, for questions about today. */
  now: Date;
  /** Whether passage `passage` holds a word the question types before a title (`wordsBeforeTitle`), or one close to it in meaning ("harbour": "port"). */
  saysInPassage(word: string, passage: number): boolean;
}

/**
 * The passages read, as the rules about names read them: their words, their article's date and,
 * unless `ownWords`, the place it was filed from, which places an office in every passage of the
 * report ("YEREVAN": Armenia's foreign minister) though only some name its holder.
 */
export function passageWordsOf({ passages, texts, terms, index }: PassageReading, { ownWords = false } = {}): PassageWords[] {
  return passages.map((p, i) => ({ terms: terms[i]!, text: texts[i]!, date: p.article.date, ...(ownWords ? {} : { filedFrom: () => datelineOfArticle(index, p.article.id) }) }));
}

/** What the rules read once the quotes are chosen. */
export interface QuoteReading extends PassageReading {
  quotes: Quote[];
  /** The quotes and those shown beside them as context, which most rules do not weigh (it let near misses through). */
  shown: Quote[];
  /** The best of the quotes. */
  lead: Quote;
  /** The quote the answer opens with: the first that holds what was asked (a person, a time, ...), else the first. */
  first: Quote;
  /** Whether a sentence gives a figure of what the question counts ("how many ships": "76 ships"); none when it counts nothing. */
  givesFigure?: (sentence: string) => boolean;
  /** For "who is the <office> ...": whether a sentence names someone beside that office, as the question qualifies it (`namesHolderFor`); none when it asks no such thing. */
  namesHolder?: (sentence: { text: string; terms: Set<string> }) => boolean;
  /** For "did X <verb> ...": whether a sentence says the act asked about, in its word or one close to it; none when it asks no such thing. */
  saysAct?: (quote: Quote) => boolean;
  /** For "who is buying ...": whether a sentence names a buyer (`namesBuyerFor`); none when it asks no such thing. */
  namesBuyer?: (sentence: { text: string; terms: Set<string> }) => boolean;
  /**
   * Whether a word of the passages names what a word the question counts or asks for names:
   * the same word in another form, or one close in meaning ("vessels": "ships").
   */
  sameThing(asked: string, word: string): boolean;
}

export interface Refusal {
  /** What the rule found, for logs and `ask --json`. */
  detail: string;
  /** What the reply tells the reader. */
  reason: AbstentionReason;
}

interface Rule<Reading> {
  id: string;
  /** What the rule guards against, in one sentence. */
  guards: string;
  /** Whether its refusal means the question is off the articles' map, so that no article is offered as related. */
  offTopic?: boolean;
  check(reading: Reading): Refusal | undefined;
}

/** Read with the passages, before any quote is chosen; all of them run, and their reasons are told together. */
export interface PassageRule extends Rule<PassageReading> {
  stage: "passages";
}

/** Read with the chosen quotes; the first that refuses decides. */
export interface QuoteRule extends Rule<QuoteReading> {
  stage: "quotes";
}

export type AnswerRule = PassageRule | QuoteRule;
