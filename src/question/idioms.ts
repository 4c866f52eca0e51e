/**
 * Business idioms askers use for what results tables name plainly: a company's "top line" is
 * its revenue ("Revs 61,762 vs ..."), its "bottom line" its net income ("Net 1,691,878 vs ...").
 */
const IDIOMS: [RegExp, string][] = [
  [/\btop[\s-]+lines?\b/gi, "revenue"],
  [/\bbottom[\s-]+lines?\b/gi, "net income"],
];

/** The question with those idioms written in the words the tables use. */
export function withIdiomsInPlainWords(question: string): string {
  return IDIOMS.reduce((text, [idiom, plain]) => text.replace(idiom, plain), question);
}
