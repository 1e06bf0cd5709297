import * as z from 'zod';
import { QUESTION_KINDS, type QuestionKind } from './question-kinds.ts';

const words = z.array(z.string().min(1));
const phrases = words.min(1);

/**
 * The shape of the language data the engine reads. The tables are our own code, so they are
 * checked by a test (`test/language/language.test.ts`) rather than at every start: a misspelt
 * field or an empty list fails that test with its path rather than answering oddly.
 */
export const languageDataSchema = z.object({
  words: z.object({
    elided: phrases,
    hookedPronouns: words,
    keptWhole: z.array(z.object({ pattern: z.string().min(1), as: z.string().min(1) })),
    stopWords: words,
    minStemBeforeFinalE: z.number().int().min(0),
  }),
  questionCues: z.record(z.enum(QUESTION_KINDS), phrases),
  questionReading: z.object({
    counting: phrases,
    asking: phrases,
    who: phrases,
    linking: phrases,
    placeNouns: phrases,
    mendedWhenMistyped: phrases,
    where: z.string().min(1),
    whereFolded: z.string().min(1),
    whereAfter: words,
    whereElided: words,
    adjectiveEndings: phrases,
    studyNouns: words,
  }),
  framingWords: words,
  smallTalk: z.object({
    hellos: phrases,
    calls: words,
    thanks: phrases,
    farewells: words,
    greetingCompanions: words,
    thanksCompanions: words,
    maxWords: z.number().int().min(1),
  }),
  medicalAdvice: z.object({
    personalWords: phrases,
    personalElisions: words,
    relatives: phrases,
    asking: phrases,
    whom: phrases,
    forSomeone: phrases,
    symptoms: phrases,
    normal: phrases,
    health: phrases,
    politeOpeners: phrases,
    askerFrames: phrases,
    roleIntroduction: z.object({ openings: phrases, articles: phrases, roles: phrases, and: phrases }),
    workMentions: phrases,
  }),
  releaseText: z.object({
    abbreviations: phrases,
    leaningOpenings: phrases,
    leaningWords: phrases,
    months: phrases,
    days: phrases,
    unitsOfTime: phrases,
    approximately: phrases,
    notCounted: phrases,
  }),
  passageCues: z.object({
    cause: phrases,
    purpose: phrases,
    futureWords: phrases,
    futureEndings: phrases,
    futureEndingMinWord: z.number().int().min(1),
    definition: phrases,
    appositionNouns: phrases,
    personTitles: phrases,
    placePrepositions: phrases,
    placeOpening: z.string().min(1),
    comparators: phrases,
  }),
});

export type LanguageData = z.infer<typeof languageDataSchema> & { questionCues: Record<QuestionKind, string[]> };
