import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../src/knowledge/figures.ts';

describe('extractFigures', () => {
  it.each([
    ['Ainsi, les anomalies de MET sont de 4,4 % avec l’association.', [{ text: '4,4 %', kind: 'percentage' }]],
    ['Près de 10 % des cancers du poumon.', [{ text: 'Près de 10 %', kind: 'percentage' }]],
    ['portant sur plus de 1 000 patients,', [{ text: 'plus de 1 000 patients', kind: 'count' }]],
    ['Avec 4 100 salariés répartis sur deux sites', [{ text: '4 100 salariés', kind: 'count' }]],
    ['au bout de 18 mois en moyenne', [{ text: '18 mois', kind: 'duration' }]],
    ['L’essai de phase 3 MARIPOSA', [{ text: 'phase 3', kind: 'phase' }]],
    ['Late breaking abstract n°55 présenté', [{ text: 'n°55', kind: 'abstract_number' }]],
    ['publié en janvier 2024 dans', [{ text: 'janvier 2024', kind: 'date' }]],
  ])('finds the figure in "%s"', (sentence, figures) => {
    expect(extractFigures(sentence)).toEqual(figures);
  });

  it('reads "le samedi 14 septembre à 9h30" as a date and a time, not a count', () => {
    expect(extractFigures('présenté le samedi 14 septembre à 9h30')).toEqual([
      { text: 'samedi 14 septembre', kind: 'date' },
      { text: '9h30', kind: 'time' },
    ]);
  });

  it('takes no count from a telephone number', () => {
    expect(extractFigures('Tel. +33 1 42 11 50 59 - +33 6 17 66 00 26')).toEqual([]);
  });

  // Patterns are tried kind by kind (time before date, percentage before count): the list is still in reading order.
  it('lists figures found by different patterns in reading order', () => {
    expect(extractFigures('Sur 1 000 patients, 4,4 % au bout de 18 mois, présenté le 14 septembre à 9h30').map((f) => f.kind)).toEqual([
      'count',
      'percentage',
      'duration',
      'date',
      'time',
    ]);
  });

  it('lists two percentages of one sentence in reading order', () => {
    expect(extractFigures('touchent 0,9 % des patients contre 7,9 % dans l’autre groupe').map((f) => f.text)).toEqual(['0,9 %', '7,9 %']);
  });
});
