/**
 * Small talk is not a question about the news: "thanks!" answered with a quote, or "hi"
 * with "I found nothing about that", reads as broken. A message made only of greetings,
 * thanks, requests for help or questions about the bot gets a short reply instead, which
 * says what the articles cover and offers questions they answer.
 */
import { formatDate } from "../corpus/dates.js";
import { isTitle, termOf } from "../index/analyzer.js";
import type { ArticleRecord } from "../index/corpus-index.js";
import { countryNamesOf } from "../index/countries.js";

/** Capitalised words of offices and bodies that name no one in particular. */
const GENERIC_CAPITALS = new Set(
  "Foreign Affairs Ministry Department National State Parliament Government Council Committee Office Delegation Group General Deputy Director Security Armed Forces"
    .split(" ")
    .map(termOf),
);

export type ChatAct = "empty" | "greeting" | "thanks" | "help" | "identity";

/** The phrases of each act, as typed in chat once lower-cased and stripped of punctuation. */
const PHRASES: Record<Exclude<ChatAct, "empty">, string[]> = {
  greeting: [
    "hi", "hii", "hello", "hey", "heya", "hiya", "yo", "howdy", "greetings", "sup", "whats up", "what's up", "good morning", "good afternoon",
    "good evening", "good day", "gm", "morning", "evening", "how are you", "how are you doing", "how's it going", "hows it going", "how do you do",
    "nice to meet you", "bye", "goodbye", "see you", "good night", "gn",
  ],
  thanks: [
    "thanks", "thank you", "thx", "ty", "tysm", "thanks a lot", "thank you so much", "thanks so much", "thank u", "cheers", "much appreciated",
    "appreciated", "great", "cool", "nice", "ok", "okay", "k", "kk", "awesome", "perfect", "got it", "good bot", "great job", "well done", "lol",
    "haha", "wow", "amazing", "brilliant", "excellent", "sounds good", "all good", "no problem", "np", "that helps", "that helped", "helpful",
  ],
  help: [
    "help", "help me", "helpp", "what can you do", "what do you do", "what can i ask", "what can i ask you", "what should i ask", "how do i use this",
    "how do i use you", "how does this work", "how do you work", "commands", "what are your commands", "usage", "what do you know",
    "what do you know about", "what are you for", "what topics", "what topics do you cover", "what do you cover", "what news do you have",
    "what can you tell me", "menu", "options", "start", "info",
  ],
  identity: [
    "who are you", "what are you", "are you a bot", "are you human", "are you a human", "are you real", "are you ai", "are you an ai",
    "are you chatgpt", "who made you", "who built you", "who created you", "who wrote you", "who programmed you", "what is your name",
    "what's your name", "whats your name", "what is newsdesk", "introduce yourself", "tell me about yourself",
  ],
};
/** Words that add nothing to small talk: "hi there bot", "thanks again", "ok so". */
const FILLER = new Set(["there", "bot", "newsdesk", "again", "so", "much", "very", "please", "pls", "plz", "all", "everyone", "guys", "mate", "buddy", "friend", "just", "and", "then", "oh", "ah", "hmm", "um", "well", "really", "anyway"]);

const PRIORITY: ChatAct[] = ["help", "identity", "greeting", "thanks"];
const PHRASE_WORDS = Object.entries(PHRASES).flatMap(([act, phrases]) => phrases.map((phrase) => ({ act: act as ChatAct, words: phrase.split(" ") })));

/** The message's words as chat types them: lower case, no punctuation or emoji. */
function chatWords(message: string): string[] {
  return message
    .toLowerCase()
    .replace(/[’`]/g, "'")
    .replace(/<@!?\d+>/g, " ")
    .replace(/[^\p{L}\p{N}' ]+/gu, " ")
    .split(" ")
    .filter((word) => word && word !== "'");
}

/**
 * Which act a message is when it is nothing but small talk ("hi!", "ok thanks", "who made
 * you?"), or undefined when it holds anything else, which is then read as a question.
 */
export function chatActOf(message: string): ChatAct | undefined {
  const words = chatWords(message);
  if (words.length === 0) return "empty";
  // Cover the words with phrases and filler, left to right; every way that covers them all counts.
  const acts: Set<ChatAct>[] = Array.from({ length: words.length + 1 }, () => new Set());
  const reachable = new Array<boolean>(words.length + 1).fill(false);
  reachable[0] = true;
  for (let at = 0; at < words.length; at++) {
    if (!reachable[at]) continue;
    const carry = (to: number, act?: ChatAct) => {
      reachable[to] = true;
      for (const earlier of acts[at]!) acts[to]!.add(earlier);
      if (act) acts[to]!.add(act);
    };
    if (FILLER.has(words[at]!)) carry(at + 1);
    for (const { act, words: phrase } of PHRASE_WORDS) {
      if (phrase.every((word, i) => words[at + i] === word)) carry(at + phrase.length, act);
    }
  }
  if (!reachable[words.length]) return undefined;
  return PRIORITY.find((act) => acts[words.length]!.has(act));
}

/** What the articles cover, for a reply to small talk. */
export interface Coverage {
  articles: ArticleRecord[];
  /** Questions the articles answer, to offer as examples. */
  examples: string[];
}

const OPENING: Record<ChatAct, string> = {
  empty: "Ask me a question about the news.",
  greeting: "Hi! Ask me a question about the news.",
  thanks: "You're welcome! Ask me anything else about the news.",
  help: "I answer questions about the news by quoting the sentences of my articles that answer them, each cited with its outlet, date and link. When the articles hold no answer, I say so.",
  identity: "I'm newsdesk, a bot that answers questions about a collection of news articles by quoting the sentences that answer them, each cited with its source. I don't make answers up: when the articles hold no answer, I say so.",
};

/** A short reply to small talk: what the bot is for, what it holds, and questions to try. */
export function chatReply(act: ChatAct, coverage: Coverage): string {
  const { articles, examples } = coverage;
  const counts = new Map<string, number>();
  for (const { outlet } of articles) if (outlet) counts.set(outlet, (counts.get(outlet) ?? 0) + 1);
  // The outlets with the most articles first.
  const outlets = [...counts.keys()].sort((a, b) => counts.get(b)! - counts.get(a)!);
  const dates = articles.flatMap((a) => (a.date ? [a.date] : [])).sort();
  const shownOutlets = outlets.length > 4 ? `${outlets.slice(0, 4).join(", ")} and others` : new Intl.ListFormat("en").format(outlets);
  const holds = [
    `I hold ${articles.length} article${articles.length === 1 ? "" : "s"}`,
    outlets.length ? ` from ${shownOutlets}` : "",
    dates.length ? `, dated ${formatDate(dates[0]!)}${dates.length > 1 && dates.at(-1) !== dates[0] ? ` to ${formatDate(dates.at(-1)!)}` : ""}` : "",
    ".",
  ].join("");
  const tryThese = examples.length ? ` Try: ${examples.map((q) => `“${q}”`).join(", ")}.` : "";
  return `${OPENING[act]} ${holds}${tryThese}`;
}

/**
 * Names of people or bodies of two or three capitalised words inside a lead's sentences
 * ("Ramin Mammadov"), in order: no titles or countries ("Foreign Affairs", "Azerbaijani Ambassador").
 */
export function namesInLead(lead: string): string[] {
  const candidates = lead.match(/(?<=[\p{Ll},;:] )\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+){1,2}/gu) ?? [];
  const plain = (word: string) => {
    const term = termOf(word);
    return term !== null && !isTitle(term) && !GENERIC_CAPITALS.has(term) && countryNamesOf(term).length === 0;
  };
  return [...new Set(candidates.filter((name) => name.split(" ").every(plain)))];
}
