/**
 * A question that lists what it asks about, after a heading ("telecom news roundup: ac teleconnect canada calls, ericsson
 * bundespost order, japan international telecom merger", "which companies got bids: cyclops, spendthrift farm, grant
 * industries", "how did the retailers do (zayre, charming shoppes, kay jewelers)") or before a short question ("nyse
 * triple witching rules and american adventure's listing exception - what happened"), asks of each item apart: each
 * may be a story of its own, which one search for all of them together seldom finds.
 */

export interface ListedItems {
  /** What is asked of every item ("telecom news roundup", "which companies got bids"). */
  head: string;
  /** The items, as typed ("ac teleconnect canada calls", "ericsson bundespost order", ...). */
  items: string[];
}

/** A colon before words (not a time's, "10:30"), or a dash with a space either side. */
const HEADING_END = /:\s+|\s+[-–—]+\s+/;
const IN_PARENTHESES = /^(.+?)\s*\(([^()]+)\)\s*[?.!]*$/;
/**
 * What parts a list: commas, semicolons, "and", a spaced "&" or "+" ("S&P" is one name), and "or" after commas ("holly
 * sugar, atlantic city electric or franklin utilities"): alone, "or" offers a choice ("surplus or deficit").
 */
const ITEM_BREAK = /\s*[,;]\s*|\s+(?:and|&|\+)\s+/i;
const ITEM_BREAK_AFTER_COMMAS = /\s*[,;]\s*|\s+(?:and|or|&|\+)\s+/i;
/** A list opens on a thing named, not on a verb that asks ("- do aliyev's account and the jamnews report agree"). */
const OPENS_A_QUESTION = /^(?:do|does|did|is|are|was|were|can|could|should|would|will|has|have|had)\b/i;
/** A name that joins a word to itself is one item ("johnson and johnson"); its spaces are kept apart while the list is parted. */
const NAME_OF_TWINS = /\b(\p{L}+)\s+(?:and|&)\s+\1\b/giu;
const KEPT_SPACE = "\u0000";
/** A list's loose end ("jobs, interest rates etc"). */
const LOOSE_END = /\s*\b(?:etc\.?|and so on|and (?:the )?like|and more)\s*$/i;
/** An item that asks something is a second question, not an item ("- where and when", "- bought from who and how many tons"). */
const ASKS = /\b(?:who|whom|whose|what|whats|when|where|why|how|which|whether)\b/i;
/** Longer than this, an item is a clause of its own, not a thing named. */
const MAX_ITEM_WORDS = 8;
/**
 * A short question after a list asks it of every item: "what happened", or one that compares items listed with commas
 * ("quadrex, scientific systems and campbell resources results - which made a profit"). After two things joined by "and"
 * it may as well ask of one thing ("armenia's meetings with the iraqi and czech delegations - who met whom").
 */
const MAX_TAIL_WORDS = 4;
const ASKS_WHAT_HAPPENED = /^(?:so )?what(?:'s|s| is| was)? ?(?:happened|happening|going on|new|the news|the story|up)\b/i;

/** The items of a list, if the text is one: two or more, none a question of its own. */
function itemsOf(text: string): string[] | undefined {
  if (OPENS_A_QUESTION.test(text.trim())) return undefined;
  const items = text
    .replace(/[?.!]+$/, "")
    .replace(LOOSE_END, "")
    .replace(NAME_OF_TWINS, (twins) => twins.replace(/\s+/g, KEPT_SPACE))
    .split(/[,;]/.test(text) ? ITEM_BREAK_AFTER_COMMAS : ITEM_BREAK)
    .map((item) => item.trim())
    .map((item) => item.replaceAll(KEPT_SPACE, " "))
    .filter((item) => item.length > 0);
  const named = (item: string) => !ASKS.test(item) && item.split(/\s+/).length <= MAX_ITEM_WORDS && /\p{L}{2}/u.test(item);
  return items.length >= 2 && items.every(named) ? items : undefined;
}

/** The heading and items of a question that lists what it asks about, or undefined. */
export function listedItemsOf(question: string): ListedItems | undefined {
  const text = question.trim();
  const parenthesised = IN_PARENTHESES.exec(text);
  if (parenthesised) {
    const items = itemsOf(parenthesised[2]!);
    if (items) return { head: parenthesised[1]!, items };
  }
  const end = HEADING_END.exec(text);
  if (!end || end.index === 0) return undefined;
  const before = text.slice(0, end.index);
  // Up to a second heading's end ("japan's problems - jobs, rates etc - from the march reports"), whose words frame the list.
  const after = text.slice(end.index + end[0].length);
  const next = HEADING_END.exec(after);
  const listed = next ? after.slice(0, next.index) : after;
  const trailer = next ? after.slice(next.index + next[0].length) : "";
  const items = itemsOf(listed);
  if (items) return { head: `${before} ${trailer}`.trim(), items };
  // The list first, then a short question asked of each: "cyclops and spendthrift farm bids - what happened".
  const tail = after.replace(/[?.!]+$/, "").trim();
  const asksOfEach = ASKS_WHAT_HAPPENED.test(tail) || before.includes(",");
  const firstItems = !next && asksOfEach && ASKS.test(tail) && tail.split(/\s+/).length <= MAX_TAIL_WORDS ? itemsOf(before) : undefined;
  return firstItems ? { head: tail, items: firstItems } : undefined;
}
