/**
 * The lexical index's terms, sorted, with the look-ups retrieval needs that do not read every
 * term: a term's place, whether some term starts with a prefix, and the terms a few edits away.
 */
export class Vocabulary {
  /** Letters each term shares with the one before it (at most 255), for the walk in `similar`. */
  private readonly shared: Uint8Array;

  /** `terms` sorted as `<` compares strings (by UTF-16 code units), without repeats. */
  constructor(readonly terms: readonly string[]) {
    this.shared = new Uint8Array(terms.length);
    for (let at = 1; at < terms.length; at++) {
      const [before, term] = [terms[at - 1]!, terms[at]!];
      const most = Math.min(before.length, term.length, 255);
      let letters = 0;
      while (letters < most && before.charCodeAt(letters) === term.charCodeAt(letters)) letters++;
      this.shared[at] = letters;
    }
  }

  get size(): number {
    return this.terms.length;
  }

  /** The term's place, or -1 when it is not a term. */
  indexOf(term: string): number {
    const at = this.lowerBound(term);
    return at < this.terms.length && this.terms[at] === term ? at : -1;
  }

  /** Whether some term starts with `prefix`. */
  hasPrefix(prefix: string): boolean {
    const at = this.lowerBound(prefix);
    return at < this.terms.length && this.terms[at]!.startsWith(prefix);
  }

  /**
   * Every term within `maxEdits` Levenshtein edits of `word` other than itself, with its
   * distance, in term order. The sorted terms are walked as the trie they spell: a row of the
   * edit-distance table per letter, kept for the next term as far as the two share letters,
   * and every term under a prefix already more than `maxEdits` away passed over at the cost of
   * one comparison. Only cells within `maxEdits` of the diagonal are computed.
   */
  similar(word: string, maxEdits: number): { term: number; distance: number }[] {
    const found: { term: number; distance: number }[] = [];
    const { terms, shared } = this;
    const n = word.length;
    const width = n + 1;
    const far = maxEdits + 1;
    // rows[r * width + j]: edits between the current term's first r letters and the word's first j.
    // Cells off the band keep `far`; no term longer than n + maxEdits can match, so the walk
    // never goes past row n + maxEdits + 1.
    const rows = new Uint8Array((n + maxEdits + 2) * width).fill(far);
    for (let j = 0; j <= Math.min(n, maxEdits); j++) rows[j] = j;
    for (let r = 1; r <= maxEdits; r++) rows[r * width] = r;
    // Rows computed for the last term walked, and the length of its prefix found too far (past any term: none).
    let valid = 0;
    let tooFar = Infinity;
    for (let at = 0; at < terms.length; at++) {
      const common = shared[at]!;
      if (common >= tooFar) continue;
      tooFar = Infinity;
      const term = terms[at]!;
      let letters = Math.min(valid, common);
      for (; letters < term.length; letters++) {
        const row = letters + 1;
        const code = term.charCodeAt(letters);
        const here = row * width;
        const above = here - width;
        let least = rows[here]!;
        for (let j = Math.max(1, row - maxEdits), last = Math.min(n, row + maxEdits); j <= last; j++) {
          const replace = rows[above + j - 1]! + (code === word.charCodeAt(j - 1) ? 0 : 1);
          const cost = Math.min(replace, rows[above + j]! + 1, rows[here + j - 1]! + 1);
          rows[here + j] = cost;
          if (cost < least) least = cost;
        }
        if (least > maxEdits) {
          tooFar = row;
          break;
        }
      }
      valid = letters;
      if (tooFar !== Infinity) continue;
      const distance = rows[term.length * width + n]!;
      if (distance <= maxEdits && distance > 0) found.push({ term: at, distance });
    }
    return found;
  }

  /** The place of the first term not below `term`. */
  private lowerBound(term: string): number {
    let low = 0;
    let high = this.terms.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (this.terms[middle]! < term) low = middle + 1;
      else high = middle;
    }
    return low;
  }
}
