import { describe, expect, it } from 'vitest';
import { createFuzzyWords } from '../../src/search/fuzzy.ts';

const fuzzy = createFuzzyWords(['patients', 'osimertinib', 'amivantamab', 'prix', 'essai', 'mariposa']);

describe('typo matching over a vocabulary', () => {
  it('finds the word two swapped letters away', () => {
    expect(fuzzy.nearWords('pateints').map((near) => near.word)).toEqual(['patients']);
  });

  it('finds a long word a missing letter away, and says how near it is', () => {
    expect(fuzzy.nearWords('osimertinb')).toEqual([{ word: 'osimertinib', similarity: 1 - 1 / 11 }]);
  });

  it('leaves short words alone: they have too many neighbours', () => {
    expect(fuzzy.nearWords('pris')).toEqual([]);
  });

  it('leaves numbers alone', () => {
    expect(fuzzy.nearWords('10000')).toEqual([]);
  });

  it('finds nothing for a word too many typos away', () => {
    expect(fuzzy.nearWords('patates')).toEqual([]);
  });
});
