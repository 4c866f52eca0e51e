import type { PassageRule } from "./rule.js";

/**
 * A question about the day it is asked or the weekend ahead: "who won the game last night",
 * "any earthquakes today?", "is it going to snow in chicago this weekend". Not "right now" or
 * "rn", nor "tomorrow": askers use them of the time a story tells of ("how many grain ships r
 * loading at portland rn", "boj selling how much in bills tmrw").
 */
const ASKS_ABOUT_TODAY = /\b(?:today|today'?s|tonight|tonite|this\s+(?:morning|afternoon|evening|weekend)|last\s+night|yesterday|yesterday'?s)\b/i;
/** How recent a report must be to speak of today or last night: a day for today, another for yesterday, one for time zones. */
const RECENT_MS = 3 * 24 * 60 * 60 * 1000;

export const todayRule: PassageRule = {
  id: "today",
  guards: "Quoting old reports for a question about today or last night (\"whats the uv index today\"), which no report of an earlier day can answer.",
  stage: "passages",
  check: ({ question, passages, now }) => {
    if (!ASKS_ABOUT_TODAY.test(question.text)) return undefined;
    const dates = passages.flatMap((passage) => (passage.article.date ? [passage.article.date] : []));
    // An undated report may be from today.
    if (dates.length < passages.length) return undefined;
    const newest = dates.sort().at(-1)!.slice(0, 10);
    return now.getTime() - Date.parse(newest) > RECENT_MS ? { detail: `the question asks about today and the newest report found is of ${newest}`, reason: { today: { newest } } } : undefined;
  },
};
