/**
 * Where the question places what it asks about: a name after "in", "at" or "visit" ("What
 * did Aliyev say in Berlin?", "Why did the Czech delegation visit Baku?"). The sentence an
 * answer leads with must be set there: the place is named in it or in its article's title.
 * A passage that names the Czech delegation in Yerevan and, further on, Azerbaijan does not
 * say why the delegation visited Baku, nor does Kvien's sentence say what she said in Baku
 * because the sentence before it names Baku. Chosen on the tuning half of the news questions
 * over also reading the sentences beside the quote (2 more near misses refused there, no
 * answerable question refused).
 *
 * A dateline ("BAKU, March 14. /TASS/.") says where the report was filed. It sets the whole
 * report there while the article's quoted sentences set nothing elsewhere: Aliyev's words
 * filed from Baku were said "at a meeting with German President Frank-Walter Steinmeier in
 * Berlin".
 */
import { datelinePlace } from "../corpus/dateline.js";
import { analyze } from "../index/analyzer.js";
import { ENVOY, settingsIn, type Setting } from "../question/setting.js";
import { otherNamesOf } from "../index/aliases.js";
import { countryNamesOf, isArea, isCapital, namesPlaceIn } from "../index/countries.js";
import { escapeRegExp } from "../util/regexp.js";
import type { LexicalIndex } from "../index/lexical-index.js";
import { sameName, speaksOf } from "./same-word.js";
import type { Quote } from "./quotes.js";

/** The kinds of area a report names a place as, before "of": "the district of Shusha", "the west coast port of Lukang". */
export const AREA_KIND = "(?:district|region|province|town|city|village|area|county|state|republic|port|island|capital)";

/**
 * The places the lead quote (a sentence) is not set in; `quotes` are all the sentences
 * quoted with it, `dateline` the place the lead's article was filed from.
 */
export function placesMissedBy(settings: Setting[], lead: Quote, quotes: Quote[], dateline: string | null, lexical: LexicalIndex): Setting[] {
  if (settings.length === 0) return [];
  const title = analyze(lead.passage.article.title);
  // The lead's own dateline places it only as the rest of the article's does.
  const opening = datelinePlace(lead.text);
  const body = opening ? analyze(lead.text.slice(lead.text.indexOf(opening) + opening.length)) : [...lead.terms];
  const missed = settings.filter((setting) => !setIn(setting, new Set([...body, ...title]), lexical) && !postedTo(setting, lead.text));
  if (!dateline || missed.length === 0) return missed;
  const sameArticle = quotes.filter((quote) => quote.passage.article.id === lead.passage.article.id);
  // A venue ("at the International Coffee Organization") lies in some place, maybe the dateline's.
  const elsewhere = sameArticle.flatMap((quote) => settingsIn(quote.text)).filter((other) => other.phrase.startsWith("in "));
  const datelineTerms = new Set(analyze(dateline));
  // "in Armenia" does not move a report from Yerevan elsewhere; "in Berlin" does move one from Baku, unless a quote of it names
  // a body of the place: Franco Nevada's stock, "up two ... on the Toronto Stock Exchange" for drilling in Nevada, rose in Toronto.
  const namedAgain = (setting: Setting) => {
    const bodyThere = new RegExp(String.raw`\b${escapeRegExp(setting.name)}\s+\p{Lu}`, "u");
    return sameArticle.some((quote) => quote !== lead && bodyThere.test(quote.text));
  };
  return missed.filter(
    (setting) =>
      !setIn(setting, datelineTerms, lexical) ||
      (elsewhere.some((other) => !setting.terms.every((term) => speaksOf(new Set(other.terms), term, lexical))) && !namedAgain(setting)),
  );
}

/** Whether a quote, its sentence or its article's title, is set in every one of the settings ("in Berlin"). */
export function setThere(settings: Setting[], quote: Quote, lexical: LexicalIndex): boolean {
  return placesMissedBy(settings, quote, [quote], null, lexical).length === 0;
}

/** Whether a passage with these terms is set in every one of the settings. */
export function termsSetIn(settings: Setting[], terms: Iterable<string>, lexical: LexicalIndex): boolean {
  const present = new Set(terms);
  return settings.every((setting) => setIn(setting, present, lexical));
}

/** The initials a place of several words is written as, as an index term: "ec" for "the European Community". */
function initialsOf(name: string): string | undefined {
  const words = name.split(/\s+/).filter((word) => /^\p{Lu}/u.test(word));
  return words.length >= 2 ? words.map((word) => word[0]).join("").toLowerCase() : undefined;
}

/** An envoy's post in a capital, as reports name it by the country: "the United States Ambassador to Armenia" for "the envoy in Yerevan". */
function postedTo(setting: Setting, text: string): boolean {
  if (!setting.post || setting.terms.length !== 1) return false;
  const countries = countryNamesOf(setting.terms[0]!).map((name) => escapeRegExp(name.text));
  return countries.length > 0 && new RegExp(String.raw`\b${ENVOY}\s+to\s+(?:the\s+)?(?:${countries.join("|")})\b`, "i").test(text);
}

function setIn(setting: Setting, present: Set<string>, lexical: LexicalIndex): boolean {
  const initials = initialsOf(setting.name);
  if (initials && present.has(initials)) return true;
  // "in Europe" is set in any of its countries: "a meeting with German President Frank-Walter Steinmeier in Berlin".
  if (isArea(setting.terms)) return setting.terms.every((term) => speaksOf(present, term, lexical)) || namesPlaceIn(present, setting.terms);
  // A capital is the city here: "visit Baku" is not answered by "Azerbaijan's provocations".
  // A body is at its place by another of its names: "at the Chicago Merc" is "the Chicago Mercantile Exchange".
  const holdsAll = (terms: string[]) => terms.every((term) => present.has(term));
  const holds = (term: string) =>
    isCapital(term) ? [...present].some((other) => sameName(term, other, lexical)) : speaksOf(present, term, lexical) || otherNamesOf([term]).some(holdsAll);
  return setting.terms.every(holds) || otherNamesOf(setting.terms).some(holdsAll);
}
