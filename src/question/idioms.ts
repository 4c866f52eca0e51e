/**
 * Idioms askers use for what reports and results tables name plainly: a company's "top line" is
 * its revenue ("Revs 61,762 vs ..."), its "bottom line" its net income ("Net 1,691,878 vs ...");
 * periods counted otherwise than the tables count them: "the three months to November" is a
 * quarter ("1st Qtr Nov 30 Net"), "three quarters to January" nine months ("Nine Mths Jan 31
 * Net"), "the twelve months to December" a year ("Year Dec 31 Net"), paid "every three months"
 * quarterly; "in the red" at a loss ("Net loss 37.0 mln vs ..."); and a few turns of phrase the
 * reports put plainly (imports exceeding exports: a trade deficit; a meeting pushed back: delayed;
 * a defeat in a war: losing it; an agreement broken: violated; grain sold to undisclosed buyers:
 * to unknown destinations; unpaved roads: dirt roads).
 */
import { TO_PERIOD_END } from "../corpus/dates.js";
import { AGREEMENT } from "./asks.js";

/** What follows a period counted to its last day: "to", "ended", "ending in", "through". */
const TO_ITS_END = String.raw`(?=\s+${TO_PERIOD_END}\b)`;
const IDIOMS: [RegExp, string][] = [
  [/\btop[\s-]+lines?\b/gi, "revenue"],
  [/\bbottom[\s-]+lines?\b/gi, "net income"],
  [new RegExp(String.raw`\b(?:three|3)[\s-]+months?${TO_ITS_END}`, "gi"), "quarter"],
  [new RegExp(String.raw`\b(?:three|3)[\s-]+quarters${TO_ITS_END}|\bfirst\s+(?:three|3)\s+quarters\b`, "gi"), "nine months"],
  [new RegExp(String.raw`\b(?:twelve|12)[\s-]+months?${TO_ITS_END}|\b(?:twelve|12)[\s-]+months?\s+(?=of\s+(?:19|20)\d\d\b)`, "gi"), "year"],
  [/\b(?:full|whole)\s+(?:twelve|12)\s+months\b/gi, "full year"],
  [/\b(?:every|each)\s+(?:three|3)\s+months\b/gi, "quarterly"],
  // "how deep in the red was broadview for the year": how large its loss ("Net loss 37.0 mln vs ..."); "in the black", at a profit.
  [/\bhow\s+(?:deep|far)\s+(?:in|into)\s+the\s+red\b/gi, "how large a net loss"],
  [/\b(?:in|into)\s+the\s+red\b/gi, "at a loss"],
  [/\b(?:in|into)\s+the\s+black\b/gi, "at a profit"],
  // "how many people were out of work": the unemployed, as the reports count them ("unemployment fell to 2.2 pct").
  [/\bout\s+of\s+(?:work|a\s+job|jobs)\b/gi, "unemployed"],
  // "by how much did thailand's imports exceed its exports": its trade deficit ("Thailand's trade deficit widened to ..."); the other way round, its surplus.
  [/\bimports\s+(?:exceed|outstrip|outpace|top)(?:s|ped|ed|d)?\s+(?:(?:its|their|the)\s+)?exports\b/gi, "trade deficit"],
  [/\bexports\s+(?:exceed|outstrip|outpace|top)(?:s|ped|ed|d)?\s+(?:(?:its|their|the)\s+)?imports\b/gi, "trade surplus"],
  // "pushed back its shareholders meeting to what date": delayed it ("delayed its annual meeting to June 22"); not "push back on" a demand.
  [/\bpush(?:ed|es|ing)?\s+back\b(?!\s+(?:on|against)\b)/gi, "delayed"],
  [/\bput(?:s|ting)?\s+off\b(?!\s+by\b)/gi, "postponed"],
  // "what did he blame for the defeat in the 2020 war": for losing it ("we lost the war because ..."), where the question is on a war.
  [/\b(?:the\s+|its\s+|their\s+)?(?:military\s+|war\s+)?defeat(?:ed)?\b(?=[^?]*\b(?:war|fighting|conflict|battle|army|military)\b)|\b(?:military|war)\s+defeat\b/gi, "losing the war"],
  // "who did baku put in charge of its negotiating team": whom it appointed the head of it ("was appointed the head of the delegation").
  [/\bput(?:s|ting)?\s+in\s+charge\s+of\b/gi, "appointed head of"],
  // "who pitched tents on the road": who set them up ("stopped traffic by setting up tents").
  [/\bpitch(?:ed|es|ing)?\s+(?=(?:(?:their|the|some|protest)\s+)?(?:tents?|camps?)\b)/gi, "set up "],
  // "moscow said baku broke an agreement signed on what date": violated it ("in violation of the agreement of November 9, 2020").
  [new RegExp(String.raw`\b(?:broke|break|breaks|breaking|broken)\s+(?=(?:(?:an?|the|its|their|that|this)\s+)?(?:[\p{L}-]+\s+){0,2}?${AGREEMENT}\b)`, "giu"), "violated "],
  // Grain sold to "undisclosed buyers": to unknown destinations, as the Agriculture Department reports such sales.
  [/(?<=\b(?:corn|wheat|grain|soybeans?|soymeal|sorghum|barley|oats|rice|cotton|sugar|tonnes|bushels)\b.*)\b(?:undisclosed|unnamed|unidentified|unspecified)\s+(?:buyers?|destinations?|importers?|customers?)\b/gi, "unknown destinations"],
  // Unpaved roads are dirt roads ("control of unpaved tracks": "the dirt roads north of Lachin").
  [/\bunpaved\s+(?:roads?|tracks?|routes?|paths?|ways?)\b/gi, "dirt roads"],
];

/** The question with those idioms written in the words the tables use. */
export function withIdiomsInPlainWords(question: string): string {
  return IDIOMS.reduce((text, [idiom, plain]) => text.replace(idiom, plain), question);
}
