/**
 * Which sentences of the best passages to quote: the one that best answers the
 * question, the sentence it runs on into, the asked speaker's words from its paragraph,
 * sentences that cover question terms the others miss, and any other nearly as good.
 */
import type { Embedder } from "../embedding/embedder.js";
import { cosine, type WordVectors } from "../embedding/word-vectors.js";
import { analyze, isStopWord, tokenize, wordsOf } from "../index/analyzer.js";
import type { LexicalIndex } from "../index/lexical-index.js";
import { splitSentences, type Sentence } from "../text/sentences.js";
import type { Passage } from "../search/retrieve.js";
import { abbreviationsIn, abbreviationsUsedIn, otherFormsIn, type Abbreviation } from "../corpus/abbreviations.js";
import { coverage, firstWordOfEachTerm, isQuantityWord, statesFigureOutsideNames } from "./evidence.js";
import { reasonKeptBackIn } from "./answer-type.js";
import { closesQuotation, opensQuotation } from "./quotation.js";
import { isCreditLine, withoutDateline } from "./quote-hygiene.js";
import { isRecordDateRow, quotedRow, tableRowsOf } from "./table-rows.js";
import { BoundedMemo } from "../util/bounded-memo.js";

export interface Quote {
  passage: Passage;
  text: string;
  /** The sentence's analysed terms, and those of the other form of each abbreviation its article defines. */
  terms: Set<string>;
  /** Offsets in the article's text. */
  start: number;
  end: number;
  score: number;
  /** A row of a results table or its note, which speaks of the company its headline names ("Qtly div 10 cts vs 8 cts prior"). */
  tableRow?: boolean;
}

const MAX_QUOTES = 3;
/**
 * Sentences that add question words the quotes so far miss may bring them to four: on the tuning
 * and older sets 13 more replies held their answer words and 1 fewer, no unanswerable question was
 * let through, for replies 1% longer (3.81 -> 3.86 quotes). A fourth sentence that only scores
 * nearly as well as the best gained more answer words (38) but let 5 unanswerable questions
 * through ("who won the super bowl in 1987"), the quote rules finding in it what they look for.
 */
const MAX_QUOTES_ADDING_WORDS = 4;
/**
 * Where the quotes number fewer, the next best sentence nearly as good as the best is shown too,
 * as context the rules do not weigh: on the tuning and older sets 25 more replies held their answer
 * words (news set +2) and 8 more summaries cited two of their articles, for replies 6% longer
 * (3.86 -> 4.10 quotes), and no unanswerable question was let through, as the rules never see it.
 * Weighed by the rules as a fourth quote, it let 5 through ("who won the super bowl in 1987").
 */
const MOST_QUOTES_WITH_CONTEXT = 5;
/**
 * The analysed terms of sentences read before: the same passages come back question after
 * question, and analysing their sentences again took a sixth of a warm answer's time (bench:
 * 4.4 -> 3.7 ms median). Bounded like the word vectors: 20,000 sentences, a few MB.
 */
const SENTENCE_TERMS = new BoundedMemo<string, string[]>(20_000);
/**
 * A further quote must score at least this share of the best one. 0.55 rather than 0.6: on the
 * tuning sets 5 more bundled replies held the answer words for 2% longer replies; 0.5 gained
 * one more each for Reuters and bundled at twice the length.
 */
const QUOTE_RELATIVE_FLOOR = 0.55;
const SENTENCE_DENSE_WEIGHT = 0.4;
/**
 * How much of a question term a sentence's word close in meaning to it counts for, times its
 * closeness. Half: on the tuning sets 5 bundled and 3 Reuters replies more held the answer words
 * and 1 bundled fewer; counted in full, 5 paraphrases were lost for 4 gained (docs/blind-evaluation.md).
 */
const CLOSE_WORDS_SHARE = 0.5;
/** The sentences of passages read before, as for their terms: splitting took a tenth of a warm answer's time. */
const CHUNK_SENTENCES = new BoundedMemo<string, Sentence[]>(5_000);
/** The abbreviations each chunk read defines or uses, remembered: reading them costs tens of microseconds a chunk, for every passage of every question. */
const CHUNK_ABBREVIATIONS = new BoundedMemo<string, Abbreviation[]>(5_000);
/** The content words of sentences read before, as for their terms. */
const SENTENCE_WORDS = new BoundedMemo<string, string[]>(20_000);
/** How much a sentence's score depends on its passage's rank (0: not at all). */
const PASSAGE_RANK_WEIGHT = 0.65;
/** What a sentence of a passage without the question's names weighs, where another passage read holds them all. */
const NAMELESS_PASSAGE_WEIGHT = 0.75;
/** What a sentence of another outlet's passage weighs, where the question names an outlet: its answer comes first, the others' after. */
const OTHER_OUTLET_WEIGHT = 0.5;
/** The best sentence of another article than the lead's is quoted when it scores this share of the lead. */
const OTHER_ARTICLE_FLOOR = 0.45;
/**
 * For a question that compares reports or asks about two topics ("about X and about Y"), the
 * best sentence of each further article read is quoted at this share of the lead: at 0.45,
 * 306 of the tuning and older sets' 364 bundled summaries cited two of their articles, at 0.2
 * 314, with 4 more holding their answer words; 0.1 cited two in no more. Taken for every
 * question on several reports ("both", a second question), it cited two in 317 but added 0.1
 * articles to each answer of a single report. docs/blind-evaluation.md.
 */
const ACROSS_ARTICLE_FLOOR = 0.2;
/** At most this many articles are quoted for a question on several reports, as a digest quotes. */
const MOST_ARTICLES_ACROSS = 5;
/** The sentence right after the best one is quoted too when it scores this share of it. */
const FOLLOWING_SENTENCE_FLOOR = 0.25;
/**
 * A sentence of the lead's article that gives the person, time, place or reason asked for joins
 * when it scores this share of the best: one that names someone but speaks of little else asked ("Columnist
 * Ruben Margaryan came to this conclusion ..." for who Pashinyan named as traitors, 0.37) is no answer.
 */
const ANSWER_KIND_FLOOR = 0.5;
/**
 * Shown as context, where no quote gives what the question asks for, a sentence of the lead's
 * article that does, at this share of the best: on the tuning and older sets 6 more replies held
 * their answer words, none fewer, for replies 0.5% longer; the rules never see it. Where the lead's
 * article has none, another quoted article's (on every read set one more reply held its answer words,
 * no other changed).
 */
const ANSWER_CONTEXT_FLOOR = 0.3;
/** A report of at most this many sentences read tells of one thing: a wire brief. */
const SHORT_REPORT_SENTENCES = 6;
/** A sentence for a listed name no quote speaks of joins when it scores this share of the best. */
const LISTED_NAME_FLOOR = 0.3;
/**
 * A sentence of a results table's note ("NOTE: Company went public in October 1986.") is read
 * with the headline's company, as the rows are, and weighs this much of a sentence as good: it
 * qualifies the figures, so a row that says as much comes first ("[4th Qtr] Net ..." before
 * "4th qtr net includes a gain of ..."). On the tuning and older sets, against no note read:
 * Reuters 2 answered, first quotes +9, answer words +5 -1; at 1, first quotes +11 -6.
 */
const NOTE_WEIGHT = 0.9;
/** A sentence that adds question terms the quotes miss is quoted when they carry this share of the question's weight. */
const MISSING_TERMS_FLOOR = 0.1;

/** A sentence as a repeat of it reads: without tickers, case, punctuation or spacing. */
function sameSentenceKey(text: string): string {
  return text.toLowerCase().replace(/<[^>]*>/g, " ").replace(/[^\p{L}\p{N}]+/gu, " ").trim();
}

/**
 * Every sentence of the passages, scored by the question terms it holds, its meaning,
 * and how well its passage ranked (a stray match in a weak passage should not lead).
 */
export async function scoreSentences(
  passages: Passage[],
  questionTerms: string[],
  queryVector: Float32Array,
  embedder: Embedder,
  lexical: LexicalIndex,
  closeWords?: CloseWords,
  passageWeightOf: (passage: Passage) => number = () => 1,
): Promise<Quote[]> {
  const topScore = passages[0]!.score || 1;
  const candidates = passages.flatMap((passage) => {
    const sentences = CHUNK_SENTENCES.get(passage.chunk.text, splitSentences);
    // A dateline's date and place are when and where the report was filed, not what a sentence says.
    const texts = sentences.map((sentence) => withoutDateline(sentence.text.trim()));
    const { rows, headings } = tableRowsOf(texts, passage.article.title, passage.chunk.start === 0, passage.article.lead);
    return sentences.flatMap((sentence, i) => {
      if (headings.has(i) || isCreditLine(texts[i]!)) return [];
      const row = rows[i];
      const text = quotedRow(texts[i]!, row);
      const terms = new Set(SENTENCE_TERMS.get(texts[i]!, analyze));
      for (const term of row?.terms ?? []) terms.add(term);
      return [{ passage, text, terms, start: passage.chunk.start + sentence.start, end: passage.chunk.start + sentence.end, note: row?.note ?? false, tableRow: row !== undefined }];
    });
  });
  // Overlapping chunks and duplicate articles repeat sentences (a wire story filed again under
  // another dateline too, with or without the ticker: "Lloyds Bank Plc <LLOY.L> said ...");
  // quote each once, from the best-ranked passage.
  const seen = new Set<string>();
  const unique = candidates.filter((c) => {
    const key = sameSentenceKey(c.text);
    return !seen.has(key) && seen.add(key);
  });
  // "What crime did the ICC accuse Putin of?" is answered by a sentence on the International Criminal Court;
  // "us feb ppi how much did it go up" by "The February U.S. producer price index gained only 0.1 pct", in a report that says "PPI" too.
  const definedIn = new Map<string, Abbreviation[]>();
  const abbreviationsOf = (text: string) => [...abbreviationsIn(text), ...abbreviationsUsedIn(text)];
  for (const passage of passages) definedIn.set(passage.article.id, [...(definedIn.get(passage.article.id) ?? []), ...CHUNK_ABBREVIATIONS.get(passage.chunk.text, abbreviationsOf)]);
  for (const candidate of unique) {
    for (const term of otherFormsIn(candidate.text, definedIn.get(candidate.passage.article.id)!).flatMap(analyze)) candidate.terms.add(term);
  }
  const vectors = await embedder.embed(unique.map((c) => c.text), "passage");
  const closeness = closeWords ? await closenessIn(unique.map((c) => c.text), closeWords) : undefined;
  return unique
    .map(({ note, ...candidate }, i) => {
      const dense = cosine(vectors[i]!, queryVector);
      // A headline and its article's first sentence are read as one ("GM Output Fell Last
      // Month" / "General Motors Corp said its February U.S. car production declined to ...").
      const terms = candidate.start === 0 ? new Set([...candidate.terms, ...analyze(candidate.passage.article.title)]) : candidate.terms;
      const lexicalScore = coverage(questionTerms, terms, lexical, closeness && ((term) => CLOSE_WORDS_SHARE * closeness(i, term)));
      const passageWeight = 1 - PASSAGE_RANK_WEIGHT + PASSAGE_RANK_WEIGHT * (candidate.passage.score / topScore);
      return { ...candidate, score: ((1 - SENTENCE_DENSE_WEIGHT) * lexicalScore + SENTENCE_DENSE_WEIGHT * dense) * passageWeight * passageWeightOf(candidate.passage) * (note ? NOTE_WEIGHT : 1) };
    })
    .sort((a, b) => b.score - a.score);
}

/**
 * For each sentence (by its place in `sentences`) and question term, how close in meaning the
 * sentence's nearest word is to the question's word for the term: 0 below the bar.
 */
async function closenessIn(sentences: string[], { words, vectors, minSimilarity }: CloseWords): Promise<(sentence: number, term: string) => number> {
  const sentenceWords = sentences.map((text) => SENTENCE_WORDS.get(text, (t) => [...new Set(tokenize(t))].filter((word) => !isStopWord(word))));
  const known = await vectors.of([...words, ...sentenceWords.flat()]);
  const asked = new Map([...firstWordOfEachTerm(words)].map(([term, word]) => [term, known.get(word)!]));
  const sentenceVectors = sentenceWords.map((list) => list.map((word) => known.get(word)!));
  return (sentence, term) => {
    const vector = asked.get(term);
    if (!vector) return 0;
    let closest = 0;
    for (const other of sentenceVectors[sentence]!) closest = Math.max(closest, cosine(vector, other));
    return closest >= minSimilarity ? closest : 0;
  };
}

export interface QuoteNeeds {
  /** When the question asks for someone's words: whether a sentence gives them words. */
  givesWords?: (sentence: string) => boolean;
  /** When the question asks for a quantity: whether a sentence gives a figure (of what "how many" counts). */
  givesFigure?: (sentence: string) => boolean;
  /** When the question asks for a person, a time, a place or a reason: whether a sentence gives one the question does not name. */
  givesAnswer?: (sentence: string) => boolean;
  /** When the question sets what it asks about in a place ("in Berlin"): whether a sentence is set there. */
  setThere?: (quote: Quote) => boolean;
  /** When the question asks who holds an office ("who is the MCI president ..."): whether a sentence names the holder beside it. */
  namesHolder?: (quote: Quote) => boolean;
  /** When the question asks who is buying something: whether a sentence names a buyer. */
  namesBuyer?: (quote: Quote) => boolean;
  /**
   * Which of the question's terms each sentence says in other words ("expressed gratitude"
   * for "thank"); asked only when the quotes miss a term, as it embeds words.
   */
  saidInOtherWords?: (terms: string[], sentences: string[]) => Promise<string[][]>;
  /** When the question lists names that may each be in an article of its own ("What did Iran and Iraq each claim ...?"): whether a sentence speaks of each. */
  speaksOfListed?: ((quote: Quote) => boolean)[];
  closeWords?: CloseWords;
  /** When the question asks what several reports say: the best sentence of each further article read is offered too. */
  acrossArticles?: boolean;
  /** When the question itself asks what several reports say ("compare ...", "about X and about Y"), not only names a list: they join at a lower bar. */
  reportsCompared?: boolean;
  /** When the question asks where something was said or done: a quotation is quoted with the sentence that attributes it. */
  attributionAsked?: boolean;
  /** When the question asks why. */
  reasonAsked?: boolean;
  /** When the question asks for a date ("what is the record date"), which a sentence seldom gives beside much else asked ("... for each share held as of March 20"). */
  dateAsked?: boolean;
  /** Whether a passage holds every name the question asks about, where some read do and some do not: the others' sentences weigh less. */
  holdsNames?: (passage: Passage) => boolean;
  /** Where the question names an outlet ("according to the global comment op-ed"): whether a passage is of it; the others' sentences weigh less. */
  ofOutletAsked?: (passage: Passage) => boolean;
  /** When the question asks a figure of a time ("how many motorbikes ... in 1987"): whether a sentence names that time. */
  figureTimeAsked?: (quote: Quote) => boolean;
  /** When the question asks a dividend's record date in other words ("on Chubb's books by what date"): its Record line, which shares few of them. */
  recordDateAsked?: boolean;
  /** When the question asks how long: a span may be in any article read ("how long did the 2020 war last": "the 44-day war" in another report). */
  durationAsked?: boolean;
  /**
   * When the question asks when: whether a sentence gives the time asked (one to come, where the question asks so), which is
   * rarely said beside much else asked ("when's turner supposed to finish the kaiser hospital addition": "The completion date is October 1988").
   */
  givesTime?: (quote: Quote) => boolean;
  /**
   * Whether a sentence answers by a mark of its own, where the question asks so: set after the event asked ("after the
   * consultations") and giving what is asked, giving the agreement asked its date ("which truce ..."), or saying what kind
   * of thing is asked ("what kind of consequences").
   */
  marksAnswer?: (quote: Quote) => boolean;
  /** When the question asks what money raised is for: whether a sentence says so, in words of its own ("Proceeds will be used for working capital"). */
  givesUseOfFunds?: (quote: Quote) => boolean;
}

/**
 * The question's words, and the word vectors that tell which words of a sentence are close in
 * meaning to them (at `minSimilarity` or more): "unpaved" for "dirt", "payoffs" for "bribes".
 */
export interface CloseWords {
  words: string[];
  vectors: WordVectors;
  minSimilarity: number;
}

export async function chooseQuotes(
  passages: Passage[],
  questionTerms: string[],
  queryVector: Float32Array,
  embedder: Embedder,
  lexical: LexicalIndex,
  { givesWords, givesFigure, givesAnswer, setThere, namesHolder, namesBuyer, saidInOtherWords, speaksOfListed = [], closeWords, acrossArticles = false, reportsCompared = false, attributionAsked = false, reasonAsked = false, dateAsked = false, holdsNames, ofOutletAsked, recordDateAsked = false, figureTimeAsked, durationAsked = false, givesTime, givesUseOfFunds, marksAnswer }: QuoteNeeds = {},
): Promise<{ quotes: Quote[]; context: Quote[]; briefLead: boolean }> {
  const passageWeightOf = (passage: Passage) => (holdsNames?.(passage) === false ? NAMELESS_PASSAGE_WEIGHT : 1) * (ofOutletAsked?.(passage) === false ? OTHER_OUTLET_WEIGHT : 1);
  const scored = await scoreSentences(passages, questionTerms, queryVector, embedder, lexical, closeWords, passageWeightOf);
  const lead = scored[0]!;
  const chosen = [lead];
  const ofLeadArticle = (s: Quote) => s.passage.article.id === lead.passage.article.id;
  // News answers often run on into the next sentence ("... agreed to three key points. They
  // said he agreed to give up Cabinet voting rights"): it joins at a lower bar than others.
  const next = followingOf(lead, scored);
  // A lead that ends in a colon ("..., political observer Oktay Gasimov says:") announces it;
  // a quotation in the lead that goes on in the next sentence ("“I warmly congratulate ...,” PM
  // Pashinyan said ... “This beautiful spring holiday ...") is the same speaker's words.
  // Asked what someone said, the lead's next sentence that gives them words goes on with them: "... Derek Keys cautioned that
  // profits may not rise ..." then "“We would do well to repeat last year's results ...,” Keys said."
  if (next && (next.score >= lead.score * FOLLOWING_SENTENCE_FLOOR || announcesMore(lead.text) || (/["“”]/.test(lead.text) && /^["“]/.test(next.text)) || givesWords?.(next.text))) chosen.push(next);
  // A lead that closes a quotation opened in the sentence before is quoted with that sentence,
  // so the reader gets the whole quotation ("... a good chance to reach an agreement ... It would
  // be a good idea to sign such an agreement sooner or later," the press service quoted him).
  const previous = closesQuotation(lead.text) && scored.find((s) => ofLeadArticle(s) && s.end <= lead.start && s.end >= lead.start - 2);
  // After a lead that holds what is asked and more of the question's words: "Where did Aliyev meet Steinmeier?" is not
  // opened by "... after the meeting in Sochi last October ..." before "... at a meeting with ... Steinmeier in Berlin".
  const questionWordsIn = (quote: Quote) => questionTerms.filter((term) => quote.terms.has(term)).length;
  if (previous) chosen.splice(givesAnswer && givesAnswer(lead.text) && questionWordsIn(lead) > questionWordsIn(previous) ? 1 : 0, 0, previous);
  // Where no quote yet does what the question needs, the best sentence that does, and that `may` join, joins.
  const joinWhereNone = (needed: ((quote: Quote) => boolean) | undefined, may: (s: Quote) => boolean) => {
    if (!needed || chosen.some(needed)) return;
    const found = scored.find((s) => !chosen.includes(s) && may(s) && needed(s));
    if (found) chosen.push(found);
  };
  const ofText = (gives: ((sentence: string) => boolean) | undefined) => gives && ((quote: Quote) => gives(quote.text));
  // "What did Mirzoyan tell Kurfürst?": the lead says they met, and Mirzoyan's words come
  // later in its paragraph ("Foreign Minister Mirzoyan emphasised that ...").
  joinWhereNone(ofText(givesWords), (s) => sameParagraph(s, lead));
  // "Whom did Aliyev meet in Berlin ...?": the lead says what he said, and the meeting in
  // Berlin comes later in its article.
  joinWhereNone(setThere, ofLeadArticle);
  // "Who is the MCI president who called for ...?": the lead says what MCI called for, and
  // "MCI president Bert Roberts said ..." comes later in its article.
  joinWhereNone(namesHolder, ofLeadArticle);
  // "who is buying the estate's stake": the lead says the estate plans to sell, and "the buyer is <BAC Inc>" comes later.
  joinWhereNone(namesBuyer, ofLeadArticle);

  // Then sentences that cover question terms the quotes so far miss ("What does Newroz
  // symbolize?": the lead names Newroz, another sentence says what it symbolises).
  const terms = [...new Set(questionTerms)];
  const totalWeight = terms.reduce((sum, term) => sum + lexical.idf(term), 0);
  const covered = new Set(chosen.flatMap((quote) => [...quote.terms]));
  const addsEnough = (adds: string[]) => adds.reduce((sum, term) => sum + lexical.idf(term), 0) >= totalWeight * MISSING_TERMS_FLOOR;
  for (const s of scored) {
    if (chosen.length >= MAX_QUOTES_ADDING_WORDS) break;
    if (chosen.includes(s) || !ofLeadArticle(s)) continue;
    if (addsEnough(terms.filter((term) => !covered.has(term) && s.terms.has(term)))) {
      chosen.push(s);
      for (const term of s.terms) covered.add(term);
    }
  }
  // A term no quote holds may be said in other words ("For what did Kostanyan thank Iraq?":
  // "Vahan Kostanyan expressed gratitude to friendly Iraq for its unbiased position").
  const missing = terms.filter((term) => !covered.has(term));
  if (saidInOtherWords && missing.length > 0 && chosen.length < MAX_QUOTES_ADDING_WORDS) {
    const candidates = scored.filter(ofLeadArticle);
    const said = await saidInOtherWords(missing, candidates.map((s) => s.text));
    candidates.forEach((s, i) => {
      if (chosen.includes(s)) for (const term of said[i]!) covered.add(term);
    });
    candidates.forEach((s, i) => {
      if (chosen.length >= MAX_QUOTES_ADDING_WORDS || chosen.includes(s)) return;
      if (addsEnough(said[i]!.filter((term) => !covered.has(term)))) {
        chosen.push(s);
        for (const term of [...s.terms, ...said[i]!]) covered.add(term);
      }
    });
  }
  for (const s of scored) {
    if (chosen.length >= MAX_QUOTES || s.score < lead.score * QUOTE_RELATIVE_FLOOR) break;
    if (!chosen.includes(s)) chosen.push(s);
  }
  // The sentences quoted for their context (the one after the best, those that add missing
  // terms) may fill the quotes before a sentence that scores nearly as well as the best
  // ("Vahan Kostanyan expressed gratitude to friendly Iraq ..."): the best one left out joins,
  // past the usual number, if it clears the usual floor.
  const leftOut = scored.find((s) => !chosen.includes(s));
  if (leftOut && leftOut.score >= lead.score * QUOTE_RELATIVE_FLOOR) chosen.push(leftOut);
  // The holder or buyer asked for may be named later in the article of another quote than the lead: the lead may be another
  // report on the same offering ("MTech Corp said it expects to file shortly ...", then "The company named Alex Brown and Sons Inc as lead manager").
  const ofQuotedArticle = (s: Quote) => chosen.some((quote) => quote.passage.article.id === s.passage.article.id);
  joinWhereNone(namesHolder, ofQuotedArticle);
  joinWhereNone(namesBuyer, ofQuotedArticle);
  // "how many ppl work at the smelter", "which analyst said ...": the lead's article's best
  // sentence that gives the figure or names someone, where the quotes only say what the
  // smelter is or what was said; past the usual number of quotes. A figure is rarely in a
  // sentence that says much else ("Wallis said the surplus ... hit a record 83 billion dlrs").
  joinWhereNone(ofText(givesFigure), (s) => ofLeadArticle(s) && s.score >= 0);
  // "how many motorbikes does honda expect to turn out in 1987": where the quotes give a figure of no time asked, the lead's
  // article's best sentence that gives one of that time joins ("... totalled 28,000 in 1986 ... will raise production to 44,000 in 1987").
  if (givesFigure && figureTimeAsked && !chosen.some(figureTimeAsked)) joinWhereNone((quote) => statesFigureOutsideNames(quote.text) && figureTimeAsked(quote), (s) => ofLeadArticle(s) && s.score >= 0);
  // "sonex private stock sale $$ going to wat": what the money is for shares few words with the question, whatever it scores.
  joinWhereNone(givesUseOfFunds, ofLeadArticle);
  joinWhereNone(marksAnswer, ofLeadArticle);
  joinWhereNone(ofText(givesAnswer), (s) => ofLeadArticle(s) && s.score >= lead.score * ANSWER_KIND_FLOOR);
  // A time, like a figure, is rarely in a sentence that says much else: in a short report, which tells of one thing, its best
  // sentence that gives one, whatever it scores (a long one tells of others, and their times). A story filed twice keeps
  // each sentence the filings share under one of them only, which need not be the lead's ("The exchange said a final
  // report is expected before the end of 1987"): the lead's passage holding it is enough.
  const shortReport = scored.filter(ofLeadArticle).length <= SHORT_REPORT_SENTENCES;
  if (givesTime && shortReport) {
    const leadPassage = sameSentenceKey(lead.passage.chunk.text);
    joinWhereNone(givesTime, (s) => (ofLeadArticle(s) || leadPassage.includes(sameSentenceKey(s.text))) && s.score >= 0);
  }
  // "by what date must investors be registered as Chubb shareholders": the lead's table's Record line, whatever it scores.
  if (recordDateAsked) joinWhereNone((s) => s.tableRow === true && isRecordDateRow(s.text), ofLeadArticle);
  // "why ...": where no quote says why, the sentence after the best often does, in words of
  // its own ("... first quarter profits to be substantially below ... Revenues have been depressed by recent price discounting").
  // "what is the record date for X's split": so may the date, with few words of the question
  // ("It said holders ... will receive one additional share for each share held as of March 20"), if it gives one;
  // and "where did it install ...", the place ("The company said the T-1 system was installed at the University of ...").
  if ((reasonAsked || dateAsked || attributionAsked) && givesAnswer && !chosen.some((quote) => givesAnswer(quote.text))) {
    const after = followingOf(lead, scored);
    // A short report's sentence that says why the act was done, wherever it stands, where the one after the best does not ("The
    // bank's action followed its purchase ..."; two on, "Money market traders said the move was aimed at easing cash market
    // interest rates"); not one that gives a reason for something else ("it is superior ... because ..."). Nor where the
    // report says it was not told why ("Penril gave no reason").
    const why = reasonAsked && shortReport && !(after && givesAnswer(after.text)) && !scored.some((s) => ofLeadArticle(s) && reasonKeptBackIn(s.text)) ? scored.find((s) => ofLeadArticle(s) && !chosen.includes(s) && THE_ACT.test(s.text) && givesAnswer(s.text)) : undefined;
    const joined = why ?? after;
    if (joined && !chosen.includes(joined) && (reasonAsked || givesAnswer(joined.text))) chosen.push(joined);
  }
  // "What did Iran and Iraq each claim ...": a name of the list no quote speaks of gets the best sentence that does.
  for (const speaksOf of speaksOfListed) joinWhereNone(speaksOf, (s) => s.score >= lead.score * LISTED_NAME_FLOOR);
  // News is reported by several outlets, and questions often span articles ("what did pashinyan
  // say in march"): when all quotes are of one article, the best sentence of another joins, past
  // the usual number of quotes, at a lower bar than others.
  const otherArticle = scored.find((s) => !ofLeadArticle(s));
  if (otherArticle && chosen.every(ofLeadArticle) && otherArticle.score >= lead.score * OTHER_ARTICLE_FLOOR) chosen.push(otherArticle);
  // "Where was Aliyev when he said ...?": a quotation is set where it is attributed, in the
  // sentence that closes it ("... sooner or later," the press service quoted him as saying at a
  // meeting ... in Berlin).
  if (attributionAsked) {
    for (const quote of [...chosen]) {
      const closing = opensQuotation(quote.text) ? followingOf(quote, scored) : undefined;
      if (closing && !chosen.includes(closing)) chosen.splice(chosen.indexOf(quote) + 1, 0, closing);
    }
  }
  const quotes = withoutRepeats(withWhatColonsAnnounce(chosen, scored));
  // Context the rules do not weigh. "How did the outlets describe ...", "..., and who did Reagan
  // nominate instead?": the best sentence of each further article read, at the same bar.
  const fromOtherArticles: Quote[] = [];
  // A sentence that repeats one already shown in nearly the same words adds nothing.
  const repeatsOneOf = (s: Quote, shown: Quote[]) => shown.some((other) => repeats(s, other));
  if (acrossArticles) {
    const cited = new Set(quotes.map((quote) => quote.passage.article.id));
    for (const s of scored) {
      if (cited.size >= MOST_ARTICLES_ACROSS) break;
      if (cited.has(s.passage.article.id) || s.score < lead.score * (reportsCompared ? ACROSS_ARTICLE_FLOOR : OTHER_ARTICLE_FLOOR) || repeatsOneOf(s, [...quotes, ...fromOtherArticles])) continue;
      fromOtherArticles.push(s);
      cited.add(s.passage.article.id);
    }
  }
  // And the next best sentence, where the quotes are few (not one that announces words it does not quote).
  const nextBest = quotes.length < MOST_QUOTES_WITH_CONTEXT ? scored.find((s) => !quotes.includes(s) && !fromOtherArticles.includes(s) && s.score >= lead.score * QUOTE_RELATIVE_FLOOR && !announcesMore(s.text) && !repeatsOneOf(s, [...quotes, ...fromOtherArticles])) : undefined;
  const context = nextBest ? [nextBest, ...fromOtherArticles] : fromOtherArticles;
  // Where none of these gives what the question asks for (a figure; a person, time, place or
  // reason), the best sentence of the lead's article that does is shown too, below the floors
  // above ("Which analyst warned ...?": "Political scientist Farhad Mammadov expressed confidence ..."); in a short report,
  // which tells of one thing, whatever it scores ("who takes over as president ... now that Armon Mills is moving on":
  // "Other changes include vice chairman William Worley assuming the role of president ..."). A span of time asked
  // for is rarely said beside much else asked: the lead's article's whatever it scores ("which it keeps blockaded for more than
  // 100 days"), else another article's ("how long did the 2020 war last": "the 44-day war" in another report). Other
  // answers take a report quoted beside the lead's: "which yugoslav leader ordered the pay freeze", led by the unions' tour,
  // shows another story's "Prime Minister Branko Mikulic imposed the wage freeze".
  for (const gives of [givesFigure, givesAnswer]) {
    if (!gives || [...quotes, ...context].some((quote) => gives(quote.text))) continue;
    const unshown = (s: Quote) => !quotes.includes(s) && !context.includes(s) && s.score >= 0 && gives(s.text) && !repeatsOneOf(s, [...quotes, ...context]);
    // The floor first: whether a sentence holds the kind asked (a person's name, a time) is the costlier check.
    const shows = (s: Quote) => s.score >= lead.score * ANSWER_CONTEXT_FLOOR && unshown(s);
    const spanAsked = gives === givesAnswer && durationAsked;
    const found = scored.find((s) => ofLeadArticle(s) && (shortReport ? unshown(s) : shows(s))) ?? (spanAsked ? (scored.find((s) => ofLeadArticle(s) && unshown(s)) ?? scored.find(shows)) : scored.find((s) => ofQuotedArticle(s) && shows(s)));
    if (found) context.unshift(found);
  }
  return { quotes, context, briefLead: shortReport };
}

/** The act a report is on, referred back to: "the move was aimed at ...", "this was done in order to ...". */
const THE_ACT = /\b(?:(?:the|this|that|its|their)\s+(?:move|action|step|decision|measure|intervention|purchases?|sales?|cuts?|changes?)\b|this\s+was\s+done\b)/i;

/**
 * A quote repeats another when they share nearly all their words: an article's standfirst repeated in its body ("According
 * to Ilham Aliyev, ..." and "According to Aliyev, ..."), a story filed again with a ticker or a typo. Not a results table's
 * rows, whose few words are mostly figures.
 */
const REPEAT_SHARE = 0.8;
/** Fewest terms of the shorter sentence for them to be read as repeats: short sentences share most of their few words. */
const MIN_REPEAT_TERMS = 5;

function repeats(a: Quote, b: Quote): boolean {
  if (a.tableRow || b.tableRow || Math.min(a.terms.size, b.terms.size) < MIN_REPEAT_TERMS) return false;
  let shared = 0;
  for (const term of a.terms) if (b.terms.has(term)) shared++;
  if (shared / (a.terms.size + b.terms.size - shared) < REPEAT_SHARE) return false;
  // A figure of its own makes it another fact: each day's "The Federal Reserve entered the government securities market to
  // arrange 1.5 billion dlrs of customer repurchase agreements"; so does a name in place of the other's: "Micropolis Corp
  // said it filed ... a 75 mln dlr issue ..." and "MTech Corp said ...". A name said more fully is the same ("Ilham Aliyev").
  const ownFigure = (x: Quote, y: Quote) => [...x.terms].some((term) => !y.terms.has(term) && isQuantityWord(term));
  const ownName = (x: Quote, y: Quote) => wordsOf(x.text).some(({ word }) => /^\p{Lu}/u.test(word) && analyze(word).some((term) => !y.terms.has(term)));
  return !ownFigure(a, b) && !ownFigure(b, a) && !(ownName(a, b) && ownName(b, a));
}

/** The quotes without those that repeat one before them. */
function withoutRepeats(quotes: Quote[]): Quote[] {
  return quotes.filter((quote, i) => !quotes.slice(0, i).some((earlier) => repeats(quote, earlier)));
}

/** Whether a sentence ends on a colon, announcing the words that follow it. */
export function announcesMore(sentence: string): boolean {
  return /:\s*$/.test(sentence);
}

/**
 * A quote that ends in a colon announces what comes next: that sentence is quoted right
 * after it, where the passages hold it; a quote other than the best whose announced words
 * are not at hand is left out rather than shown hanging.
 */
function withWhatColonsAnnounce(chosen: Quote[], scored: Quote[]): Quote[] {
  return chosen.flatMap((quote, i) => {
    const following = followingOf(quote, scored);
    if (!announcesMore(quote.text) || (following && chosen[i + 1] === following)) return [quote];
    if (following && !chosen.includes(following)) return [quote, following];
    return i === 0 ? [quote] : [];
  });
}

function followingOf(quote: Quote, scored: Quote[]): Quote | undefined {
  return scored.find((s) => s.passage.article.id === quote.passage.article.id && s.start > quote.start && s.start <= quote.end + 2);
}

/** Whether two sentences stand in one paragraph of one article, as a passage holding both shows. */
function sameParagraph(a: Quote, b: Quote): boolean {
  if (a.passage.article.id !== b.passage.article.id) return false;
  const [first, second] = a.start < b.start ? [a, b] : [b, a];
  const chunk = [a.passage.chunk, b.passage.chunk].find((c) => c.start <= first.start && second.end <= c.end);
  return chunk !== undefined && !chunk.text.slice(first.end - chunk.start, second.start - chunk.start).includes("\n\n");
}
