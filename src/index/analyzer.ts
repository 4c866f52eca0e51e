/**
 * The lexical analyzer shared by the BM25 index, query scoring and answer extraction:
 * lower case, accents folded, English stop words dropped, British spellings made American
 * ("recognise", "defence", "harbour": the stemmer keeps them apart from "recognized", "defense",
 * "harbor"), Porter2 (Snowball English) stemming, which beat the original Porter stemmer on
 * SciFact (doc-level BM25 nDCG@10 0.683 -> 0.687).
 */
import spelling from "american-english";
import { stem } from "porter2";
import { eng } from "stopword";

/** "when'd", "who'll", "where're": a word and its contracted verb. */
const CONTRACTION = /^(\p{L}+)['’](?:d|ll|re|ve|m)$/u;
/**
 * A verb's negation, as written ("didn't", "can't") or as chat types it ("dont", "doesnt"): "not", the word the
 * articles write it with ("does not believe").
 */
const NEGATED = /^(?:do|does|did|is|are|was|were|has|have|had|wo|would|ca|could|should|must|need)n['’]?t$|^cannot$/;

/** Chat's asides, which never say what a question is about ("lol", "tbh", "rn"). */
const CHAT_ASIDES = ["lol", "lmao", "tbh", "imo", "imho", "btw", "fyi", "ngl", "smh", "rn", "nah", "pls", "plz", "idk", "iirc", "afaik", "ok", "okay"];
// Words that frame a question without saying what it is about ("Why does ...", "What did X
// say", "What happened ..."), missing from the list.
// The pronouns of a woman, which the list leaves out as it does not those of a man: "what did she say" is about no "She".
const STOP_WORDS = new Set([...eng, ...CHAT_ASIDES, "she", "hers", "herself", "why", "when", "whom", "whose", "does", "say", "says", "happen", "happens", "happened", "happening"]);
// Letters with dots ("U.S.", "U.K.", "e.g.") are one word, the one typed without them ("US").
const WORD = /(?:\p{L}\.){2,}|[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu;
const DOT = /\./g;

function fold(text: string): string {
  return text.normalize("NFKD").replace(/\p{M}/gu, "");
}

/** "Baku's" -> "Baku", "Armenians’" -> "Armenians". */
export function withoutPossessive(word: string): string {
  return word.replace(/['’]s?$/, "");
}

/** Words as they stand in the text, lower-cased and accent-folded, stop words included. */
export function tokenize(text: string): string[] {
  return (fold(text).toLowerCase().match(WORD) ?? []).map((word) => withoutPossessive(word).replace(DOT, ""));
}

/** The words of a text as written, with their offsets. */
export function wordsOf(text: string): { word: string; start: number; end: number }[] {
  return [...text.matchAll(WORD)].map((match) => ({ word: match[0], start: match.index, end: match.index + match[0].length }));
}

/** A word as written to its index term, or null for a stop word ("Baku's" -> "baku"). */
export function termOf(word: string): string | null {
  return toTerm(fold(withoutPossessive(word)).toLowerCase().replace(DOT, ""));
}

/** Bumped whenever the terms the lexical index holds change (the analyzer, or what it reads: abbreviations' other forms since 7, newswire shorthand since 8, dotted letters as one word since 9, chat shorthand since 10, more of it and chat's asides since 11, one-letter shorthand since 12, "ok" as an aside since 13, "re" and "ambo" since 14, "assn", "exec" and others since 15, "whats" and its kind since 16, not "n" since 18, "mtg", "prez" and others since 19, British spellings made American since 20, "rev" and "q1" to "q4" since 21, "eps" since 22, "bros" since 23, "mth" since 24, "div" and "qtly" since 25, months shortened since 26, "she" since 27, a negation as "not" since 28, "cos" since 29, "max" since 30, "rep" and "reps" since 32), so stored lexical indexes are rebuilt. */
export const ANALYZER_VERSION = 32;

/**
 * Shorthand, read as the words it stands for: the newswire's ("4th qtr net" is the fourth
 * quarter's net) and chat's ("how many ppl", "the govt").
 */
const SHORTHAND = new Map(
  Object.entries({
    qtr: "quarter",
    qtrs: "quarters",
    "1st": "first",
    "2nd": "second",
    "3rd": "third",
    "4th": "fourth",
    shr: "share",
    shrs: "shares",
    mln: "million",
    bln: "billion",
    dlr: "dollar",
    dlrs: "dollars",
    pct: "percent",
    // "Salomon Bros", "edison bros feb sales": the firm's "Brothers".
    bros: "brothers",
    // "Annual div six dlrs vs 12 dlrs prior", "Qtly div 27 cts vs 27 cts prior qtr".
    div: "dividend",
    divs: "dividends",
    // Chat's "jp morgan qtrly divvy".
    divvy: "dividend",
    divvies: "dividends",
    qtly: "quarterly",
    qtrly: "quarterly",
    revs: "revenues",
    rev: "revenue",
    // "q4 net": the quarter's; which quarter the headline or the table says ("4th Qtr").
    q1: "quarter",
    q2: "quarter",
    q3: "quarter",
    q4: "quarter",
    // "intermedics q1 eps": earnings per share, the results table's "Shr" row.
    eps: "share",
    mths: "months",
    mth: "month",
    avg: "average",
    // "raised buyback max to how many shares": not a Max.
    max: "maximum",
    oper: "operating",
    ppl: "people",
    govt: "government",
    yr: "year",
    yrs: "years",
    intl: "international",
    dept: "department",
    mgmt: "management",
    thru: "through",
    bc: "because",
    cuz: "because",
    tho: "though",
    abt: "about",
    acc: "according",
    amb: "ambassador",
    ambo: "ambassador",
    assn: "association",
    assoc: "association",
    exec: "executive",
    execs: "executives",
    mgr: "manager",
    govts: "governments",
    re: "about",
    pres: "president",
    gov: "government",
    natl: "national",
    bn: "billion",
    mkt: "market",
    biz: "business",
    wat: "what",
    wut: "what",
    wht: "what",
    rep: "representative",
    reps: "representatives",
    msg: "message",
    msgs: "messages",
    b4: "before",
    ur: "your",
    u: "you",
    r: "are",
    w: "with",
    y: "why",
    hw: "how",
    whos: "who",
    mtg: "meeting",
    mtgs: "meetings",
    grp: "group",
    // "foreign oil cos": companies, as in a firm's name ("United Cos Financial Corp").
    cos: "companies",
    wk: "week",
    wks: "weeks",
    prez: "president",
    acct: "account",
    econ: "economy",
    admin: "administration",
    btwn: "between",
    til: "until",
    tmrw: "tomorrow",
    tmr: "tomorrow",
    yday: "yesterday",
    thurs: "thursday",
    hq: "headquarters",
    usd: "dollars",
    wld: "would",
    wud: "would",
    gonna: "going",
    smth: "something",
    // Contractions typed without their apostrophe ("whats going on"), else stemmed to a rare word.
    whats: "what",
    wheres: "where",
    whens: "when",
    hows: "how",
    whys: "why",
    thats: "that",
    theres: "there",
  }),
);

/**
 * Months as the wire and chat shorten them ("Year Dec 31 Net", "GNP rose in Oct/Dec", "japan profits oct-dec qtr"), read as
 * written out; not "Jan", a name as often ("Jan Lipavsky"), whose name would then be read as known by January's.
 */
const MONTHS_SHORT = new Map(
  Object.entries({ feb: "february", mar: "march", apr: "april", jun: "june", jul: "july", aug: "august", sep: "september", sept: "september", oct: "october", nov: "november", dec: "december" }),
);

/** Whether a word is shorthand for another ("ppl", "qtr"): a common word, never a name. */
export function isShorthand(word: string): boolean {
  return SHORTHAND.has(word.toLowerCase());
}

/** A word with its shorthand spelled out ("ppl" -> "people"). */
export function spelledOut(word: string): string {
  return SHORTHAND.get(word.toLowerCase()) ?? word;
}

/**
 * The word a token stands for before stemming: shorthand spelled out ("abt": about), and a stop
 * word's contraction as the stop word ("when'd": when), so that both are stop words too.
 */
function spelledWord(token: string): string {
  const spelled = SHORTHAND.get(token) ?? MONTHS_SHORT.get(token);
  if (spelled !== undefined) return spelled;
  if (NEGATED.test(token)) return "not";
  return token.includes("'") || token.includes("’") ? token.replace(CONTRACTION, (whole, base: string) => (STOP_WORDS.has(base) ? base : whole)) : token;
}

const isStopWordSpelled = (word: string) => STOP_WORDS.has(word) || word.length === 0;

/** Whether a token is a stop word, which has no index term; cheaper than `toTerm`, which stems. */
export function isStopWord(token: string): boolean {
  return isStopWordSpelled(spelledWord(token));
}

const AMERICAN = new Map(Object.entries(spelling.us_spelling));

/** One token to its index term, or null for a stop word. */
export function toTerm(token: string): string | null {
  const word = spelledWord(token);
  return isStopWordSpelled(word) ? null : stem(AMERICAN.get(word) ?? word);
}

/** The index terms of a text, in order, repeats kept. */
export function analyze(text: string): string[] {
  return analyzeWith(text, toTerm);
}

/** As `analyze`, with tokens made terms by `termOf` (one that remembers them, say). */
export function analyzeWith(text: string, termOf: (token: string) => string | null): string[] {
  return tokenize(text).flatMap((token) => termOf(token) ?? []);
}
