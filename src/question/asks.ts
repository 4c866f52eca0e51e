/**
 * What a question asks for: a quantity ("how many", "what is the population"), a reason, a
 * person, a time, a place, how long something lasted or a name ("whats it called"). An answer's first quote is the one that holds it.
 */
import { analyze, isStopWord, spelledOut, tokenize, toTerm } from "../index/analyzer.js";
import { isTitle, type Name } from "./names.js";
import { COMMENTATORS, namesHead } from "./offices.js";
import { FIRM_WORDS } from "../index/firm-words.js";
import { countryNamesOf } from "../index/countries.js";
import { PLACE_KIND_WORDS } from "./place-kinds.js";

/** Words that bound or sum a measure: "the maximum size of", "the total amount of". */
const MEASURE_QUALIFIERS = ["maximum", "minimum", "total", "overall", "combined", "estimated"];
/** What may open a figure chat asks for with no verb: "the exact headcount of", "rough size of". */
const BARE_FIGURE_OPENING = `(?:the\\s+)?(?:(?:${[...MEASURE_QUALIFIERS, "rough", "approximate", "exact", "precise", "actual"].join("|")})\\s+)?`;
/** Words for a count asked so: "headcount of", "number of". */
const BARE_COUNT = String.raw`(?:headcount|head\s+count|number)`;

const ASKS_QUANTITY = new RegExp(
  `^\\W*(?:how\\s+(?:many|much|tall|high|far|old|deep|wide|heavy|big|large)|what(?:['’]s|\\s+(?:is|was|are|were))\\s+the\\s+(?:(?:${MEASURE_QUALIFIERS.join("|")})\\s+)?(?:population|number|price|cost|amount|size|value|total)` +
    // As chat asks it, with no verb: "headcount of the eu monitors", "size of the kurdish minority, roughly".
    `|${BARE_FIGURE_OPENING}(?:${BARE_COUNT}|population|size)\\s+of)\\b`,
  "i",
);

const HOW_MANY = /\bhow\s+many\s+(.*)/i;
/** A count asked as chat asks it, with no verb: "exact headcount of the russian contingent", "number of eu monitors". */
const COUNT_OF = new RegExp(`^\\W*${BARE_FIGURE_OPENING}${BARE_COUNT}\\s+of\\s+(?:the\\s+)?(.*)`, "i");
const HOW_MUCH = /^\W*how\s+much\s+(.*)/i;
/** A unit a sum is asked per, before the question's verb: "(how much) per share did ...", "a tonne is ...". */
const PER_UNIT_BEFORE_VERB = /^(?:per|a|an|each)\s+[\p{L}-]+\s+(?=(?:did|does|do|will|would|is|was|are|were|has|have|had|could|can)\b)/iu;
/** Words for sums of money, which "how much" counts: "how much aid did the Netherlands send". */
export const MONEY = new Set(["money", "cash", "funds", "funding", "aid", "salary", "wage", "fee", "fine", "pay", "cost", "costs", "price", "prices", "revenue", "revenues", "profit", "profits", "debt", "loan", "loans", "investment", "budget", "damages", "compensation", "payment", "payments"]);
/** Verbs of money changing hands: "how much did they earn", "how much is it worth", "how much do they owe". */
const PAYING = new Set(["worth", "earn", "earned", "make", "made", "lose", "lost", "invest", "invested", "raise", "raised", "owe", "owed", "owes", "owing"]);
/** Verbs of a price paid: "how much will the corridor cost", "how much is convergent paying for oakleaf", "how much did they settle for", "how much did intermedics get for selling its unit". */
const PAYING_A_PRICE = new Set(["cost", "costs", "costing", "charge", "charges", "charging", "pay", "paid", "pays", "paying", "spend", "spent", "settle", "settled", "fetch", "fetched", "get", "got", "gets", "getting", "receive", "received", "receives", "receiving", "sell", "sold", "sells", "selling"]);
/** "how much in <what the money is of>", not "in all" or "in percent". */
const IN_KIND = /^in\s+(?!(?:all|total|percent|per\s*cent|pct|percentage|terms|the\s+way|return)\b)[\p{L}]/iu;
/** At most this many words name what is counted: "how many ethnic Armenians", "how many forged exxon zero coupon notes". */
const COUNTED_WORDS = 5;
/** A participle right after "how many" and before no other word of note ("how many found so far", "how many sold"): the thing counted was named before it. */
const DONE_TO = /^(?:(?!hundred$)(?!\p{L}*eed$)\p{L}{3,}ed|found|sold|made|built|taken|given|seen|held|lost|won|caught|shot|hit|hurt|paid|bought|brought|sent|left|kept|spent)$/iu;
/** Words that say when or how far, after such a participle: "how many found so far", "how many sold last month". */
const WHEN_DONE = new Set(["so", "yet", "already", "now", "last", "this", "since", "ever", "overall", "altogether", "today", "recently"]);
/** Verbs that frame a question, though the index keeps them as words ("how many jobs will rolls royce cut" counts jobs). */
const FRAMING = new Set(["will", "may", "shall"]);
/** The verbs a question asks with ("did", "is", "will" ...), which end the words of what "which X" names. */
export const AUXILIARY_VERBS = "did|does|do|is|are|was|were|has|have|had|will|would|can|could";
/** Words for sorts of a thing, which reports count by other such words: "how many groups of creditors" is answered by "12 classes of creditors". */
const SORTS = new Set(["groups", "kinds", "types", "classes", "categories", "sorts"]);

/** The kinds of figure a question asks for by name, as a pattern's alternatives (each may take a plural "s"). */
const FIGURE_KINDS = "price|cost|fare|salary|wage|fee|fine|budget|rate|income|loss|profit|earnings|revenue|sales|turnover|deficit|surplus|dividend|population|turnout|approval|coupon|yield";
/**
 * "what price ...", "what was its net income", "what approval rating", "how big was cannon's 1986
 * loss": a figure asked for by its kind, which the answer must give.
 */
const FIGURE_KIND = new RegExp(String.raw`\b(?:what(?:['’]?s)?|how\s+(?:big|large|high|steep|heavy|deep))\s+(?:(?:was|is|were|are)\s+)?(?:(?!(?:before|after|of|for|in|on|to|and|or|by|from|at|with)\b)[\p{L}\p{N}'’.&-]+\s+){0,6}?(${FIGURE_KINDS})s?\b`, "iu");
/** "and" between capitalised words, inside a firm's name. */
const FIRMS_AND = /(\p{Lu}[\p{L}.-]*)\s+and\s+(?=\p{Lu})/gu;
/** Sums of money of a kind, which a report names beside the sum ("an annual subscription fee" with no sum is none). */
export const MONEY_KINDS = new Set(["salary", "wage", "fee", "fine", "budget"]);
/** "what did X pay for ...", "what is X paying for ...", "what did X pay synergen for ...": the price. */
const WHAT_PAID = /^\W*what\s+(?:did|does|do|will|would|is|are|was|were|has|have|had)\s+(?:[\p{L}\p{N}'’&.-]+\s+){1,6}?(?:pay|paid|paying|spend|spent|spending)\s+(?:[\p{L}\p{N}'’&.-]+\s+){0,3}?for\b/iu;
/** "what did burlington coat factory earn in the year": a sum of money, as "how much did it earn" asks ("what did it make" or "lose" may ask for a thing). */
const WHAT_EARNED = /^\W*what\s+(?:did|does|do|will|would|has|have|had)\s+(?:[\p{L}\p{N}'’&.-]+\s+){1,6}?earn\b/iu;
const PRICE_KINDS = new Set(["price", "cost", "fare"]);
/** A bond's coupon and yield are rates, which the wire gives in percent ("paying 7-3/4 pct"). */
export const RATE_KINDS = new Set(["coupon", "yield"]);
/** A rate of its own kind, which reports write after its percent as they write no other rate: "France's record 10.9 pct unemployment rate". */
const OWN_RATES = /\b(unemployment|jobless|inflation|growth)\s+rates?$/i;
/** A currency's rate against others ("what dollar rate did egypt's central bank set"), which reports give in money: "at 1.373/87 dollars". */
const EXCHANGE_RATE = /\b(?:exchange|dollar|yen|sterling|pound|mark|franc|lira|peso|rupee|rand)\s+rates?$/i;
/**
 * Things a figure's word may name that are no figure: "what exchange rate system", "what price
 * controls", "what sales strategy", "what consumer price increase"; and the figure's word as the
 * one that means or says something ("what did lawson's budget mean for north sea oil").
 */
const NOT_FIGURES = /^\s+(?:increases?|rises?|hikes?|index|inflation|systems?|regimes?|mechanisms?|polic(?:y|ies)|wars?|controls?|freeze|strateg(?:y|ies)|teams?|force|networks?|structures?|reforms?|talks|agreements?|deals?|disputes?|scheme|plans?|rules?|laws?|mean|means|meant|imply|implies|implied|signal(?:s|led|ed)?|say|says|said)\b/i;
/** Whom something cost, after "cost" the verb: "cost his country the 2020 conflict". */
const COST_WHOM = /^\s+(?:his|her|its|their|the|them|him|us|me|you|[\p{Lu}][\p{L}-]*)\b/u;
/** Figures named before their number: "net income of 5.2 mln dlrs", "an interest rate of 7.5 pct". */
export const MEASURE_KINDS = new Set(["rate", "income", "loss", "profit", "earnings", "revenue", "sales", "turnover", "deficit", "surplus", "dividend"]);
/** The measures as a pattern's alternatives. */
const MEASURE_KIND = [...MEASURE_KINDS].join("|");
/** "how much of the calgary oil company's 1986 loss was an extraordinary charge": a part of that measure. */
const PART_OF_MEASURE = new RegExp(`^of\\s+(?:[\\p{L}\\p{N}'’.&-]+\\s+){0,6}?(${MEASURE_KIND})\\b`, "iu");
/** "how much did ford canada reduce its yearly dividend": the measure a company changed, by how much. */
const CHANGED_MEASURE = new RegExp(`\\b(?:cut|cuts|reduced?|reduces|raised?|raises|increased?|increases|lift(?:ed|s)?|boost(?:ed|s)?|lower(?:ed|s)?|trim(?:med|s)?|slash(?:ed|es)?)\\s+(?:its|their|the)\\s+(?:[\\p{L}-]+\\s+){0,2}?(${MEASURE_KIND})s?\\b`, "iu");
/** A question typed bare, as a search is: no question word, no verb of asking ("strober yr eps", "icj lachin ruling date"). */
const NO_QUESTION_WORD = String.raw`^(?!.*\b(?:what|wat|wht|who|whom|whose|when|where|why|how|which|did|does|do|is|are|was|were|will|has|have)\b)`;
/**
 * A result typed bare, as chat asks for it ("strober yr eps", "consolidated plantations interim div"): no question word, no
 * verb of asking. Not sales or revenues, which monthly reports give in prose, the figure far from its word ("revenues of
 * its merchandise group in february rose 4.9 pct to 1.85 billion dlrs"), and the counted rule then refused 2 of the older sets' questions.
 */
const BARE_RESULT = new RegExp(`${NO_QUESTION_WORD}(?:.*\\s)?(net|profits?|earnings|eps|income|loss|div|dividend)\\W*$`, "i");
const BARE_RESULT_KINDS: Record<string, string> = { profits: "profit", eps: "earnings", div: "dividend" };
/** Verbs of paying, which a company does to its holders too ("how much is X paying per share"), not only for what it buys. */
const PAYING_HOLDERS = new Set(["pay", "paid", "pays", "paying"]);
/** What says a sum is paid to a company's holders: "per share", "its shareholders", "each quarter". */
const TO_HOLDERS = /\b(?:per|a|each)\s+share\b|\b(?:share|stock)?holders\b|\beach\s+(?:quarter|month)\b|\b(?:quarterly|monthly)\b/i;
/** Raising a thing of one's own ("raise its oil export quota"), not money ("how much did the offering raise"). */
const RAISED_OWN = /\b(?:raise|raised|raises|raising)\s+(?:its|their|his|her|our|the)\s/i;
/** Verbs of selling: "how much did X sell" asks for its sales, "how much did X sell it for" for a price. */
export const SELLING = new Set(["sell", "sold", "sells", "selling"]);
/** A sum a sale brought in: "gain from selling", "make by selling", "net on the sale of". */
const BROUGHT_BY_SALE = /\b(?:gain|gained|gains|make|made|makes|earn|earned|earns|net|netted|nets|raise|raised|raises|get|got|gets|receive|received|receives|reap|reaped|reaps)\s+(?:\S+\s+){0,3}?(?:from|by|on|in)\s+(?:the\s+|its\s+|their\s+)?(?:sell|sold|sells|selling|sale|sales)\b/i;

/** Units of length, each in the forms the news writes it. */
const LENGTHS = [
  ["kilometres", "kilometers", "kilometre", "kilometer", "km"],
  ["miles", "mile"],
  ["metres", "meters", "metre", "meter"],
];
/** The units of length as a pattern's alternatives: "how long is it" asks a length where one is named. */
export const LENGTH_UNIT = LENGTHS.flat().join("|");
/** Units a figure may be asked in, each in the forms the news writes it. */
export const UNITS = [
  ...LENGTHS,
  ["tonnes", "tons", "tonne", "ton", "mt"],
  ["barrels", "barrel", "bpd"],
  ["hectares", "hectare", "acres", "acre"],
];
/** "... in kilometres", "... in km": the unit a quantity is asked in. */
const IN_UNIT = new RegExp(`\\bin\\s+(${UNITS.flat().join("|")})\\b`, "i");
const HOW_LONG = /^\W*how\s+(?:long|far)\b/i;

/** Words of dying: "how many people were killed by the gale" counts the dead, not the people of the city. */
export const DEATH_WORDS = new Set(["died", "die", "dies", "dead", "killed", "kill", "kills", "killing", "death", "deaths", "perished", "fatalities", "toll", "lives"]);

/** A figure asked for each share: "loss per share", "the per-share earnings", "eps"; not a part of a whole ("how big a share of systems designers"). */
const PER_SHARE = /\b(?:per[- ]share|a share(?!\s+of\b)|each share|eps)\b/i;

/** A unit of goods a figure is asked per ("what price per gallon", "how much gold per ton"): its forms as the wire writes them. */
const UNITS_OF_GOODS: string[][] = [
  ["ton", "tons", "tonne", "tonnes"],
  ["gallon", "gallons"],
  ["barrel", "barrels", "bbl"],
  ["ounce", "ounces", "oz"],
  ["bushel", "bushels"],
  ["kilo", "kilos", "kilogram", "kilograms", "kg"],
  ["litre", "litres", "liter", "liters"],
  ["head"],
];
const PER_UNIT = new RegExp(`\\b(?:per|each)\\s+(${UNITS_OF_GOODS.flat().join("|")})\\b`, "i");

/** The forms of the unit of goods a question asks a figure per ("what price per gallon": gallon, gallons); none when it asks none. */
export function unitAskedPer(question: string): string[] | undefined {
  const unit = PER_UNIT.exec(question)?.[1]?.toLowerCase();
  return unit === undefined ? undefined : UNITS_OF_GOODS.find((forms) => forms.includes(unit));
}

/** Whether it asks for a figure per share ("what was westar mining's loss per share"). */
export function asksPerShare(question: string): boolean {
  return PER_SHARE.test(question);
}

/**
 * A measure asked with a word that narrows it, and the ways reports write that word: "same-store sales" are
 * "comparable-store" sales, not all sales; an "operating" profit is "oper net", not the net; "pretax" is "pre-tax".
 */
const NARROWED_MEASURES: { asked: RegExp; written: RegExp }[] = [
  { asked: /\b(?:same|comparable)[- ]?stores?\s+(?:sales|revenues?)\b/i, written: /\b(?:same|comparable)[- ]?stores?\b/i },
  { asked: /\boperating\s+(?:profits?|income|earnings|net|loss(?:es)?)\b/i, written: /\b(?:operating|oper|operations)\b/i },
  { asked: /\bpre-?tax\s+(?:profits?|income|earnings|loss(?:es)?)\b/i, written: /\b(?:pre-?tax|before\s+tax(?:es|ation)?)\b/i },
];

/** For a measure asked with a word that narrows it ("same-store sales"), how reports write that word; none when it asks no such measure. */
export function narrowedMeasureIn(question: string): RegExp | undefined {
  return NARROWED_MEASURES.find(({ asked }) => asked.test(question))?.written;
}

/** "which companies ...", "which idaho mining company ...": a question for a firm. */
const WHICH_FIRM = new RegExp(`\\bwhich\\s+(?:[\\p{L}-]+\\s+){0,3}?(?:${FIRM_WORDS})\\b`, "iu");

/** Whether it asks which firm ("which companies raised their dividends"). */
export function asksForAFirm(question: string): boolean {
  return WHICH_FIRM.test(question);
}

/** "which companies", "which u.s. firm": a firm asked for by a word for a company, not by its trade ("which chipmaker"). */
const WHICH_COMPANY = /\bwhich\s+(?:[\p{L}.-]+\s+){0,3}?(?:compan(?:y|ies)|firms?|corporations?)\b/iu;

/** Whether it asks for a company by that word ("which czech companies signed deals"). */
export function asksForACompany(question: string): boolean {
  return WHICH_COMPANY.test(question);
}

/**
 * The day that decides who gets a dividend, which a dividend's table gives as "Record Jan 20": "holders of record",
 * "shareholders on the books as of what date", "who qualifies", "the cutoff"; not the day it is paid.
 */
const RECORD_DATE = /\b(?:of\s+record|record\s+(?:date|day|dat)|on\s+(?:the|its|their|[\p{L}&.-]+['’]s?)\s+(?:books|register|rolls)|as\s+of\s+(?:what|which|when)|eligib(?:le|ility)|qualif(?:y|ies|ied|ying)|cut-?\s?off|must\s+(?:own|hold|have))\b/iu;

/** Whether it asks for a dividend's record date ("shareholders on the books as of what date get pacific lighting's payment"). */
export function asksRecordDate(question: string): boolean {
  return RECORD_DATE.test(question);
}

/** A company's whole year: "its net loss for the full year", "full yr", "its full fiscal year", "annual sales", "over the twelve months". */
const WHOLE_YEAR = /\b(?:full[\s-]+(?:fiscal\s+)?(?:year|yr)|annual|yearly|(?:12|twelve)[\s-]+(?:months|mths)|for\s+the\s+(?:year|yr))\b/i;

/** Whether it asks for a figure of a whole year ("what were wal-mart's full-year sales"). */
export function asksWholeYear(question: string): boolean {
  return WHOLE_YEAR.test(question);
}

/** "what kind of consequences did russia warn armenia abt", "wat sort of fallout": the kind of a thing asked for, by its word. */
const KIND_ASKED = /\b(?:what|which|wat|wht)\s+(?:kind|kinds|sort|sorts|type|types)\s+of\s+([\p{L}-]+)/iu;

/** The term of the thing whose kind a question asks ("what kind of consequences": consequ), or undefined. */
export function kindAskedIn(question: string): string | undefined {
  const word = KIND_ASKED.exec(question)?.[1];
  return word ? (toTerm(word) ?? undefined) : undefined;
}

/** Words for an agreement between parties. */
export const AGREEMENT = String.raw`(?:agreement|accord|deal|truce|ceasefire|cease-fire|treaty|pact|armistice)s?`;
/**
 * An agreement asked for, which its date names: "which truce did moscow say baku breached", "the truce signed on what date",
 * "what is the date of the ceasefire agreement", "when was that truce signed", "which agreement date".
 */
const AGREEMENT_ASKED = new RegExp(
  [
    String.raw`\b(?:which|what)\s+(?:[\p{L}-]+\s+)?${AGREEMENT}\b`,
    String.raw`\b${AGREEMENT}\s+(?:date|dated|(?:was\s+)?(?:signed|reached|concluded|struck)\s+(?:on|in)\s+(?:what|which)\b)`,
    String.raw`\bdate\s+(?:is\s+on|of)\s+(?:the\s+|that\s+)?(?:[\p{L}-]+\s+){0,3}?${AGREEMENT}\b`,
    String.raw`\b(?:when|(?:what|which)\s+date)\s+(?:was|were|is)\s+(?:the\s+|that\s+|this\s+)?(?:[\p{L}-]+\s+){0,3}?${AGREEMENT}\s+(?:[\p{L}-]+\s+){0,6}?(?:signed|reached|concluded|struck|agreed)\b`,
  ].join("|"),
  "iu",
);

/** Whether the question asks for an agreement, by its date ("which truce did moscow say baku breached"). */
export function asksAgreement(question: string): boolean {
  return AGREEMENT_ASKED.test(question);
}

/**
 * An event the question places what it asks after ("who did kurfurst meet after the consultations", "following the merger"):
 * a determiner, then up to three words, the last of which names it, before the question goes on or ends.
 */
const AFTER_EVENT = /\b(?:after|following)\s+(?:the|its|their|his|her)\s+((?:[\p{L}-]+\s+){0,2}?[\p{L}-]+)(?=\s*(?:[,?.!]|$)|\s+(?:which|what|who|whom|whose|did|does|do|is|are|was|were|has|have|had|according|per|in|on|at|for|with|to)\b)/iu;

/** The term of the event a question places what it asks after ("after the consultations": consultation), or undefined. */
export function eventAfterIn(question: string): string | undefined {
  const phrase = AFTER_EVENT.exec(question)?.[1];
  return phrase ? (toTerm(phrase.split(/\s+/).at(-1)!) ?? undefined) : undefined;
}

/** A level asked: "to what level did the index climb", "to what rate did barclays cut its base rate". */
const LEVEL = /\bto\s+what\s+(?:level|figure|rate|point|value|high|low)\b/i;

/** Whether it asks the level a figure reached ("to what level did the index climb"), which the figure after "to" gives. */
export function asksLevel(question: string): boolean {
  return LEVEL.test(question);
}

/** A total asked: "how much did hoechst pay in total", "altogether", "the total price of". */
const TOTAL = /\b(?:in\s+total|altogether|all\s+told|total\s+(?:price|value|cost|amount|sum|consideration))\b/i;

/** Whether it asks for a total ("how much did stone container pay in total for southwest forest"), which no sum per share gives. */
export function asksTotal(question: string): boolean {
  return TOTAL.test(question);
}

/**
 * What "how many" counts: its first words, up to a word that frames the question ("how many
 * ships were idle" counts ships; "how many of them" counts nothing said), shorthand spelled
 * out ("how many ppl": people); the figure a question asks for by its kind ("what interest
 * rate": rate; "what price": a price); and the sum of money "how much" asks for ("how much aid"), a price when paid ("how much did it cost").
 */
export function countedIn(question: string): string[] {
  const phrase = (match: RegExpExecArray) => {
    const words = tokenize(match[1]!);
    // "groups of creditors": the sort, then what it sorts.
    const sorts = SORTS.has(words[0] ?? "") && words[1] === "of";
    const from = sorts ? 2 : 0;
    const framing = words.findIndex((word, i) => i >= from && (toTerm(word) === null || FRAMING.has(word)));
    const end = Math.min(from + COUNTED_WORDS, framing === -1 ? words.length : framing);
    return [...(sorts ? [words[0]!] : []), ...words.slice(from, end)].map(spelledOut);
  };
  const many = HOW_MANY.exec(question) ?? COUNT_OF.exec(question);
  if (many) {
    const words = tokenize(many[1]!);
    const death = words.find((word) => DEATH_WORDS.has(word));
    // "exxon fake euronotes how many found so far": what is counted came before, "found" is what
    // befell it; "how many forged notes" counts forged notes.
    const [first, next] = words;
    const doneTo = first !== undefined && DONE_TO.test(first) && (next === undefined || toTerm(next) === null || WHEN_DONE.has(next));
    const counted = doneTo && !death ? [] : phrase(many);
    return death && !counted.includes(death) ? [...counted, death] : counted;
  }
  // "what price did ...", "what salary ...": a sum of money; "what interest rate", "what was its net income": a figure of that.
  // A firm's "and" ("Chiyoda Fire and Marine's net profit") joins no second question.
  const figure = FIGURE_KIND.exec(question.replace(FIRMS_AND, "$1 & ")) ?? FIGURE_KIND_LAST.exec(question);
  const kind = figure?.[1]?.toLowerCase();
  const after = figure ? question.slice(figure.index + figure[0].length) : "";
  // "what hidden enemy cost his country the war": "cost" the verb asks for no price.
  if (kind && !NOT_FIGURES.test(after) && !(kind === "cost" && COST_WHOM.test(after))) {
    // A rate's kind stays with it: "what is france's jobless rate" (jobless, rate), "what dollar rate" (exchange, rate).
    const rateKind = kind !== "rate" ? undefined : EXCHANGE_RATE.test(figure![0]) ? "exchange" : OWN_RATES.exec(figure![0])?.[1]?.toLowerCase();
    return PRICE_KINDS.has(kind) ? ["price"] : MONEY_KINDS.has(kind) ? [kind] : RATE_KINDS.has(kind) ? ["rate"] : rateKind ? [rateKind, kind] : [kind];
  }
  // "what did tonka pay for bandai australia": a price.
  if (WHAT_PAID.test(question)) return ["price"];
  if (WHAT_EARNED.test(question)) return ["money"];
  // "how long is the corridor in kilometres": a figure in that unit, written in any of its forms.
  const unit = IN_UNIT.exec(question)?.[1]?.toLowerCase();
  if (unit && (ASKS_QUANTITY.test(question) || HOW_LONG.test(question))) return [unit];
  // "how much" counts a sum of money, named ("how much aid") or paid ("how much will it cost");
  // "how much zinc" or "how much lighter" comes in too many measures.
  const much = HOW_MUCH.exec(questionPartOf(question));
  if (!much) {
    const bare = BARE_RESULT.exec(question)?.[1]?.toLowerCase();
    // A figure asked per unit of goods by no word of its kind ("what export bonus per tonne") is a sum of money per that unit.
    return bare ? [BARE_RESULT_KINDS[bare] ?? bare] : unitAskedPer(question) ? ["money"] : [];
  }
  // "how much in bribes", "how much in soybeans do farmers sell": a sum of money, of what it names.
  if (IN_KIND.test(much[1]!)) return ["money"];
  const partOf = (PART_OF_MEASURE.exec(much[1]!) ?? CHANGED_MEASURE.exec(much[1]!))?.[1]?.toLowerCase();
  if (partOf) return [partOf];
  const money = phrase(much).filter((word) => MONEY.has(word));
  if (money.length > 0) return money;
  // "how much per share did templeton pay": the unit asked per comes before the verb.
  const verbs = tokenize(much[1]!.replace(PER_UNIT_BEFORE_VERB, ""));
  // "how much daily car production could it lose" asks for cars, however it is lost.
  if (verbs[0] !== undefined && toTerm(verbs[0]) !== null && !FRAMING.has(verbs[0]) && !PAYING_A_PRICE.has(verbs[0]) && !PAYING.has(verbs[0])) return [];
  const paying = verbs.find((word) => PAYING_A_PRICE.has(word));
  // "how much did canadian pacific gain from selling its cominco holding": what the sale brought in, a sum, not a figure of sales.
  if (BROUGHT_BY_SALE.test(much[1]!)) return ["money"];
  if (paying && SELLING.has(paying) && !/\bfor\b/i.test(question)) return ["sales"];
  // "how much is santa anita paying per share each quarter": paid to its holders, for nothing bought, is no price but a sum (a dividend).
  if (paying && PAYING_HOLDERS.has(paying) && !/\bfor\b/i.test(question) && TO_HOLDERS.test(question)) return ["money"];
  // "how much will ecuador ask opec to raise its oil export quota": a thing of its own raised, in its own measure.
  if (RAISED_OWN.test(much[1]!)) return paying ? ["price"] : [];
  return paying ? ["price"] : verbs.some((word) => PAYING.has(word)) ? ["money"] : [];
}

/** What a price asked is paid for: "how much did harcourt pay for marineland". */
const PAID_FOR = /\b(?:pay|paid|pays|paying|spend|spent|spending|offer|offered|offering|bid|bidding)\b[^?]*?\bfor\s+([^?.,;!]+)/i;

/** The words of what a price asked is paid for ("how much did harcourt pay for marineland": marineland); none where it names nothing. */
export function paidForIn(question: string): string[] {
  const phrase = PAID_FOR.exec(question)?.[1];
  return phrase ? analyze(phrase) : [];
}

/** "what is the ...", "who is the ...", or after "is", whose it is ("who is azerbaijan's ambassador ..."), or who is doing something ("wat are russian peacekeepers doing ..."). */
const WHAT_IS_THE = /^\W*(?:what|who|which)(?:['’]?s|\s+(?:is|was|are|were))\s+(?:the\s+|(?=[\p{L}-]+['’]s\s)|(?=(?:[\p{L}-]+\s+){1,3}doing\b))(.*)/iu;
/** Words too general to say what is asked for ("what is the latest on ...", "who were the people who ..."), or that ask for a time rather than a thing ("what is the date of ..."); after "the name of", the name's holder is. */
const GENERAL = new Set(["name", "latest", "reaction", "response", "terms", "view", "views", "position", "positions", "stance", "outlook", "prospects", "prospect", "chances", "odds", "future", "plan", "plans", "idea", "goal", "aim", "purpose", "gist", "summary", "upshot", "takeaway", "overview", "state", "story", "status", "situation", "result", "outcome", "reason", "point", "news", "deal", "role", "impact", "effect", "date", "day", "time", "year", "month", "people", "persons"]);

/**
 * A question ending on its preposition asks for what the preposition takes: "what was the interest rate ... lowered to",
 * "what was armenia's deputy fm grateful to the iraqis for" ask for no interest rate and no fm. Unless a clause of the
 * phrase ends there: "the name of the azeri foreign minister hoekstra talked to", "the minister that Hoekstra spoke with".
 */
const STRANDED = /\b(?:for|to|about|with|from|of|on|at|by|in)\W*$/i;
const STRANDED_BY_CLAUSE = /^name\s+of\b|\b(?:that|who|whom|which)\b/i;
/** Words that frame what follows their "of" as the thing asked for: "the name of", "the total amount of". */
const NAME_OR_MEASURE_OF = new Set(["name", "full", ...MEASURE_QUALIFIERS, "amount", "number", "level", "value", "size", "sum", "volume", "quantity"]);

/**
 * What "what is the ..." or "who is the ..." asks for: the last two words of its first
 * phrase ("who is the us ambassador to azerbaijan": us, ambassador; "what is the name of the
 * qantas chief executive": chief, executive), none when they are too general.
 */
export function focusOf(question: string): string[] {
  const bare = officeAskedBare(question);
  if (bare) return [bare];
  const match = WHAT_IS_THE.exec(question);
  if (!match || (STRANDED.test(question) && !STRANDED_BY_CLAUSE.test(match[1]!))) return [];
  let words = tokenize(match[1]!);
  // "the name of the X", "the total amount of X": X.
  const of = words.indexOf("of");
  if (of > 0 && of <= 2 && words.slice(0, of).every((word) => NAME_OR_MEASURE_OF.has(word))) words = words.slice(words[of + 1] === "the" ? of + 2 : of + 1);
  const end = words.findIndex((word) => toTerm(word) === null);
  let focus = end === -1 ? [...words] : words.slice(0, end);
  // An office, or a trade a person is named by, ends the phrase: "the azerbaijani foreign minister hoekstra spoke with" asks
  // for a minister, "the columnist blitz cited" for a columnist.
  const office = focus.findIndex((word) => isOffice(word) || TRADES.has(word));
  if (office !== -1) {
    let last = office;
    while (last + 1 < focus.length && isOffice(focus[last + 1]!)) last++;
    // A chief's office is named by its field: "the new chief financial officer" asks for a financial officer, not a chief.
    if (focus[last] === "chief" && focus[last + 2] === "officer") last += 2;
    focus = focus.slice(0, last + 1);
  }
  // A participle ends no name of a thing ("the philippines' strategy going into the talks").
  while (focus.length > 1 && /(?:ing|ed)$/.test(focus.at(-1)!)) focus.pop();
  const last = focus.slice(-2).map(spelledOut);
  return last.some((word) => GENERAL.has(word)) ? [] : last;
}

/**
 * "what sentence did warner end up getting", "how much did they finally settle for", "were the
 * hectares actually handed over", "which company won the contract", "what final duty did commerce
 * set", "did the house pass the moratorium": a question, in the past, for how something turned out.
 */
const ASKS_OUTCOME = /^\W*(?:who\s+|which\s+(?:[\p{L}-]+\s+){1,2}?)won\b|^\W*what\s+(?:(?:was|were|is|are)\s+)?(?:[\p{L}'’-]+\s+){0,3}?(?:final|actual)\b|\b(?:did|was|were|had)\b.*\b(?:finally|eventually|ultimately|actually|end up|in the end)\b|\bended up\b|\bwhat (?:did|have|has|had)\b.*\b(?:agree|decide)\b|\bwhat (?:was|were|has been) (?:agreed|decided)\b|\bwhat (?:[\p{L}-]+ )?sentence (?:did|has|was)\b|^\W*(?:did|has|have|had)\b.*\b(?:approve|pass|overturn|ratify|reject|uphold|adopt|vote|settle|sign)\b|^\W*how\s+(?:did|has|have|had|was|were)\b.*\bturn(?:ed)?\s+out\b|\bwhat\s+(?:was|were|is)\s+the\s+(?:result|outcome)s?\s+of\b/iu;

/** Whether the question asks how something turned out, not what was planned or expected. */
export function asksOutcome(question: string): boolean {
  return ASKS_OUTCOME.test(question);
}

const ITEM_COUNTS: Record<string, number> = { two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10 };
/** "what are the five principles", "list the three demands", "name the 2 sides": a question for the items of a list. */
const ASKS_ITEMS = /\b(?:(?:what|which)\s+(?:exactly\s+)?(?:are|were|r)\s+(?:the\s+|[\p{L}-]+['’]s\s+)?|(?:list|name|enumerate)\s+(?:all\s+)?(?:the\s+|[\p{L}-]+['’]s\s+)?)(two|three|four|five|six|seven|eight|nine|ten|[2-9])\s+([\p{L}-]+)(?:\s+([\p{L}-]+))?/iu;

/** "which areas of cooperation", "in what sectors", "what other fields": a question for the fields something covers. */
const ASKS_FIELDS = /\b(?:which|what)\s+(?:other\s+)?(areas|fields|sectors|spheres|domains)\b/i;

/** Whether a question asks for the fields something covers ("in which sectors did armenia and iraq talk about working together"). */
export function asksFields(question: string): boolean {
  return ASKS_FIELDS.test(question);
}

/**
 * What money raised goes to: "proceeds going to a jv with who", "sonex private stock sale $$ going to wat", "what will nj resources
 * do w the money from the share offering"; and why it is raised, by a sum or an issue ("why raise 71.7 mln stg with a rights
 * issue"), not why a dividend or a price is raised.
 */
const USE_OF_FUNDS = [
  /(?:\b(?:proceeds|money|funds|cash)\b|\$+)\s+(?:[\p{L}-]+\s+){0,3}?(?:go|goes|going|gone|used|use|using|spent|spend|spending|earmarked)\b/iu,
  /\b(?:do\s+(?:with|w)|spend|use)\s+(?:[\p{L}-]+\s+){0,3}?(?:money|proceeds|funds|cash)\b/iu,
  /^\W*(?:why|y)\b.*\b(?:rais(?:e|es|ed|ing)\s+(?:a\s+|an\s+|the\s+)?(?:net\s+)?(?:\d|money|funds|capital|cash)|rights\s+issue|share\s+(?:issue|sale|offering)|(?:stock|debt|bond|note)\s+(?:offering|sale|issue)|private\s+placement)/iu,
];

/** Whether a question asks what money raised is for, or why it is raised. */
export function asksUseOfFunds(question: string): boolean {
  return USE_OF_FUNDS.some((pattern) => pattern.test(question));
}

/** A count of items as a text may write it, in words or in digits ("two", "2"). */
export function countWritings(count: number): string[] {
  const word = Object.keys(ITEM_COUNTS).find((written) => ITEM_COUNTS[written] === count);
  return word ? [word, String(count)] : [String(count)];
}

/** The items a question asks to be listed ("what are the five principles": 5 principles), if it asks for a list. */
export function itemsAskedIn(question: string): { count: number; noun: string } | undefined {
  const asked = ASKS_ITEMS.exec(question);
  if (!asked) return undefined;
  const written = asked[1]!.toLowerCase();
  // Items are many: a word before a plural describes them ("list aliyev's five peace principles" asks for principles).
  const [, , first, next] = asked;
  const noun = !/s$/i.test(first!) && next !== undefined && /s$/i.test(next) ? next : first!;
  return { count: ITEM_COUNTS[written] ?? Number(written), noun };
}

/** "who is the ...": a question for whoever holds what it names ("who are the main figures" asks for several, of no one office). */
const ASKS_WHO_HOLDS = /^\W*who(?:['’]?s|\s+(?:is|was))\s+(?:the\b|[\p{L}-]+['’]s\s)/iu;
/** "who is president of ...", "who will be chairman at ...": an office asked without "the". */
const WHO_IS_OFFICE = /^\W*who(?:['’]?s|\s+(?:is|was|will\s+be|became|becomes))\s+([\p{L}-]+)\s+(?:of|at)\s/iu;
/** The office a question asks who holds without "the" ("who will be president of candlewood bank"), if it asks so; not "who is accused of". */
function officeAskedBare(question: string): string | undefined {
  const word = WHO_IS_OFFICE.exec(question)?.[1]?.toLowerCase();
  return word && isOffice(word) ? word : undefined;
}
/** "what is the name of the ...": the same, where what it names is an office; a fiber's or a firm's name is a name of another kind. */
const ASKS_NAME_OF = /^\W*what(?:['’]?s|\s+(?:is|was))\s+the\s+name\s+of\b/i;
/** Offices the list of titles leaves out, as posts of firms and bodies ("the qantas chief executive"); heads are `namesHead`'s. */
const POSTS = new Set(["executive", "director", "officer", "manager", "treasurer", "editor", "founder", "owner", "candidate", "commander", "judge", "negotiator", "spokeswoman", "spokesperson", "chairwoman", "ceo"]);

/** Trades that name a person as an office does ("the columnist blitz cited"). */
const TRADES = new Set(["journalist", "analyst", "expert", "commentator", "columnist", "writer", "author", "economist", "observer", "scientist", "professor", "lawyer", "banker", "broker", "reporter"]);

/** Whether a word names an office: a title, or a post in a firm or body. */
export function isOffice(word: string): boolean {
  return POSTS.has(word) || namesHead(word) || isTitle(toTerm(word) ?? word);
}

/** What "who is the ...", "what is the name of the ..." or "which general ..." asks who holds ("who is the us ambassador to azerbaijan": ambassador), if it asks so. */
export function holderAskedIn(question: string): string | null {
  const rank = ASKS_WHICH_RANK.exec(question)?.[1];
  if (rank) return rank.toLowerCase().replace(/s$/, "");
  const whose = WHOSE_OFFICE.exec(question)?.[1]?.toLowerCase();
  if (whose && isOffice(whose)) return whose;
  const focus = focusOf(question);
  const holder = focus.at(-1) ?? null;
  if (ASKS_WHO_HOLDS.test(question) || officeAskedBare(question)) return holder;
  return ASKS_NAME_OF.test(question) && focus.some((word) => isOffice(word) || PERSONS.has(word)) ? holder : null;
}

/** An office of a firm of several words, asked last: "who is fairchild semiconductor's ceo", "who's coastal corp's new chairman". */
const WHOSE_OFFICE = /^\W*who(?:['’]?s|\s+(?:is|was))\s+(?:[\p{L}\p{N}&.-]+\s+){1,3}?[\p{L}\p{N}&.-]+['’]s\s+(?:new\s+|current\s+|present\s+)?([\p{L}-]+)\W*$/iu;

/** Military ranks and a judge's title, which name only themselves ("a general" is no minister) and stand before their holder's name ("Judge Piotr Hofmanski"). */
const RANKS = new Set(["general", "colonel", "admiral", "judge"]);

/** Whether a word is a military rank or a judge's title. */
export function isRank(word: string): boolean {
  return RANKS.has(word);
}

/**
 * "which russian general commands ...", "which icc judge signed ...": a rank, which a report
 * names beside whoever holds it ("Lieutenant General Rustam Muradov"); not "which general electric unit".
 */
const ASKS_WHICH_RANK = new RegExp(String.raw`^\W*which\s+(?:[\p{L}-]+\s+){0,2}?((?:${[...RANKS].join("|")})s?)\s+(?=(?:did|does|do|was|is|were|are|has|had|will|would|commands?|led|leads|ordered|\p{Ll}+ed)\b)`, "iu");

/**
 * "which analyst predicted ...", "which commentator reckons ...": one who comments on the news, whom a report names beside
 * their trade ("political scientist Farhad Mammadov believes"); not "which observer mission".
 */
const ASKS_WHICH_TRADE = new RegExp(String.raw`^\W*which\s+(?:[\p{L}-]+\s+){0,2}?((?:${[...COMMENTATORS, "scientist"].join("|")})s?)\s+(?=(?:did|does|do|was|is|were|are|has|had|will|would|said|thought|\p{Ll}+ed|\p{Ll}+s)\b)`, "iu");

/** The trade "which analyst predicted ..." asks for, whose holder's name answers it first; null when it asks none. */
export function tradeAskedIn(question: string): string | null {
  return ASKS_WHICH_TRADE.exec(question)?.[1]?.toLowerCase().replace(/s$/, "") ?? null;
}

/** Words for a person of no office, whose name "what is the name of the ..." asks for too ("the ex philip crosby employee suspected of the embezzlement"). */
const PERSONS = new Set(["employee", "worker", "clerk", "trader", "suspect", "man", "woman", "person", "pilot", "captain", "victim", "buyer", "seller", "winner"]);

/** Where the phrase "what is the ..." asks for ends: at a clause of its own ("who is the minister who said ..."), or where it sets it ("... put on sale in Tokyo"). */
const PHRASE_END = /\b(?:who|whom|whose|that|which|when|where|while|after|before|because|said|says|say|told|and|or|in|on|at|during)\b|[,;:?!]/i;

/** "... talked about which eu mission", "which eu mission did they discuss": the thing asked for, by the words after "which"; not "which one", "which of them". */
const WHICH_ASKED = /\bwhich\s+(?!(?:one|ones|of)\b)((?:[\p{L}-]+\s+){0,2}?[\p{L}-]+)(?=\s+(?:did|does|do|is|are|was|were|has|have|had|will|would|can|could)\b|\s*\W*$)/iu;

/** The words of what "which" asks for ("eu mission"), or none. */
export function whichAskedIn(question: string): string[] {
  const phrase = WHICH_ASKED.exec(question)?.[1];
  return phrase ? tokenize(phrase) : [];
}

/** "are icj rulings binding or not", "dutch fm - is the ruling binding": a question answered yes or no, and the word it asks of its subject. */
const IS_IT = /(?:^|\s[-–—:]\s)\W*(?:is|are|was|were)\s+(?:[\p{L}'’.-]+\s+){1,5}?(\p{Ll}[\p{Ll}-]+)\s*(?:,?\s*or\s+not)?\W*$/u;

/** A source named at the end of a question: "..., according to the minister", "... acc to hoekstra", "... per tass". */
const SOURCE_AFTER = /,?\s+(?:according\s+to|acc(?:ording|\.)?\s+to|per|as\s+per)\s+[^,?]+\W*$/i;

/** The word a yes-or-no question asks of its subject ("binding"), if it is a plain word. */
export function predicateAskedIn(question: string): string | undefined {
  // Past a source named after it: "are icj rulings binding acc to hoekstra".
  const word = IS_IT.exec(question.replace(SOURCE_AFTER, ""))?.[1];
  return word && toTerm(word) !== null ? word : undefined;
}

/** The whole phrase "what is the ..." or "who is the ..." asks for ("capital of france", "governor of bolivia's central bank"), if any. */
export function focusPhraseOf(question: string): string {
  const match = WHAT_IS_THE.exec(question);
  if (!match) return "";
  const end = PHRASE_END.exec(match[1]!);
  return match[1]!.slice(0, end ? end.index : undefined).trim();
}

/** "when will ...", "when exactly does ...", "when's it supposed to be done", also after a topic typed first ("usda bird flu survey - when's it due"). */
const WHEN_AHEAD = /(?:^|\s[-–—:]\s|,\s)\W*when(?:\s+(?:exactly|precisely|roughly))?(?:(?:['’]s|\s+(?:will|is|are|does|do|shall))\b|\b.*\b(?:going to|scheduled|next|supposed to|expected to|due to)\b)/i;

/** A date named by what falls on it: "what is the record date", "whats the payment date". */
const NAMED_DATE = String.raw`what(?:['’]?s|\s+(?:is|was|were|are))\s+the\s+(?:[\p{L}-]+\s+){1,2}?date\b`;
/** A date typed bare, as a search is ("icj lachin ruling date", "newroz msg date?"); not "to date" nor "up-to-date". */
const BARE_DATE = String.raw`${NO_QUESTION_WORD}(?!.*\b(?:to|up)[\s-]+date\b).*\bdate\b`;
/** A date asked first, then what falls on it, with its verb: "date armenian lawmakers are set to ratify the rome statute". */
const OPENING_DATE = String.raw`^\W*(?:the\s+)?(?:exact\s+|precise\s+)?date\s+(?!of\b|to\b|for\b)(?=\p{L})`;
const ASKS_DATE = new RegExp(String.raw`\b(?:what|which)\s+(?:exact\s+)?(?:date|day)\b|\bexact\s+date\b|\bdate\s+of\b|\b${NAMED_DATE}|${BARE_DATE}|${OPENING_DATE}`, "iu");

/** A security's due date, which the wire gives as a year ("9.25 pct senior notes due 1996"). */
const DUE_DATE = /\b(?:due|maturity|redemption)\s+date\b/giu;

/** Whether the question asks for a date, which a month, a year or "last week" does not give ("on what date did ..."). */
export function asksDate(question: string): boolean {
  return ASKS_DATE.test(question.replace(DUE_DATE, "maturity"));
}

/** Whether "when" asks about a time to come ("when will parliament vote", "when does the mandate expire"). */
export function asksTimeAhead(question: string): boolean {
  return WHEN_AHEAD.test(question);
}

/** "what approval rating ...", "what interest rate ...", "what % approval ...": a figure asked for by its kind, anywhere in the question. */
const ASKS_FIGURE = /\bwhat(?:['’]?s)?\s+(?:the\s+)?(?:%|pct\b)|\bwhat(?:['’]?s|\s+(?:is|was|are|were))?\s+(?:[\p{L}'’-]+\s+){0,3}?(?:percentage|percent|rating|rate|share|price|amount|sum|salary|fee|fine|discount|margin|premium|yield|coupon|stake|total|number|cost|value|valuation|budget|raise|rise|increase|duty|tariff|volume|quantit(?:y|ie)|tonnage|size|estimate|forecast|wage|payout|bonus|level|turnout|fare)s?\b(?!\s+(?:of\s+)?(?:the\s+)?(?:things?|ways?)\b)/iu;

/**
 * "what share of bench craft does universal own", "by what percentage did sales rise": a part of
 * a whole, which a count ("bought 235,750 Bench Craft shares") does not give.
 */
const ASKS_PROPORTION = /\b(?:what|which)\s+(?:share|portion|proportion|fraction|percentage|percent|pct|%)\s+of\b(?!\s+(?:the\s+)?(?:things?|ways?)\b)|\b(?:by|at|to)\s+what\s+(?:percentage|percent|pct|%)/iu;

/** Whether the question asks for a part of a whole. */
export function asksProportion(question: string): boolean {
  return ASKS_PROPORTION.test(question);
}

/** A figure read on a scale of its own, which no other figure gives: someone's age, an earthquake's magnitude, a tally of votes. */
export type Scale = "age" | "magnitude" | "votes";
const SCALES: [Scale, RegExp][] = [
  // "how old is ramin mammadov", "what age was he".
  ["age", /\bhow\s+old\b|\bwhat\s+age\b|\b(?:his|her)\s+age\b/i],
  // "what magnitude was the ecuador earthquake", "how strong was the quake", "how strongly was the shaking felt in calama".
  ["magnitude", /\bwhat\s+magnitude\b|\bmagnitude\s+of\s+the\s+(?:[\p{L}-]+\s+)?(?:earth)?quake\b|\bhow\s+(?:strong|big|powerful|severe|strongly)\b.*\b(?:earth)?(?:quake|tremor|shaking)s?\b/iu],
  // "what was the vote count on the icj order", "how did the judges split", "how many votes did the ratification get", "how did
  // the icj judges vote": a tally or a side voted, which no other figure gives; not when a vote is to be held ("when will ... vote").
  ["votes", /\bvote\s+(?:count|tally|split|breakdown|margin|result|total)s?\b|\bwhat\s+was\s+the\s+vote\b|\bby\s+what\s+(?:margin|vote)\b|\bhow\s+(?:did|do|does)\s+(?:[\p{L}'’.-]+\s+){1,6}?(?:vote|split)\b|\bhow\s+many\b.*\b(?:votes|voted|voting)\b/iu],
];

/** The scale of the figure a question asks ("how old": age), which only a figure on it answers; undefined for any other. */
export function scaleAskedIn(question: string): Scale | undefined {
  return SCALES.find(([, asks]) => asks.test(question))?.[0];
}

/** Whether the question asks "how much": an amount, which a count of things ("the two countries") does not give. */
export function asksAmount(question: string): boolean {
  return HOW_MUCH.test(questionPartOf(question));
}

/** A figure typed bare, by its kind last ("dnc zero coupon yen bond price", "quaker oats shelf offering size pls"). */
const BARE_FIGURE = new RegExp(`${NO_QUESTION_WORD}(?:.*\\s)?(?:prices?|coupon|yield|rate|total|amt|amount|size|number|value|cost|forecast|estimate|${BARE_COUNT})\\W*(?:(?:pls|please|rn|now)\\W*)?$`, "i");
/** The kind of figure such a question ends in, which the answer must give: "first ameri-cable series a units price", "france jobless rate". */
const FIGURE_KIND_LAST = new RegExp(`${NO_QUESTION_WORD}(?:.*\\s)?(${FIGURE_KINDS})s?(?=\\W*(?:(?:pls|please|rn|now)\\W*)?$)`, "iu");

/** "what did colombia lower its coffee export registration price to": the figure something was set at. */
const SET_TO = /^\W*what\s+(?:did|does|do|will|would|has|have|had)\s+(?:[\p{L}\p{N}'’&.-]+\s+){1,6}?(?:lower|lowered|raise|raised|cut|reduce|reduced|increase|increased|boost|boosted|set|fix|fixed|trim|trimmed|lift|lifted)\s+(?:[\p{L}\p{N}'’&.-]+\s+){0,6}?to\W*$/iu;

/** "where did the stock open", "where were fed funds trading", "where did april heating oil settle": a market's level, not a place. */
const MARKET_LEVEL =
  /\bwhere\s+(?:did|does|do|will|would|is|are|was|were)\s+(?:[\p{L}\p{N}'’&.-]+\s+){0,4}?(?:stocks?|shares?|it|they|funds|prices?|futures|oil|gold|silver|dollar|index|yields?|bonds?|rates?|issue|contracts?|crude)\s+(?:open|opened|close|closed|trade|traded|trading|settle|settled|finish|finished|end|ended)\b(?!\s+up\b)/iu;

/** Whether the question asks for a quantity ("how many", "how tall", "what is the population", "what interest rate", "what share of", "bond coupon", "what did X lower Y to", "where did the stock open"). */
export function asksQuantity(question: string): boolean {
  return ASKS_QUANTITY.test(question) || ASKS_FIGURE.test(question) || BARE_FIGURE.test(question) || ASKS_PROPORTION.test(question) || SET_TO.test(question) || MARKET_LEVEL.test(question);
}

/**
 * Words that compare what reports say ("compare", "differently", "how did X and Y each
 * describe"), name the reports themselves ("according to the different reports", "across these
 * articles"), or ask about a second topic or setting ("about losing the war and about ethnic
 * cleansing", "in the Dutch parliament and in the talks with the Czechs", "to the Kurdish community
 * and to the Arab world"), or of two parties each ("in Armenia's and the Netherlands' diplomacy").
 */
const COMPARES_REPORTS = /\b(?:each(?!\s+other)|reports|articles|stories|outlets|different|differently|compare|contrast|across)\b|\b(about|on|with|in|to|from|for)\b[^?]*\band\s+\1\b|\p{L}['’]s?\s+and\s+(?:the\s+)?(?:[\p{L}-]+\s+)?[\p{L}-]+(?:['’]s|s['’])(?=\s)/iu;
/** "both", or a second question ("..., and who did Reagan nominate instead?"): as often answered by one report. */
const TWO_THINGS = /\bboth\b|,?\s+and\s+(?:what|who|how|when|where|why|which)\b/i;

/** "each time", "each year": how often, not each of several ("each time the Armenians turn down a meeting"). */
const EACH_TIME = /\beach\s+(?:time|times|year|month|week|day)\b/gi;

/** The question without the words that say how often, whose "each" asks of no several things. */
export function withoutHowOften(question: string): string {
  return question.replace(EACH_TIME, " ");
}

/**
 * "which foreign officials ...", "which countries ...", "how have foreign governments reacted ...", "... and who has been
 * pressing azerbaijan to comply": several people or bodies asked for, as often named by several reports as by one.
 */
const SEVERAL_ASKED = /^\W*(?:which|what|how\s+(?:are|were|did|do|have|has))\s+(?:[\p{L}-]+\s+){0,2}?(?:officials|ministers|leaders|diplomats|politicians|countries|governments|analysts|experts|commentators|figures|companies|firms|banks|delegations|envoys|ambassadors)\b|\band\s+who\s+(?:has|have)\s+(?:been\s+)?[\p{L}]+/iu;

/** Whether the question compares what reports say, or asks about two topics or settings, so that each report's best sentence is worth quoting. */
export function comparesReports(question: string): boolean {
  return COMPARES_REPORTS.test(withoutHowOften(question));
}

/** Whether the question asks for several people or bodies ("which foreign officials ...", "which countries ..."). */
export function asksForSeveral(question: string): boolean {
  return SEVERAL_ASKED.test(question);
}

/** Whether the question asks what several reports say, which one article seldom holds alone. */
export function asksAcrossReports(question: string): boolean {
  return comparesReports(question) || TWO_THINGS.test(question);
}

/** "how much time will the new route save": a span of time, as "how long" asks, not an amount. */
const HOW_MUCH_TIME = /^\W*how\s+much\s+(?:more\s+|less\s+|extra\s+)?time\b/i;

export type AnswerType = "reason" | "person" | "body" | "time" | "place" | "quantity" | "duration" | "name" | "meaning";

const ASKS: [AnswerType, RegExp][] = [
  // What money raised is for is its purpose, said as a reason is ("proceeds will be used to repay debt").
  ["reason", /^\W*what\s+(?:will|would|does|do|did|is|are|was)\s+(?:[\p{L}'’.,&-]+\s+){1,12}?(?:do|spend|use|put)\s+(?:with\s+|w\s+)?(?:the\s+)?(?:[\p{L}-]+\s+){0,3}?(?:money|proceeds|funds|cash)\b/iu],
  // "what is lodgistix going to use the stock it repurchases for": what a thing is used for, its purpose.
  ["reason", /^\W*what\s+(?:will|would|does|do|did|is|are|was)\s+(?:[\p{L}'’.,&-]+\s+){1,12}?(?:use|using)\s+(?:[\p{L}'’.,&-]+\s+){1,8}?for\W*$/iu],
  // "what did pashinyan blame for the defeat", "who did he blame for losing the war", "what does X blame the drop on": the cause
  // someone gave, as often a group or a thing ("the fifth column") as a person.
  ["reason", /^\W*(?:what|whom?)\s+(?:did|does|do|has|have|had|is|are|was|were)\s+(?:[\p{L}'’.,&-]+\s+){1,8}?(?:blame|blamed|blaming|attribute|attributed|attributing)\b/iu],
  // "icc putin arrest warrant - what was it for again": what a thing named before was for, its reason or purpose.
  ["reason", /^\W*what\s+(?:was|is|were|are)\s+(?:it|that|this|they)\s+for(?:\s+(?:again|exactly))?\W*$/i],
  // "what justification did baku's military give": a reason by any of its names.
  ["reason", /^\W*(?:why\b|for what reason\b|what (?:was|is|were|are) the (?:reasons?|justifications?|explanations?|rationale|motives?|grounds) (?:for|behind|of)\b|how come\b|what (?:reasons?|justifications?|explanations?|rationale|motives?|grounds|pretext|excuses?) (?:did|does|do|has|have|had|was|is)\b|what (?:caused|prompted|led to|drove|made)\b|what (?:is|was|were|are) behind\b)/i],
  ["person", new RegExp(String.raw`^\W*(?:who(?:m|se)?\b|which (?:(?!(?:${AUXILIARY_VERBS})\s)[\p{L}.-]+\s+){0,3}?(?:official|minister|secretary|secretaries|chancellor|mayor|premier|president|leader|diplomat|ambassador|politician|senator|congress(?:man|woman)|governor|person|people|spokes\w*|envoy|journalist|analyst|expert|commentator|columnist|writer|author|economist|observer|scientist|professor|executive|officer|commander|general|judge|lawyer|banker|broker|businessman|businessmen|director|chairman|(?:co-?)?founder|candidate|negotiator|lawmaker|legislator|mp|head)s?\b)`, "iu")],
  // Words for a body chosen one by one, not all of index/firm-words.ts's FIRM_WORDS ("which Japanese carmaker" as a body gained as many
  // first quotes as it lost); not "union" ("which European Union deployment"), "house" ("which White House chief of staff") nor "fund"
  // ("the rate at which it injects funds"). Accountants, auditors and underwriters the wire names are firms ("<Arthur Young and Co>").
  ["body", /^\W*which (?:[\p{L}-]+\s+){0,2}?(?:organi[sz]ation|group|compan(?:y|ies)|firm|think tank|agency|agencies|outlet|newspaper|paper|broadcaster|channel|network|publication|institute|institution|bank|body|bodies|thrift|lender|insurer|retailer|chain|hospital|lab|laboratory|laboratories|shipyard|outfit|brokerage|utility|utilities|airline|carrier|maker|manufacturer|producer|supplier|subsidiary|subsidiaries|trust|university|universities|court|ministry|ministries|party|parties|council|committee|accountant|auditor|underwriter)s?\b/iu],
  ["time", new RegExp(String.raw`^\W*(?:when\b|(?:what|which) (?:exact |precise )?(?:date|day|time|year|month)\b|(?:on|in|since|from|by) (?:what|which) (?:exact |precise )?(?:date|day|year|month)\b|since when\b|${NAMED_DATE})|${BARE_DATE}|${OPENING_DATE}`, "iu")],
  ["duration", new RegExp(String.raw`^\W*(?:for\s+)?how\s+long\b(?!\s+is\b.*\b(?:${LENGTH_UNIT})\b)|${HOW_MUCH_TIME.source}`, "i")],
  // "which texas city", "in which european capital", "near which taiwanese port", "aliyev was in what city": a place, past a word or two that say where.
  ["place", new RegExp(`^\\W*(?:where\\b|(?:(?:in|near|at|from|to) (?:which|what)|which|what) (?:[\\p{L}-]+\\s+){0,2}?(?:${PLACE_KIND_WORDS})\\b|on (?:which|what) (?:stock )?exchange\\b)`, "iu")],
  // "what is the name of ...", "what was the code name of ...", "whats it called", "used to be called wat", "what new corporate
  // name", "what did texaco and honeywell call their venture", "... be renamed": a name, of whatever kind.
  ["name", /\bwhat(?:['’]?s|\s+(?:is|was|are|were|will))?\s+(?:the\s+|its\s+|their\s+)?(?:[\p{L}-]+\s+)?name\s+(?:of|for)\b|\bwhat\s+(?:[\p{L}-]+\s+){0,2}?name\b|\bwhat\s+(?:did|do|does|will|would)\s+.+\s+call\s+(?:it|its|their|his|her|the)\b|\brenamed\W*$|\bunder\s+what\s+names?\b|^\W*name\s+of\b|\bcalled(?:\s+(?:what|wat|wut))?\W*$/iu],
  // A name typed bare, as a search is: "pactel chairman name pls", "us ambassador to armenia name".
  ["name", new RegExp(String.raw`${NO_QUESTION_WORD}.*\bname\W*(?:(?:pls|please)\W*)?$`, "iu")],
  // "what did the armenian premier say the kurds' spring festival stands for", "wat does newroz symbolize": what a thing means;
  // not what an abbreviation stands for ("what does FAON stand for"), a name, nor what something means for another. Cased as
  // typed, to tell an abbreviation by its capitals.
  ["meaning", /^\W*(?:[Ww]hat|[Ww]at|[Ww]ut)\b(?!.*\b\p{Lu}{2,}\s+stands?\s+for\b).*\b(?:stands?\s+for|represents?|symboli[sz]es?|means|mean(?!\s+for\b)|signif(?:y|ies)|embod(?:y|ies))\b(?!\s+for\b)/u],
];

const typeOf = (text: string) => (asksQuantity(text) && !HOW_MUCH_TIME.test(text) ? "quantity" : ASKS.find(([, asks]) => asks.test(text))?.[0]);

export function answerTypeOf(question: string): AnswerType | undefined {
  return typeOf(questionPartOf(question));
}

/** A lead-in that names a source or a setting before the question itself. */
const LEAD_IN = /^\W*(?:according to|per|as per|in|from|based on|regarding|about|on)\b[^,?]{0,80},/i;
const QUESTION_WORDS = "who|whom|whose|when|where|why|how|which|what";
/** A clause of time before the question proper: "when storms shut egypt's biggest port, how many tankers ...". */
const WHEN_CLAUSE = new RegExp(`^\\W*when\\b[^,?]{0,120},\\s*(?=(?:${QUESTION_WORDS})\\b)`, "i");
const STARTS_WITH_QUESTION_WORD = new RegExp(`^\\W*(?:${QUESTION_WORDS})`, "i");
const QUESTION_WORD = /\b(?:who|whom|when|where|why|how|which|what)\b/gi;

/**
 * The question proper in what was typed: the whole of it; or what follows a lead-in that
 * names a source or a setting ("According to the Azeri leader, on what date ...") or a time ("When
 * storms shut the port, how many tankers ..."); or, in
 * chat's fragments that put the question last ("aquino land reform how much money", "craxi
 * been italian pm since when", "did he say when"), the part from its last question word.
 */
function questionPartOf(question: string): string {
  // "When the Czech director general met Armenia's top diplomat, which EU deployment came up?" asks which, not when.
  const when = WHEN_CLAUSE.exec(question);
  if (when) return question.slice(when[0].length);
  if (typeOf(question)) return question;
  const lead = LEAD_IN.exec(question);
  if (lead && typeOf(question.slice(lead[0].length))) return question.slice(lead[0].length);
  // "what did they say about when ..." asks what was said.
  if (STARTS_WITH_QUESTION_WORD.test(question)) return question;
  // "roughly how long had the road been shut when ...": the first question word that asks for something, else the last.
  const words = [...question.matchAll(QUESTION_WORD)];
  const asking = [words[0], words.at(-1)].find((word) => word && typeOf(question.slice(word.index)));
  return asking ? question.slice(asking.index) : question;
}

/** A word that asks no question, of those typed before the one that does ("pashinyan newroz msg what ..."). */
const NOT_A_QUESTION_WORD = String.raw`(?!(?:what|when|where|why|how|which|who|whose)\b)`;

/**
 * "what did X <verb> ...": a question for what someone did, after the one who did it; in chat maybe after its topic, no
 * other question before it ("pashinyan newroz msg what did he wish the kurds").
 */
const WHAT_DID = new RegExp(String.raw`^\W*(?:${NOT_A_QUESTION_WORD}[\p{L}\d.&'’-]+\s+){0,6}?(?:(?:for|about|with|to|on|from|against|over)\s+)?what\s+(?:did|does|do|will|would|has|have|had)\s+(.+)$`, "iu");
/** Words between "what did" and the verb that belong to who did it ("armenia's deputy foreign minister"). */
const DOER_WORDS = new Set(["he", "she", "they", "it", "we", "the", "a", "an", "his", "her", "its", "their", "deputy", "foreign", "prime", "vice", "chief", "top", "former", "ex", "new", "acting", "finance", "defence", "defense", "trade", "economy", "interior", "state", "senior", "ministry", "military", "army", "government", "delegation", "delegates", "diplomat", "diplomats", "official", "officials", "analyst", "analysts", "board", "court", "committee", "council", "parliament", "articles", "reports", "stories", "people", "community", "team", "source", "mps", "fm", "mod", "monitoring", "mission", "group", "company", "firm", "maker", "agency", "industry", "union"]);
/** Verbs of saying, whose words are the speaker rule's to find, and of doing or happening, which name nothing a sentence holds. */
const SAYING_OR_DOING = new Set(["say", "said", "tell", "told", "state", "stated", "mean", "think", "do", "doing", "done", "happen", "happened"]);

/**
 * The verb of "what did X <verb> ..." as the question writes it ("what did pashinyan wish the
 * kurds": wish; "what did armenia's deputy foreign minister thank baghdad for": thank), read in
 * the question with its names' capitals; none for saying or doing, or where no verb stands out.
 */
export function verbAskedIn(cased: string): string | undefined {
  // After a lead-in that names a source: "according to the armenian prime minister, what does the holiday symbolise".
  const asked = cased.replace(LEAD_IN, "");
  const rest = WHAT_DID.exec(asked)?.[1];
  if (rest) return verbAfterDoer(rest)?.verb;
  // Chat's word order, the verb before "what": "newroz symbolizes what according to pashinyans msg".
  const before = VERB_THEN_WHAT.exec(asked)?.[1]?.toLowerCase();
  return before && toTerm(before) !== null && !SAYING_OR_DOING.has(before) && !NOT_VERBS_BEFORE_WHAT.has(before) ? before : undefined;
}

/**
 * A verb in the present's third person or the past, right before a "what" that ends the clause ("symbolizes what according
 * to ...", "said armenia suffers from what lol"), after a word or few and no question word; not a topic before a question of
 * its own ("russian peacekeepers what r they doing").
 */
const VERB_THEN_WHAT = new RegExp(
  String.raw`^\W*(?:${NOT_A_QUESTION_WORD}[\p{L}'’.&-]+\s+){1,5}?(\p{Ll}{3,}(?:es|s|ed))\s+(?:(?:from|of|with|about|on)\s+)?(?:what|wat)(?=\s*[?.!,]*\s*$|\s*,|\s+(?:according|in|for|to|on|at|after|before|during|from|again|now|then|exactly|lol)\b)`,
  "u",
);
/** Words in those forms that are no verb of what someone did: "is what", "says what", "news what". */
const NOT_VERBS_BEFORE_WHAT = new Set(["was", "has", "does", "is", "says", "news", "needs", "means", "thinks", "plans"]);

/** "did the netherlands expel ...", "has russia recalled ...": a question whose answer is yes or no, and what follows its auxiliary. */
const DID_IT = /^\W*(?:did|has|have|had)\s+(.+)$/iu;
/** Words between "did" and the verb that join those who did it ("did armenia n iraq ...", "mps n armenian dep fm") or say how ("did aliyev also meet ..."). */
const BEFORE_ACT = new Set(["and", "n", "&", "dep", "also", "ever", "really", "actually", "finally", "even", "already", "officially", "publicly", "formally", "just", "then"]);
/** Verbs that say little alone, which the articles put in other words: "did they talk abt ...", "bring up", "make money", "pay a divi". */
const LIGHT_VERBS = new Set(["talk", "bring", "make", "turn", "pay", "send", "lose", "get", "give", "take", "go", "come", "put", "keep", "see", "have", "let", "try", "use"]);

/**
 * The verb of a question answered yes or no, "did X <verb> ..." ("did the netherlands expel the azerbaijani ambassador":
 * expel), read in the question with its names' capitals; none for saying or doing, for a verb that says little alone,
 * or where no word stands before it as who did it ("did syntech make money": a name typed in lower case, no verb).
 */
export function actAskedIn(cased: string): string | undefined {
  // "did the ico end up agreeing ...": the act is what they ended up doing.
  const rest = DID_IT.exec(cased)?.[1]?.replace(/\bend(?:ed)?\s+up\s+/i, "");
  const found = rest ? verbAfterDoer(rest, BEFORE_ACT) : undefined;
  return found && found.at > 0 && !LIGHT_VERBS.has(found.verb) ? found.verb : undefined;
}

/** Words that make an office after them whom something is done to: "did russia recall its ambassador". */
const OWNERS = new Set(["its", "their", "his", "her", "our"]);

/**
 * The first word past who did it (its capitalised words, its office, the words of its office, and any of `skipped`), and
 * where it stands.
 */
function verbAfterDoer(rest: string, skipped: Set<string> = new Set()): { verb: string; at: number } | undefined {
  const words = tokenize(rest);
  const written = rest.split(/\s+/);
  const office = words.slice(0, 5).findIndex((word) => isOffice(word));
  // "its ambassador" is whom the verb before it is done to.
  const start = office === -1 || OWNERS.has(words[office - 1] ?? "") ? 0 : office + 1;
  for (let at = start; at < Math.min(words.length, 6); at++) {
    const word = words[at]!;
    const capitalised = written.some((w) => /^\p{Lu}/u.test(w) && w.toLowerCase().replace(/['’]s$/, "").replace(/[^\p{L}]/gu, "") === word);
    if (capitalised || DOER_WORDS.has(word) || isOffice(word) || skipped.has(word)) continue;
    return toTerm(word) === null || SAYING_OR_DOING.has(word) ? undefined : { verb: word, at };
  }
  return undefined;
}

/** "how much did vendo lose in q4", "how much will it earn": a company's result, asked by its verb. */
const RESULT_ASKED = /\bhow\s+much\s+(?:money\s+)?(?:did|does|do|will|would|has|have|had)\b[^?]*?\b(?:lose|lost|earn|earned|make|made)\b/i;

/** Whether the question asks for a company's result by its verb, a total of the results table ("Net loss 4,036,000 vs ..."). */
export function asksResult(question: string): boolean {
  return RESULT_ASKED.test(question) || WHAT_EARNED.test(question);
}

/** "who is managing ...", "which bank guarantees ...": the question word, and the words after it. */
const ASKS_DOER = /^\W*(who|which)(?:['’]s)?\s+(.*)$/iu;
/** A topic typed before "who", with no verb before it: "bfce eurobond who guarantees it", "mony funding 125 mln eurobond who guarntees it". */
const TOPIC_THEN_WHO = new RegExp(String.raw`^(?:(?!(?:what|when|where|why|how|which|whose|${AUXILIARY_VERBS}|said|says)\b)[\p{L}\d.&'’-]+\s+){1,6}?(who)\s+(.*)$`, "iu");
/** "scotia mortgage bond guaranteed by who": the verb done by whoever is asked for. */
const DONE_BY_WHO = /\b([\p{L}]+ed)\s+by\s+(?:who|whom)\b/iu;
const AUXILIARY = new Set(["is", "are", "was", "were", "will", "would", "has", "have", "had"]);
/** Words that start no verb of the doer's: "which bank did ..." asks for an object. */
const NOT_A_DOER_VERB = new Set(["did", "does", "do", "of", "in", "at", "for", "to", "from", "with", "on", "by", "the", "a", "an", "and", "or", "that", "who", "which", "be", "been", "being"]);

/**
 * The verb of "who <verb> ..." or "which X <verb> ..." as the question writes it ("which bank
 * guarantees the notes": guarantees; "who is managing the offering": managing), where the
 * question asks for who did it; none for saying or doing. Past "which" and one to four words
 * of what it asks for, a word written as a verb is (-s, -ed, -ing), or one after "is", "will"
 * and the like.
 */
export function doerVerbIn(question: string): string | undefined {
  // Chat puts the question after its topic ("bfce eurobond who guarantees it") or "who" after the verb ("guaranteed by who").
  const byWho = DONE_BY_WHO.exec(question)?.[1];
  if (byWho) return SAYING_OR_DOING.has(byWho.toLowerCase()) ? undefined : byWho.toLowerCase();
  const match = ASKS_DOER.exec(question) ?? TOPIC_THEN_WHO.exec(question);
  if (!match) return undefined;
  const who = match[1]!.toLowerCase() === "who";
  const words = match[2]!.toLowerCase().split(/\s+/).map((word) => word.replace(/[^\p{L}-]/gu, ""));
  const verbAt = (at: number): string | undefined => {
    const [word, next] = [words[at], words[at + 1]];
    if (word === undefined || NOT_A_DOER_VERB.has(word)) return undefined;
    // "which country is iran worried about": a country after "is" is no verb.
    if (AUXILIARY.has(word)) return next !== undefined && !NOT_A_DOER_VERB.has(next) && !AUXILIARY.has(next) && countryNamesOf(toTerm(next) ?? "").length === 0 ? next : undefined;
    return who || /(?:s|ed|ing)$/.test(word) ? word : undefined;
  };
  const starts = who ? [0] : [1, 2, 3, 4];
  for (const at of starts) {
    if (NOT_A_DOER_VERB.has(words[at - 1] ?? "")) return undefined;
    const verb = verbAt(at);
    if (verb !== undefined) return SAYING_OR_DOING.has(verb) || toTerm(verb) === null ? undefined : verb;
  }
  return undefined;
}

/** "when does the grains agreement expire", "when is the meeting expected to be held": what is dated, ending the question. */
const WHEN_LAST = new RegExp(String.raw`^\W*[Ww]hen\s+(?:${AUXILIARY_VERBS}|shall)\s+\S+(?:\s+\S+)*?\s+([\p{Ll}]+)\W*$`, "u");

/**
 * The verb that ends a "when" question ("When does the current U.S./USSR grains agreement
 * expire?": expire), whose sentence gives the date asked rather than another of the report's
 * dates: a word in lower case, in the question as cased, ending as verbs do ("expire", "held",
 * "start"); none where a name ends it ("when did the icj rule on Lachin"), or saying.
 */
export function whenVerbIn(cased: string): string | undefined {
  const last = WHEN_LAST.exec(cased)?.[1];
  if (last === undefined || toTerm(last) === null || SAYING_OR_DOING.has(last)) return undefined;
  return /(?:ed|en|e|t|n|d)$/.test(last) ? last : undefined;
}

/** "where did aliyev invite the karabakh armenians": what follows its auxiliary. */
const WHERE_DID = /^\W*[Ww]here\s+(?:did|does|do|will|would|has|have|had)\s+(.+)$/u;
/** "where was poehl when he hinted at lower german rates", "which city was aliyev in when he told ...": the verb of the act whose place is asked, saying too. */
const WHERE_WHEN = /^\W*(?:[Ww]here|[Ww](?:hich|hat)\s+(?:city|town|country|capital|place))\s+(?:was|were|is|are)\s+.+?\bwhen\s+[\p{L}-]+\s+(\p{Ll}+)/u;
/** "aliyev said good chance of peace w armenia - where was he": the saying first, then where its speaker was. */
const SAID_THEN_WHERE = /^\W*(?:[\p{L}-]+\s+){1,3}?(said|says|told|tells|announced|stated|declared|warned)\b.+\bwhere\s+(?:was|were|is|are)\s+(?:he|she|they)\W*$/iu;
/** "aliyev invited the karabakh armenian reps to come where exactly": chat's order, the act first, "where" last. */
const ACT_THEN_WHERE = /^\W*(?:[\p{L}-]+\s+){1,3}?(\p{Ll}{3,}ed)\s.*\bwhere(?:\s+exactly)?\W*$/u;

/**
 * The verb whose place a "where" question asks ("where did aliyev invite ...": invite; "where was
 * aliyev when he said ...": said), whose sentence gives the place rather than another the report names.
 */
export function whereVerbIn(cased: string): string | undefined {
  const rest = WHERE_DID.exec(cased)?.[1];
  if (rest) return verbAfterDoer(rest)?.verb;
  const verb = WHERE_WHEN.exec(cased)?.[1] ?? SAID_THEN_WHERE.exec(cased)?.[1]?.toLowerCase() ?? ACT_THEN_WHERE.exec(cased)?.[1];
  return verb && (toTerm(verb) !== null || SAYING_OR_DOING.has(verb)) ? verb : undefined;
}

/** Bodies that act as one, named by a common word: "armenia's parliament", "the court". */
const BODIES = "parliament|court|government|army|military|police|ministry|cabinet|senate|congress|assembly|legislature|lawmakers|regulators|shareholders|stockholders|voters|board|union|council|committee|commission";
/** "when did armenia's parliament vote ...", "did the court rule ...": the body said to have acted. */
const BODY_ACTED = new RegExp(`^\\W*(?:(?:when|where|how|why)\\s+)?(?:did|does|do|has|have|had|will|would)\\s+(?:(?:the|a|an|its|their|[\\p{L}-]+['’]s?|[\\p{L}-]+)\\s+){0,3}?(${BODIES})\\b`, "iu");

/** The body a question says acted ("parliament" in "when did armenia's parliament vote to ratify ..."), if any. */
export function actingBodyIn(question: string): string | undefined {
  return BODY_ACTED.exec(question)?.[1]?.toLowerCase();
}

/**
 * "who leads the karabakh armenian delegation ...", "who headed the czech side", "who commands the russian peacekeepers":
 * whose delegation, side, team or troops are led.
 */
const ASKS_LEADER = /^\W*who(?:['’]?s)?\s+(?:(?:is|was)\s+)?(?:leads|led|leading|heads|headed|heading|chairs|chaired|chairing|commands|commanded|commanding)\s+(?:the\s+)?((?:(?!(?:of|on|in|at|to|for|with|from|by)\b)[\p{L}'’-]+\s+){1,3}?)(?:delegation|side|team|negotiators|negotiating team|peacekeepers|peacekeeping force|troops|forces|contingent|army)s?\b/iu;

/**
 * "who represented the karabakh armenians at the khojaly meeting", "who did the karabakh armenians send to the talks": whose
 * side is asked for; not "who did pashinyan send greetings", which asks whom they went to.
 */
const ASKS_REPRESENTATIVE = /^\W*who(?:['’]?s)?\s+(?:(?:will\s+|would\s+)?(?:represent|represented|represents|spoke\s+for|speaks\s+for|negotiated\s+for)\s+(?:the\s+)?((?:[\p{L}'’-]+\s+){1,3}?)(?:at|in|during|on|if|when)\b|did\s+(?:the\s+)?((?:[\p{L}'’-]+\s+){1,3}?)send\s+to\b)/iu;

/** The words of whose delegation, side or team "who leads the X delegation" (or "who represented X at ...") asks the leader of, if it asks that. */
export function leaderAskedOf(question: string): string[] {
  const leader = ASKS_LEADER.exec(question);
  const representative = ASKS_REPRESENTATIVE.exec(question);
  const owner = leader?.[1] ?? representative?.[1] ?? representative?.[2];
  return owner ? analyze(owner) : [];
}

/** "who is buying X", "who bought X", "which company acquired X", "who's purchasing X", "who ended up buying X". */
const ASKS_BUYER =
  /^\W*(?:who|which\s+(?:[\p{L}-]+\s+){0,2}?(?:company|companies|firm|firms|group|bank|buyer|buyers|investor|investors))(?:['’]?s|\s+(?:is|are|was|were|will|would|has|have|had|did))?\s+(?:be\s+|been\s+|going\s+to\s+|gonna\s+|(?:end|ends|ended)\s+up\s+|(?:finally|eventually|ultimately)\s+)?(?:buy|buys|buying|bought|acquir\w*|purchas\w*)\b/iu;

/** Whether the question asks who is buying something. */
export function asksBuyer(question: string): boolean {
  return ASKS_BUYER.test(question);
}

/** A leaving asked about: "resign", "quit", "step down", "retire", "go out of business", "cease operations", "close its office". */
const LEAVING =
  /\b(?:resign\w*|quit(?:s|ting)?|step(?:s|ped|ping)?\s+down|retir(?:e|es|ed|ing)|leav(?:e|es|ing)|left|go(?:es|ne|ing)?\s+out\s+of\s+business|went\s+out\s+of\s+business|ceas(?:e|es|ed|ing)\s+operations|clos(?:e|es|ed|ing)|shut(?:s|ting)?(?:\s+down)?)\b/iu;

/** Whether the question asks why someone left a post or a business closed ("why did marvin griffin resign", "y did cemdac go out of business", "how come he quit"). */
export function asksWhyLeft(question: string): boolean {
  return /^\W*(?:why|y|how\s+come)\b/i.test(question) && LEAVING.test(question);
}

/** "which agreements did armenia and iraq sign", "what deals has X signed": the signers stand between the verb and "sign". */
const ASKS_SIGNED =
  /^\W*(?:what|which)\s+(?:[\p{L}-]+\s+){0,2}?(?:agreements?|deals?|contracts?|accords?|treaty|treaties|memorand\w*|documents?|pacts?)\s+(?:did|do|does|will|have|has|had)\s+([^,;?]+?)\s+sign(?:ed)?\b/iu;

/** The words naming who signed, where the question asks which agreements they signed ("armenia and iraq"), else undefined. */
export function signersAskedIn(question: string): string | undefined {
  return ASKS_SIGNED.exec(question)?.[1]?.toLowerCase();
}

/** "when was the lachin corridor reopened", "when did the blockade finally end": when something that went on stopped. */
const ASKS_WHEN_ENDED =
  /^\W*(?:when|on what (?:date|day)|what (?:date|day))\s+(?:did|was|were|has|had)\s+(?:[^,;?]+?\s+)?(?:finally\s+|eventually\s+|actually\s+)?(?<!\bto\s)(?:reopen|reopened|end|ended|lifted|lift|unblocked|unblock)\b/i;

/** Whether the question asks when something that went on ended, reopened or was lifted. */
export function asksWhenEnded(question: string): boolean {
  return ASKS_WHEN_ENDED.test(question);
}

/** What a question sets aside: "what fields besides economy", "apart from a treaty with yerevan, whats the second one". */
const SET_ASIDE = /\b(?:besides|apart\s+from|aside\s+from|other\s+than|except(?:\s+for)?|in\s+addition\s+to)\s+([^,;:?!.]+)/iu;
/** Words that may stand inside what is set aside ("the economy and education"). */
const INSIDE_SET_ASIDE = new Set(["the", "a", "an", "and", "its", "their", "his", "her"]);

/**
 * The terms of what a question sets aside, which the sentence answering it need not hold ("armenia czech talks what fields
 * besides economy": economy): the words after "besides" up to the first word that frames no part of it ("besides armenia
 * is against ...": armenia).
 */
export function setAsideIn(question: string): string[] {
  const phrase = SET_ASIDE.exec(question)?.[1];
  if (!phrase) return [];
  const words = tokenize(phrase);
  const end = words.findIndex((word, i) => i > 0 && isStopWord(word) && !INSIDE_SET_ASIDE.has(word));
  return analyze(words.slice(0, end === -1 ? words.length : end).join(" "));
}

/** "who is nikol pashinyan", "who's kvien?": who someone the question names is. */
const WHO_IS_NAMED = /^\W*who(?:\s+(?:is|was)|['’]?s)\s+(.+?)[\s?.!]*$/i;

/**
 * The name whose bearer "who is X" asks about, where X is a person's name the question gives and nothing more; else undefined.
 * Not an office named by its holder's body ("who is Coastal Corp's chairman"), which asks who holds it.
 */
export function identityAsked(question: string, names: readonly Name[]): Name | undefined {
  const named = WHO_IS_NAMED.exec(question)?.[1]?.toLowerCase();
  return named === undefined ? undefined : names.find((name) => name.name.toLowerCase() === named && !name.terms.some(isTitle));
}
