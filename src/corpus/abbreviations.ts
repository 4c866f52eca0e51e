/**
 * Abbreviations an article defines: "the International Criminal Court (ICC)" or "ICC
 * (International Criminal Court)", found with Schwartz and Hearst's algorithm ("A simple
 * algorithm for identifying abbreviation definitions in biomedical text", 2003): the short
 * form's letters are matched right to left in the words before it, its first letter
 * starting a word.
 */
import { BoundedMemo } from "../util/bounded-memo.js";
import { escapeRegExp } from "../util/regexp.js";

export interface Abbreviation {
  short: string;
  long: string;
}

const IN_BRACKETS = /\(([^()]{2,100})\)/g;

/** The abbreviations the text defines, each once. */
export function abbreviationsIn(text: string): Abbreviation[] {
  const found = new Map<string, Abbreviation>();
  for (const match of text.matchAll(IN_BRACKETS)) {
    const inside = match[1]!.trim().replace(/[;,].*$/, "");
    // The clause before the brackets, from its last stop or bracket.
    const before = text.slice(Math.max(0, match.index - 300), match.index).split(/[.;:!?()]\s/).at(-1)!.trim();
    const definition = isShortForm(inside) ? define(inside, before) : isShortForm(lastWord(before)) ? define(lastWord(before), inside) : null;
    if (definition && !found.has(definition.short)) found.set(definition.short, definition);
  }
  return [...found.values()];
}

function lastWord(text: string): string {
  return text.split(/\s+/).at(-1) ?? "";
}

/** "ICC", "NATO", "TNF-α", "EU": a word or two with a capital, starting with a letter or digit. */
function isShortForm(text: string): boolean {
  return /^[\p{L}\p{N}]/u.test(text) && /\p{Lu}/u.test(text) && text.split(/\s+/).length <= 2 && text.length <= 10;
}

/** The long form of `short` that ends `candidate`, or null when its letters are not there in order. */
function define(short: string, candidate: string): Abbreviation | null {
  const words = candidate.split(/\s+/).filter(Boolean);
  const text = words.slice(-Math.min(short.length + 5, short.length * 2)).join(" ");
  const lower = text.toLowerCase();
  const letters = short.toLowerCase();
  let s = letters.length - 1;
  let l = lower.length - 1;
  while (s >= 0) {
    const char = letters[s]!;
    if (!/[\p{L}\p{N}]/u.test(char)) {
      s--;
      continue;
    }
    // The short form's first letter must start a word of the long form.
    while (l >= 0 && (lower[l] !== char || (s === 0 && l > 0 && /[\p{L}\p{N}]/u.test(lower[l - 1]!)))) l--;
    if (l < 0) return null;
    l--;
    s--;
  }
  const long = text.slice(text.lastIndexOf(" ", l) + 1);
  if (long.length <= short.length || long.toLowerCase().includes(letters) || !long.includes(" ")) return null;
  return { short, long };
}

/** The short form as a word of its own; compiled once, as every chunk of an article is tested for it. */
function standingAlone(short: string): RegExp {
  return new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(short)}(?![\\p{L}\\p{N}])`, "u");
}

const SHORT_FORMS = new BoundedMemo<string, RegExp>(10_000);

/**
 * The other form of each abbreviation a text uses in one form only: "ICC" for a passage
 * that says "International Criminal Court", and the reverse, so either finds it.
 */
export function otherFormsIn(text: string, abbreviations: Abbreviation[]): string[] {
  const lower = text.toLowerCase();
  return abbreviations.flatMap(({ short, long }) => {
    const hasShort = SHORT_FORMS.get(short, standingAlone).test(text);
    const hasLong = lower.includes(long.toLowerCase());
    return hasShort === hasLong ? [] : [hasShort ? long : short];
  });
}
