import { analyze, tokenize } from "../../index/analyzer.js";
import { datelineOfArticle } from "../../index/corpus-index.js";
import { maturityYearsIn } from "../../corpus/dates.js";
import { isOffice, MEASURE_KINDS, RATE_KINDS } from "../../question/asks.js";
import { isLegalForm, names as namesIn, type Name } from "../../question/names.js";
import { FIRM_WORDS } from "../../index/firm-words.js";
import { namesHead } from "../../question/offices.js";
import { adjectivesOf } from "../../index/aliases.js";
import { speaksOf } from "../same-word.js";
import type { QuoteRule } from "./rule.js";

/** An office below the one its last word names: an executive vice president is not the president. */
const OFFICE_BELOW = /\b(?:(?:executive|senior|first)\s+)?(vice|deputy|assistant|associate)[\s-]+\p{L}+/giu;

/** A headline shortens a firm's name of three words or more by its last word for a firm: "Tcw Convertible Securities" for "TCW Convertible Securities Fund". */
const FIRM_WORD = new RegExp(`^(?:${FIRM_WORDS})$`, "iu");
const endsWithFirmWord = (name: Name, at: number) => at >= 2 && at === name.terms.length - 1 && FIRM_WORD.test(name.name.split(/\s+/).at(-1) ?? "");

/** A rate as the wire gives it: "9-1/2 pct", "7.5%". */
const PERCENT = /\d\s*(?:%|pct\b|per\s*cent\b|percent\b)/i;

/** Words that ask for someone's office: "what is the job (title) of the czech official who led ...": "Deputy Minister" ("the title of his novel" asks for a name). */
const ASKS_OFFICE = new Set(["job", "jobs", "post"]);

export const focusRule: QuoteRule = {
  id: "focus",
  guards: "Quoting sentences that never name what \"who is the ...\" or \"what is the ...\" asks for (\"who was the captain of the ferry\" answered with the ferry's owner).",
  stage: "quotes",
  check: ({ question: { text, focus, focusNames, nameAsked, cased, counted }, quotes, sameThing, index }) => {
    // A company's result asked by its kind ("what was the door maker's annual income") is the counted rule's to find, in the words
    // results are given in ("Year net"); not a price, which that rule takes in any sum of money. So is a bond's coupon, a rate
    // the wire gives in percent without the word ("its 50 mln stg 9-1/2 pct notes").
    const head = focus.at(-1);
    const kind = head !== undefined && RATE_KINDS.has(head) ? "rate" : head;
    // Of a security named by the year it falls due, the rate is given beside that year: not the "11-3/8 pct debentures due
    // 1998" the new "debentures due 2012" will redeem.
    const due = kind !== head ? maturityYearsIn(text)[0] : undefined;
    if (due && !quotes.some((quote) => PERCENT.test(quote.text) && maturityYearsIn(quote.text).includes(due))) {
      return { detail: `no quote gives the ${head} of the securities due ${due}`, reason: {} };
    }
    if (kind === undefined || (counted.includes(kind) && MEASURE_KINDS.has(kind))) return undefined;
    const names = (quote: (typeof quotes)[number]) => {
      const words = tokenize(quote.text.replace(OFFICE_BELOW, (office, below: string) => (focus.includes(below.toLowerCase()) ? office : " ")));
      // Whoever heads a body holds a title or a post of its own: "the head of the party" is its president, "the agency's head" its
      // Director ("the chief executive" is no head).
      return words.some((word) => focus.some((asked) => sameThing(asked, word) || (((asked === focus.at(-1) && namesHead(asked)) || ASKS_OFFICE.has(asked)) && isOffice(word.toLowerCase()))));
    };
    // The quote that names it names what it belongs to as well, or its report's headline does: "the capital of France" is not
    // Azerbaijan's; "The company named Drexel Burnham Lambert Inc as sole underwriter" under "Waxman Industries <wax> Files ...".
    // A company's legal form may be left out: "Angio-Medical Corp's" under "Angio-Medical In Initial Offering".
    const ofOwner = (quote: (typeof quotes)[number]) => {
      if (focusNames.length === 0) return true;
      // So does its dateline, for a thing named by its place: "the new Seattle subsidiary" of a report filed from "SEATTLE".
      const dateline = datelineOfArticle(index, quote.passage.article.id);
      const headline = new Set(analyze([quote.passage.article.title, dateline?.place ?? ""].join(" ")));
      const said = (term: string) => speaksOf(quote.terms, term, index.lexical) || speaksOf(headline, term, index.lexical);
      // A body's adjective stands for it as owner: "the head of the European mission" heads the EU's mission.
      const byAdjective = (name: (typeof focusNames)[number]) => adjectivesOf(name.terms).some(said);
      return focusNames.every((name) => name.terms.every((term, at) => isLegalForm(term) || said(term) || endsWithFirmWord(name, at)) || byAdjective(name));
    };
    // Asked its name, the quote names it by one the question does not give: "an unidentified marketing company" has none.
    const typed = new Set(analyze(cased));
    const givesName = (quote: (typeof quotes)[number]) => !nameAsked || namesIn(quote.text).some((name) => name.terms.some((term) => !typed.has(term) && !isLegalForm(term)));
    return quotes.some((quote) => names(quote) && ofOwner(quote) && givesName(quote)) ? undefined : { detail: `no quote names the ${focus.join(" ")} asked for`, reason: {} };
  },
};
