/**
 * A question read once, before any rule looks at it: the capitals the articles give its
 * words, the names it asks about (and which of them no article uses), where and when it is
 * set, what kind of answer it wants and whose words it asks for. Every rule reads this; none
 * parses the question again.
 */
import { figuresStatedIn, securityCurrencyIn, wholeCountedIn, type Figure } from "../text/figures.js";
import { calendarDaysIn, DAY_PATTERN, partsAskedWithoutYear, periodsIn, withFullYears, yearsApartFromPeriods, type PartOfYear, type Period } from "../corpus/dates.js";
import { analyze, termOf, tokenize, toTerm, withoutPossessive, wordsOf } from "../index/analyzer.js";
import type { CorpusIndex } from "../index/corpus-index.js";
import { actingBodyIn, leaderAskedOf, answerTypeOf, asksAcrossReports, asksFields, asksUseOfFunds, unitAskedPer, asksAmount, asksForSeveral, asksBuyer, asksWhyLeft, asksDate, asksForAFirm, asksForACompany, asksOutcome, asksPerShare, narrowedMeasureIn, asksWholeYear, asksTotal, asksLevel, asksAgreement, eventAfterIn, kindAskedIn, asksRecordDate, paidForIn, setAsideIn, asksProportion, asksResult, asksTimeAhead, asksWhenEnded, comparesReports, countedIn, focusOf, focusPhraseOf, holderAskedIn, tradeAskedIn, itemsAskedIn, whichAskedIn, predicateAskedIn, signersAskedIn, verbAskedIn, actAskedIn, doerVerbIn, whenVerbIn, whereVerbIn, withoutHowOften, scaleAskedIn, type AnswerType, type Scale } from "./asks.js";
import { actsTakenAsDone } from "./acts-done.js";
import { KnownNames } from "./known-names.js";
import { listedItemsOf } from "./listed-items.js";
import { isTitle, isTwoWordTitle, names, namesAPeople, nameTerms, type Name } from "./names.js";
import { namesCountryCapitalOrRegion, settingsIn, type Setting } from "./setting.js";
import { areaName, countryNamesOf } from "../index/countries.js";
import { askedSpeaker, speakerAsked, type Speaker } from "./speaker.js";
import { TrueCaser } from "./true-case.js";
import { withQuestionWordsSpelledOut } from "./chat-spelling.js";
import { escapeRegExp } from "../util/regexp.js";

export interface QuestionReading {
  /** As asked. */
  text: string;
  /** Its index terms. */
  terms: string[];
  /** With the capitals the articles give its words ("why did the czech delegation visit baku" -> "... Czech ... Baku"). */
  cased: string;
  /** The names it asks about (a calendar day is no name: "March 25"). */
  names: Name[];
  /**
   * The names as the asker capitalised them: in a question typed with capitals, a word typed in
   * lower case that only the articles capitalise is no name ("the Armenian cabinet": the
   * articles' "Cabinet of Ministers"); in one typed all in lower case, nor is a word the
   * articles capitalise only after the word before it, when it stands as a name of its own
   * ("azerbaijans army": the ministry's "Azerbaijan Army", the analyst's "armed forces of Azerbaijan"), nor
   * one that only a country's name before it capitalises ("azerbaijan army": Azerbaijan).
   */
  typedNames: Name[];
  /** Whether it joins names in a list ("Iraq and the Czech Republic"), which may each be spoken of in an article of its own. */
  namesListed: boolean;
  /** Whether two listed names do something together ("what did armenia and iraq agree"): one report tells what they did. */
  namesActTogether: boolean;
  /** Whether it asks what several reports say: names in a list, a comparison, two questions in one ("..., and who ..."). */
  acrossReports: boolean;
  /** Of those, whether its own words ask it, not only a list of names: "compare ...", "about X and about Y", "..., and who ...". */
  reportsAsked: boolean;
  /** Of those, whether it compares reports or asks about two topics or settings ("both" or a second question aside). */
  comparesReports: boolean;
  /**
   * Whether it asks for several people or bodies ("which foreign officials ..."): each report's best sentence
   * is worth quoting, but its names are still to be spoken of together ("which iranian officials visited baku").
   */
  severalAsked: boolean;
  /** Of those, as written: the ones some article uses, and the ones none does. */
  known: string[];
  unknown: string[];
  /** Where it sets what it asks about ("in Baku"). */
  settings: Setting[];
  /** Calendar days ("03-25"), years apart from periods, and parts of years with their year ("the third quarter of 1988"). */
  days: string[];
  years: string[];
  periods: Period[];
  /** Figures it states, not asks for ("its three-for-two split", "the 500 mln dlr offering"). */
  figures: Figure[];
  /** The whole it asks a count out of ("how many of the 40 failures were in texas": 40), if it asks one. */
  wholeCounted: Figure | undefined;
  /** The items it lists under a heading ("how is the 2020 war still shaping things - fifth column claims, the nov 2020 truce"), each asked of apart; none where it lists none. */
  itemsListed: string[];
  /** The currency of a security it names ("its yen eurobond"), as the forms the wire writes it in; none when it names none. */
  securityCurrency: RegExp | undefined;
  /** Parts of years asked about without their year ("tandy's january sales", "q2 profit"). */
  partsOfYear: PartOfYear[];
  /** What the answer's first quote should hold: a reason, a person, a time, a place, a quantity, how long or a name. */
  answerType: AnswerType | undefined;
  /** The verb of "what did X <verb> ..." ("what did pashinyan wish the kurds": wish), whose sentence answers it. */
  verb: string | undefined;
  /** The verb of a question answered yes or no, "did X <verb> ..." ("did the netherlands expel the ambassador": expel). */
  act: string | undefined;
  /** The verb of "who <verb> ...", "which X <verb> ..." ("which bank guarantees the notes": guarantees), whose sentence names the doer. */
  doerVerb: string | undefined;
  /** The verb that ends "when does X <verb>" ("when does the agreement expire": expire), whose sentence gives the time asked. */
  whenVerb: string | undefined;
  /** The verb of "where did X <verb>" or "where was X when he <verb>" ("where did aliyev invite ...": invite), whose sentence gives the place asked. */
  whereVerb: string | undefined;
  /** The body the question says acted ("parliament" in "when did armenia's parliament vote ..."), if any. */
  actingBody: string | undefined;
  /** For "who leads the X delegation (side, team)", the terms of X; else none. */
  leaderOf: string[];
  /** Whether it asks who is buying something ("who's buying video display's cable tv business"). */
  buyerAsked: boolean;
  /** Whether it asks why someone left a post or a business closed ("why did marvin griffin resign"). */
  whyLeftAsked: boolean;
  /** For "which agreements did X and Y sign", the names it gives as the signers (maybe none); undefined when it asks no such thing. */
  signers: Name[] | undefined;
  /** Whether it asks when something that went on ended ("when was the lachin corridor reopened"). */
  endAsked: boolean;
  /** Whether it asks "how much", for an amount rather than a count. */
  amount: boolean;
  /** The scale of the figure it asks, which no other figure gives ("how old is ...": age; "what magnitude was the quake"). */
  scaleAsked: Scale | undefined;
  /** Whether it asks for a date ("on what date ..."), which a month or "last week" does not give. */
  date: boolean;
  /** Whether "when" asks about a time to come ("when will parliament vote"). */
  timeAhead: boolean;
  /** Whether it asks how something turned out ("what sentence did he end up getting"). */
  outcome: boolean;
  /** The acts it takes as done ("the treaty signed in washington": sign), which a report of them as to come does not answer. */
  actsDone: string[];
  /** The items it asks to be listed ("what are the five principles": 5 and "principles"), if it asks for a list. */
  itemsAsked: { count: number; noun: string } | undefined;
  /** Whether it asks for the fields something covers ("which areas of cooperation"). */
  fieldsAsked: boolean;
  /** Whether it asks what money raised is for ("pentair preferred offering $ goes where", "why raise 71.7 mln stg with a rights issue"). */
  useOfFundsAsked: boolean;
  /** What "how many" counts ("how many forest fires": forest, fires; "how many ppl": people). */
  counted: string[];
  /** The terms of what it sets aside ("what fields besides economy": economy), which its answer need not hold. */
  setAside: string[];
  /** The words of what a price asked is paid for ("how much did harcourt pay for marineland": marineland). */
  paidFor: string[];
  /** Whether what it counts is asked per share ("loss per share", "eps"). */
  perShare: boolean;
  /** The forms of a unit of goods it asks a figure per ("what price per gallon": gallon, gallons), if any. */
  perUnit: string[] | undefined;
  /** For a measure asked with a word that narrows it ("same-store sales", "operating profit"), how reports write that word. */
  narrowedMeasure: RegExp | undefined;
  /** Whether it asks for a figure of a whole year ("full-year sales", "net loss for the year"). */
  wholeYear: boolean;
  /** Whether it asks for a total ("how much did it pay in total"), which no sum per share gives. */
  total: boolean;
  /** The term of the thing whose kind it asks ("what kind of consequences": consequ). */
  kindAsked: string | undefined;
  /** Whether it asks for an agreement, by its date ("which truce did moscow say baku breached", "the truce signed on what date"). */
  agreementAsked: boolean;
  /** The term of an event it places what it asks after ("after the consultations": consultation). */
  eventAfter: string | undefined;
  /** Whether it asks the level a figure reached ("to what level did the index climb"), not by how much it moved. */
  levelAsked: boolean;
  /** Whether it asks for a dividend's record date, not its day of payment ("holders on the books as of what date"). */
  recordDate: boolean;
  /** Whether it asks which firm ("which companies raised their dividends"). */
  firmAsked: boolean;
  /** Whether it asks for a company by that word ("which czech companies signed deals"), as typed. */
  companyAsked: boolean;
  /** Whether it asks for a part of a whole ("what share of bench craft does universal own"). */
  proportion: boolean;
  /** Whether it asks for a company's result by its verb ("how much did vendo lose"). */
  resultAsked: boolean;
  /** What "what is the ..." or "who is the ..." asks for ("who is the us ambassador to azerbaijan": us, ambassador). */
  focus: string[];
  /** The whole phrase "what is the ..." or "who is the ..." asks for, as cased ("name of azerbaijan's foreign minister"), or "". */
  focusPhrase: string;
  /** What "which" asks for, as typed ("which eu mission": eu, mission). */
  whichAsked: string[];
  /** The word a question answered yes or no asks of its subject ("are icj rulings binding": binding). */
  predicate: string | undefined;
  /** The names within what "what is the ..." asks for ("what is the capital of france": France). */
  focusNames: Name[];
  /** Whether "what is the ..." asks for the name of what it names ("what's the name of the marketing company that ..."). */
  nameAsked: boolean;
  /** What "who is the ..." or "what is the name of ..." asks who holds ("ambassador"), if it asks so. */
  holder: string | null;
  /** The trade "which analyst predicted ..." asks for ("analyst"), if it asks so: who names it answers first, though a report may name none. */
  tradeAsked: string | null;
  /** Whose words it asks for ("What did Iraq say ...?"). */
  speaker: Speaker | null;
}

/** What "what is the ..." asks for, when it asks a name: "name of", "code name of", "full name of". */
const NAME_ASKED = /^(?:[\p{L}-]+\s+)?names?\s+of\b/iu;

/** Passages read to learn whether the articles write a name's words in a row. */
const PHRASE_CHUNKS_READ = 20;
/** What joins the two names of one firm: "Turner and Newall", "Procter & Gamble". */
const AND_GAP = /^\s+(?:and|&)\s+$/;
/** A firm's legal form after its name, as the wire writes it ("Turner and Newall Plc <TNWL.L>"). */
const FIRM_AFTER = " (?:plc|inc|corp|co|cos|ltd|group|sa|ag|nv)\\b";

export class QuestionReader {
  private readonly trueCaser: TrueCaser;
  private readonly knownNames: KnownNames;

  constructor(private readonly index: CorpusIndex) {
    this.trueCaser = new TrueCaser(index);
    this.knownNames = new KnownNames(index);
  }

  private unknownWord(word: string): boolean {
    const term = toTerm(word);
    return term !== null && !this.index.lexical.knows(term);
  }

  /**
   * A name of several words typed in lower case is one name only where the articles write them
   * together; else it is the runs of its words they do write together, each a name of its own
   * ("icc putin warrant": the ICC and Putin; "pashinyans newroz msg": Pashinyan and Newroz;
   * "air europe boeing lease": Air Europe and Boeing).
   */
  private asTyped(name: Name, question: string): Name[] {
    const words = wordsOf(name.name);
    const typedInLowerCase = question.normalize("NFC").includes(name.name.toLowerCase());
    // Words joined by a hyphen stand together however they are typed ("armenian-turkish border").
    if (words.length < 2 || name.compounds.length > 0 || !typedInLowerCase || this.writtenTogether(name.name)) return [name];
    const runs: (typeof words)[] = [];
    for (let start = 0; start < words.length; ) {
      // The whole name is known not to be written together.
      let end = start === 0 ? words.length - 1 : words.length;
      while (end - start > 1 && !this.writtenTogether(name.name.slice(words[start]!.start, words[end - 1]!.end))) end--;
      const run = words.slice(start, end);
      // A title stays with what it is the title of: "dutch ambassador" is an office, not the Dutch and an ambassador; "armenia's prime minister" Armenia's premier.
      // So does a title of two words, a post and its office's field: "armenian foreign minister", not "czech envoy".
      const fieldAndTitle = run.length === 2 && isTitle(termOf(run[1]!.word) ?? "") && countryNamesOf(termOf(run[0]!.word) ?? "").length === 0;
      const title = (run.length === 1 && isTitle(termOf(run[0]!.word) ?? "")) || (run.length === 2 && isTwoWordTitle(run[0]!.word, run[1]!.word)) || fieldAndTitle;
      if (runs.length > 0 && title) runs.at(-1)!.push(...run);
      else runs.push(run);
      start = end;
    }
    return runs.flatMap((run) => {
      const terms = nameTerms(run.map(({ word }) => word));
      return terms.length > 0 && !(run.length === 1 && isTitle(terms[0]!)) ? [{ name: name.name.slice(run[0]!.start, run.at(-1)!.end), terms, compounds: [] }] : [];
    });
  }

  /** Whether some passage holding every word of a name has them in a row, as written, and then what `after` matches ("Plc"). */
  private writtenTogether(name: string, after = ""): boolean {
    const phrase = new RegExp(escapeRegExp(name.toLowerCase()) + after);
    // With a firm's name before its ticker in the headline, above the first chunk: a results table names its firm there alone
    // ("Esi Industries Inc <esi> 4th Qtr Net"); not a headline's other words ("Armenia, Iraq discuss ...").
    const firmInHeadline = (articleId: string) => /^([^<]*)</.exec(this.index.articles.get(articleId)?.title ?? "")?.[1] ?? "";
    // Apart from the dateline after it ("Peoples Bancorporation" / "SEATTLE, March 2").
    const written = (chunk: { articleId: string; index: number; text: string }) => `${chunk.index === 0 ? `${firmInHeadline(chunk.articleId)}. ` : ""}${chunk.text}`;
    return this.index.lexical
      .query(name, { matchAll: true, limit: PHRASE_CHUNKS_READ })
      .some(({ id }) => phrase.test(written(this.index.chunks[this.index.chunkRows.get(id)!]!).toLowerCase().replace(/\s+/g, " ")));
  }

  /**
   * Two names joined by "and" that the articles write as one firm's, with its legal form after
   * them ("Turner and Newall Plc", "Castle and Cooke Inc"), are one name, not two listed.
   */
  private withFirmsJoined(found: Name[], text: string): Name[] {
    const spans = spansOf(found, text);
    if (spans.some(({ start }) => start < 0)) return found;
    const joined: { name: Name; start: number; end: number }[] = [];
    found.forEach((name, i) => {
      const { start, end } = spans[i]!;
      const last = joined.at(-1);
      const together = last && AND_GAP.test(text.slice(last.end, start)) ? text.slice(last.start, end) : undefined;
      if (last && together && this.writtenTogether(together, FIRM_AFTER)) {
        joined[joined.length - 1] = { name: { name: together, terms: [...last.name.terms, ...name.terms], compounds: [...last.name.compounds, ...name.compounds] }, start: last.start, end };
      } else joined.push({ name, start, end });
    });
    return joined.map(({ name }) => name);
  }

  /** `asked` is the question as typed, where its words about the articles were left out of `question` ("according to the reports"). */
  read(question: string, asked = question): QuestionReading {
    // The rules about names read capitals, which a question typed in lower case lacks.
    const { cased: trueCased, byNeighbour } = this.trueCaser.read(question);
    const cased = trueCased.normalize("NFC");
    const withoutDays = cased.replace(DAY_PATTERN, ",");
    // "march 87" is March 1987.
    const dated = withFullYears(cased);
    const found = this.withFirmsJoined(names(withoutDays).flatMap((name) => this.asTyped(name, question)), withoutDays);
    const { known, unknown } = this.knownNames.sort(found);
    // A speaker typed in lower case that no article uses ("what did macron say") is a name
    // the articles do not know: had they used it, it would have been given its capitals.
    const unknownName = (word: string) => !/\p{Lu}/u.test(word) && !isTitle(termOf(word) ?? "") && this.unknownWord(word);
    // Whose words and which verb it asks for, read with chat's question words spelled out ("wat did aliyev say": what).
    const spelledCased = withQuestionWordsSpelledOut(cased);
    const speaker = askedSpeaker(spelledCased, unknownName);
    const background = BACKGROUND.exec(withoutDays)?.[0] ?? "";
    const unknownSpeaker = wordsOf(speakerAsked(spelledCased) ?? "").flatMap(({ word }) => (unknownName(word) ? [word] : []));
    if (speaker?.terms.every((term) => unknownSpeaker.some((word) => termOf(word) === term))) unknown.push(...unknownSpeaker);
    const namesListed = listsNames(withoutDays, found);
    // What it asks for, read with chat's question words spelled out ("wat did ...": what).
    const spelled = withQuestionWordsSpelledOut(question);
    // A people typed in lower case before the word for it ("the yazidi community"; not "wich community"), or a country the
    // articles name in no form, by no capital or people ("belgium summoned ..."; not "baghdad" for Iraq), that no article uses
    // is a name they do not know, as an unknown speaker is.
    const unnamedCountry = (word: string) => {
      const countryNames = countryNamesOf(termOf(word) ?? "");
      return countryNames.length > 0 && countryNames.every((other) => other.terms.some((term) => !this.index.lexical.has(term)));
    };
    const peopleOrCountry = (word: string, start: number, end: number) => (namesAPeople(spelled, start, end) || unnamedCountry(word)) && !found.some((name) => name.terms.includes(termOf(word) ?? ""));
    unknown.push(...wordsOf(spelled).flatMap(({ word, start, end }) => (peopleOrCountry(word, start, end) && unknownName(word) ? [word] : [])));
    const focusPhrase = focusPhraseOf(cased);
    return {
      text: question,
      terms: analyze(question),
      cased,
      names: found,
      typedNames: typedWithCapitals(question) ? found.flatMap((name) => asCapitalised(name, question)) : found.flatMap((name) => (onlyOf(name, byNeighbour) ? [] : [countryWithout(name, byNeighbour)])),
      namesListed,
      namesActTogether: namesListed && actTogether(withoutDays, found),
      acrossReports: namesListed || asksAcrossReports(asked),
      reportsAsked: asksAcrossReports(question),
      comparesReports: comparesReports(question),
      severalAsked: asksForSeveral(question),
      known,
      unknown,
      // A firm the articles name with its legal form ("Pubco Corp") is where people work, not a place: "which executives quit at pubco".
      settings: settingsOf(withoutDays, found.filter((name) => !background.includes(name.name) && placedAsTyped(name, question))).filter(
        (setting) => !(setting.phrase.startsWith("at ") && this.writtenTogether(setting.name, FIRM_AFTER)),
      ),
      days: calendarDaysIn(cased),
      years: yearsApartFromPeriods(dated),
      periods: periodsIn(dated),
      figures: figuresStatedIn(cased),
      wholeCounted: wholeCountedIn(cased),
      itemsListed: listedItemsOf(question)?.items ?? [],
      securityCurrency: securityCurrencyIn(cased),
      partsOfYear: partsAskedWithoutYear(dated),
      answerType: answerTypeOf(spelled),
      verb: verbAskedIn(spelledCased),
      act: actAskedIn(spelledCased),
      doerVerb: doerVerbIn(spelled),
      whenVerb: whenVerbIn(spelledCased),
      whereVerb: whereVerbIn(spelledCased),
      actingBody: actingBodyIn(spelled),
      // Whose it is, by the names the question gives ("the karabakh armenian delegation": Karabakh Armenian).
      leaderOf: leaderAskedOf(spelled).filter((term) => found.some((name) => name.terms.includes(term))),
      buyerAsked: asksBuyer(cased),
      whyLeftAsked: asksWhyLeft(spelled),
      signers: signersOf(found, cased),
      endAsked: asksWhenEnded(question),
      amount: asksAmount(spelled),
      scaleAsked: scaleAskedIn(spelled),
      date: asksDate(spelled),
      timeAhead: asksTimeAhead(spelled),
      outcome: asksOutcome(spelled),
      actsDone: actsTakenAsDone(spelled),
      itemsAsked: itemsAskedIn(spelled),
      fieldsAsked: asksFields(spelled),
      useOfFundsAsked: asksUseOfFunds(spelled),
      counted: countedIn(spelled),
      paidFor: paidForIn(spelled),
      setAside: setAsideIn(spelled),
      perShare: asksPerShare(spelled),
      perUnit: unitAskedPer(spelled),
      narrowedMeasure: narrowedMeasureIn(spelled),
      wholeYear: asksWholeYear(spelled),
      total: asksTotal(spelled),
      levelAsked: asksLevel(spelled),
      eventAfter: eventAfterIn(spelled),
      agreementAsked: asksAgreement(spelled),
      kindAsked: kindAskedIn(spelled),
      recordDate: asksRecordDate(spelled),
      firmAsked: asksForAFirm(spelled),
      companyAsked: asksForACompany(question),
      proportion: asksProportion(spelled),
      resultAsked: asksResult(spelled),
      focus: focusOf(spelled),
      focusPhrase,
      whichAsked: whichAskedIn(spelled),
      predicate: predicateAskedIn(spelled),
      focusNames: focusedNames(found, focusPhrase),
      nameAsked: NAME_ASKED.test(focusPhrase),
      holder: holderAskedIn(spelled),
      tradeAsked: tradeAskedIn(spelled),
      speaker,
    };
  }
}

/**
 * Where the question is set: the places it puts its subject in or at, and a region it
 * describes its subject by ("the East African country": in East Africa), which the answer's
 * article must lie in, as another article's passage about a West African country shows.
 */
function settingsOf(question: string, found: Name[]): Setting[] {
  const placed = settingsIn(question, found);
  const regions = found.flatMap((name) => {
    const area = name.terms.length > 1 ? areaName(name.terms) : undefined;
    return area && !placed.some((setting) => setting.name === name.name) ? [{ ...name, phrase: `in ${area}`, ofWords: false }] : [];
  });
  return [...placed, ...regions];
}

/**
 * Whether a name can place the question as the asker typed it: one who capitalises names
 * capitalised it, or it is a country, capital or region ("in baku"); "How much in home loans"
 * is set nowhere, though "Home" heads names in the articles.
 */
function placedAsTyped(name: Name, question: string): boolean {
  return !typedWithCapitals(question) || asCapitalised(name, question)[0]?.name === name.name || namesCountryCapitalOrRegion(name);
}

/** Whether the asker capitalises names: some word after the first starts with a capital. */
function typedWithCapitals(question: string): boolean {
  return /\s\p{Lu}/u.test(question);
}

/** The name without the words the question types in lower case that the true-caser capitalised; none when nothing is left. */
function asCapitalised(name: Name, question: string): Name[] {
  const words = wordsOf(name.name).map(({ word }) => word);
  // A title of two words is a title however typed ("Armenia's prime minister").
  const title = words.length > 2 && isTwoWordTitle(words.at(-2)!, words.at(-1)!) ? words.length - 2 : words.length;
  const kept = words.filter((word, i) => i >= title || !/^\p{Lu}/u.test(word) || new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(word)}(?![\\p{L}\\p{N}])`, "u").test(question));
  if (kept.length === words.length) return [name];
  const terms = nameTerms(kept);
  return terms.length > 0 ? [{ name: kept.join(" "), terms, compounds: [] }] : [];
}

/**
 * A country's name with the words after it that only it capitalises left out ("azerbaijan army": the ministry's "Azerbaijan
 * Army", which the analyst calls the "armed forces of Azerbaijan"); any other name as it is.
 */
function countryWithout(name: Name, byNeighbour: string[]): Name {
  const words = wordsOf(name.name).map(({ word }) => word);
  let end = words.length;
  while (end > 1 && byNeighbour.includes(withoutPossessive(words[end - 1]!))) end--;
  if (end === words.length) return name;
  const kept = words.slice(0, end);
  const country = { name: kept.join(" "), terms: nameTerms(kept), compounds: [] };
  return namesCountryCapitalOrRegion(country) ? country : name;
}

/** Whether every word of a name is one of these. */
function onlyOf(name: Name, words: string[]): boolean {
  return wordsOf(name.name).every(({ word }) => words.includes(withoutPossessive(word)));
}

/** The names a question gives as those who signed ("which agreements did armenia and iraq sign": Armenia, Iraq). */
function signersOf(found: Name[], question: string): Name[] | undefined {
  const signers = signersAskedIn(question);
  return signers === undefined ? undefined : found.filter((name) => signers.includes(name.name.toLowerCase()));
}

/**
 * The names of what the phrase "what is the X of Y" asks for belongs to (Y), unless a name
 * opens it: "What is the Islamic Republic afraid of?" asks for no "X of Y".
 */
function focusedNames(found: Name[], phrase: string): Name[] {
  if (/^\p{Lu}/u.test(phrase)) return [];
  // What it belongs to follows "of": "the initial price the British group is paying" names no owner.
  const of = /\bof\s+(?:the\s+)?(.*)$/i.exec(phrase);
  // What a participle adds tells the owner apart, and is no owner: "the program introduced by Federal Industries Ltd of Winnipeg".
  const terms = new Set(analyze((of?.[1] ?? "").replace(/\b\p{L}+(?:ed|en)\s+(?:by|in|at|from|for|with|to)\b.*$/iu, "")));
  return found.filter((name) => name.terms.every((term) => terms.has(term)));
}

/** A clause that sets the scene before the question proper: "After the talks in Sochi, what did ...". */
const BACKGROUND = /^[^,?]*,(?=\s*(?:what|who|whom|whose|which|when|where|why|how|did|does|do|is|are|was|were|has|have)\b)/i;

/** Between two names of a list: "and", "or", "vs" or a comma, maybe with a preposition again and "the" ("with Iraq and with the Czech Republic"). */
const LIST_GAP = /^\s*(?:,\s*(?:and|or)?|and|or|&|\/|vs\.?|versus)\s*(?:(?:with|to|in|for|from|on|about|of|by)\s+)?(?:the\s+)?$/i;
/**
 * Two questions in one ("How did Moscow react ..., and what did it say about Azerbaijan?"), or
 * a comparison ("Compare Aliyev's outlook with what Mirzoyan said", "how did X and Y each ..."),
 * whose names may each be answered apart.
 */
const TWO_QUESTIONS = /^\W*(?:compare|contrast)\b|\beach\b|(?:,?\s+and|[,;?])\s+(?:what|who|whom|how|when|where|why|which|did|does|do|is|are|was|were)\b/i;

/**
 * Two names each with a thing of its own, joined ("Northern Telecom's preferred shares and Western Digital's debentures",
 * "the CBS convertible debt issue and the GMAC Canada eurobond"): each thing may be in a report of its own.
 */
const OWNED_THING_GAP = /^(?:['’]s)?\s+(?:[\p{L}\d./-]+\s+){1,6}(?:and|vs\.?|versus)\s+(?:the\s+)?$/iu;

/** Names each with a thing of its own in a list of three or more set apart by commas ("medizone patent, genzyme patent, viragen herpes study"). */
const OWNED_THING_COMMA_GAP = /^(?:['’]s)?\s+(?:[\p{L}\d./-]+\s+){0,5}[\p{L}\d./-]+\s*,\s*(?:(?:and|&)\s+)?(?:the\s+)?$/iu;

/** A choice between two things, each of its own name ("which grew faster, Kenya's economy or Chile's"): what stands between them ends in "or". */
const WHICH = /^\W*(?:which|who|whose)\b/i;
const CHOICE_GAP = /\bor\s+(?:the\s+)?$/i;

/**
 * Two names compared with the thing they own said once ("navistar's debt vs paccar's", "kenya's
 * economy or chile's"): what stands between them, and the owner's mark the second ends on.
 */
const ELIDED_GAP = /^['’]s\s+(?:[\p{L}-]+\s+){1,3}(?:vs\.?|versus|or|and|than|compared\s+(?:with|to))\s+(?:the\s+)?$/iu;
const ELIDED_AFTER = /^['’]s(?=\s*(?:[?.!,;]|$))/u;

function listsNames(text: string, found: Name[]): boolean {
  if (found.length > 1 && TWO_QUESTIONS.test(withoutHowOften(text))) return true;
  const choice = WHICH.test(text);
  const spans = spansOf(found, text);
  const gaps = spans.slice(1).map((span, i) => text.slice(spans[i]!.end, span.start));
  if (gaps.filter((gap) => OWNED_THING_COMMA_GAP.test(gap)).length >= 2) return true;
  return gaps.some((gap, i) => {
    const elided = ELIDED_GAP.test(gap) && ELIDED_AFTER.test(text.slice(spans[i + 1]!.end));
    return LIST_GAP.test(gap) || (choice && CHOICE_GAP.test(gap)) || elided || OWNED_THING_GAP.test(gap);
  });
}

/** Before two names that do something together: the question's start, or its verb's helper ("what did", "have"). */
const JOINT_DOERS_BEFORE = /(?:^\W*|\b(?:did|do|does|have|has|had|are|were|will|would|can|could)\s+)(?:the\s+)?$/i;
/** Between them: "and" alone, not a comma list or a choice. */
const AND_GAP_ONLY = /^\s*(?:and|&)\s+(?:the\s+)?$/i;

/** Two names as the one doer of the question's verb ("did Armenia and Iraq agree", "Baku and Yerevan recognised"), not asked of each. */
function actTogether(text: string, found: Name[]): boolean {
  // "each other" is what they did together, not asked of each.
  if (found.length !== 2 || TWO_QUESTIONS.test(withoutHowOften(text).replace(/\beach other\b/gi, ""))) return false;
  const [first, second] = spansOf(found, text) as [{ start: number; end: number }, { start: number; end: number }];
  return first.start >= 0 && second.start > first.end && JOINT_DOERS_BEFORE.test(text.slice(0, first.start)) && AND_GAP_ONLY.test(text.slice(first.end, second.start));
}

/** Where each name stands in the text, each looked for after the one before (a start of -1 where it is not found). */
function spansOf(found: Name[], text: string): { start: number; end: number }[] {
  let from = 0;
  return found.map(({ name }) => {
    const start = text.indexOf(name, from);
    from = start + name.length;
    return { start, end: from };
  });
}
