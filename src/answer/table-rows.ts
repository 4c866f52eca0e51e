/**
 * The rows of a newswire results table ("Shr 71 cts vs 43 cts", "Net 7,274,000 vs 4,447,000")
 * name neither the company nor the period they are for: the headline does ("Danaher Corp <dhr>
 * 4th Qtr Net"), and for the rows under a period heading ("Year", "Nine mths", "1st half") the
 * heading does. A row is read with them, and shown with its period where the table has several.
 */
import { partsOfYearIn, type PartOfYear } from "../corpus/dates.js";
import { analyze } from "../index/analyzer.js";
import { articleDatelineOf } from "../corpus/dateline.js";

/** A row of the table, or a sentence of the note under it ("NOTE: Company went public in October 1986."), which speaks of the headline's company as the rows do. */
export interface TableRow {
  /** The period the row is for, as the headline or its heading writes it ("4th Qtr", "Year"), where the table gives several. */
  period: string | undefined;
  /** The terms of the company and the period the row is for. */
  terms: string[];
  /** A sentence of the note, not a row. */
  note: boolean;
}

/** "Revs 44.0 mln vs 41.4 mln", "Qtly div 12-1/2 cts vs 12-1/2 cts prior": a figure against last period's, in few words. */
const ROW = /^(?=.*\d)(?=.*\bvs\b)\S+(?:\s+\S+){1,11}$/i;
/**
 * A dividend's dates under its row ("Qtly div 55 cts vs 55 cts prior" / "Pay May one" / "Record April three"),
 * read in the words askers use for them: "payable", "paid"; "holders of record", "shareholders on the books".
 */
const DIVIDEND_DATE = /^(pay(?:able)?|re?cord)\s+(?!.*\bvs\b)\p{L}+\.?\s+[\p{L}\p{N}]+$/iu;
/** The kind of a dividend's date row by its first word, as the wire sometimes misspells it ("Rcord March 20"). */
const dividendDateKind = (word: string) => (/^re?cord$/i.test(word) ? "record" : word.toLowerCase());
const DIVIDEND_DATE_TERMS: Record<string, string[]> = { pay: analyze("payable paid"), payable: analyze("pay paid"), record: analyze("holders shareholders stockholders books") };
/** "Qtly div 21 cts vs 16-1/4 cts prior": the dividend, which askers call a payout or a payment to shareholders. */
const DIVIDEND_ROW = /^(?:\S+\s+){0,2}div(?:idends?|s)?\b/i;
const DIVIDEND_TERMS = analyze("payout payment");
/** "Revs 11.2 mln vs 204,000", "Sales 4,857,000 vs ...": what a company took in, which askers call its turnover, sales or revenue. */
const TAKINGS_ROW = /^(?:\S+\s+)?(?:revs?|revenues?|sales)\b/i;
const TAKINGS_TERMS = analyze("turnover revenue sales");
/** Whether a sentence is a dividend's record date ("Record Jan 20"), that says who gets it. */
export function isRecordDateRow(sentence: string): boolean {
  const kind = DIVIDEND_DATE.exec(sentence.trim())?.[1];
  return kind !== undefined && dividendDateKind(kind) === "record";
}
/** "Loss 54.9 mln", "Revs 27.2 mln": a result where the wire has none of the year before to set against it. */
const FIGURE_ALONE = /^(?:shr|net|loss|profit|revs?|revenues?|sales)(?:\s+(?:loss|profit|income))?\s+\d[\d,.]*(?:\s+(?:mln|billion|dlrs|cts))?$/i;
/** The words of a period as askers write it: a whole year is "annual" or "yearly" too ("premdor's annual income": "[YEAR] Net 5,300,000 vs ..."). */
function periodTermsOf(label: string): string[] {
  return WHOLE_YEAR_LABEL.test(label.trim()) ? [...analyze(label), ...analyze("annual yearly")] : analyze(label);
}
/** "Year", "12 mths", "1st half": a short line that no sentence ends, names a period, and after which rows follow ("Shr not given" names none). */
const HEADING = /^[\p{L}\p{N}-]+(?:\s+[\p{L}\p{N}-]+){0,2}$/u;
const PERIOD_WORD = /\b(?:year|yr|qtr|quarter|half|mths|months|weeks|wks)\b/i;
/** "NOTE: Current year includes ...", "Note - Results restated ...": the table's footnote, which runs on to the next row or the passage's end. */
const NOTE = /^note\b/i;
/** The period a results headline is for. */
const HEADLINE_PERIOD = /\b(?:(?:1st|2nd|3rd|4th|first|second|third|fourth)\s+(?:qtr|quarter)|(?:1st|2nd|first|second)\s+half|(?:three|six|nine|3|6|9|12)\s+(?:mths|months)|year)\b/i;

/**
 * For each sentence of a passage (its text without dateline), the table row it is, if any, and
 * which sentences are period headings, no sentences of their own. `opensArticle`: the passage is
 * the article's first, so rows before any heading are the headline's period; in a later passage
 * they go on from a heading it does not hold. Rows and notes are read with the headline's company and
 * the place the dateline of the article's `lead` (its first paragraph) gives, which are all that tell whose figures they
 * are ("the Chevy Chase insurer": "CHEVY CHASE, Md., March 4 - Qtrly div ...").
 */
export function tableRowsOf(sentences: string[], headline: string, opensArticle: boolean, lead = ""): { rows: (TableRow | undefined)[]; headings: Set<number> } {
  const rows: (TableRow | undefined)[] = sentences.map(() => undefined);
  const isRow = (i: number) => i < sentences.length && (ROW.test(sentences[i]!.trim()) || FIGURE_ALONE.test(sentences[i]!.trim()));
  // Most passages hold no table: their headline is not read.
  if (!sentences.some((_, i) => isRow(i))) return { rows, headings: new Set() };
  const headlinePeriod = HEADLINE_PERIOD.exec(headline)?.[0];
  const periodTerms = new Set(headlinePeriod ? periodTermsOf(headlinePeriod) : []);
  const dateline = articleDatelineOf(lead);
  const filedFrom = dateline ? `${dateline.place} ${dateline.region ?? ""}` : "";
  const company = [...analyze(headline).filter((term) => !periodTerms.has(term)), ...analyze(filedFrom)];
  let period = opensArticle ? headlinePeriod : undefined;
  let periodWords = opensArticle ? [...periodTerms] : [];
  const headings = new Set<number>();
  let inTable = false;
  let inNote = false;
  let datesOfDividend = false;
  sentences.forEach((sentence, i) => {
    const text = sentence.trim();
    // A note may stand between the heading and its rows ("Year" / "Shr not given" / "Oper loss 21.7 mln vs ...").
    if (HEADING.test(text) && PERIOD_WORD.test(text) && (isRow(i + 1) || isRow(i + 2))) {
      period = text;
      periodWords = periodTermsOf(text);
      headings.add(i);
      return;
    }
    if (isRow(i)) {
      inTable = true;
      inNote = false;
      const askersWords = DIVIDEND_ROW.test(text) ? DIVIDEND_TERMS : TAKINGS_ROW.test(text) ? TAKINGS_TERMS : [];
      rows[i] = { period, terms: [...company, ...periodWords, ...askersWords], note: false };
      return;
    }
    const dividendDate = inTable || datesOfDividend ? DIVIDEND_DATE.exec(text) : null;
    datesOfDividend = dividendDate !== null;
    if (dividendDate) {
      // The table ends there: the wire's note under the dates ("Note: 1986 payout includes ...") is read as prose, as it was.
      inTable = false;
      // Not with the company: a line so short would come before the figure asked for ("what per-share payout": "Pay May 25").
      rows[i] = { period: undefined, terms: DIVIDEND_DATE_TERMS[dividendDateKind(dividendDate[1]!)]!, note: false };
      return;
    }
    if (inTable && !(HEADING.test(text) && isRow(i + 1))) {
      // Prose after the table ("NOTE: ...") ends it; a short note before more rows ("Shr not given") does not.
      inTable = false;
      inNote = NOTE.test(text);
      period = undefined;
      periodWords = [];
    }
    if (inNote) rows[i] = { period: undefined, terms: company, note: true };
  });
  // One period only: the headline says which, and the rows need no label.
  return { rows: headings.size === 0 ? rows.map((row) => row && { ...row, period: undefined }) : rows, headings };
}

/** A row as quoted, with its period where its table has several: "[Year] Shr profit 27 cts vs profit 76 cts". */
export function quotedRow(text: string, row: TableRow | undefined): string {
  return row?.period ? `[${row.period}] ${text}` : text;
}

/** The period's label of a row as `quotedRow` writes it. */
const QUOTED_PERIOD = /^\[([^\]]+)\]\s/;
/** The labels of a whole year's rows: "Year", "12 mths", "52 wks". */
const WHOLE_YEAR_LABEL = /^(?:(?:full\s+)?(?:year|yr)|(?:12|twelve)\s+(?:mths|months)|(?:52|53)\s+(?:wks|weeks))$/i;

/** Whether a quote is a row of its table's whole year ("[Year] Net loss 4,693,000 vs loss 672,000"). */
export function isWholeYearRow(sentence: string): boolean {
  const label = QUOTED_PERIOD.exec(sentence)?.[1];
  return label !== undefined && WHOLE_YEAR_LABEL.test(label.trim());
}
/** "Year-to-date, Chrysler said ...", "sales so far this year", "sales since the beginning of the year": a sum of the year's months. */
const YEAR_TO_DATE = /\byear[\s-]+to[\s-]+date\b|\bso far (?:this|in the) year\b|\bsince the (?:beginning|start) of the year\b/i;
/** A result against last period's, in a row or a short sentence: "Group profit after net financial items - 133.5 mln crowns vs 101 mln." */
const RESULT_AGAINST_LAST = /^(?=.*\d)(?=.*\bvs\b)\S+(?:\s+\S+){1,15}$/i;
/** A headline of a whole year's results: "<George Weston Ltd> Year Net", "Zarvo Corp 1986 Yr Net". */
const YEAR_HEADLINE = /\b(?:year|yr)\b/i;

/**
 * Whether a results table's row, unlabelled as a table of one period leaves it, is for another period than a part
 * of the year asked: the headline's ("<George Weston Ltd> Year Net" gives no fourth quarter's net).
 */
export function rowOfOtherPeriod(sentence: string, headline: string, asked: PartOfYear[]): boolean {
  const row = sentence.trim();
  if (asked.length === 0 || QUOTED_PERIOD.test(row) || !(RESULT_AGAINST_LAST.test(row) || FIGURE_ALONE.test(row))) return false;
  if (partsOfYearIn(headline).length > 0) return !namesPartAsked(headline, asked);
  return YEAR_HEADLINE.test(headline);
}

/**
 * Whether a results table's row is labelled with a part of the year, which gives no whole year's figure ("[3rd Qtr] Net
 * 2,867,000 vs 1,208,000", "[Nine mths] Net ..."). Not an unlabelled row under a quarter's headline: "Biomedical Dynamics
 * 4th Qtr Net" tables the year's rows unlabelled beside the quarter's "[4th Qtr]" ones.
 */
export function rowOfPartOfYear(sentence: string): boolean {
  const row = sentence.trim();
  return QUOTED_PERIOD.test(row) && !isWholeYearRow(row);
}

/** Whether a text names a quarter, half or month among those asked. */
function namesPartAsked(text: string, asked: PartOfYear[]): boolean {
  return partsOfYearIn(text).some((part) => asked.some((want) => want.kind === part.kind && want.which === part.which));
}

/**
 * Whether a sentence gives its figure for another period than every quarter, half or month
 * asked: a row labelled with another ("[Year] Shr profit 27 cts" gives no fourth quarter's,
 * though its table's "[4th Qtr]" rows may not give one), or the year to date ("Year-to-date,
 * ... truck production totalled 39,834" gives no February's) where it names no part asked.
 */
export function figureOfOtherPeriod(sentence: string, asked: PartOfYear[]): boolean {
  if (asked.length === 0) return false;
  const label = QUOTED_PERIOD.exec(sentence)?.[1];
  if (label !== undefined) return !namesPartAsked(label, asked);
  return YEAR_TO_DATE.test(sentence) && !namesPartAsked(sentence, asked);
}
