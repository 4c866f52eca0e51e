/**
 * Which names in a question the corpus never mentions. An answer about such a name could
 * only quote something else, so the answer abstains and says which name it did not find.
 */
import { analyze, names } from "../index/analyzer.js";
import { countryNamesOf } from "../index/countries.js";
import type { CorpusIndex } from "../index/corpus-index.js";

/** A country name of several words stands, if anywhere, among the chunks that score best for it. */
const CHUNKS_CHECKED = 50;

export class KnownNames {
  /** Whether the corpus names the country of a nationality term, worked out once per term. */
  private readonly countryNamed = new Map<string, boolean>();

  constructor(private readonly index: CorpusIndex) {}

  /** The names in the question with a word the corpus never uses, as written. */
  unknownIn(question: string): string[] {
    const unknown = names(question).filter(({ terms }) => terms.some((term) => !this.knows(term)));
    return [...new Set(unknown.map(({ name }) => name))];
  }

  /** A word the corpus uses, or a nationality whose country it names ("American": "the United States"). */
  private knows(term: string): boolean {
    if (this.index.lexical.knows(term)) return true;
    let named = this.countryNamed.get(term);
    if (named === undefined) {
      named = countryNamesOf(term).some((name) => this.mentions(name));
      this.countryNamed.set(term, named);
    }
    return named;
  }

  /** Whether some article has the name, its words side by side and in order. */
  private mentions(name: string): boolean {
    const terms = analyze(name);
    // Exactly: "UK" must not count for "Ukraine", as a looser match would have it.
    if (terms.length <= 1) return terms.length === 1 && this.index.lexical.has(terms[0]!);
    return this.index.lexical
      .query(name, { matchAll: true })
      .slice(0, CHUNKS_CHECKED)
      .some((hit) => {
        const chunk = this.index.chunks[this.index.chunkRows.get(hit.id)!]!;
        const text = analyze(`${this.index.articles.get(chunk.articleId)!.title} ${chunk.text}`);
        return text.some((_, start) => terms.every((term, i) => text[start + i] === term));
      });
  }
}
