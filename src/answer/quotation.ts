/**
 * Quotation marks in a sentence: which of its words a speaker is quoted saying. A
 * quotation may have opened in the sentence before ("... sooner or later," the press
 * service quoted him).
 */

/** The sentence's opening less its closing curly quotation marks, and whether it holds an odd number of straight ones. */
function quotationMarks(text: string): { curlyOpen: number; straightOdd: boolean } {
  const count = (mark: RegExp) => (text.match(mark) ?? []).length;
  return { curlyOpen: count(/“/g) - count(/”/g), straightOdd: count(/"/g) % 2 === 1 };
}

/** Whether a sentence closes a quotation it does not open: “ ” counted apart, a straight " by what stands before it. */
export function closesQuotation(text: string): boolean {
  const { curlyOpen, straightOdd } = quotationMarks(text);
  return curlyOpen < 0 || (straightOdd && /^[^"]*\S"/.test(text));
}

/** Whether a sentence opens a quotation it does not close, to go on in the next sentence. */
export function opensQuotation(text: string): boolean {
  const { curlyOpen, straightOdd } = quotationMarks(text);
  return curlyOpen > 0 || (straightOdd && /"[^"\s][^"]*$/.test(text));
}

/** For each character of a sentence, whether it stands inside a quotation. */
export function quotedCharacters(text: string): boolean[] {
  let inside = closesQuotation(text);
  return [...text].flatMap((char) => {
    if (char === "“") inside = true;
    else if (char === "”") inside = false;
    else if (char === '"') inside = !inside;
    // Astral characters take two UTF-16 units; offsets count units.
    return char.length === 2 ? [inside, inside] : [inside];
  });
}
