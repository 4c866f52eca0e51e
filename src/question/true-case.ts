/**
 * Questions typed in lower case, as chat users often type them ("why did the czech delegation
 * visit baku?"), in whole or in part, are read with the capitals the articles give the same
 * words: the rules about names then apply as they do to "Why did the Czech delegation visit
 * Baku?". A word is a name when the articles write it with a capital, away from the start of a
 * sentence, most of the time, beside the question's next or previous word where they write the
 * two together ("First Boston" does not make "the first qantas 747" a name, nor "United
 * Nations" "nine african nations"); a word no article uses, when it names a country ("iran").
 */
import { escapeRegExp } from "../util/regexp.js";
import { termOf, wordsOf } from "../index/analyzer.js";
import { isTitle } from "./names.js";
import { countryNamesOf } from "../index/countries.js";
import type { CorpusIndex } from "../index/corpus-index.js";

/** Chunks read to learn how the articles write a word (at most). */
const CHUNKS_READ = 20;
/** Share of its uses inside sentences that must be capitalised for a word to be a name. */
const NAME_SHARE = 0.7;
/** Words (with their neighbours) whose writing is remembered; past it the memory starts again. */
const MAX_REMEMBERED = 50_000;

export class TrueCaser {
  /** How the articles write each word, by the word and its neighbour. */
  private readonly writing = new Map<string, { share: number; allCapitals: boolean } | null>();

  constructor(private readonly index: CorpusIndex) {}

  /** The question with each word typed in lower case that the articles write as a name written as they write it. */
  apply(question: string): string {
    const words = wordsOf(question);
    const content = (position: number) => {
      const word = words[position]?.word;
      return word && termOf(word) ? word : undefined;
    };
    let cased = "";
    let at = 0;
    words.forEach(({ word, start, end }, position) => {
      const name = position > 0 && !/\p{Lu}/u.test(word) ? this.asName(word, content(position - 1), content(position + 1)) : null;
      if (!name) return;
      cased += question.slice(at, start) + name;
      at = end;
    });
    return cased + question.slice(at);
  }

  /** The word as the articles write it when it is a name ("Baku", "EU"), else null. */
  private asName(word: string, previous: string | undefined, next: string | undefined): string | null {
    const term = termOf(word);
    // Stop words, titles ("president" belongs to the name before it) and lone letters stay as typed.
    if (!term || isTitle(term) || word.length < 2) return null;
    if (!this.index.lexical.has(term)) return countryNamesOf(term).find((name) => name.text.toLowerCase() === word)?.text ?? null;
    // How the articles write it beside its neighbour, where they have the two together, else anywhere.
    const contexts: [string | undefined, string | undefined][] = [];
    if (previous) contexts.push([previous, undefined]);
    if (next) contexts.push([undefined, next]);
    contexts.push([undefined, undefined]);
    for (const [before, after] of contexts) {
      const uses = this.capitals(word, before, after);
      if (!uses) continue;
      if (uses.share < NAME_SHARE) return null;
      return uses.allCapitals ? word.toUpperCase() : word.charAt(0).toUpperCase() + word.slice(1);
    }
    return null;
  }

  /**
   * How the articles write the word (beside `before` or `after`): the share of its uses with a
   * capital, and whether those are mostly all capitals ("EU"); null when none is seen.
   */
  private capitals(word: string, before: string | undefined, after: string | undefined): { share: number; allCapitals: boolean } | null {
    const key = `${before ?? ""} ${word} ${after ?? ""}`;
    if (this.writing.has(key)) return this.writing.get(key)!;
    if (this.writing.size >= MAX_REMEMBERED) this.writing.clear();
    // Each word in any of its forms ("kurds": "Kurdish"), found by its first letters.
    const forms = (w: string) => `${escapeRegExp(w.slice(0, Math.max(4, w.length - 2)))}[\\p{L}]*`;
    const pattern = `(^|[^\\p{L}\\p{N}])${before ? `${forms(before)}\\s+` : ""}(${forms(word)})${after ? `\\s+${forms(after)}` : ""}(?![\\p{L}\\p{N}])`;
    const written = new RegExp(pattern, "giu");
    let capitalised = 0;
    let allCapitals = 0;
    let lower = 0;
    const query = [before, word, after].filter(Boolean).join(" ");
    // Chunks spread over the corpus, not the best BM25 matches: those favour chunks where the
    // word is most prominent, such as "First Boston"'s for "first".
    const rows = this.index.lexical
      .query(query, { matchAll: true })
      .map((hit) => this.index.chunkRows.get(hit.id)!)
      .sort((a, b) => a - b);
    const step = Math.max(1, Math.ceil(rows.length / CHUNKS_READ));
    for (let i = 0; i < rows.length; i += step) {
      const text = this.index.chunks[rows[i]!]!.text;
      for (const match of text.matchAll(written)) {
        const at = match.index + match[1]!.length;
        // A sentence's first word is capitalised whatever it is.
        if (!before && /(^|[.!?:…]["”’)]*\s+|\n\s*)$/u.test(text.slice(Math.max(0, at - 4), at))) continue;
        if (/^\p{Lu}/u.test(match[2]!)) capitalised++;
        else lower++;
        if (!/\p{Ll}/u.test(match[2]!)) allCapitals++;
      }
    }
    const found = capitalised + lower > 0 ? { share: capitalised / (capitalised + lower), allCapitals: allCapitals * 2 > capitalised } : null;
    this.writing.set(key, found);
    return found;
  }
}
