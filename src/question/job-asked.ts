/**
 * "whats kurfursts job title", "kurfurst whats his job", "what post does X hold", "what does X do
 * for a living": a person's office, which the articles give beside the name ("Jaroslav Kurfürst,
 * Director General for European Affairs") and never call a job. Read as "who is X", which asks
 * the same in the articles' terms; "job" and "title", words no article uses, refused it as strange
 * or not covered.
 */

/** The words for someone's office a chat user types. */
const JOB = String.raw`(?:job(?:\s+title)?|title|occupation|profession|position|post|line of work)`;
/** "what's", "whats", "what is", "wat is". */
const WHATS = String.raw`(?:what|wat|wht)(?:['’]?s|\s+is)`;
/** A name of one to four words, which may end in a possessive ("kurfursts", "kurfurst's"); not "his", nor "the czech guy kurfurst", which reads as an office. */
const NAME = String.raw`((?!(?:his|her|their|its|my|your|ur|the|a|an)\b)(?:[\p{L}.-]+\s+){0,3}?[\p{L}.-]+?)(?:['’]s|s)?`;
const ASKS_JOB = [
  // "whats kurfursts job title"
  new RegExp(String.raw`^\W*${WHATS}\s+${NAME}\s+${JOB}\W*$`, "iu"),
  // "kurfurst whats his job", "jaroslav kurfurst, what's his job title"
  new RegExp(String.raw`^\W*${NAME}\W+${WHATS}\s+(?:his|her|their)\s+${JOB}\W*$`, "iu"),
  // "whos kurfurst, like whats his job"
  new RegExp(String.raw`^\W*(?:who(?:['’]?s|\s+is))\s+${NAME}\W+(?:like\s+)?${WHATS}\s+(?:his|her|their)\s+${JOB}\W*$`, "iu"),
  // "what post does kurfurst hold", "which position does hovhannisyan have"
  new RegExp(String.raw`^\W*(?:what|wat|wht|which)\s+(?:${JOB}|office)\s+(?:does|did|do)\s+${NAME}\s+(?:hold|have|occupy|fill)\W*$`, "iu"),
  // "kurfurst job title", as chat types it bare: the name, then the job ("ford job" may ask of jobs at Ford).
  new RegExp(String.raw`^\W*${NAME}\s+(?:job\s+title|occupation|profession)\W*$`, "iu"),
  // "what does kurfurst do for a living"
  new RegExp(String.raw`^\W*what\s+(?:does|did)\s+${NAME}\s+do\s+for\s+(?:a\s+)?(?:living|work)\W*$`, "iu"),
];

/** The question as "who is X" where it asks for X's job; else as it is. */
export function asWhoIsWhereJobAsked(question: string): string {
  for (const asks of ASKS_JOB) {
    const name = asks.exec(question)?.[1];
    if (name) return `who is ${name}`;
  }
  return question;
}
