import { describe, expect, it } from 'vitest';
import { french, frenchData } from '../../src/language/fr/index.ts';
import { languageDataSchema } from '../../src/language/language-schema.ts';
import { LANGUAGE_CODES, languageFor } from '../../src/language/languages.ts';
import { QUESTION_KINDS } from '../../src/language/question-kinds.ts';

describe('language data', () => {
  it('selects French, its stop words and its stemmer, by the code "fr"', () => {
    expect(LANGUAGE_CODES).toEqual(['fr']);
    expect(languageFor('fr').stopWords.has('les')).toBe(true);
    expect(languageFor('fr').stem('résistances'.normalize('NFD').replace(/\p{M}/gu, ''))).toBe('resist');
  });

  it('takes in the English question words, for questions asked in English', () => {
    expect(french.questionReading.counting).toEqual(expect.arrayContaining(['combien', 'many']));
    expect(french.questionCues.cause).toEqual(expect.arrayContaining(['pourquoi', 'why']));
  });

  it('gives cue words to every kind of question', () => {
    for (const kind of QUESTION_KINDS) expect(french.questionCues[kind].length, kind).toBeGreaterThan(0);
  });

  it('holds French tables of the shape the engine reads, every field as the schema keeps it', () => {
    expect(languageDataSchema.parse(frenchData)).toEqual(frenchData);
  });

  it('refuses data with a kind of question left without cue words, naming the kind', () => {
    const broken = { ...frenchData, questionCues: { ...frenchData.questionCues, hour: [] } };
    expect(() => languageDataSchema.parse(broken)).toThrow(/hour/);
  });

  it('refuses data with a field left out, naming the field', () => {
    const broken = { ...frenchData, framingWords: undefined };
    expect(() => languageDataSchema.parse(broken)).toThrow(/framingWords/);
  });
});
