/**
 * Where the question places what it asks about: a name after "in", "at" or "visit" ("What
 * did Aliyev say in Berlin?", "Why did the Czech delegation visit Baku?").
 */
import { commonCountryNameOf, countryNamesOf, isArea, isCapital, isCountryName, isDemonym } from "../index/countries.js";
import { COUNTRY_NAMED_ENVOYS } from "../index/envoy-words.js";
import { BODY_AFTER } from "./described-body.js";
import { isLegalForm, names, type Name } from "./names.js";
import { REPORT_WORD } from "./report-words.js";

export interface Setting extends Name {
  /** As a reply can say it: "in Baku", "at the Council of Europe". */
  phrase: string;
  /** Whether it places words named as a source ("according to Aliyev's remarks in Germany"), which their report as a whole sets there. */
  ofWords: boolean;
  /** Whether it places an envoy's post ("the American envoy in Yerevan"), which reports name by the country ("Ambassador to Armenia"). */
  post?: boolean;
}

/**
 * Verbs after which "in" sets nothing ("called in the envoy"). A post placed by "in" ("the
 * ambassador in Yerevan") still sets the question there: "Who met Azerbaijan's envoy in Baku?"
 * is not answered by a meeting in Khojaly.
 */
const NOT_BEFORE_IN = ["call(?:s|ed|ing)?", "brought", "bring(?:s|ing)?", "sen[dt]", "sends", "sending", "hand(?:s|ed|ing)?", "turn(?:s|ed|ing)?"].join("|");
/**
 * Bodies named by their seat ("the government in The Hague", "the court in The Hague",
 * "parliamentary groups in The Hague"): the place says which body, as its reports name it ("the
 * Dutch Government", "the International Criminal Court"), not where what is asked about happened.
 */
const SEATED = ["government", "court", "tribunal", "parliament", "authorities", "regime", "administration", "leadership", "cabinet", "legislature", "ministry", "embassy", "lawmakers", "legislators", "parliamentarians", "parliamentary\\s+(?:groups|factions|parties)"].join("|");
/** A body after its owner's name: "'s foreign ministry", "'s parliament". */
const OWNED_SEAT = new RegExp(`^['’]s\\s+(?:[\\p{L}-]+\\s+){0,2}?(?:${SEATED})\\b`, "iu");
/** "in Baku", "at the UN", "visited Berlin", "his visit to Baghdad"; not "the visiting Czech official", "called in the envoy", nor "the government in The Hague". */
const SETTING = new RegExp(`\\b((?<!\\b(?:${NOT_BEFORE_IN}|${SEATED})\\s+)in|at|(?<!\\b(?:the|a|an)\\s+)visit(?:s|ed|ing)?|(?:visit|trip)s?\\s+to)\\s+(the\\s+)?$`, "i");

/**
 * Words said, named as a source a few words before the place: "according to Aliyev's remarks
 * in Germany", "as described by its president in Berlin", "as recalled by Aliyev in Berlin", "as its president put it in Germany". Not "What did Kvien say in Baku?",
 * which asks for the words she said there, not for her report's.
 */
const WORDS_SAID = /\b(?:remarks|comments|speech|statement|interview|news conference|press conference|described|recalled|according to|as\s+(?:[\p{L}'’-]+\s+){0,3}(?:said|told|put|noted|stated))\b(?:\s+[\p{L}'’-]+){0,4}\s+$/iu;

/** Words for an envoy, and a diplomat, whose post a place names ("the US ambassador in Yerevan", "Ambassador to Armenia"). */
export const ENVOY = `(?:${COUNTRY_NAMED_ENVOYS}|diplomats?)`;
/** An envoy placed by "in": "the US ambassador in Yerevan", "Azerbaijan's envoy in Baku". */
const POST = new RegExp(String.raw`\b${ENVOY}\s+in\s+(?:the\s+)?$`, "i");

/**
 * A gathering named by who took part: "in the Czech meeting", "at the Iraqi talks" are the
 * talks with the Czechs or Iraqis, wherever they met (the Czech consultations were in Yerevan).
 */
const MEETINGS = "meetings?|talks|consultations|negotiations|discussions?";
const GATHERING_AFTER = new RegExp(`^\\s+(?:${MEETINGS}|sessions?|visits?|calls?|interviews?)\\b`, "i");
/**
 * A name of whoever met, before more names and a gathering ("in the Kostanyan Iraq talks"),
 * or of a report ("in the Global Comment piece", "in the MORI poll"): who met, wrote or asked, not where.
 */
const MET_OR_WROTE_AFTER = new RegExp(`^(?:\\s+\\p{Lu}[\\p{L}'’-]*){0,2}\\s+(?:${MEETINGS}|${REPORT_WORD})\\b`, "u");

/** Whether a name is a country, its people, a capital or a region, which a gathering is held in as often as named after. */
export function namesCountryCapitalOrRegion(name: Name): boolean {
  return isArea(name.terms) || isCountryName(name.terms) || name.terms.some((term) => countryNamesOf(term).length > 0 || isCapital(term));
}

/** Countries said with "the": "the Netherlands", "the United States", "the Dominican Republic". */
const WITH_THE = /^(?:United|Central African|Dominican)\b|s$/;

/** A vote named by its country: "New Zealand's 1987 general election", "the indonesian elections", "the Finnish referendum". */
const VOTE_AFTER = /^(?:['’]s?)?\s+(?:\d{4}\s+)?(?:(?:general|presidential|parliamentary|legislative|local|regional|senate|snap)\s+)*(?:elections?|by-elections?|referend(?:um|a)|polls?)\b/iu;

/** A country's vote sets the question in the country, where it was held: "who won new zealand's election" is not answered by Greenwich's. */
function heldIn(name: Name, after: string): Setting[] {
  if (!VOTE_AFTER.test(after) || !namesCountryCapitalOrRegion(name)) return [];
  const country = name.terms.length === 1 && isDemonym(name.terms[0]!) ? commonCountryNameOf(name.terms[0]!) : undefined;
  const place = country ?? name.name.replace(/['’]s?$/, "");
  return [{ ...name, phrase: `in ${WITH_THE.test(place) ? "the " : ""}${place}`, ofWords: false }];
}

/** The names a text (a question, or a quote) places its subject in or at; `found` are its names if already read. */
export function settingsIn(written: string, found?: Name[]): Setting[] {
  // Names are read from the NFC form; find them there.
  const text = written.normalize("NFC");
  return (found ?? names(text)).flatMap((name) => {
    const at = text.indexOf(name.name);
    const before = SETTING.exec(text.slice(0, at));
    const after = text.slice(at + name.name.length);
    if (!before) return heldIn(name, after);
    // A firm by its legal form ("the group in cyclops corp") is what is owned or done in, not a place.
    if (isLegalForm(name.terms.at(-1)!)) return [];
    if (name.terms.length === 1 && isDemonym(name.terms[0]!) && GATHERING_AFTER.test(after)) return [];
    const metOrWrote = MET_OR_WROTE_AFTER.test(after);
    // Nor two sides paired by a hyphen before a gathering or a report ("in the Armenia-Czech consultations readout"): held between them, in either.
    if (metOrWrote && (!namesCountryCapitalOrRegion(name) || name.compounds.some((pair) => pair.length > 1))) return [];
    // Nor a body described by its place ("at the Stockholm drug company", "at bolivia's central bank"), which its reports seldom say,
    // nor a seat of government named as its owner ("in Prague's foreign ministry": the Czech ministry, wherever its official was).
    if (BODY_AFTER.test(after) || OWNED_SEAT.test(after)) return [];
    const preposition = before[1]!.toLowerCase() === "at" ? "at" : "in";
    const ofWords = WORDS_SAID.test(text.slice(0, before.index));
    const post = POST.test(text.slice(0, at));
    // "in the Iraqi capital" is said "in Iraq", not "in the Iraqi".
    const country = name.terms.length === 1 && isDemonym(name.terms[0]!) ? commonCountryNameOf(name.terms[0]!) : undefined;
    // "at the Berlin talks" were held in Berlin.
    const phrase = country
      ? `${preposition} ${WITH_THE.test(country) ? "the " : ""}${country}`
      : metOrWrote ? `in ${name.name}` : `${preposition} ${before[2] ? "the " : ""}${name.name}`;
    return [{ ...name, phrase, ofWords, ...(post ? { post } : {}) }];
  });
}
