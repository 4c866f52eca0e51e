/**
 * Figures of money, shares and ratios that a question states ("its three-for-two split", "the
 * 500 mln dlr offering", "its 13 pct stake"), as values a passage must give to report on the
 * same thing: a passage on a two-for-one split or a 300 mln dlr offering does not. Counts
 * typed in digits are left alone ("the 2 approaches", "round 2", "9 month loss"): chat types
 * them for words, and the articles spell them.
 */
import { DATE_PATTERN } from "../corpus/dates.js";

export interface Figure {
  /** As written. */
  written: string;
  /** Its value as written, and scaled where a scale follows ("300 mln": 300 and 300e6). */
  values: number[];
  /** For a ratio ("three-for-two"), its two terms; values are then empty. */
  ratio?: [number, number];
}

const SCALES: Record<string, number> = { thousand: 1e3, mln: 1e6, million: 1e6, bln: 1e9, billion: 1e9, bn: 1e9, trillion: 1e12 };
const SPELLED: Record<string, number> = {
  ...{ one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10 },
  ...{ eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19, twenty: 20 },
  ...{ thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90 },
};
const SCALE = `(${Object.keys(SCALES).join("|")})\\b`;
/** What a figure the question states is of: money, a share. */
const UNIT = /^\s*(?:pct|percent|per\s+cent|dlrs?|dollars?|stg|sterling|pounds?|yen|marks|francs|cts|cents|lire|guilders|crowns)\b|^\s*%/i;
const CURRENCY_BEFORE = /[$£€¥]\s*$/;
const TERM = `\\d+|${Object.keys(SPELLED).join("|")}`;
/** A split ratio: "three-for-two", "2-for-1", "3 for 2". */
const RATIO = new RegExp(`\\b(${TERM})[-\\s]for[-\\s](${TERM})\\b`, "gi");
/** A number in digits or words ("a two dlr bonus"), with its fraction ("8-1/4", "8 1/4") and its scale ("300 mln", "one billion"). */
const NUMBER = new RegExp(`(?<![\\p{L}\\d.,/-])(\\d{1,3}(?:,\\d{3})+|\\d+(?:\\.\\d+)?|(?:${Object.keys(SPELLED).join("|")})\\b)(?:[-\\s](\\d)/(\\d{1,2}))?(?:\\s*${SCALE})?`, "giu");

const termValue = (term: string) => SPELLED[term.toLowerCase()] ?? Number(term);

/** Dates, years and times of day, however cased ("mar 25"); compiled once, as a pattern this long takes long to compile. */
const DATES = new RegExp(DATE_PATTERN.source, "gi");
/** The text with its dates, years and times of day blanked, which are numbers but no figures. */
const withoutDates = (text: string) => text.replace(DATES, (date) => " ".repeat(date.length));

/** Every figure in a text: ratios, and numbers with their scales. */
function figuresIn(text: string): (Figure & { unit: boolean })[] {
  const figures: (Figure & { unit: boolean })[] = [];
  const plain = withoutDates(text).replace(RATIO, (written, a: string, b: string) => {
    figures.push({ written, values: [], ratio: [termValue(a), termValue(b)], unit: true });
    return " ".repeat(written.length);
  });
  for (const match of plain.matchAll(NUMBER)) {
    const [written, number, whole, part, scale] = match;
    const value = termValue(number!.replace(/,/g, "")) + (whole ? Number(whole) / Number(part) : 0);
    const unit = Boolean(scale) || UNIT.test(plain.slice(match.index + written.length)) || CURRENCY_BEFORE.test(plain.slice(0, match.index));
    figures.push({ written: written.trim(), values: scale ? [value, value * SCALES[scale.toLowerCase()]!] : [value], unit });
  }
  return figures;
}

/** The figures of money, shares and ratios a question states. */
export function figuresStatedIn(question: string): Figure[] {
  return figuresIn(question)
    .filter((figure) => figure.unit)
    .map(({ written, values, ratio }) => (ratio ? { written, values, ratio } : { written, values }));
}

/** How far apart two values may be and still be the same figure, as people round it ("1.2 billion" for 1.16 billion). */
const ROUNDING = 0.05;

const near = (a: number, b: number) => Math.abs(a - b) <= ROUNDING * Math.max(Math.abs(a), Math.abs(b));

/** Whether the text gives the figure, in any of its forms ("1.3 mln" as "1,300,000", "three-for-two" as "3-for-2"). */
export function statesFigure(text: string, figure: Figure): boolean {
  return figuresIn(text).some((other) =>
    figure.ratio ? other.ratio !== undefined && other.ratio[0] === figure.ratio[0] && other.ratio[1] === figure.ratio[1] : other.values.some((value) => figure.values.some((asked) => near(value, asked))),
  );
}

/** What joins a count to the whole it is out of: "of the", "of its". */
const OUT_OF = String.raw`\s+of\s+(?:the|those|these|its|their|them|all)\s+`;
const OUT_OF_PATTERN = new RegExp(OUT_OF, "i");
/** A count out of a whole as the wire gives it: "Fourteen of the 40", "three of its 12 stores". */
const COUNT_OUT_OF = new RegExp(`${NUMBER.source}${OUT_OF}${NUMBER.source}`, "giu");
/** "how many of the 40 failures ...", "how many of its 12 stores ...": the whole a count is asked out of. */
const ASKS_OUT_OF = new RegExp(`\\bhow\\s+many\\s+of\\s+(?:the|those|these|its|their|his|her)\\s+(${NUMBER.source})`, "iu");

/** The whole a question asks a count out of ("how many of the 40 failures were in Texas": 40), if it asks one. */
export function wholeCountedIn(question: string): Figure | undefined {
  const written = ASKS_OUT_OF.exec(withoutDates(question))?.[1];
  const figure = written ? figuresIn(written)[0] : undefined;
  return figure && { written: figure.written, values: figure.values };
}

/** Whether the text gives a count out of that whole: "Fourteen of the 40 have been in Texas". */
export function countsOutOf(text: string, whole: Figure): boolean {
  return [...withoutDates(text).matchAll(COUNT_OUT_OF)].some((match) => {
    const [part, of] = match[0].split(OUT_OF_PATTERN) as [string, string];
    return statesFigure(of, whole) && !statesFigure(part, whole);
  });
}

/** Currencies a security may be issued in, each with the forms the wire writes it in. */
const CURRENCIES: [RegExp, RegExp][] = [
  [/yen/, /\byen\b/i],
  [/sterling|stg|pounds?/, /\b(?:stg|sterling|pounds?)\b/i],
  [/(?:d|deutsche\s*)?marks?|dm/, /\b(?:(?:d|deutsche\s*)?marks?|dm|dmk)\b/i],
  [/swiss\s+francs?|sfr/, /\bswiss\s+francs?\b|\bsfr\b/i],
  [/french\s+francs?|ffr/, /\bfrench\s+francs?\b|\bffr\b/i],
  [/ecus?/, /\becus?\b/i],
  [/lire|lira/, /\bli(?:re|ra)\b/i],
  [/guilders?/, /\bguilders?\b/i],
  [/australian\s+(?:dollars?|dlrs?)|aussie\s+(?:dollars?|dlrs?)/, /\baustralian\s+(?:dollars?|dlrs?)\b|\ba\$/i],
  [/canadian\s+(?:dollars?|dlrs?)/, /\bcanadian\s+(?:dollars?|dlrs?)\b|\bc\$/i],
  [/new\s+zealand\s+(?:dollars?|dlrs?)|nz\s+(?:dollars?|dlrs?)/, /\b(?:new\s+zealand|nz)\s+(?:dollars?|dlrs?)\b/i],
  [/(?:euro)?(?:dollars?|dlrs?)|us\s+(?:dollars?|dlrs?)/, /\b(?:euro)?(?:dollars?|dlrs?)\b|\$/i],
];
const CURRENCY_WORDS = CURRENCIES.map(([typed]) => typed.source).join("|");
/** A security named by its currency: "its yen eurobond", "a sterling issue", "mark five-year eurobond", "yen-denominated bonds". */
const SECURITY_IN_CURRENCY = new RegExp(`\\b(${CURRENCY_WORDS})(?:[-\\s]denominated)?\\s+(?:[\\p{L}\\d-]+\\s+){0,2}?(?:euro)?(?:bonds?|notes?|issues?|loans?|debentures?|offerings?|warrants?|paper|credits?|facilit(?:y|ies)|placements?)\\b`, "iu");

/** The currency a question says a security it names is in ("its yen eurobond": yen), as a pattern of the forms the wire writes it in; none when it names none. */
export function securityCurrencyIn(question: string): RegExp | undefined {
  const typed = SECURITY_IN_CURRENCY.exec(question)?.[1];
  return typed ? CURRENCIES.find(([pattern]) => new RegExp(`^(?:${pattern.source})$`, "i").test(typed))?.[1] : undefined;
}
