/**
 * "What did X say (tell, answer, reply) ...?", "How did X respond to ...?", "Did X comment on ...?" and "X's comments on ..." ask
 * for X's words; who X is, as the rules that hold the answer to X's words read it.
 */
import { isTitle } from "./names.js";
import { termOf, wordsOf } from "../index/analyzer.js";
import { countryNamesOf } from "../index/countries.js";
import { REPORT_WORD } from "./report-words.js";

/** "what did X say", "how did X respond to ...", "did X comment on ...", "X's comments on ...", "X's reaction to ...": X's words are asked for. */
const ASKS_WHAT_SAID =
  /^\W*(?:what\s+did\s+(.+?)\s+(?:say|tell|answer|reply)|how\s+(?:did|has|have)\s+(.+?)\s+(?:respond|react|reply|answer)|did\s+(.+?)\s+(?:comment|respond|react|reply)|(?:what\s+(?:were|are|was|is)\s+)?(?!(?:what|which|who|whom|whose|where|when|why|how|did|does|do|is|are|was|were)\b)((?:[\p{L}\p{N}.&-]+\s+){0,3}?[\p{L}\p{N}.&-]+)['’]s?\s+(?:comments?|remarks?|words|reactions?|responses?)\s+(?:on|about|regarding|to))\b/iu;
const ANOTHER_QUESTION = /,?\s+and\s+(?:what|who|whom|whose|how|when|where|why|which)\b/i;
/** The articles themselves, which are no one's words: "what did the different articles say about ..." compares reports. */
const THE_ARTICLES = /^(?:(?:the|these|those|all|both|various|different|several|other|two|three|your)\s+)*(?:articles|reports|stories|outlets|papers|newspapers|media)$/i;
const DOCUMENT = new RegExp(String.raw`\b${REPORT_WORD}$`, "i");

export interface Speaker {
  /** As the question names the speaker ("the Armenian army"). */
  name: string;
  /** The terms that name the speaker. */
  terms: string[];
  /** Whether the question asks what a document said ("the grain quota report"). */
  document: boolean;
  /** Whether it asks what was said on a topic ("... about the blockade") or at all. */
  onTopic: boolean;
}

/**
 * Who the question asks about when it asks what someone said, else null. The speaker is
 * named without titles and countries ("German President Steinmeier" -> "steinmei"; "presid"
 * would find "the presidential press service"), or by the country alone ("the Armenian army").
 * Where no capitalised word names them, a word `unknown` says no article uses does, however
 * it is typed ("what did erdogan say"; not "diplomats" in "what did Armenian diplomats say").
 */
export function askedSpeaker(question: string, unknown: (word: string) => boolean = () => false): Speaker | null {
  const asked = speakerAsked(question);
  if (asked === undefined) return null;
  const words = wordsOf(asked);
  const namedBy = (names: (word: string, at: number) => boolean) =>
    words
      .filter(({ word }, at) => word.length > 1 && names(word, at))
      .flatMap(({ word }) => termOf(word) ?? [])
      .filter((term) => !isTitle(term));
  // Capitalised words only: "foreign" in "the Czech foreign minister" does not name anyone.
  const capitalised = namedBy((word) => /\p{Lu}/u.test(word));
  // Beside them, a word no article uses right after a title: "Kremlin spokesman peskov" is Peskov, not the Kremlin.
  const afterTitle = namedBy((word, at) => at > 0 && isTitle(termOf(words[at - 1]!.word) ?? "") && unknown(word));
  const named = capitalised.length > 0 ? [...new Set([...capitalised, ...afterTitle])] : namedBy(unknown);
  const proper = named.filter((term) => countryNamesOf(term).length === 0);
  const terms = proper.length > 0 ? proper : named;
  // "How did X respond to ...", "did X comment on ...": words on a matter.
  const onTopic = /\babout\b/i.test(question) || !/^\W*what\s+did\b/i.test(question);
  return terms.length > 0 ? { name: asked, terms, document: DOCUMENT.test(asked), onTopic } : null;
}

/** Whose words "What did X say ...?", "How did X respond ...?", "Did X comment ...?" or "X's comments on ..." asks for, as typed ("macron"), or undefined. */
export function speakerAsked(question: string): string | undefined {
  const match = ASKS_WHAT_SAID.exec(question);
  if (!match) return undefined;
  // "How did Moscow react to Armenia's ICC plans, and what did it say about Azerbaijan?": a
  // reaction asked beside another question may be an act rather than words.
  const asked = match[1] ?? (ANOTHER_QUESTION.test(question) ? undefined : (match[2] ?? match[3] ?? match[4]));
  return asked !== undefined && THE_ARTICLES.test(asked.trim()) ? undefined : asked;
}
