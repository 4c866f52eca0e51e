import { describesAnswer, describesFirm, describesStory, describesUnrivalled } from "../described-names.js";
import { onePassageSpeaksOfNames, type NameTimes } from "../passage-names.js";
import { officeHoldersIn } from "../office-holders.js";
import { analyze } from "../../index/analyzer.js";
import { namesOfPeople } from "../people.js";
import { wordsBeforeTitle, withoutWordsBeforeTitle, type Name } from "../../question/names.js";
import type { QuestionReading } from "../../question/reading.js";
import { passageWordsOf, type PassageRule } from "./rule.js";

export const namesTogetherRule: PassageRule = {
  id: "names-together",
  guards: "Answering from passages that each hold only some of the names asked about (\"Alan Greenspan\" in passages about Volcker), or hold them apart.",
  stage: "passages",
  check: (reading) => {
    const { question, index } = reading;
    // Names no article uses are the unknown-names rule's to weigh.
    if (question.unknown.length > 0) return undefined;
    const read = passageWordsOf(reading);
    // The names as the asker capitalised them; in a list ("Iraq and the Czech Republic"), or a question about several reports ("which outlets ..."), each may be in a passage of its own.
    const names = question.typedNames.filter(
      (name) => !describesFirm(name, question.cased) && !describesStory(name, question.cased) && !describesAnswer(name, question.cased) && !describesUnrivalled(name, question.cased, reading.passages),
    );
    const holders = officeHoldersIn(index);
    // Words typed in lower case before a title may be said in others ("the Santos harbour spokesman": "a Santos port spokesman").
    const asSaidIn = (name: Name, passage: number) => {
      const words = wordsBeforeTitle(name);
      return words.length > 0 && words.every((word) => reading.saysInPassage(word, passage)) ? withoutWordsBeforeTitle(name) : name;
    };
    const speaks = (some: Name[], times: NameTimes, i: number) =>
      onePassageSpeaksOfNames({ ...times, names: some.map((name) => asSaidIn(name, i)) }, [read[i]!], index.lexical, holders);
    // Read only where a passage of the same article stands just before another: most questions never ask.
    const people: string[][][] = [];
    const peopleIn = (j: number) => (people[j] ??= namesOfPeople(read[j]!.text).map(analyze));
    // Someone named in the passage read just before it in its article ("political analyst Farhad Mammadov")
    // goes on speaking in this one, which names him no more ("And about the possible signing of a peace
    // agreement in Washington, he maintains ...").
    const namedJustBefore = (some: Name[], times: NameTimes, i: number) =>
      read.some((_, j) => {
        const [chunk, before] = [reading.passages[i]!.chunk, reading.passages[j]!.chunk];
        if (before.articleId !== chunk.articleId || before.index !== chunk.index - 1) return false;
        const named = some.filter((name) => peopleIn(j).some((person) => name.terms.every((term) => person.includes(term))));
        return named.length > 0 && speaks(some.filter((name) => !named.includes(name)), times, i);
      });
    /** Whether one passage read speaks of all these names, with the times the question asks about. */
    const oneSpeaksOf = (some: Name[], times: NameTimes) =>
      read.some((_, i) => speaks(some, times, i) || namedJustBefore(some, times, i));
    // A question on several reports ("in March 2023 about the 2020 war and about ..."), on names in a list ("Kenya's economy or Chile's in 1986")
    // or on several days need not find the times it asks about beside each name either: one passage read must give them.
    const eachAlone = question.reportsAsked || question.namesListed || question.days.length > 1 ? {} : question;
    const spokenAt = (times: QuestionReading) => (question.acrossReports ? names.every((name) => oneSpeaksOf([name], eachAlone)) && oneSpeaksOf([], times) : oneSpeaksOf(names, times));
    // Days in a list ("on Feb 25, Feb 27 and March 5", "between March 1 and March 3") are each a report of their own.
    const spoken = question.days.length > 1 ? question.days.every((day) => spokenAt({ ...question, days: [day] })) : spokenAt(question);
    if (spoken) return undefined;
    // The reader is told which name no passage read holds, to ask again without it ("the Maryland electronics firm").
    const unnamed = names.filter((name) => !oneSpeaksOf([name], {}));
    if (unnamed.length === 0) return { detail: "no passage read holds every name, time and figure the question asks about, together", reason: {} };
    const told = unnamed.map((name) => name.name);
    return { detail: `no passage read names ${told.join(", ")}`, reason: { unnamed: told } };
  },
};
