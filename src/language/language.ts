import { z } from 'zod';
import { QUESTION_KINDS, type QuestionKind } from './question-kinds.ts';

const words = z.array(z.string().min(1));
const phrases = words.min(1);

/**
 * The language data the engine reads, checked once when the language is defined: a misspelt
 * field or an empty list stops start-up with its path rather than answering oddly.
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

/** A language the bot reads: its data, its stop words and its stemmer. */
export interface Language extends LanguageData {
  code: string;
  /** Stop words, folded. */
  stopWords: ReadonlySet<string>;
  /** The stem of a folded token; numbers and words of three letters or fewer stay as they are. */
  stem(token: string): string;
}

/** A language from its data (checked by `languageDataSchema`), stop words and stemmer. */
export function defineLanguage(code: string, data: LanguageData, stopWords: ReadonlySet<string>, stem: (token: string) => string): Language {
  const parsed = languageDataSchema.parse(data) as LanguageData;
  return { ...parsed, code, stopWords, stem };
}
