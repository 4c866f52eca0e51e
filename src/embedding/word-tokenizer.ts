/**
 * The built-in model's tokenizer in plain TypeScript: what transformers.js does with the
 * tokenizer.json that static-model.ts writes (a BertNormalizer, a BertPreTokenizer and a
 * WordPiece model whose vocabulary holds whole words only), step by step as
 * transformers.js 2.x's tokenizers.js does it, so that both give the same tokens.
 * tests/static-embedder.test.ts holds them to that.
 */

export const PAD = "[PAD]";
export const UNK = "[UNK]";
/** WordPiece's limit: a longer word becomes [UNK] whatever the vocabulary holds. */
export const MAX_WORD_CHARS = 100;

// Added tokens are matched in the raw text first and kept whole, as transformers.js does.
const ADDED_TOKENS = /(\[PAD\])|(\[UNK\])/;
// BertNormalizer's clean_text: control and format characters go (but tab and line ends,
// which count as white space), and so do NUL and U+FFFD; white space becomes a space.
const CONTROL = /[\0\uFFFD]|(?![\t\n\r])[\p{Cc}\p{Cf}\p{Co}\p{Cs}]/gu;
const WHITE_SPACE = /\s/g;
// handle_chinese_chars: spaces around CJK ideographs, checked per UTF-16 unit as
// transformers.js does (so only the ranges below U+10000 count).
const CJK = /[\u3400-\u4DBF\u4E00-\u9FFF\uF900-\uFAFF]/g;
// strip_accents (implied by lowercase): combining marks after NFD.
const COMBINING_MARKS = /[\u0300-\u036f]/g;
// BertPreTokenizer: runs of anything but white space and punctuation, or one punctuation mark.
const PUNCTUATION = "\\p{P}\\u0021-\\u002F\\u003A-\\u0040\\u005B-\\u0060\\u007B-\\u007E";
const PRE_TOKEN = new RegExp(`[^\\s${PUNCTUATION}]+|[${PUNCTUATION}]`, "gu");

/** The text's tokens before they become ids: normalized words, punctuation marks and added tokens. */
export function wordTokens(text: string): string[] {
  return text
    .split(ADDED_TOKENS)
    .filter((section) => section)
    .flatMap((section) => (section === PAD || section === UNK ? [section] : preTokenize(normalize(section))));
}

/**
 * Whether the tokens of `a + gap + b` are those of `a` then those of `b`: the gap is white
 * space and stays a space once normalized (a lone form feed, say, is removed and would join
 * the words around it). Every step above is local to a run without white space.
 */
export function separatesTokens(gap: string): boolean {
  return /^\s+$/.test(gap) && normalize(gap).includes(" ");
}

/** Printable ASCII, tabs and line ends: nothing for the steps of `normalize` but white space and case to change. */
const PLAIN = /^[\t\n\r\x20-\x7e]*$/;

function normalize(text: string): string {
  if (PLAIN.test(text)) return text.replace(WHITE_SPACE, " ").toLowerCase();
  return text
    .replace(CONTROL, "")
    .replace(WHITE_SPACE, " ")
    .replace(CJK, " $& ")
    .toLowerCase()
    .normalize("NFD")
    .replace(COMBINING_MARKS, "");
}

function preTokenize(text: string): string[] {
  return text.trim().match(PRE_TOKEN) ?? [];
}
