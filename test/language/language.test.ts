import { describe, expect, it } from 'vitest';
import { french } from '../../src/language/fr/index.ts';
import { defineLanguage } from '../../src/language/language.ts';
import { LANGUAGE_CODES, languageFor } from '../../src/language/languages.ts';
import { QUESTION_KINDS } from '../../src/language/question-kinds.ts';

const data = { ...french };

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

  it('refuses data with a kind of question left without cue words, naming the kind', () => {
    const broken = { ...data, questionCues: { ...data.questionCues, hour: [] } };
    expect(() => defineLanguage('xx', broken, french.stopWords, french.stem)).toThrow(/hour/);
  });

  it('refuses data with a field left out, naming the field', () => {
    const broken = { ...data, framingWords: undefined } as unknown as typeof data;
    expect(() => defineLanguage('xx', broken, french.stopWords, french.stem)).toThrow(/framingWords/);
  });
});
