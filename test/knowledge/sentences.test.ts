import { describe, expect, it } from 'vitest';
import { splitIntoSentences } from '../../src/knowledge/sentences.ts';

describe('splitIntoSentences', () => {
  it('keeps "4,4 %" and "13,6 %" inside one sentence', () => {
    expect(splitIntoSentences('Ainsi, les anomalies de MET sont de 4,4 % avec l’association, contre 13,6 % avec l’osimertinib seul. Et la suite.')).toEqual([
      'Ainsi, les anomalies de MET sont de 4,4 % avec l’association, contre 13,6 % avec l’osimertinib seul.',
      'Et la suite.',
    ]);
  });

  it('does not split after "n°55", "Pr Benjamin Besse" or "9h30"', () => {
    const text = 'Late breaking abstract n°55 présenté à l’oral par le Pr Benjamin Besse le samedi 14 septembre à 9h30';
    expect(splitIntoSentences(text)).toEqual([text]);
  });

  it('does not split inside a web address', () => {
    expect(splitIntoSentences('Suivez l’Institut : www.gustaveroussy.fr, X, Facebook.')).toHaveLength(1);
  });

  it('does not split after the abbreviation "Tel."', () => {
    const text = 'GUSTAVE ROUSSY : Claire Parisel - claire.parisel@gustaveroussy.fr - Tel. +33 1 42 11 50 59';
    expect(splitIntoSentences(text)).toEqual([text]);
  });

  it('does not split after an initial such as "M. Dupont"', () => {
    expect(splitIntoSentences('Selon M. Dupont, tout va bien. Fin.')).toEqual(['Selon M. Dupont, tout va bien.', 'Fin.']);
  });

  it('splits the sentences of a « quote » and keeps the closing guillemet with the last one', () => {
    expect(splitIntoSentences('« Ce travail est préliminaire, conclut le professeur Besse. Nous continuerons. »')).toEqual([
      '« Ce travail est préliminaire, conclut le professeur Besse.',
      'Nous continuerons. »',
    ]);
  });

  it('keeps "c’est-à-dire" and "; 40 %" inside their sentence', () => {
    const text = 'L’un est dit, on-target, c’est-à-dire que tout change ; 40 % des patients sont inclus.';
    expect(splitIntoSentences(text)).toEqual([text]);
  });

  it('joins a sentence broken over several lines', () => {
    expect(splitIntoSentences('Les thérapies ciblées\nreprésentent une évolution majeure.')).toEqual(['Les thérapies ciblées représentent une évolution majeure.']);
  });

  it('returns nothing for white space', () => {
    expect(splitIntoSentences('  \n ')).toEqual([]);
  });
});
