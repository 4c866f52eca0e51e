/**
 * Which names in a question the corpus never mentions. An answer about such a name could
 * only quote something else; when the answer says it found nothing, it names them ("I
 * found nothing about NATO").
 */
import { otherNamesOf } from "../index/aliases.js";
import { areaAtStart, countryNamesOf, countriesIn, type CountryName } from "../index/countries.js";
import type { CorpusIndex } from "../index/corpus-index.js";
import type { LexicalIndex } from "../index/lexical-index.js";
import { analyze } from "../index/analyzer.js";
import { isTitle, type Name } from "./names.js";
import { officeForms } from "./offices.js";

/**
 * Whether the articles use a word, or one spelt a little otherwise ("aliev": "aliyev"); a country, its people or its capital
 * only as spelled, not by a word a letter away ("France" is no misspelling of "Frank").
 */
export function knowsAsWritten(term: string, lexical: LexicalIndex): boolean {
  return countryNamesOf(term).length > 0 ? lexical.has(term) : lexical.knows(term);
}

export class KnownNames {
  /** Whether the corpus names the country of a nationality term, worked out once per term. */
  private readonly countryNamed = new Map<string, boolean>();
  /** The articles' outlets, by their terms: an outlet is known by its articles, which seldom write its name ("according to the JAMnews piece"). */
  private outletTerms?: Set<string>;

  constructor(private readonly index: CorpusIndex) {}

  /** The names, as written, split into those the corpus uses and those it never does. */
  sort(all: Name[]): { known: string[]; unknown: string[] } {
    // A region ("the East African country") is known by any of its countries, and a name it opens by them and the rest;
    // one word ("Africa") is known as written.
    // So is a name by another of its names ("European Union": "EU").
    const isKnown = ({ terms }: { terms: string[] }) =>
      terms.every((term) => this.knows(term)) ||
      this.outlets().has(terms.join(" ")) ||
      this.knowsArea(terms) ||
      otherNamesOf(terms).some((other) => other.every((term) => this.index.lexical.knows(term)));
    return { known: [...new Set(all.filter(isKnown).map(({ name }) => name))], unknown: [...new Set(all.filter((n) => !isKnown(n)).map(({ name }) => name))] };
  }

  /** "the East African country", "the South American OPEC member": a name that is or opens with an area, known by a country of the area and the rest. */
  private knowsArea(terms: string[]): boolean {
    const area = areaAtStart(terms);
    return area > 0 && countriesIn(terms.slice(0, area)).some((term) => this.index.lexical.has(term)) && terms.slice(area).every((term) => this.knows(term));
  }

  private outlets(): Set<string> {
    this.outletTerms ??= new Set([...this.index.articles.values()].flatMap((article) => (article.outlet ? [analyze(article.outlet).join(" ")] : [])));
    return this.outletTerms;
  }

  /**
   * A word the corpus uses, a title whose office it names in other words ("premier": "Prime
   * Minister"), or a nationality whose country it names ("American": "the United States").
   */
  private knows(term: string): boolean {
    if (knowsAsWritten(term, this.index.lexical)) return true;
    if (isTitle(term) && officeForms(term).some((form) => form.every((word) => this.index.lexical.knows(word)))) return true;
    let named = this.countryNamed.get(term);
    if (named === undefined) {
      named = countryNamesOf(term).some((name) => this.mentions(name));
      this.countryNamed.set(term, named);
    }
    return named;
  }

  /** Whether some chunk has every word of the name (a one-word name exactly: "UK" is not "Ukraine"). */
  private mentions(name: CountryName): boolean {
    if (name.terms.length === 1) return this.index.lexical.has(name.terms[0]!);
    return this.index.lexical.query(name.text, { matchAll: true }).length > 0;
  }
}
