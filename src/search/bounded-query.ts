/**
 * Bounds on what one asker can make the search and the answer read. Their work grows with
 * the words of the question, and one asker must not hold up the rest.
 */

/** The longest question read, in characters (Discord's /ask takes 500 too). */
export const MAX_QUESTION_CHARS = 500;

/** The longest query searched: a question with the one question it follows up on. */
export const MAX_QUERY_CHARS = 2 * MAX_QUESTION_CHARS + 1;

/** Text with white space folded, cut to `max` characters at a word boundary where there is one. */
export function boundedText(text: string, max: number): string {
  const folded = text.replace(/\s+/g, " ").trim();
  if (folded.length <= max) return folded;
  const cut = folded.slice(0, max + 1);
  const space = cut.lastIndexOf(" ");
  return (space > max / 2 ? cut.slice(0, space) : cut.slice(0, max)).trimEnd();
}
