/**
 * Words for a firm. Those the wire names by a country ("the Finnish lender" is Union Bank of
 * Finland, "the fund that invests in French companies" France Fund Inc) are the ones retrieval
 * reads a people's adjective before; a question may describe a firm by any of them.
 */
export const COUNTRY_NAMED_FIRMS = "lenders?|banks?|compan(?:y|ies)|firms?|funds?|makers?|groups?|concerns?|utilit(?:y|ies)|insurers?|carriers?|airlines?|brewers?|producers?|manufacturers?";

/** Every word for a firm: the wire's, and those of trade and the press ("the South Korean chipmaker", "a German business daily"). */
export const FIRM_WORDS = `${COUNTRY_NAMED_FIRMS}|\\p{L}+makers?|giants?|retailers?|subsidiar(?:y|ies)|conglomerates?|operators?|exporters?|suppliers?|refiners?|miners?|syndicators?|distributors?|publishers?|agenc(?:y|ies)|pollsters?|networks?|broadcasters?|newspapers?|dail(?:y|ies)|weekl(?:y|ies)|magazines?|journals?|organi[sz]ations?|institutes?|contractors?|developers?|builders?|dealers?|traders?|chains?|shippers?`;
