import { datelineOfArticle } from "../../index/corpus-index.js";
import { AREA_KIND, placesMissedBy, setThere, termsSetIn } from "../setting.js";
import { settingsIn, type Setting } from "../../question/setting.js";
import type { QuoteRule } from "./rule.js";
import { escapeRegExp } from "../../util/regexp.js";
import { stateAbbreviationsIn } from "../../index/us-states.js";
import { capitalsOf } from "../../index/countries.js";

export const placeRule: QuoteRule = {
  id: "place",
  guards: "Quoting what happened elsewhere for a question set in a place (\"Why did the Czech delegation visit Baku?\" over its visit to Yerevan).",
  stage: "quotes",
  check: ({ question, lead, first, quotes, passages, terms, index }) => {
    // The dateline's region or country sets the report there too ("SOWETO, South Africa").
    const filedFrom = (quote: typeof lead) => {
      const dateline = datelineOfArticle(index, quote.passage.article.id);
      return dateline && [dateline.place, dateline.region ?? ""].join(" ");
    };
    const missedBy = (quote: typeof lead) => placesMissedBy(question.settings, quote, quotes, filedFrom(quote), index.lexical);
    // The answer's opening quote, where it is not the best one, may be the one set there ("Who did Aliyev meet in Berlin?").
    const missedByLead = missedBy(lead);
    const missedByFirst = first === lead || missedByLead.length === 0 ? missedByLead : missedBy(first);
    // Words said somewhere ("according to Aliyev's remarks in Germany") are set there by their report: any quote or passage read of it.
    const sameReport = quotes.filter((quote) => quote.passage.article.id === lead.passage.article.id);
    // A quote of its report that says the place ("at a meeting with German President Frank-Walter Steinmeier in Berlin")
    // sets the report there, unless the best quote is set somewhere else ("KHJ-TV in Los Angeles", beside "WOR-TV in Secaucus").
    const leadSetElsewhere = () => settingsIn(lead.text).some((other) => other.phrase.startsWith("in "));
    // A place is said with its kind of area ("in the district of Shusha" says "in Shusha"), and a state as the wire writes it after
    // a town: "Greensboro, ... Highpoint, N.C." is in North Carolina.
    const reportSays = (setting: Setting) => {
      const [preposition, ...place] = setting.phrase.split(" ");
      // A country is said by its capital too: "in Germany" by "at a meeting with German President Frank-Walter Steinmeier in Berlin".
      const capitals = setting.terms.length === 1 ? capitalsOf(setting.terms[0]!) : [];
      // Two places paired by a hyphen are both named: "the New York-New Jersey harbor" is "the Port of New York and New Jersey".
      const paired = /\p{L}-\p{Lu}/u.test(setting.name) ? [setting.name.replace(/-(?=\p{Lu})/gu, " and ")] : [];
      const names = [place.join(" "), ...capitals, ...paired].map(escapeRegExp).join("|");
      // Or as the area it is, by any of its longer names: "its breakaway region of Nagorno-Karabakh" for "in Karabakh".
      const phrase = new RegExp(`\\b(?:${preposition}\\s+(?:the\\s+${AREA_KIND}\\s+of\\s+)?|${AREA_KIND}\\s+of\\s+(?:\\p{L}+-)?)(?:${names})\\b`, "iu");
      const states = setting.phrase.startsWith("in ") ? stateAbbreviationsIn(setting.terms) : [];
      const state = states.map((abbreviation) => new RegExp(`,\\s*${escapeRegExp(abbreviation)}(?!\\w)`));
      return sameReport.some((quote) => phrase.test(quote.text) || state.some((after) => after.test(quote.text)));
    };
    const reportSets = (setting: Setting) =>
      (reportSays(setting) && !leadSetElsewhere()) ||
      (setting.ofWords &&
        (sameReport.some((quote) => setThere([setting], quote, index.lexical)) ||
          passages.some((passage, i) => passage.article.id === lead.passage.article.id && termsSetIn([setting], terms[i]!, index.lexical))));
    // A question after several things ("which foreign delegations did armenian officials host in yerevan") is answered by each
    // report's quote, not the best one's alone: a quote set there will do. Not every question on several reports: "what was agreed
    // when aliyev and pashinyan signed the peace treaty in washington" then quotes the treaty's mention elsewhere.
    const setByAnother = (setting: Setting) => question.severalAsked && quotes.some((quote) => !missedBy(quote).includes(setting));
    const missed = missedByLead.filter((setting) => missedByFirst.includes(setting) && !reportSets(setting) && !setByAnother(setting));
    return missed.length > 0 ? { detail: `the best quote is not set ${missed.map((p) => p.phrase).join(", ")}`, reason: { places: missed.map((p) => p.phrase) } } : undefined;
  },
};
