/**
 * Acts done once (signing, declassifying, approving) that a question may take as done:
 * "what was in the treaty signed in washington", "when did thatcher call the election".
 */

/** The verbs, with their past forms. */
const ACTS: Record<string, string> = {
  sign: "signed", declassify: "declassified", call: "called", ratify: "ratified", approve: "approved", release: "released",
  complete: "completed", conclude: "concluded", award: "awarded", elect: "elected", appoint: "appointed", adopt: "adopted", impose: "imposed", lift: "lifted", deploy: "deployed",
};
/** "call" is said of much else when past ("so-called", "a firm called ...", "called for"): only "did ... call" takes it as done. */
const PAST_SAYS_LITTLE = new Set(["call"]);
/** Before a past form that is no past act: "is signed", "gets signed", "will be signed". */
const NOT_DONE_BEFORE = /\b(?:is|are|be|being|gets?|getting)\s+(?:\w+\s+)?$/i;
/** "did pashinyan say hed declassify ...": what was said or is to come is not taken as done. */
const SAID_OR_AHEAD = String.raw`(?:say|said|tell|told|promise|pledge|vow|plan|want|hope|expect|would|will|to|going|he'?d|she'?d|they'?d)\b`;

/** An act's past form and its others ("sign": signed; sign, signs, signing), as whole words, not in a compound ("closed-end"). */
export function formsOfAct(act: string): { past: string; other: string[] } {
  const past = ACTS[act]!;
  return { past, other: [act, act.endsWith("y") ? `${act.slice(0, -1)}ies` : `${act}s`, act.endsWith("e") ? `${act.slice(0, -1)}ing` : `${act}ing`] };
}

/** Whether a past form with `before` before it says the act was done, not that it is done as a rule or will be ("is signed"). */
export function pastSaysDone(before: string): boolean {
  return !NOT_DONE_BEFORE.test(before);
}

/** The acts a question takes as done: by a past form ("declassified files", "was signed", not "is signed"), or a verb after "did" ("when did thatcher call ..."). */
export function actsTakenAsDone(question: string): string[] {
  return Object.keys(ACTS).filter((act) => {
    const past = new RegExp(`\\b${ACTS[act]}\\b(?!-)`, "gi");
    const done = !PAST_SAYS_LITTLE.has(act) && [...question.matchAll(past)].some((m) => pastSaysDone(question.slice(0, m.index)));
    return done || new RegExp(`\\bdid\\s+(?:(?!${SAID_OR_AHEAD})[\\w'’-]+\\s+){0,4}?${act}\\b`, "i").test(question);
  });
}
