import { describe, expect, it } from 'vitest';
import { foldText } from '../../src/text/fold.ts';
import { pipeline } from '../support/french.ts';

const { tokenize, terms: analyze } = pipeline;

describe('the text pipeline (French)', () => {
  it('folds case, accents and curly apostrophes', () => {
    expect(foldText('L’ÉTUDE Présentée')).toBe("l'etude presentee");
  });

  it('splits elisions off', () => {
    expect(tokenize("l'amivantamab d'abord qu'une")).toEqual(['amivantamab', 'abord', 'une']);
  });

  it('reads "4,4 %", "4.4%" and "4,4%" as the same number', () => {
    expect(tokenize('4,4 %')).toEqual(tokenize('4.4%'));
    expect(tokenize('4,4%')).toEqual(['4.4']);
  });

  it('reads "1 000" with a normal or no-break space as one number', () => {
    expect(tokenize('1 000 patients')).toEqual(['1000', 'patients']);
    expect(tokenize('1\u00A0000 patients')).toEqual(['1000', 'patients']);
  });

  it('reads "1 000 000" (two groups) as one number', () => {
    expect(tokenize('1 000 000 de doses')).toEqual(['1000000', 'de', 'doses']);
  });

  it('keeps "aujourd’hui" one word', () => {
    expect(tokenize('Aujourd’hui, l’essai')).toEqual(['aujourdhui', 'essai']);
  });

  it('keeps a dotted number whole and splits a dotted abbreviation', () => {
    expect(tokenize('4.4 e.g.')).toEqual(['4.4', 'eg', 'e', 'g']);
  });

  it('reads "n°55" as the word numero and the number', () => {
    expect(tokenize('n°55')).toEqual(['numero', '55']);
  });

  it('keeps a hyphenated word whole and in parts', () => {
    expect(tokenize('off-target')).toEqual(['offtarget', 'off', 'target']);
  });

  it('drops French and English stop words and stems the rest', () => {
    expect(analyze('Les mutations de la tumeur')).toEqual(['mutat', 'tumeur']);
    expect(analyze('What is the trial')).toEqual(['trial']);
  });

  // Folding removes the accent Snowball reads in "-ée"; the feminine must still meet the masculine.
  it.each([
    ['autorisée', 'autorisé'],
    ['présentées', 'présenté'],
    ['approuvée', 'approuvés'],
  ])('stems %s and %s alike', (feminine, masculine) => {
    expect(analyze(feminine)).toEqual(analyze(masculine));
  });

  it('gives the same terms for decomposed (NFD) and composed (NFC) accents', () => {
    expect(analyze('résistance'.normalize('NFD'))).toEqual(analyze('résistance'.normalize('NFC')));
  });

  it('drops the pronoun hooked to a verb in a question', () => {
    expect(tokenize('peut-il a-t-elle pouvez-vous')).toEqual(['peut', 'a', 'pouvez']);
  });

  it('keeps "qu’est-ce que" apart from a yes-or-no "est-ce que"', () => {
    expect(tokenize("qu'est-ce que")[0]).toBe('questce');
    expect(tokenize('est-ce que')).not.toContain('questce');
  });
});
