/**
 * Words for an envoy, whom the news names by the country that sent it ("the United States
 * Ambassador to Armenia"): retrieval reads a people, a country or its seat before them, and a
 * question places an envoy's post with them ("the US ambassador in Yerevan").
 */
export const COUNTRY_NAMED_ENVOYS = "ambassadors?|envoys?|emissar(?:y|ies)|embass(?:y|ies)|consuls?";
