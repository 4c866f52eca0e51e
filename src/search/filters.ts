import { dateSpan } from "../corpus/dates.js";
import type { ArticleRecord } from "../index/corpus-index.js";
import type { RowSet } from "../index/vector-index.js";
import { escapeRegExp } from "../util/regexp.js";

export interface SearchFilters {
  /** Outlet name, matched without regard to case. */
  outlet?: string;
  /** Earliest day, "YYYY-MM-DD" (inclusive). */
  after?: string;
  /** Latest day, "YYYY-MM-DD" (inclusive). */
  before?: string;
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** The first of `after` / `before` that is not a real day written YYYY-MM-DD, if any. */
export function invalidDateFilter(filters: SearchFilters): "after" | "before" | undefined {
  return (["after", "before"] as const).find((name) => {
    const value = filters[name];
    return value !== undefined && (!DAY.test(value) || Number.isNaN(Date.parse(value)));
  });
}

/**
 * The one outlet a question names ("according to Global Comment", "the blitz piece"), of the
 * articles' outlets; none where it names none or several ("in the Global Comment piece and in
 * the JAMnews report"), or where all the articles are of one outlet, which names nothing apart.
 */
export function outletNamedIn(question: string, outlets: readonly string[]): string | undefined {
  if (outlets.length < 2) return undefined;
  const named = outlets.filter((outlet) => outletPattern(outlet).test(question));
  return named.length === 1 ? named[0] : undefined;
}

/**
 * Whether the question names the outlet as its source ("according to the global comment op-ed", "per TASS", "in the blitz
 * piece"), which answers it; not as a doer ("who did tass quote"), whose words another report may give.
 */
export function outletAsSourceIn(question: string, outlet: string): boolean {
  return new RegExp(`\\b(?:${SOURCE_WORDS})\\s+(?:(?:the|that|this)\\s+)?${outletPattern(outlet).source}`, "iu").test(question);
}
/** The words that name a source after them, as a pattern's alternatives: "according to", "per", "in", "from", "based on". */
export const SOURCE_WORDS = String.raw`according\s+to|acc(?:\.|ording)?\s+to|per|in|from|going\s+by|based\s+on`;

/** The text without the outlet's name: "what did tass report" asks for TASS's articles, not those that name it. */
export function withoutOutletNamed(text: string, outlet: string): string {
  return text.replace(new RegExp(outletPattern(outlet).source, "giu"), " ").replace(/\s+/g, " ").trim();
}

/** Each outlet's pattern, compiled once: a feed-fed corpus has dozens of outlets, asked about with every question. */
const OUTLET_PATTERNS = new Map<string, RegExp>();

function outletPattern(outlet: string): RegExp {
  let pattern = OUTLET_PATTERNS.get(outlet);
  if (!pattern) OUTLET_PATTERNS.set(outlet, (pattern = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(outlet)}(?![\\p{L}\\p{N}])`, "iu")));
  return pattern;
}

export function hasFilters(filters: SearchFilters | undefined): filters is SearchFilters {
  return Boolean(filters && (filters.outlet || filters.after || filters.before));
}

/** What the filters read of an article: its outlet in lower case, and the first and last day its date may stand for. */
interface FilterFields {
  outlet: string | undefined;
  first: string | undefined;
  last: string | undefined;
}

function fieldsOf(article: ArticleRecord): FilterFields {
  const span = article.date ? dateSpan(article.date) : undefined;
  return { outlet: article.outlet?.toLowerCase(), first: span?.first, last: span?.last };
}

/**
 * Whether an article passes the filters, the outlet given in lower case. A date known only to
 * the month passes a date filter when any day of that month would; an article with no date
 * never does.
 */
function fieldsPass(fields: FilterFields, { outlet, after, before }: SearchFilters): boolean {
  if (outlet && fields.outlet !== outlet) return false;
  if (after || before) {
    if (!fields.first || !fields.last) return false;
    if (after && fields.last < after) return false;
    if (before && fields.first > before) return false;
  }
  return true;
}

/** Whether an article's date lies wholly within the filters' dates: one known only to the month is not within a day of it. */
export function datedWithin(article: ArticleRecord, { after, before }: SearchFilters): boolean {
  const { first, last } = fieldsOf(article);
  return first !== undefined && last !== undefined && (!after || first >= after) && (!before || last <= before);
}

/** Whether an article passes the filters. */
export function articlePasses(article: ArticleRecord, filters: SearchFilters): boolean {
  return fieldsPass(fieldsOf(article), { ...filters, outlet: filters.outlet?.toLowerCase() });
}

/**
 * The rows of an index's chunks that pass filters. What the filters read of each chunk's
 * article is worked out once, so that a filter is one pass over the rows: at 100,000 articles,
 * reading every article's date again for each question took most of a filtered answer's time.
 */
export class RowFilters {
  private readonly fields: FilterFields[];

  constructor(chunks: readonly { articleId: string }[], articles: ReadonlyMap<string, ArticleRecord>) {
    const byArticle = new Map<string, FilterFields>();
    this.fields = chunks.map(({ articleId }) => {
      let fields = byArticle.get(articleId);
      if (!fields) byArticle.set(articleId, (fields = fieldsOf(articles.get(articleId)!)));
      return fields;
    });
  }

  passing(filters: SearchFilters): RowSet {
    const asked = { ...filters, outlet: filters.outlet?.toLowerCase() };
    const passes = new Uint8Array(this.fields.length);
    const rows: number[] = [];
    this.fields.forEach((fields, row) => {
      if (!fieldsPass(fields, asked)) return;
      passes[row] = 1;
      rows.push(row);
    });
    return { rows: Uint32Array.from(rows), has: (row) => passes[row] === 1 };
  }
}
