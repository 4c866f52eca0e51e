/**
 * Summaries, timelines and comparisons ("summarize the karabakh talks", "what's the latest
 * on the Lachin corridor", "compare what Russia and the EU said about ...") need several
 * articles, not the one best quote: a digest gives the key sentence of each of the most
 * relevant articles, in date order, near-duplicates removed, each cited.
 */
import { dateSpan, formatDate } from "../corpus/dates.js";
import { analyze } from "../index/analyzer.js";
import { isCountryName } from "../index/countries.js";
import { listedItemsOf } from "../question/listed-items.js";

/** The nouns a request for an account of the news uses: "a summary of", "timeline:", "... ? give me a roundup". */
const ACCOUNTS = "summary|overview|recap|rundown|roundup|round-up|timeline";

/** A month as chat writes it ("march", "mar.", "sept"). */
const MONTH = String.raw`(?:jan|feb|mar|apr|may|jun|jul|aug|sept?|oct|nov|dec)[a-z]*\.?`;
const YEAR_OF = String.raw`(?:19|20)\d\d`;
const DAY_OF_MONTH = String.raw`\d{1,2}(?:st|nd|rd|th)?`;
/** A day, a month or a year asked whole: "march 27", "27th of march 2023", "march 2023", "1987". */
const PERIOD = String.raw`(?:${MONTH}\s+${DAY_OF_MONTH}(?:,?\s+${YEAR_OF})?|${DAY_OF_MONTH}\s+(?:of\s+)?${MONTH}(?:,?\s+${YEAR_OF})?|(?:${MONTH}\s+)?${YEAR_OF})`;

/** A request, after a question, for what the reports say on it: "... ? pull together what the stories say", "..., what do the articles say". */
const WHAT_THE_REPORTS_SAY = String.raw`pull (?:it |this |that |it all |everything )?together(?: what (?:the )?(?:stories|articles|reports|coverage) says?)?|what do(?:es)? (?:the )?(?:stories|articles|reports|coverage) say`;

/** A question, then the request for an account of it: "what did pashinyan say in march 2023? give me a roundup", "..., sum it up". */
const QUESTION_THEN_REQUEST = new RegExp(`^(.+?)(?:[?.!]+|,)\\s*(?:(?:can|could) you |please |pls )?(?:give me |i want |i'd like |just )?(?:(?:a |an )?(?:quick |short |brief )?(?:${ACCOUNTS})|sum (?:it |this |that )?up|summari[sz]e(?: it| this| that)?|${WHAT_THE_REPORTS_SAY})(?:\\s+(?:please|pls|plz))?$`, "i");

/** The question a request for an account of it follows ("who won? sum it up": "who won"), or the question as asked. */
export function withoutRequestAfter(question: string): string {
  return QUESTION_THEN_REQUEST.exec(question.trim().replace(/[?.!]+$/, ""))?.[1] ?? question;
}

/**
 * The requests for a digest, as chat types them; the part after the request is its topic.
 * "What happened in Khojaly on March 13?" asks for one fact and is no digest; "what happened
 * between Armenia and Azerbaijan", "what happened with the dirt roads near lachin" ask for an
 * account of several.
 */
const DIGEST_REQUESTS = [
  new RegExp(`^(?:(?:can|could) you |please )?(?:summari[sz]e|sum up|recap|outline|round up|brief me on|catch me up on|(?:lay out|walk me through|run me through|take me through)(?: in order)?|give me (?:a |an )?(?:${ACCOUNTS}) of|(?:a |an )?(?:${ACCOUNTS}) of)\\s+(.+)$`, "i"),
  QUESTION_THEN_REQUEST,
  // The request as a heading: "timeline: how have armenia-russia relations looked this month".
  new RegExp(`^(?:${ACCOUNTS})\\s*[:–—-]\\s*(.+)$`, "i"),
  /^(?:what(?:'s| is|s)|whats) (?:the )?(?:latest|new|going on|happening)(?: news)? (?:on|with|about|in|between|regarding)\s+(.+)$/i,
  /^(?:any )?(?:news|updates?|(?:the )?latest) (?:on|about|regarding|from|out of)\s+(.+)$/i,
  // The news of a place or a field: "what economic news came out of china", "what rail news was there".
  /^what(?:'s|s| is| was)?\s+(?:the\s+)?((?:[\p{L}-]+\s+){0,2}?)news\s+(?:(?:came|comes|has come|is there|was there)\s+)?(?:out of|from|on|about|regarding)\s+(.+)$/iu,
  /^what\s+((?:[\p{L}-]+\s+){1,3}?)news\s+(?:is|was|has been)\s+there\b(.*)$/iu,
  /^what (?:has )?(?:happened|has been happening|went on) (?:between|with)\s+(.+)$/i,
  // A period alone: "what happened in march 2023", "what happened on march 15" (not "what happened in khojaly on march 13", one fact).
  new RegExp(String.raw`^what (?:has )?(?:happened|went on) (?:in|during|over|throughout|on)\s+(${PERIOD})$`, "i"),
  /^(?:tell me|what do you know|what do the articles say|what do you have) about\s+(.+)$/i,
  // What has been said of a thing, by anyone: "what's been said about the icj ruling on the lachin corridor".
  /^(?:what(?:'s|s| has| is)|whats) (?:been|being) said (?:about|on|regarding)\s+(.+)$/i,
  /^(?:what(?:'s| is|s)|whats) (?:been )?(?:going on|happening) (?:with|in|between|around)\s+(.+)$/i,
  /^(?:give me |what are |what's |whats )?(?:the )?(?:gist|key points|main points|highlights|big picture|story so far) (?:of|on|about|with|in)\s+(.+)$/i,
  /^(?:all|everything) (?:the )?(?:news |articles )?(?:on|about)\s+(.+)$/i,
  /^(?:compare|contrast)\s+(.+)$/i,
  // The request after the topic, as chat types it ("brazil seamen strike summary", "karabakh
  // latest"); a question that ends on the word ("who wrote the summary") asks something else,
  // as does one that asks its question after the topic ("china drought how many forest fires so far").
  /^(?!(?:who|whom|whose|what|when|where|why|how|which|did|does|do|is|are|was|were|can|could)\b)(?!.*\b(?:who|whom|whose|what|when|where|why|how|which)\b)(.+?)\s+(?:summary|summarized|recap|overview|rundown|timeline|roundup|round-up|updates?|latest|so far|in a nutshell|tl;?dr)$/i,
  /^how (?:do|did) (.+?) (?:differ|compare)\b(?: on| about)?(.*)$/i,
  // Two speakers at once is a comparison: "what did russia and the eu say about karabakh".
  /^what (?:did|do|have) (\S+(?: \S+){0,3} and \S+(?: \S+){0,3}) (?:say|said|think|thought)(?: about| on)?(.*)$/i,
  // What someone has said or done over time, and how several have reacted: "what has pashinyan
  // said publicly in march", "how have european governments reacted to the icj ruling".
  /^what (?:has|have) (.+?) (?:said|done|been saying|been doing)\b(.*)$/i,
  // What an outlet or a few has put out, asked of nothing in particular: "what did tass report", "what did the denver companies
  // report", "what did armenpress report on march 27", "everything tass reported".
  new RegExp(String.raw`^what (?:did|does|has|have) (\S+(?: \S+){0,2}) (?:report|reported|write|written|publish|published)((?:\s+(?:on|in|during))?\s+${PERIOD})?$`, "i"),
  new RegExp(String.raw`^(?:everything|all(?: that)?) (\S+(?: \S+){0,2}) (?:has |have )?(?:reported|wrote|written|published)((?:\s+(?:on|in|during))?\s+${PERIOD})?$`, "i"),
  /^how (?:have|has) (.+?) (?:reacted|responded) (?:to|on)\s+(.+)$/i,
  /^what (?:are|is|were|was) (.+?) saying\b(.*)$/i,
  /^(?:what(?:'s| is|s)|whats) the (?:deal|status|outlook|story) (?:with|on|of|for)\s+(.+)$/i,
  // A side's stand, which its reports give over time: "what is azerbaijan's position on a peace deal with armenia".
  /^(?:what(?:'s| is|s| was)|whats) (.+?)['’]s? (?:position|stance|views?|line|policy) (?:on|about|toward|towards|regarding)\s+(.+)$/i,
  /^where (?:do|did) things stand (?:on|with)\s+(.+)$/i,
  // How far something has got, or a side's stand: "where do the peace treaty talks stand", "where does russia stand on the icc".
  /^where (?:do|does|did) (?!things\b)(.+?) stand(?: now| today| at the moment)?(?: (?:on|with|regarding)\s+(.+))?$/i,
  /^how (?:did|do) (.+?) (?:describe|see|view|portray|characteri[sz]e|report|cover) (.+?) differently$/i,
  // What the reports say, wherever the question says so: "what role have the peacekeepers
  // played, according to the reports"; not one fact they give ("how many people live in
  // nagorno-karabakh according to the reports").
  /^(?!(?:how (?:many|much|long|old|far)|who|whom|whose|when|where)\b)(.+?),? (?:according to|across|in) (?:the |all the |these )?(?:reports|articles|coverage|stories)$/i,
  /^what (?:\S+ )?(?:do|does) (?:the )?(?:articles|reports|coverage|stories) (?:say|tell|report|give)(?: us)? (?:about|on|of)\s+(.+)$/i,
  /^how (?:do|does|did) (?:the )?(?:articles|reports|coverage|stories) (?:describe|portray|present|cover|see|view)\s+(.+)$/i,
  // A part played across the news: "what role is the eu playing in the karabakh talks", "how do turkey and iran figure in the coverage", "... come into the story".
  /^what (?:role|part) (?:is|are|does|do|did|has|have) (.+?) (?:play|playing|played|had|having)\b(.*)$/i,
  /^how (?:do|does|did) (.+?) (?:figure|come into|fit into|fit in)\b(.*)$/i,
  // Over time: "how has the icj ruling come up in the news this month" ("how did X come up in the meeting with Y" asks about one).
  /^how (?:has|have) (.+?) (?:figured|come up|come into)\b(.*)$/i,
  // The same in other words: "how is the eu involved", "what is turkey's role in all this".
  /^how (?:is|are|was|were|has|have) (.+?) (?:been )?involved\b(.*)$/i,
  /^what(?:'s|s| is| was| has been) (.+?)['’]s? (?:role|part|involvement)\b(.*)$/i,
];

/** The words that ask for an account rather than name its topic ("telecom news roundup", "summarize the tie-ups"). */
const REQUEST_WORDS = new RegExp(`\\b(?:${ACCOUNTS}|news|summari[sz]e|sum up|compare|contrast|latest|updates?|give me|tell me)\\b`, "gi");

/** A heading's words without those that ask for an account: what each item of its list is searched for with. */
export function withoutRequestWords(heading: string): string {
  return heading.replace(REQUEST_WORDS, " ").replace(/\s+/g, " ").trim();
}

/** The asker's own text, which a request to sum it up names ("summarise this paragraph im about to paste"): no topic of the news. */
const OWN_TEXT = /^(?:this|my|the\s+following|the\s+text\s+below)\b(?:\s+[\p{L}-]+)?\s*(?:paragraph|text|essay|email|e-mail|message|document|paper|letter|notes|post|thread|chat)\b/iu;

/** Chat's openers and hedges, which frame a request without changing it ("so what role are the peacekeepers actually playing"). */
const OPENERS = /^(?:(?:so|ok(?:ay)?|and|but|well|hey|hmm+|btw|also|right|quick q(?:uestion)?)\b[,:]?\s*)+/i;
const HEDGES = /\b(?:actually|really|even|exactly|currently|publicly)\s+/gi;
/** Words for "of late", which every article of the news is: no part of the topic ("what has russia been saying about armenia lately"). */
const OF_LATE = /\s*\b(?:lately|recently|of late|these days|nowadays|this (?:week|month))\b/gi;

/**
 * "what happened in the philippines this week": a country's news, as "what's going on in" asks for; not "what has happened
 * in khojaly", one event in one place.
 */
const HAPPENED_IN = /^what (?:has )?(?:happened|went on) in\s+(?:the\s+)?(.+?)(?:\s+(?:lately|recently|of late|these days|this (?:week|month)))?$/i;

/** The topic of a digest request ("the karabakh talks" of "summarize the karabakh talks"), or undefined. */
export function digestTopicOf(question: string): string | undefined {
  const text = question.trim().replace(/[?.!]+$/, "").replace(OPENERS, "").replace(HEDGES, "").trim();
  for (const request of DIGEST_REQUESTS) {
    const match = request.exec(text);
    if (match) {
      const topic = match.slice(1).join(" ").replace(OF_LATE, " ").replace(/\s+/g, " ").trim();
      if (OWN_TEXT.test(topic)) return undefined;
      if (analyze(topic).length > 0) return topic;
    }
  }
  const country = HAPPENED_IN.exec(text)?.[1];
  return country && isCountryName(analyze(country)) ? country : undefined;
}

/**
 * A heading over a list that asks of the news ("telecom news roundup: ...", "which companies got bids: ...", "... - what
 * happened"), not one that asks a job done on the asker's own things ("rate my outfit: black jeans, white tee").
 */
const ASKS_OF_THE_NEWS = new RegExp(`\\b(?:who|whom|whose|what|whats|when|where|which|how|news|pull together|${ACCOUNTS})\\b`, "i");
const ASKERS_OWN = /\b(?:i|me|my|mine)\b/i;
/** A request's own "me", which asks for the news: "... - give me the numbers", "tell me". */
const ASKED_OF_ME = /\b(?:give|tell|show|get|send|find)\s+me\b/gi;

/** Whether the question lists stories to sum up, each an item under a heading that asks of the news. */
export function listsStories(question: string): boolean {
  const list = listedItemsOf(question);
  return list !== undefined && ASKS_OF_THE_NEWS.test(list.head) && !ASKERS_OWN.test(list.head.replace(ASKED_OF_ME, " "));
}

/** Two key sentences with this share of their terms in common say the same thing. */
const NEAR_DUPLICATE = 0.6;

/** Whether two sentences' terms overlap enough to be the same news (Jaccard). */
export function nearDuplicate(a: Set<string>, b: Set<string>): boolean {
  const shared = [...a].filter((term) => b.has(term)).length;
  const union = a.size + b.size - shared;
  return union > 0 && shared / union >= NEAR_DUPLICATE;
}

/** A digest's line: the article's date, then its key sentence ("14 Mar 2023: ..."). */
export function datedLine(date: string | null, text: string): string {
  return date ? `${formatDate(date)}: ${text}` : text;
}

/** The line under a digest of things listed that names those no article was found on. */
export function nothingFoundOn(items: string[]): string {
  return `Nothing found on: ${items.join("; ")}.`;
}

/** Undated articles last; otherwise oldest first, as a timeline reads. */
export function byDate(a: string | null, b: string | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return a.localeCompare(b);
}

const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
const MONTH_YEAR = new RegExp(String.raw`\b(?:(?:in|during|of|for)\s+)?(${MONTH})\s+(${YEAR_OF})\b`, "i");
/** Months from one to another: "from December 2022 to the end of March 2023", "between january and march 1987". */
const MONTH_RANGE = new RegExp(
  String.raw`\b(?:from|between|since)\s+(?:(?:the\s+)?(?:start|beginning|end|middle)\s+of\s+|early\s+|mid-?\s*|late\s+)?(${MONTH})(?:\s+(${YEAR_OF}))?\s+(?:to|until|till|through|and|-)\s+(?:(?:the\s+)?(?:start|beginning|end|middle)\s+of\s+|early\s+|mid-?\s*|late\s+)?(${MONTH})\s+(${YEAR_OF})\b`,
  "i",
);
/** A year after "in", or alone ("summarize 2021"): not one that qualifies a topic ("the 2020 war"). */
const YEAR = new RegExp(String.raw`\b(?:in|during|of|for)\s+(${YEAR_OF})\b|^\s*(${YEAR_OF})\s*$`, "i");

/** At most `count` of the items, spread evenly from the first to the last: a period's articles in date order, to sum it up. */
export function spreadOver<T>(items: T[], count: number): T[] {
  if (items.length <= count || count <= 1) return items.slice(0, count);
  return Array.from({ length: count }, (_, i) => items[Math.round((i * (items.length - 1)) / (count - 1))]!);
}

/** A day, or days from one to another of a month: "on march 27", "27th of march", "march 27, 2023", "march 9-12", "between march 9 and 12". */
const DAY = new RegExp(
  String.raw`\b(?:(?:on|of|for|from)\s+)?(?:(${MONTH})\s+(\d{1,2})(?:st|nd|rd|th)?(?:\s*(?:-|–|to|through|thru|and)\s*(\d{1,2})\b(?!\s*(?:st|nd|rd|th)?\s*(?:${MONTH})))?|(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?(${MONTH}))(?:,?\s+(${YEAR_OF}))?\b`,
  "i",
);
/** Words that date the reports themselves before a day ("reported around march 9-12", "published on march 3"), not what they tell of. */
const REPORTED_ON = /\b(?:reported|published|written|filed|dated|out|stories|reports|articles|news)\s+(?:on|around|about|between|from|during|over)?\s*$/i;

/**
 * A digest's topic without the month or year it names, and the days that month or year
 * spans ("the talks in March 2023" -> "the talks", 2023-03-01 to 2023-03-31): the articles
 * are dated, and their text seldom repeats the year they were written in.
 */
export function topicAndPeriod(topic: string): { subject: string; period?: { first: string; last: string } } {
  const range = MONTH_RANGE.exec(topic);
  if (range) {
    const [, fromMonth, fromYear, toMonth, toYear] = range;
    // "from december to march 2023": the first month is of the year before where it falls after the last.
    const from = monthOf(fromMonth!);
    const last = monthOf(toMonth!);
    const startYear = fromYear ?? String(Number(toYear) - (from > last ? 1 : 0));
    return { subject: topic.replace(range[0], " ").trim(), period: { first: dateSpan(`${startYear}-${from}`).first, last: dateSpan(`${toYear}-${last}`).last } };
  }
  const monthYear = MONTH_YEAR.exec(topic);
  if (monthYear) return { subject: topic.replace(monthYear[0], " ").trim(), period: dateSpan(`${monthYear[2]}-${monthOf(monthYear[1]!)}`) };
  const year = YEAR.exec(topic);
  if (year) return { subject: topic.replace(year[0], " ").trim(), period: dateSpan((year[1] ?? year[2])!) };
  return { subject: topic };
}

/**
 * The same for a day ("on march 27" -> 2023-03-27); a day without its year is of the newest
 * year `yearOfDay` gives for it.
 */
export function topicAndDay(topic: string, yearOfDay: (monthDay: string) => string | undefined): { subject: string; period?: { first: string; last: string }; reported?: boolean } {
  const day = DAY.exec(topic);
  const dayOfMonth = day ? Number(day[2] ?? day[4]) : 0;
  if (!day || dayOfMonth < 1 || dayOfMonth > 31) return { subject: topic };
  const month = monthOf((day[1] ?? day[5])!);
  // "march 9 and 12" are two days, "between march 9 and 12" all from one to the other.
  const spans = day[3] !== undefined && (!/\band\s*\d+$/i.test(day[0]) || /\bbetween\s+$/i.test(topic.slice(0, day.index)));
  const lastDay = spans && Number(day[3]) > dayOfMonth && Number(day[3]) <= 31 ? Number(day[3]) : dayOfMonth;
  const monthDay = (of: number) => `${month}-${String(of).padStart(2, "0")}`;
  const year = day[6] ?? yearOfDay(monthDay(dayOfMonth));
  // The words that date the reports name no topic: "what was reported between march 15 and 23" is all of them.
  const before = topic.slice(0, day.index);
  const reported = REPORTED_ON.test(before);
  const subject = `${reported ? before.replace(REPORTED_ON, " ") : before} ${topic.slice(day.index + day[0].length)}`.trim();
  return year ? { subject, period: { first: dateSpan(`${year}-${monthDay(dayOfMonth)}`).first, last: dateSpan(`${year}-${monthDay(lastDay)}`).last }, reported } : { subject };
}

/** A month's number of two digits, by its name as written ("mar." -> "03"). */
const monthOf = (written: string) => String(MONTHS.indexOf(written.slice(0, 3).toLowerCase()) + 1).padStart(2, "0");

/** The newest year of the dates given ("2023-03-27T17:16") that falls on the day ("03-27"); of any date when none does. */
export function newestYearOfDay(dates: (string | null)[], monthDay: string): string | undefined {
  const dated = dates.filter((date): date is string => date !== null && date.length >= 10);
  const onTheDay = dated.filter((date) => date.slice(5, 10) === monthDay);
  return (onTheDay.length > 0 ? onTheDay : dated).map((date) => date.slice(0, 4)).sort().at(-1);
}
