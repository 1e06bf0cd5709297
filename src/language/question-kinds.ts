/**
 * What a question may ask for, beyond its words. The list is the engine's: each language gives
 * the cue words of every kind (its `questionCues`), and `src/search/kind-rules.ts` says what
 * a passage must hold to answer each.
 */
export const QUESTION_KINDS = [
  'percentage',
  'count',
  'duration',
  'date',
  /** Which year: a date without its year ("le samedi 14 septembre") does not answer. */
  'year',
  /** At what time of day: a date without an hour does not answer. */
  'hour',
  'person',
  'place',
  'definition',
  'cause',
  'future',
  'purpose',
  'title',
] as const;

export type QuestionKind = (typeof QUESTION_KINDS)[number];
