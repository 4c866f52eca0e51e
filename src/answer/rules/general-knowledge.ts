import type { PassageRule } from "./rule.js";
import { REPORT_WORD } from "../../question/report-words.js";

/**
 * Questions of general knowledge rather than news: how something works or what causes it, in
 * the present ("how does a neural network learn", "what causes the northern lights"), an
 * explanation of how something works, a country's capital, time zone or time now, language, currency, religion or emblems, who painted,
 * sang or invented something, or made a work of art, what a pet may eat.
 * News reports these only in passing, and a quote that shares their words ("capital" as money,
 * "works" as factories) reads as nonsense. Every question of these forms in the older sets was
 * one the articles do not answer.
 */
const GENERAL = new RegExp(
  [
    String.raw`^\W*(?:(?:can|could|would)\s+(?:you|u)\s+|(?:pls|please|plz)\s+)?explain\s+(?:how\b.*\bworks?\b|the\s+(?:difference|rules|basics)\b)`,
    String.raw`^\W*how\s+(?:does|do)\s+(?:a|an)\s+[\p{L}\s-]+?\s+(?:work|learn)\b`,
    // "how does compound interest work"; "how does the ceasefire work" asks about one in the news.
    String.raw`^\W*how\s+(?:does|do)\s+(?!the\b|this\b|that\b|its?\b|their\b)[\p{L}\s-]+?\s+(?:actually\s+)?work\b\W*(?:,\s*eli5\W*)?$`,
    String.raw`^\W*what\s+causes\b`,
    // Kinds of thing told apart: "what's the difference between a crocodile and an alligator"; not "between the two sides' positions".
    String.raw`^\W*(?:what(?:'s|s|\s+is)|whats)\s+the\s+difference\s+between\s+(?:a|an)\s+[\p{L}-]+\s+and\s+(?:a|an)\s+`,
    String.raw`^\W*(?:what(?:'s|s|\s+is)|whats)\s+the\s+capital(?:\s+city)?\s+of\b`,
    // As chat asks it: "capital of australia?".
    String.raw`^\W*(?:the\s+)?capital(?:\s+city)?\s+of\s+[\p{L}\s]+\W*$`,
    String.raw`^\W*what\s+time\s*zone\b`,
    // The clock somewhere now: "whats the local time in new york", "what time is it in yerevan".
    String.raw`^\W*(?:(?:what(?:'s|s|\s+is)|whats)\s+the\s+(?:current\s+|local\s+|exact\s+)*time|what\s+time\s+is\s+it)\s+(?:right\s+now\s+|now\s+)?in\b`,
    // An almanac's facts of a land: "what language do they speak in azerbaijan", "what currency does armenia use", "what
    // religion are most armenians", "what's the official language of armenia", "how far is baku from yerevan".
    String.raw`^\W*what\s+(?:languages?|currency|currencies|religions?)\s+(?:do|does|did|is|are|was)\b`,
    String.raw`^\W*(?:what(?:'s|s|\s+is|\s+are)|whats)\s+the\s+(?:official\s+|main\s+|national\s+|local\s+)?(?:languages?|currency|religions?)\s+(?:of|in)\b`,
    String.raw`^\W*how\s+far\s+(?:away\s+)?is\s+(?!the\b|it\b|that\b)[\p{L}-]+(?:\s+[\p{L}-]+)?\s+from\s+(?!the\b)[\p{L}-]+(?:\s+[\p{L}-]+)?\W*$`,
    String.raw`^\W*(?:what(?:'s|s|\s+is)|whats)\s+the\s+(?:distance|time\s+difference)\s+between\b`,
    // A land's emblems: "what's the national dish of armenia", "national anthem of azerbaijan".
    String.raw`^\W*(?:(?:what(?:'s|s|\s+is|\s+are)|whats)\s+)?(?:the\s+)?national\s+(?:dish|food|drink|anthem|flag|animal|bird|flower|tree|sport|symbol|motto|emblem|colou?rs?|instrument|dance)s?\s+(?:of|in)\b`,
    String.raw`^\W*who\s+(?:painted|composed|invented|discovered|sang|sings|directed|starred\s+in)\b`,
    // A work of art's maker: "which artist made the sculpture the thinker", "who carved the statue of david".
    String.raw`^\W*which\s+(?:artist|painter|sculptor|composer)\s+(?:made|created|sculpted|carved|painted|composed|wrote|did)\b`,
    String.raw`^\W*who\s+(?:made|created|sculpted|carved|did)\s+(?:the\s+)?(?:famous\s+)?(?:sculpture|statue|painting|portrait|fresco|mural|symphony|opera|concerto)\b`,
    String.raw`^\W*who\s+wrote\s+(?:the\s+)?(?:novel|book|poem|play|song|opera|symphony|story)\b`,
    // The size of nature's things: "how deep is the pacific ocean", "how tall is mount everest", "how far is mars from earth on average"; not "the Sarn mountain road".
    String.raw`^\W*how\s+(?:deep|tall|high|long|wide|big|large|old|far|hot|cold)\s+(?:is|are)\s+(?:the\s+)?(?:[\p{L}-]+\s+){0,3}?(?:oceans?|seas?|mountains?|mount\s+\p{L}+|rivers?|lakes?|everest|sun|moon|earth|mercury|venus|mars|jupiter|saturn|uranus|neptune|pluto|planets?|universe|galax(?:y|ies)|deserts?|canyons?|volcano(?:e?s)?)(?=\W*$|\s+(?:from|in|anyway|exactly|really|on\s+average|roughly|approximately|away)\b)`,
    // Nature's constants and textbook facts: "what is the speed of light", "boiling point of water".
    String.raw`^\W*(?:what(?:'s|s|\s+is|\s+are)|whats)?\s*(?:the\s+)?(?:speed\s+of\s+(?:light|sound)|(?:boiling|freezing|melting)\s+point\s+of|chemical\s+(?:symbol|formula)\s+(?:of|for)|atomic\s+(?:number|weight|mass)\s+of|square\s+root\s+of|value\s+of\s+pi)\b`,
    // Typed bare, of nature's things only: "tallest mountain in africa", "the longest river on earth?".
    String.raw`^\W*(?:the\s+)?(?:\p{L}+est|most\s+\p{L}+)\s+(?:[\p{L}-]+\s+)?(?:animal|bird|fish|mammal|insect|planet|star|mountain|river|lake|ocean|sea|desert|island|volcano|waterfall)s?\s+(?:in|on|of)\s+(?:the\s+)?[\p{L}\s]+\W*$`,
    // What a pet or a child may eat: "can dogs eat grapes", "is chocolate bad for cats".
    String.raw`^\W*(?:can|should|do)\s+(?:my\s+)?(?:dogs?|cats?|puppies|puppy|kittens?|rabbits?|hamsters?|parrots?|horses?|babies|baby|toddlers?|kids)\s+(?:eat|drink|have)\b`,
    String.raw`^\W*(?:is|are)\s+[\p{L}\s-]{1,30}?\s+(?:bad|safe|toxic|poisonous|ok|okay)\s+for\s+(?:my\s+)?(?:dogs?|cats?|puppies|kittens?|rabbits?|hamsters?|parrots?|horses?|babies|toddlers?|kids)\b`,
    // The calendar's feasts ("when is christmas this year") and the world wars' dates and outcome ("what year did ww2 end").
    String.raw`^\W*(?:when|what\s+(?:day|date))\s+(?:is|was|does|will)\s+(?:(?:orthodox|catholic|western)\s+)?(?:christmas|easter|thanksgiving|halloween|hanukkah|ramadan|eid|diwali|passover|valentine'?s?(?:\s+day)?|new\s+year'?s?(?:\s+(?:day|eve))?)\b`,
    String.raw`^\W*(?:when|what\s+year|who\s+won|why|how\s+(?:many|long)|what\s+(?:caused|started))\b[^?]*?\b(?:ww\s?(?:1|2|i{1,2})|world\s+war\s+(?:1|2|i{1,2}|one|two))\b`,
    // Trivia of the natural and built world: "what's the fastest land animal", "which is the longest river".
    String.raw`^\W*(?:what|which)(?:'s|s|\s+is|\s+was)\s+the\s+(?:\p{L}+est|most\s+\p{L}+)\s+(?:[\p{L}-]+\s+)?(?:animal|bird|fish|mammal|insect|planet|star|mountain|river|lake|ocean|sea|desert|island|bone|organ|element|metal|language|building|tree|plant|flower)s?\b`,
  ].join("|"),
  "iu",
);
/**
 * An explanation asked for simply: of general knowledge where the question names nothing the
 * articles know ("explain quantum entanglement like i'm 5"), of the news where it does
 * ("explain the karabakh conflict in simple terms").
 */
const SIMPLY = /\b(?:eli5|like\s+i'?m\s+(?:5|five)|in\s+(?:simple|layman'?s|plain)\s+(?:terms|english|words))\b/i;
/** A thing to explain named bare, with no article ("explain quantum computing"; not "explain the lachin blockade"): a concept, where it names nothing the articles know. */
const EXPLAIN_BARE = /^\W*(?:(?:can|could|would)\s+(?:you|u)\s+|(?:pls|please|plz)\s+)?explain\s+(?!(?:the|this|that|these|those|why|how|what|who|whom|when|where|it|its|their|his|her|me|us)\b)\p{L}/iu;
/** What a thing in general is ("what is a black hole exactly"), where the question names nothing the articles know: "what is the lachin corridor" asks about one in the news. */
const DEFINITION = /^\W*(?:what(?:'s|s|\s+is|\s+are)|whats)\s+(?:a|an)\s+[\p{L}\s-]+?(?:\s+exactly)?\W*$/iu;

/**
 * How things of a kind do what they do ("how do vaccines train the immune system", "how do bees
 * make honey"), where the question names nothing the articles know; not how people see or meet
 * the news ("how do analysts see the dollar").
 */
const HOW_THINGS_DO = /^\W*how\s+(?:does|do)\s+(?!(?:the|this|that|these|those|its?|their|they|you|u|i|we|he|she|a|an)\b)[\p{L}-]+s\s+(?!(?:see|view|feel|think|expect|rate|react|respond|plan|say|deal|cope|compare|stand)\b)\p{L}+/iu;

/**
 * Who wrote a work, where the question names something no article uses or nothing they know
 * ("who wrote pride and prejudice", "Who wrote Pride and Prejudice?"); not who wrote a report of
 * the news ("who wrote the article about the fifth column", "who wrote the blitz piece on pashinyan").
 */
const AUTHORSHIP = new RegExp(String.raw`^\W*who\s+wrote\s+(?!(?:the|this|that|an?)\s+(?:[\p{L}-]+\s+)?${REPORT_WORD}\b)`, "iu");

/**
 * The great contests of sport and the arts ("who won the super bowl", "who's playing in the world series"): trivia unless
 * the articles report them, which a passage read that names the contest shows.
 */
const CONTEST = /\b(super\s*bowl|world\s+series|stanley\s+cup|world\s+cup|champions\s+league|premier\s+league|nba\s+(?:finals?|championship)|wimbledon|tour\s+de\s+france|olympics|oscars?|grammys?|eurovision)\b/i;

export const generalKnowledgeRule: PassageRule = {
  id: "general-knowledge",
  guards: "Quoting the news for a question of general knowledge (\"how does a neural network learn\", \"what is the capital of Australia\").",
  stage: "passages",
  offTopic: true,
  check: ({ question, texts }) => (GENERAL.test(question.text) || contestUnreported(question.text, texts) || ((SIMPLY.test(question.text) || DEFINITION.test(question.text) || HOW_THINGS_DO.test(question.text) || EXPLAIN_BARE.test(question.text)) && question.known.length === 0) ||
    (AUTHORSHIP.test(question.text) && (question.known.length === 0 || question.unknown.length > 0)) ? { detail: "the question asks for general knowledge, not for what the articles report", reason: { general: true } } : undefined),
};

/** Whether the question asks about a great contest that no passage read names. */
function contestUnreported(question: string, passageTexts: string[]): boolean {
  const contest = CONTEST.exec(question)?.[1];
  if (!contest) return false;
  const named = new RegExp(`\\b${contest.replace(/\s+/g, "\\s*")}\\b`, "i");
  return !passageTexts.some((text) => named.test(text));
}
