/**
 * The words a question names a piece of news by: "according to the dutch ambassador story", "in the Global Comment piece",
 * "who wrote the blitz op-ed", "what did the grain quota report say". One list, so that each reading of a report named so
 * knows the same words.
 */
export const REPORT_WORD = String.raw`(?:stor(?:y|ies)|articles?|pieces?|reports?|readouts?|op-?eds?|analys[ie]s|interviews?|coverage|columns?|editorials?|commentar(?:y|ies)|statements?|letters?|polls?|surveys?|stud(?:y|ies))`;
