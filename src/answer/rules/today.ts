import type { PassageRule } from "./rule.js";

/** A rate between currencies by their codes ("current eur to usd exchange rate"): the wire writes "dlrs", "yen" and "marks", never the codes. */
const CURRENCY_PAIR = String.raw`\b(?:usd|eur|gbp|jpy|chf|cny|btc)\s*(?:to|\/|vs\.?|-)\s*(?:usd|eur|gbp|jpy|chf|cny|btc)\b`;
/**
 * A question about the day it is asked or the weekend ahead: "who won the game last night",
 * "any earthquakes today?", "is it going to snow in chicago this weekend", the weather ahead
 * ("is it gonna rain in manchester on saturday"), or today's market for a currency pair. Not
 * "right now" or "rn", nor "tomorrow": askers use them of the time a story tells of ("how many
 * grain ships r loading at portland rn", "boj selling how much in bills tmrw").
 */
const ASKS_ABOUT_TODAY = new RegExp(String.raw`\b(?:today|today'?s|tonight|tonite|this\s+(?:morning|afternoon|evening|weekend)|last\s+night|yesterday|yesterday'?s)\b|\b(?:is|will)\s+it\s+(?:gonna\s+|going\s+to\s+)?(?:be\s+)?(?:rain|snow|sunny|windy|cloudy|stormy|freezing)\b|${CURRENCY_PAIR}`, "i");
/** The day a report speaks of as its own, in its words: "guesstimating today's hog slaughter", "said yesterday". */
const REPORTS_OWN_DAY: Record<string, RegExp> = {
  today: /\btoday(?:['’]?s)?\b/i,
  tonight: /\btonight\b/i,
  yesterday: /\byesterday(?:['’]?s)?\b/i,
};
/** Whether anything happens today ("any earthquakes today?", "is there a strike today"): live news, whatever an old report called its day. */
const ASKS_WHETHER_ANY = /^\W*(?:(?:are|is)\s+there\b|any(?:thing)?\b)/i;
/** Of a passage that speaks of its own day, at least this share of the question asked in the report's words. */
const OWN_DAY_EVIDENCE = 0.5;
/** How recent a report must be to speak of today or last night: a day for today, another for yesterday, one for time zones. */
const RECENT_MS = 3 * 24 * 60 * 60 * 1000;

export const todayRule: PassageRule = {
  id: "today",
  guards: "Quoting old reports for a question about today or last night (\"whats the uv index today\"), which no report of an earlier day can answer.",
  stage: "passages",
  check: ({ question, passages, texts, evidence, strangers, now }) => {
    const asked = ASKS_ABOUT_TODAY.exec(question.text)?.[0].toLowerCase();
    if (!asked) return undefined;
    // Asked in a report's own words of its day ("whats the hog slaughter guess for today"), the report answers, where it speaks of
    // that day and holds the rest of the question, every word of it known to the reports.
    const ownDay = REPORTS_OWN_DAY[asked.replace(/['’]?s$/, "").replace("tonite", "tonight")];
    if (ownDay?.test(texts[0] ?? "") && evidence >= OWN_DAY_EVIDENCE && strangers.length === 0 && !ASKS_WHETHER_ANY.test(question.text)) return undefined;
    const dates = passages.flatMap((passage) => (passage.article.date ? [passage.article.date] : []));
    // An undated report may be from today.
    if (dates.length < passages.length) return undefined;
    const newest = dates.sort().at(-1)!.slice(0, 10);
    return now.getTime() - Date.parse(newest) > RECENT_MS ? { detail: `the question asks about today and the newest report found is of ${newest}`, reason: { today: { newest } } } : undefined;
  },
};
