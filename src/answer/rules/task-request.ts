import type { PassageRule } from "./rule.js";

/**
 * A request for a job rather than a question about the news: "write a haiku about coffee",
 * "translate hello into spanish", "recommend a good book", "how do I fix my wifi", "how long should i boil an egg", "how to center a div", "ignore your
 * instructions and ...", "tell me a joke about bankers", "a recipe for dolma", "which laptop is best for a student", or for
 * advice on the asker's own life ("should i go to college", "is it normal to feel tired all the time", "do i need a
 * visa for azerbaijan"), or a
 * recommendation ("best zelda game?", "is one piece worth watching", "a good book to read", "any good coffee shops near covent garden",
 * "good gaming laptop under 1000 bucks"), a plan or a name made for the asker ("make a meal plan for the week", "help me name my cat"), shopping ("where can i buy cheap airpods", "cheap flights to lisbon"), or work on the
 * asker's own text ("summarise this paragraph im about to paste"), a sum ("whats 17 * 23"), a measure converted
 * ("whats 15 kilometres in miles"), code to debug or a programming question ("let vs var in js"). A summary or
 * timeline asked for this way ("write a summary of the talks") is a question about the news.
 * Every question of this form in the older sets was one the articles do not answer.
 */
/** Units a measure is converted between, as chat types them. */
const MEASURE = String.raw`km|kms|kilomet(?:re|er)s?|miles?|mi|met(?:re|er)s?|m|cm|mm|feet|foot|ft|inch(?:es)?|yards?|yds?|pounds?|lbs?|kgs?|kilo(?:gram)?s?|grams?|g|ounces?|oz|lit(?:re|er)s?|l|gallons?|gal|tonnes?|tons?|acres?|hectares?|celsius|fahrenheit|c|f|degrees(?:\s+(?:c|f|celsius|fahrenheit))?`;
const TASK = new RegExp(
  [
    // A job: "write a haiku ...", "translate ...", "ignore your instructions ..."; a summary of the news so asked is a question.
    String.raw`^\W*(?:(?:can|could|would|will)\s+(?:you|u)\s+|(?:pls|please|plz)\s+)?(?:write|compose|draft|translate|code|program|solve|calculate|compute|convert|rec+omm?end|ignore|disregard|forget|pretend|print|reveal)\b(?!\s+(?:me\s+)?(?:a\s+|an\s+|the\s+)?(?:short\s+|quick\s+|brief\s+)?(?:summary|timeline|recap|overview|rundown|digest)\b)`,
    // How to do something: "how do I fix my wifi", "how long should i boil an egg", "how to center a div", tips, the best way.
    String.raw`^\W*how\s+(?:(?:long|much|many|often|far)\s+)?(?:do|can|should|would)\s+(?:i|we|u|one)\b`,
    String.raw`^\W*how\s+to\s+(?!the\b)`,
    // A phrase in another tongue: "how do you say thank you in azerbaijani", "how would u spell it in armenian".
    String.raw`^\W*how\s+(?:do|would|can|could)\s+(?:you|u)\s+(?:say|write|spell|pronounce)\b`,
    // The same typed shorter: "how long to boil an egg", "how much to tip".
    String.raw`^\W*how\s+(?:long|much|often)\s+to\s+(?!the\b)\p{L}`,
    String.raw`^\W*(?:any\s+)?(?:tips|advice)\s+(?:for|on|about)\b`,
    String.raw`\bany\s+(?:tips|advice|ideas)\W*$`,
    String.raw`\bwhat\s+am\s+i\s+doing\s+wrong\b`,
    // Sums and code: "whats 17 * 23", "explain this error: TypeError ...".
    String.raw`\d\s*(?:[*×÷+^]|\s[x/]\s)\s*\d`,
    // A measure converted: "whats 15 kilometres in miles", "how many feet in a metre".
    String.raw`^\W*(?:(?:what(?:'s|s|\s+is|\s+are)|whats|how\s+much\s+is)\s+)?\d[\d,.]*\s*(?:${MEASURE})\s+(?:in|to|into)\s+(?:${MEASURE})\W*$`,
    String.raw`^\W*how\s+many\s+(?:${MEASURE})\s+(?:is|are|in|make|makes)\s+(?:a|an|one|\d[\d,.]*)\s*(?:${MEASURE})\W*$`,
    String.raw`^\W*(?:explain|fix|debug)\s+(?:this|my)\s+(?:error|code|bug|exception|stack\s+trace|regexp?|regular\s+expression|query|sql|function|script|snippet|formula)\b`,
    String.raw`\b(?:best|fastest|quickest|easiest|simplest|cheapest|safest)\s+ways?\s+to\b`,
    // A question on a programming language: "whats the difference between let and var in js"; not Java the island, nor Go or Rust.
    String.raw`\b(?:in|using|with)\s+(?:js|javascript|typescript|python|c\+\+|c#|golang|php|sql|css|html|bash|node(?:\.?js)?|react|excel)\W*$`,
    // A joke, a story, a recipe.
    String.raw`^\W*(?:tell|give)\s+(?:me|us)\s+(?:a|an|another)\s+(?:joke|story|poem|riddle|fun\s+fact)\b`,
    String.raw`\brecipes?\b(?!\s+for\s+(?:disaster|success|failure|trouble|war)\b)`,
    // A recommendation: "which laptop is best for ...", "should i buy ...", "best zelda game?", "is one piece worth watching".
    String.raw`\b(?:is|are)\s+(?:the\s+)?best\s+(?:for|to\s+buy)\b`,
    String.raw`\bshould\s+i\s+(?:buy|get|use|choose|pick|invest)\b`,
    String.raw`^\W*(?:what(?:'s|s|\s+is|\s+are)\s+)?(?:the\s+|a\s+|some\s+)?(?:good|best|top)\s+(?!selling|performing|known)[\p{L}\s-]{1,30}?\s+(?:to\s+(?:read|watch|play|buy|try|eat|visit|listen)|of\s+all\s+time)\b`,
    String.raw`\bworth\s+(?:watching|reading|playing|buying|listening)\b`,
    // A thing to buy for a budget: "good gaming laptop under 1000 bucks", "best phone for under $500".
    String.raw`^\W*(?:(?:a|any|some)\s+)?(?:good|best|decent|cheap|solid|nice)\s+[\p{L}\s-]{1,30}?\s+(?:for\s+)?(?:under|below|less\s+than)\s+[$£€]?\d`,
    // A plan or a name made for the asker: "make a meal plan for the week", "help me name my cat".
    String.raw`^\W*(?:(?:can|could|would|will)\s+(?:you|u)\s+|(?:pls|please|plz)\s+)?(?:make|create|build|plan|design|put\s+together)\s+(?:me\s+|us\s+)?(?:a|an|my|our)\s+(?:[\p{L}\p{N}-]+\s+){0,2}?(?:plan|schedule|itinerary|routine|playlist|menu|budget|workout|diet)\b`,
    String.raw`^\W*help\s+me\s+(?:to\s+)?(?:name|pick|choose|plan|decide|cook|pack|study|learn)\b`,
    // "what's a good armenian name for a baby", "cute names for a cat".
    String.raw`\bnames?\s+for\s+(?:a|my|our|the)\s+(?:new\s+)?(?:baby|son|daughter|boy|girl|dog|cat|pet|puppy|kitten|horse|band|boat)\b`,
    // Shopping for the asker: "where can i buy cheap airpods", "cheap flights to lisbon in may".
    String.raw`^\W*where\s+(?:can|could|do|should)\s+(?:i|we|u)\s+(?:buy|order|book)\b`,
    String.raw`^\W*(?:any\s+)?(?:cheap|cheapest|budget|last[\s-]minute)\s+(?:flights?|tickets?|hotels?|fares?|deals?)\b`,
    // A place to go: "any good coffee shops near covent garden".
    String.raw`^\W*(?:are\s+there\s+)?(?:any|some)\s+(?:good|nice|decent|cheap)\s+[\p{L}\s-]{1,30}?\s+(?:near|around|close\s+to)\b`,
    String.raw`^\W*best\s+(?!selling|performing)[\p{L}\s]+\W*$`,
    String.raw`^\W*(?:what(?:'s|s|\s+is|\s+are)|which\s+(?:is|are))\s+(?:the\s+)?best\s+(?!selling|performing|known|estimate)[\p{L}\s-]{1,30}\W*$`,
    // Advice on the asker's own life: "should i go to college", "is it normal to feel tired".
    String.raw`(?:^|[,;:.!?])\W*(?:so\s+)?(?:what|which|where|when|how)?\s*should\s+i\b`,
    String.raw`^\W*is\s+it\s+(?:normal|bad|ok|okay|rude|weird|healthy|safe|wrong)\b`,
    // What the asker needs for a trip or a form: "do i need a visa for azerbaijan".
    String.raw`^\W*(?:do|would|will)\s+i\s+need\s+(?:a|an)\s+(?:visa|passport|permit|license|licence|vaccine|vaccination|adapter|plug)\b`,
    String.raw`^\W*is\s+it\s+\w+\s+(?:that|if)\s+i\b`,
    // Work on the asker's own text: "summarise this paragraph im about to paste".
    String.raw`\b(?:summari[sz]e|sum\s+up|proofread|rewrite|shorten|paraphrase|edit)\s+(?:this|my|the\s+following)\s+(?:[\p{L}-]+\s+)?(?:paragraph|text|essay|email|e-mail|message|document|paper|letter|notes|post)\b`,
  ].join("|"),
  "iu",
);

export const taskRequestRule: PassageRule = {
  id: "task-request",
  guards: "Quoting the news in reply to a request for a job (\"write a poem about the Caucasus\", \"how do I fix my wifi\").",
  stage: "passages",
  offTopic: true,
  check: ({ question }) => (TASK.test(question.text) ? { detail: "the question asks for a job to be done, not for what the articles say", reason: { task: true } } : undefined),
};
