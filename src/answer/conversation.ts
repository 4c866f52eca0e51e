/**
 * Small talk is not a question about the news: "thanks!" answered with a quote, or "hi"
 * with "I found nothing about that", reads as broken. A message made only of greetings,
 * thanks, requests for help or questions about the bot gets a short reply instead, which
 * says what the articles cover and offers questions they answer.
 */
import { formatDate } from "../corpus/dates.js";
import type { ArticleRecord } from "../index/corpus-index.js";
import { isStopWord } from "../index/analyzer.js";

/** What a message of small talk is; "all-shown" replies to a request for more where every sentence found was shown. */
export type ChatAct = "empty" | "greeting" | "thanks" | "reaction" | "help" | "identity" | "news" | "unclear" | "all-shown";

/** The phrases of each act, as typed in chat once lower-cased and stripped of punctuation. */
const PHRASES: Record<Exclude<ChatAct, "empty" | "news" | "unclear" | "all-shown">, string[]> = {
  greeting: [
    "hi", "hii", "hello", "helo", "hallo", "hey", "heya", "hiya", "yo", "howdy", "greetings", "sup", "wassup", "whats up", "what's up", "whats good", "what's good",
    "hola", "bonjour", "salut", "ciao", "good morning", "good afternoon", "good evening", "good day", "gm", "morning", "evening", "how are you",
    "how are you doing", "how r u", "how's it going", "hows it going", "how do you do", "nice to meet you", "are you there", "you there",
    "anyone here", "anybody here", "anyone there", "is anyone there", "ping", "test", "testing", "bye", "goodbye", "bye bye", "see you", "see ya", "cya", "later", "gtg",
    "good night", "gn", "is this on", "is this thing on", "is this working", "is it working", "does this work", "are you working", "are you online",
    "are you awake", "you awake", "testing 123", "test 123", "are you alive", "you alive", "im out", "i'm out", "im off", "i'm off", "gotta go", "got to go", "have to go",
    "logging off", "signing off", "peace out", "take care", "catch you later", "talk later", "ttyl", "talk tomorrow", "talk soon",
    "see you tomorrow", "see you soon", "see you later", "until tomorrow", "night", "nite", "sleep well", "have a good one",
    "have a good day", "have a nice day", "have a great day", "happy friday", "happy monday", "happy weekend", "good weekend",
    "have a good weekend", "have a nice weekend", "have a great weekend", "enjoy your weekend", "enjoy the weekend", "gotta run", "got to run", "have to run", "g2g",
    "long time no see", "welcome back", "peace", "off to bed", "going to bed", "bedtime", "happy new year", "merry christmas", "happy holidays", "happy birthday", "happy easter", "season's greetings",
    // The same in the languages a server's members may greet in.
    "guten tag", "guten morgen", "servus", "moin", "tschüss", "tschuss", "buenos dias", "buenos días", "buenas", "buenas tardes", "buenas noches", "adios", "adiós",
    "bom dia", "boa tarde", "boa noite", "olá", "oi", "buongiorno", "buonasera", "bonsoir", "coucou", "au revoir", "salam", "salaam", "merhaba",
    "namaste", "konnichiwa", "ni hao", "你好", "hej", "hoi", "shalom", "привет", "здравствуйте", "пока", "до свидания",
    // Armenian and Russian as typed in Latin letters.
    "barev", "barev dzez", "bari luys", "bari or", "bari yereko", "bari gisher", "hajogh", "tstesutyun", "privet", "zdravstvuyte", "poka", "do svidaniya", "dosvidaniya",
    "ça va", "ca va", "comment ça va", "comment ca va", "wie geht's", "wie gehts", "qué tal", "que tal", "como estas", "cómo estás", "kak dela",
    "knock knock", "just joined", "just joined the server", "new here", "im new here", "i'm new here", "im new", "i'm new",
  ],
  thanks: [
    "thanks", "thank you", "thx", "ty", "tysm", "thanks a lot", "thank you so much", "thanks so much", "thank u", "thanks man", "thanks bro",
    "cheers", "much appreciated", "appreciated", "appreciate", "appreciate it", "appreciate that", "gracias", "merci", "danke", "great", "nice one",
    "awesome", "perfect", "good bot", "good job", "great job", "well done", "amazing", "brilliant", "excellent", "that helps", "that helped",
    "helpful", "love it", "i love you", "exactly what i needed", "just what i needed", "that's what i needed", "thats what i needed",
    "that's exactly what i needed", "thats exactly what i needed", "that's it", "thats it", "that's the one", "thats the one",
    "merci beaucoup", "muchas gracias", "obrigado", "obrigada", "grazie", "grazie mille", "danke schön", "dankeschön", "vielen dank", "arigato", "arigatou",
    "bedankt", "dank je", "tack", "teşekkürler", "tesekkurler", "shukran", "спасибо", "谢谢", "clears it up", "that clears it up",
    "spasibo", "bolshoe spasibo", "shnorhakalutyun", "shnorhakal em", "c'était clair", "c'etait clair", "c'est clair", "muy claro", "sehr gut",
    "solid", "solid answer", "10 10", "bet", "sweet", "legend", "you're a legend", "youre a legend", "lifesaver", "you're a lifesaver", "youre a lifesaver",
    "big thanks", "huge thanks", "would ask again",
  ],
  reaction: [
    "ok", "okay", "k", "kk", "alright", "cool", "nice", "got it", "lol", "haha", "wow", "sounds good", "all good", "no problem", "np", "yes",
    "yeah", "yep", "no", "nope", "sure", "fine", "sorry", "my bad", "nvm", "never mind", "nevermind", "forget it", "i see", "interesting",
    "no worries", "bad bot", "you suck", "useless", "wrong", "that's wrong", "thats wrong", "not helpful", "hmm", "what", "im good", "i'm good", "im fine", "i'm fine",
    "no thanks", "all set", "same", "same here", "agreed", "agree", "true", "so true", "exactly", "indeed", "right", "fair enough", "fair",
    "makes sense", "that makes sense", "good to know", "noted", "understood", "i guess", "maybe", "idk", "i don't know", "i dont know",
    "whatever", "who cares", "so what", "oops", "whoops", "omg", "oh my god", "wtf", "damn", "dang", "yikes", "oh no", "oh well", "meh",
    "ugh", "hm", "mm", "seriously", "really", "for real", "no way", "bruh", "nah", "xd", "lmao", "lmfao", "rofl", "brb", "be right back", "im bored", "i'm bored",
    "this is dumb", "thats dumb", "that's dumb", "boring",
    "ignore me", "ignore that", "ignore this", "disregard that",
    "whoa", "woah", "rip", "oof", "yay", "welp", "ooh", "aha", "gg", "typo", "bueno", "vale", "bof", "krass", "ничего себе",
    "hang on", "hold on", "wait", "one sec", "one second", "just a sec", "let me check", "let me double check", "let me think", "let me see",
    "jeez", "geez", "sheesh", "mind blown", "oh la la", "oh là là", "ohh", "ahh", "shrug", "huh", "aight",
    "too slow", "i already googled it", "already googled it", "googled it", "seems dead", "are you dead", "you dead",
  ],
  help: [
    "help", "help me", "can you help", "can you help me", "how can you help", "what can you help with", "what can you help me with",
    "what can you do", "what do you do", "what can i ask", "what can i ask you", "what should i ask", "what should i ask you",
    "how do i use this", "how do i use you", "how to use", "how to use this", "how does this work", "how do you work", "how do i ask",
    "how do i ask a question", "commands", "what are your commands", "usage", "what do you know", "what are you for", "what topics",
    "what topics do you cover", "what do you cover", "what news do you have", "what can you tell me", "how many articles do you have", "how many articles", "what sources do you use",
    "what sources do you have", "which sources", "what outlets", "which outlets", "give me an example", "examples", "example questions",
    "menu", "options", "start", "info", "what kind of questions can i ask", "what kind of questions can i ask you", "what questions can i ask",
    "what questions can you answer", "what can you answer", "what do you know about", "what can i ask about", "what are you able to do",
    "quick question", "one more thing", "i have a question", "can i ask you something", "can i ask a question",
    "qué puedes hacer", "que puedes hacer", "que peux tu faire", "que sais tu faire", "was kannst du", "was kannst du machen", "cosa sai fare", "o que você faz", "что ты умеешь",
    "comment ça marche", "comment ca marche", "wie funktioniert das", "cómo funciona", "como funciona", "как это работает",
    "inch kares anes", "inch kares anel", "inch es anum", "tutorial", "quick tutorial", "guide", "quick guide", "walkthrough", "how do i report a wrong answer",
    "how do i give feedback", "how do i report a bug", "which articles do you have", "what articles do you have", "list your sources", "show me your sources",
    "give me a tutorial", "give me a quick tutorial", "show me how", "show me how to use you", "can you summarize", "can you summarise", "do you summarize", "do you summarise",
    "can you summarize articles", "can you summarise articles", "can you summarize articles for me", "can you summarise articles for me", "can you summarize for me", "can you summarise for me", "or just quote", "or do you just quote",
    "does it work in threads", "does it work in threads too", "does this work in threads", "does it work in dms", "can i ask follow up questions", "can i ask follow ups", "do i start over", "do i start over each time",
    "how do you find answers", "how do you find the answers", "how do you pick", "how do you choose",
  ],
  identity: [
    "who are you", "what are you", "what is this", "what's this", "whats this", "what is this bot", "what's this bot", "whats this bot",
    "are you a bot", "are you human", "are you a human", "are you real", "are you ai", "are you an ai", "are you chatgpt", "are you gpt",
    "are you an llm", "what model are you", "who made you", "who built you", "who created you", "who wrote you", "who programmed you",
    "who developed you", "who owns you", "who is your creator", "what is your name", "what's your name", "whats your name",
    "where do you get your news", "where does your news come from", "what is newsdesk", "what is your purpose", "what's your purpose", "how old are you", "where are you from", "do you have feelings",
    "introduce yourself", "tell me about yourself", "tell me a joke", "tell me a pun", "know any jokes", "know any good jokes", "know any puns", "know any good puns", "got any jokes", "got any puns", "say something funny", "make me laugh", "i need a laugh", "cheer me up", "marry me", "do you love me", "are you sentient", "are you conscious",
    "do you get paid", "are you paid", "do you sleep", "do you eat",
    "wer bist du", "was bist du", "qui es tu", "qui êtes vous", "quién eres", "quien eres", "chi sei", "quem é você", "quem e voce", "кто ты", "ты кто",
    "du ov es", "ov es du", "inch es du", "bist du ein mensch", "bist du ein bot", "bist du ein roboter", "eres un robot", "eres un bot", "eres humano", "es tu un robot", "tu es un robot", "ty kto", "kto ty", "ty bot",
  ],
};
/**
 * Words that add nothing to small talk, before, after or inside a phrase: "hi there bot",
 * "thanks a lot", "what kinda stuff do you know about".
 */
const FILLER = new Set([
  "there", "bot", "chatbot", "newsdesk", "again", "so", "much", "very", "please", "pls", "plz", "all", "everyone", "guys", "mate", "buddy", "friend", "man",
  "bro", "just", "and", "then", "oh", "ah", "um", "well", "really", "anyway", "the", "a", "lot", "kinda", "kind", "sorta", "sort", "of", "stuff",
  "thing", "things", "actually", "even", "or", "something", "else", "honestly", "tbh", "ngl", "smh", "fr", "imo", "lowkey", "tho", "though", "but",
  // Names chat calls the bot or the room by ("later nerd", "gn everyone"), and the article of "bonjour le bot".
  "nerd", "dude", "fam", "bud", "homie", "champ", "boss", "chief", "pal", "folks", "yall", "y'all", "le", "la", "el",
  // "All" in the languages greeted in: "buenas noches a todos", "salut à tous".
  "todos", "todas", "tous", "alle", "vsem", "à",
]);

/** Small talk's phrases of one word ("ty", "cheers", "evening"), words of conversation wherever they stand. */
const SMALL_TALK_WORDS = new Set(Object.values(PHRASES).flatMap((phrases) => phrases.filter((phrase) => !phrase.includes(" "))));

const PRIORITY: ChatAct[] = ["help", "identity", "greeting", "thanks", "reaction"];
const PHRASE_WORDS = Object.entries(PHRASES).flatMap(([act, phrases]) => phrases.map((phrase) => ({ act: act as ChatAct, words: phrase.split(" ") })));

/** The message's words as chat types them: lower case, no punctuation or emoji. */
function chatWords(message: string): string[] {
  return message
    .toLowerCase()
    .replace(/[’`]/g, "'")
    .replace(/<@!?\d+>/g, " ")
    // "U.S." is one word, not "u" and "s" ("you" and "s").
    .replace(/(?:\p{L}\.){2,}/gu, (letters) => letters.replaceAll(".", ""))
    // The shrug's face is a letter ("ツ"), not a word.
    .replace(/¯\\_\(ツ\)_\/¯/g, " shrug ")
    .replace(/[^\p{L}\p{N}' ]+/gu, " ")
    // "hiiii", "heyyy", "thanksss": a letter typed three times or more is one.
    .replace(/(\p{L})\1{2,}/gu, "$1")
    .split(" ")
    .filter((word) => word && word !== "'")
    // "hahaha", "hehe", "lolol": laughter, however long.
    .map((word) => (/^a?(?:(?:ha|he|hi)h?){2,}$|^lo(?:lo)*l$/.test(word) ? "haha" : word))
    .flatMap((word) => (SHORT_FORMS.get(word) ?? word).split(" "));
}

/** Chat's short forms, read as the words they stand for ("r u a bot", "wat can u do", "thnx"). */
const SHORT_FORMS = new Map(
  Object.entries({
    u: "you", r: "are", ur: "your", yu: "you", wat: "what", wut: "what", wht: "what", thnx: "thanks", thanx: "thanks", tnx: "thanks", thnks: "thanks", hw: "how", abt: "about",
    tyvm: "thank you very much", tysm: "thank you so much", sm: "so much", hru: "how are you", wbu: "what about you",
  }),
);

/**
 * Which act a message is when it is nothing but small talk ("hi!", "ok thanks", "who made
 * you?", "thanks for the help", "gotta run, thanks"), or undefined when it holds anything
 * else, which is then read as a question.
 */
export function chatActOf(message: string, { followUp = false }: { followUp?: boolean } = {}): ChatAct | undefined {
  const words = chatWords(message);
  if (words.length === 0) return "empty";
  const plain = actsCovering(words, (word) => FILLER.has(word));
  if (plain) return plain;
  const said = words.join(" ");
  // Filler aside too: "what topics do you actually know stuff about".
  // Filler counts nothing toward a message's length either: "that last answer was way too long, can u keep it shorter pls",
  // "what kind of stuff are you able to help me with in this channel".
  const unfilled = words.filter((word) => !FILLER.has(word));
  const short = unfilled.length <= MOST_REMARK_WORDS;
  if (ASKS_HOW_IT_ANSWERS.test(said) || ASKS_WHAT_IT_HOLDS.test(said) || ASKS_WHAT_IT_HOLDS.test(unfilled.join(" "))) return "help";
  // In reply to an answer, "who is behind this" asks about what it told.
  if (ASKS_WHO_MADE_IT.test(said) && !(followUp && said.endsWith(" this"))) return "identity";
  if (COMPARES_THE_BOT.test(said) && !message.includes("?")) return "reaction";
  // Unless it asks how to use the bot: "what kind of stuff are you able to help me with in this channel".
  if (short && isRemarkToTheBot(words)) return words.some((word) => ASKS_HOW_TO_USE.has(word)) ? "help" : "reaction";
  if (!followUp && asksForAllTheNews(words)) return "news";
  // Small talk with a comment on it, short and asking nothing: "thanks, that's exactly what i needed for my piece".
  // A comment asks for no help: "help" in "thanks for the help" is part of it.
  const commented = message.includes("?") || words.length > MOST_REMARK_WORDS || OPENS_QUESTION.has(words[0]!) ? undefined : actsCovering(words, (word) => FILLER.has(word) || COMMENT.has(word), (act) => act === "help");
  if (commented) return commented;
  // What the bot has is about the bot: "your articles", "ur sources", "how often do you get new articles".
  // A digit alone counts nothing the news could hold: "give me 3 things to ask u".
  const toTheBot = words.some((word) => TO_THE_BOT.has(word));
  const nothingToLookUp =
    short &&
    words.every((word, i) => isStopWord(word) || FILLER.has(word) || CONVERSATION.has(word) || SMALL_TALK_WORDS.has(word) || words[i - 1] === "your" || (toTheBot && THE_BOTS_HOLDINGS.has(word)) || /^\d$/.test(word));
  // "why?" or "is that true?" in reply to an answer asks about it.
  if (followUp || !nothingToLookUp) return undefined;
  // Not in reply to one, "what did she say" or "tell me more" asks about someone or something unnamed.
  return words.some((word) => REFERS_BACK.has(word)) ? "unclear" : smallTalkAct(words);
}

/**
 * Whether a message asks about someone or something it does not name, as said just before
 * ("what did she say", "tell me more"): where nothing marks a reply, as in the console, it
 * follows up on the last answer.
 */
export function refersBack(message: string): boolean {
  return chatActOf(message) === "unclear" || asksForMore(message);
}

/** The words of a request for more of an answer: "tell me more", "more pls", "what else", "anything else?", "go on", "keep going". */
const MORE_REQUEST = new Set(
  "tell me more give show say what else anything go on keep going continue please pls plz and info details detail about that this it some any something".split(" "),
);
const MORE_MARKS = new Set(["more", "else", "continue", "going"]);
/** Most words a request for more takes ("tell me some more about that please"). */
const MOST_MORE_WORDS = 8;

/** Whether a message asks for more of the answer before it, and nothing else. */
export function asksForMore(message: string): boolean {
  const words = chatWords(message);
  return words.length > 0 && words.length <= MOST_MORE_WORDS && words.every((word) => MORE_REQUEST.has(word)) && (words.some((word) => MORE_MARKS.has(word)) || words.join(" ") === "go on");
}

/** Words that ask, after an answer, for others than it gave: "what else did he say", "who else was there", "any other countries", "what more did aliyev say". */
const ASKS_FOR_OTHERS = /\belse\b|\b(?:what|which|any|name)\s+other\b|\bwhat\s+more\b/i;

/** Whether a question asks for others than the answer before it gave. */
export function asksForOthers(question: string): boolean {
  return ASKS_FOR_OTHERS.test(question);
}

/** The sentences an asker has been shown after an answer: for a request for more or for others, those shown before and its own. */
export function shownAfter<T>(question: string, shownBefore: readonly T[], quoted: readonly T[]): T[] {
  return [...(asksForMore(question) || asksForOthers(question) ? shownBefore : []), ...quoted].slice(-MOST_SHOWN);
}
/** Sentences remembered as shown: an answer and three requests for more; the bot keeps them for thousands of recent answers. */
const MOST_SHOWN = 15;

/** What a question asks about, for a question after it: a follow-up that names nothing ("what did she say") asks about the question it follows. */
export function subjectAsked(question: string, context: string | undefined): string {
  return context !== undefined && refersBack(question) ? context : question;
}

/** Words that ask for a summary. */
const SUM_UP = new Set(["summarize", "summarise", "summary", "summaries", "recap", "roundup", "rundown", "digest", "overview", "brief", "briefing"]);
/** Words that ask for the news itself: "any news?", "latest headlines", "top stories". */
const NEWS = new Set(["news", "latest", "headlines", "headline", "stories", "updates", "update"]);
/** Words that ask what is new, and may ask it of the bot ("what's new with you"): "what's new?", "what's going on", "what happened today", "catch me up". */
const WHATS_NEW = new Set(["new", "happening", "happened", "going", "catch", "fill"]);
/** Words for the news as a whole, which name no topic: "the news", "the latest", "today's headlines", "catch me up". */
const ALL_THE_NEWS = new Set(["story", "articles", "article", "everything", "today", "today's", "todays", "week", "world", "current", "events", "on", "give", "get", "quick", "lately", "recently", "top", "breaking", "up", "in", "me", "any", "anything"]);

/**
 * The news asked for with no topic ("any news?", "what's the latest", "give me the headlines", "can u summarize news for
 * me or what", "give me a recap of today's headlines"): the newest articles answer it, with how to ask about a topic, not
 * a quote of whatever stories hold the word "news".
 */
function asksForAllTheNews(words: string[]): boolean {
  const asks = words.some((word) => SUM_UP.has(word) || NEWS.has(word)) || (words.some((word) => WHATS_NEW.has(word)) && !words.some((word) => TO_THE_BOT.has(word)));
  return (
    asks &&
    words.length <= MOST_REMARK_WORDS &&
    // A greeting or thanks may come with it: "good morning, any news?".
    words.every((word) => SUM_UP.has(word) || NEWS.has(word) || WHATS_NEW.has(word) || ALL_THE_NEWS.has(word) || isStopWord(word) || FILLER.has(word) || CONVERSATION.has(word) || SMALL_TALK_WORDS.has(word))
  );
}

/**
 * What a message the articles hold nothing on is, when it speaks to the bot and names no one
 * ("could you explain how you pick articles"): talk with the bot rather than a question the
 * articles fail, whatever its words.
 */
export function talkToTheBot(message: string): ChatAct | undefined {
  const words = chatWords(message);
  return words.length <= MOST_REMARK_WORDS && words.some((word) => speaksToTheBot(word) || word === "newsdesk") ? smallTalkAct(words) : undefined;
}

/**
 * Words of conversation that name nothing the news could be about: a message of these and
 * stop words alone ("is anybody out there", "can we be friends", "that makes no sense") has
 * nothing to look up, however it is phrased. Words of news (report, article, year, today)
 * are not among them: "ok what about the report" asks for something.
 */
const CONVERSATION = new Set(
  (
    "bot bots chatbot chatbots ai robot human person real alive name made built created programmed runs owns owner creator behind model " +
    "answer answers answered answering reply replies replying question questions ask asks asked asking example examples command commands tip tips hint hints idea ideas " +
    "help need needs needed want wanted try tried trying again back here anyone anybody someone somebody everybody nobody home " +
    "sorry apologies mistake oops wrong right bad terrible awful horrible worst best better good great nice cool fine funny fun joke jokes " +
    "correct incorrect accurate inaccurate helpful unhelpful useful useless clear unclear confusing confused odd weird off quite " +
    "look looks looked seem seems seemed understand understood explain clarify quote quotes able whether " +
    "interesting boring bored entertain lonely sad happy glad excited tired busy doing working helping " +
    // How the bot works and how its replies read: "how should i phrase my questions", "the first quote is irrelevant".
    "relevant irrelevant sense zero period periods first second last previous earlier phrase phrasing limit limits shorter longer short way keep faster slower slow " +
    "pick picks choose chooses decide decides supposed use using work works web internet online google search typing self aware conscious personality " +
    "link links source sources cite cites citation citations cover covers time day days take takes long looking " +
    "follow followup start over prefix slash keyword keywords text pics pictures images photos date dates server channel discord dm dms private " +
    "memory remember language languages english " +
    // Chat's reactions and its words for people in it: "lol that's wild", "new here", "much obliged".
    "wild crazy insane nuts sick neat dope fire lit based cringe sus lame hilarious cute scary creepy fascinating impressive " +
    "surprising shocking unbelievable incredible wholesome legendary epic amazing awesome obliged new partner folks y'all yall " +
    "thanks thank congrats congratulations welcome worries pleasure problem love like hate " +
    "hear listening see talk talking chat chatting speak true false sure serious seriously sense mean means meant " +
    "friend friends buddy pal test testing sleep dream dreams feel feelings think thinking color colour favorite favourite live old " +
    "something anything nothing everything tell show give list know knew get make makes made not no ever never leave leaving bye " +
    "hi hello hey yo hiya howdy hola ok okay k kk alright lol haha lmao xd omg wow hmm huh uh um eh yes yeah yep nope nah pong " +
    "i'm im it's that's thats what's whats you're youre don't dont doesn't doesnt didn't didnt isn't isnt can't cant won't wont"
  ).split(" "),
);

/**
 * A question on how the bot finds what it quotes, in words of its own: "how does the bot pick which article to quote", "can u
 * explain how u find answers, like is it keyword search or what". The bot's own workings are for its help, not the news.
 */
const ASKS_HOW_IT_ANSWERS =
  /\bhow (?:(?:do|does|did) )?(?:you|the bot|this bot|newsdesk) (?:find|pick|choose|decide|select|search|rank|get|look up|come up with)\b.*\b(?:answers?|articles?|quotes?|sources?|results?|sentences?|replies|reply|which|what to)\b/;

/**
 * What the bot holds, asked in the asker's words: "which news topics have u got stored", "what kind of stories do you cover";
 * not what it holds on a topic ("what articles do you have on the lachin corridor"), a question for the articles.
 */
const ASKS_WHAT_IT_HOLDS =
  /^(?:so\s+)?(?:what|which)\s+(?:kinds?\s+of\s+|sorts?\s+of\s+|types?\s+of\s+)?(?:news\s+)?(?:topics|subjects|stories|articles|news|sources|outlets|papers|sites|areas)\s+(?:do|did|can|have|are)\s+you\s+(?:got\s+)?(?:have|got|stored|store|saved|cover|covered|covering|know|carry|track|follow|hold|keep|read)(?:\s+(?:stored|saved|about|in\s+there|on\s+file|so\s+far|right\s+now|now|currently|at\s+the\s+moment))*$/;

/** Who is behind the bot: "which company built this chatbot", "who made this", "what team runs newsdesk". */
const ASKS_WHO_MADE_IT =
  /^(?:so\s+)?(?:who|which|what)(?:\s+(?:company|firm|team|person|people|developer|developers|dev|devs|org|organization|organisation|group|guy|guys|lab))?\s+(?:built|made|created|developed|programmed|wrote|coded|designed|trained|owns|runs|maintains|makes|is\s+behind)\s+(?:you|this|this\s+(?:chat)?bot|the\s+(?:chat)?bot|newsdesk)$/;

/** The bot set beside something else, a remark: "honestly you're better than my old search engine", "ur way faster than reading it all". */
const COMPARES_THE_BOT = /^(?:(?:honestly|tbh|ngl|wow|ok|okay|lol|man|dude)\s+)*(?:you(?:'re|\s+are)|youre|ur|you\s+r)\s+(?:so\s+|way\s+|much\s+|a\s+lot\s+|even\s+)?(?:better|worse|faster|slower|smarter|dumber|quicker|easier|more\s+useful|less\s+useful)\s+than\b/;

/** Words that point back at someone or something said before: "what did she say", "who is he", "tell me more". */
const REFERS_BACK = new Set(["he", "she", "him", "her", "his", "hers", "they", "them", "their", "more"]);

/** Words that ask how to use the bot ("give me some example questions", "list commands"). */
const ASKS_HOW_TO_USE = new Set(["help", "example", "examples", "question", "questions", "command", "commands", "tip", "tips", "hint", "hints"]);

/** What a message of conversation alone is: a call for help, about the bot, or a remark. */
export function smallTalkAct(words: string[]): ChatAct {
  if (words.some((word) => ASKS_HOW_TO_USE.has(word))) return "help";
  return words.some(speaksToTheBot) ? "identity" : "reaction";
}

/**
 * The act of words made only of small talk's phrases and words `fills` allows between them, or
 * undefined; the phrases of an act `silent` names cover words but name no act.
 */
function actsCovering(words: string[], fills: (word: string) => boolean, silent: (act: ChatAct) => boolean = () => false): ChatAct | undefined {
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
    if (fills(words[at]!)) carry(at + 1);
    for (const { act, words: phrase } of PHRASE_WORDS) {
      const end = phraseEnd(phrase, words, at);
      if (end !== undefined) carry(end, silent(act) ? undefined : act);
    }
  }
  return reachable[words.length] ? PRIORITY.find((act) => acts[words.length]!.has(act)) : undefined;
}

/**
 * The words a comment on small talk is made of: about the asker, the bot, its answers and
 * what they were for ("... for my piece", "saved me a lot of time", "wrong channel"), and
 * nothing the news is about.
 */
const COMMENT = new Set(
  (
    "i i'm im i've ive i'd my me mine we we're our us you your you're youre it it's its this that that's thats these those the a an some such what " +
    "for with to of on in at from and but as so too also than now today again all already finally just exactly very really super quite pretty totally " +
    "great good nice cool useful helpful handy perfect fast quick quickly clear brilliant excellent awesome amazing interesting wrong right better best old new " +
    "lot ton tons bunch much more looking needed wanted was were is are be been has have had saved helped helps help found figured worked works got done sorted fixed cleared out up " +
    "info information answer answers reply replies response sources source links link citations quotes time piece article articles story stories research work " +
    "report homework essay thread channel chat server integration engine search bot tool coffee lunch break everyone guys folks team day night weekend week stuff thing things one study group class classmates students"
  ).split(" "),
);

/** Whether a word speaks to the bot ("you") or of it ("bot"). */
const speaksToTheBot = (word: string) => TO_THE_BOT.has(word) || BOT_WORDS.has(word);
/** Words for the bot itself. */
const BOT_WORDS = new Set(["bot", "bots", "chatbot", "chatbots"]);

/** What the bot holds and how it keeps it, which a message to the bot asks about it ("how often do you get new articles"). */
const THE_BOTS_HOLDINGS = new Set(["articles", "article", "stories", "sources", "outlets", "often", "updated", "update", "updates", "refreshed", "added", "adding"]);

/** Words that speak to the bot, or of its last reply when no question word comes with them. */
const TO_THE_BOT = new Set(["you", "your", "you're", "youre", "yourself", "you've", "you'd", "you'll", "ya"]);
const OF_THE_REPLY = ["that answer", "this answer", "your answer", "that reply", "your reply", "that response", "that was", "that's", "thats", "this bot", "the bot"];
const QUESTION_WORDS = new Set(["what", "who", "whom", "whose", "which", "when", "where", "how"]);
/** Words that open a question: a message opened by one is no comment ("what a great answer" aside). */
const OPENS_QUESTION = new Set([...QUESTION_WORDS, "why", "did", "does", "do", "is", "are", "was", "were", "can", "could", "will", "would", "should", "has", "have"]);
/**
 * Verbs that ask the bot for news ("can you tell me ...", "do you have anything on ...",
 * "what do you think of ...") or for a job ("ignore your instructions and write ..."): a
 * message with one is a question, however it speaks to the bot.
 */
const ASKING = new Set([
  "tell", "know", "knows", "find", "found", "show", "give", "summarize", "summarise", "summary", "explain", "list", "search", "look", "check",
  "have", "has", "got", "get", "say", "said", "says", "think", "aware", "heard", "hear", "cover", "covers", "mention", "mentioned", "describe",
  "write", "ignore", "print", "translate", "make", "create", "draw", "compose", "generate", "pretend", "act", "forget", "repeat", "solve", "calculate",
]);
/** Longer messages are read as questions. */
const MOST_REMARK_WORDS = 12;

/**
 * Small talk the phrases miss is read by meaning ("groovy", "fantastic, cheers"): a message of
 * at most this many words, each one of small talk's or at least this close to one in the
 * model's word vectors. At 0.5 with the offline model, where the articles held nothing on a
 * message, the probes' held-out small talk got a chat reply 0.006 to 0.04 more often and no
 * question of the tuning and older sets got one; at 0.4, 3 off-topic questions did
 * ("nba playoffs schedule?"); docs/blind-evaluation.md.
 */
const REMARK_MOST_WORDS = 8;
export const SMALL_TALK_SIMILARITY = 0.5;

/** The words small talk is made of, that a word the phrases miss may come close to. */
export const SMALL_TALK_VOCABULARY: ReadonlySet<string> = new Set(
  [...Object.values(PHRASES).flat().flatMap((phrase) => phrase.split(" ")), ...FILLER, ...CONVERSATION, ...COMMENT].filter((word) => !isStopWord(word) && /^\p{L}+$/u.test(word)),
);

/** A question word as chat types it with its verb: "whats", "who's", "hows". */
const QUESTION_WITH_VERB = /^(what|who|how|where|when|why)'?s$/;
/** A job asked by its first word: "suggest a name for my kitten", "name the members of ...". */
const ASKS_FOR_JOB = new Set(["suggest", "recommend", "name", "list", "give", "tell", "show", "find", "write", "make"]);

/**
 * The content words of a short message that asks nothing and speaks of no job ("fantastic,
 * cheers", "groovy"), to be weighed as small talk by their meaning; undefined for a question
 * ("how many ounces in a cup", "any good movies on netflix rn"), a request or a longer message.
 */
export function remarkWords(message: string): string[] | undefined {
  const words = chatWords(message);
  const first = words[0]?.replace(QUESTION_WITH_VERB, "$1");
  if (!first || words.length > REMARK_MOST_WORDS || OPENS_QUESTION.has(first) || first === "any" || ASKS_FOR_JOB.has(first)) return undefined;
  const content = words.filter((word) => !isStopWord(word));
  return content.length > 0 ? content : undefined;
}

/**
 * A remark to the bot about itself or its last reply ("ugh you're so slow", "do u remember
 * what i asked u yesterday", "that answer was useless tbh"): it speaks to the bot and asks it for
 * nothing; its caller reads whether it is short.
 */
function isRemarkToTheBot(words: string[]): boolean {
  if (words.some((word) => ASKING.has(word))) return false;
  if (words.some((word) => TO_THE_BOT.has(word))) return true;
  const text = ` ${words.join(" ")} `;
  return !words.some((word) => QUESTION_WORDS.has(word)) && OF_THE_REPLY.some((phrase) => text.includes(` ${phrase} `));
}

/** Where the phrase ends when it starts the words at `at`, filler allowed between its words; undefined when it does not. */
function phraseEnd(phrase: string[], words: string[], at: number): number | undefined {
  if (!typedAs(words[at]!, phrase[0]!)) return undefined;
  let next = at + 1;
  for (const word of phrase.slice(1)) {
    while (words[next] !== word && FILLER.has(words[next] ?? "")) next++;
    if (words[next] !== word) return undefined;
    next++;
  }
  return next;
}

/** Whether a word is the phrase's word, or it typed with two letters swapped ("thnaks"); short words only as they are. */
function typedAs(word: string, phraseWord: string): boolean {
  if (word === phraseWord) return true;
  if (word.length < 5 || word.length !== phraseWord.length) return false;
  const at = [...word].findIndex((char, i) => char !== phraseWord[i]);
  return word[at] === phraseWord[at + 1] && word[at + 1] === phraseWord[at] && word.slice(at + 2) === phraseWord.slice(at + 2);
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
  reaction: "Okay. If an answer missed, try asking in other words, or ask me about something else in the news.",
  help: "I answer questions about the news by quoting the sentences of my articles that answer them, each cited with its outlet, date and link. When the articles hold no answer, I say so. Right after an answer, ask me to tell you more, or about whoever it named.",
  news: "The newest of my articles are listed below: ask me about any of them, or for a summary of a topic (“summarize …”).",
  unclear: "Whom or what do you mean? Ask with a name, or ask right after one of my answers (or in reply to it) to ask more about it.",
  "all-shown": "That's all I found on that. Ask me about something else in the news.",
  identity: "I'm newsdesk, a bot that answers questions about a collection of news articles by quoting the sentences that answer them, each cited with its source. I don't make answers up: when the articles hold no answer, I say so.",
};

/**
 * The dates the articles span ("14 Mar 2023 to 27 Mar 2023"), or undefined when none is dated. A date known only to its
 * month says less than the days within it: not "Mar 2023 to 27 Mar 2023".
 */
export function datesSpanned(articles: readonly ArticleRecord[]): string | undefined {
  const known = articles.flatMap((a) => (a.date ? [a.date.slice(0, 10)] : []));
  const dates = known.filter((date) => !known.some((other) => other.length > date.length && other.startsWith(date))).sort();
  if (dates.length === 0) return undefined;
  return `${formatDate(dates[0]!)}${dates.at(-1) !== dates[0] ? ` to ${formatDate(dates.at(-1)!)}` : ""}`;
}

/** A short reply to small talk: what the bot is for, what it holds, and questions to try. */
export function chatReply(act: ChatAct, coverage: Coverage): string {
  const { articles, examples } = coverage;
  const counts = new Map<string, number>();
  for (const { outlet } of articles) if (outlet) counts.set(outlet, (counts.get(outlet) ?? 0) + 1);
  // The outlets with the most articles first.
  const outlets = [...counts.keys()].sort((a, b) => counts.get(b)! - counts.get(a)!);
  const shownOutlets = outlets.length > 4 ? `${outlets.slice(0, 4).join(", ")} and others` : new Intl.ListFormat("en").format(outlets);
  const span = datesSpanned(articles);
  const holds = [`I hold ${articles.length} article${articles.length === 1 ? "" : "s"}`, outlets.length ? ` from ${shownOutlets}` : "", span ? `, dated ${span}` : "", "."].join("");
  const tryThese = examples.length ? ` Try: ${examples.map((q) => `“${q}”`).join(", ")}.` : "";
  return `${OPENING[act]} ${holds}${tryThese}`;
}
