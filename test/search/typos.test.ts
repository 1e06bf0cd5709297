import { describe, expect, it } from 'vitest';
import { WordsATypoAway } from '../../src/search/typos.ts';

describe('WordsATypoAway', () => {
  const words = new WordsATypoAway(new Set(['pourquoi', 'combien', 'comment', 'relations', 'steps', 'stops']));

  it('finds the known word two swapped letters away', () => {
    expect(words.nearest('poruquoi')).toBe('pourquoi');
  });

  it('finds the known word a missing letter away', () => {
    expect(words.nearest('cmbien')).toBe('combien');
  });

  it('finds the known word an extra letter away', () => {
    expect(words.nearest('rellations')).toBe('relations');
  });

  it('finds the known word a wrong letter away', () => {
    expect(words.nearest('commant')).toBe('comment');
  });

  it('finds nothing two typos away', () => {
    expect(words.nearest('cmbein')).toBeNull();
  });

  it('finds nothing when two known words are a typo away', () => {
    expect(words.nearest('stips')).toBeNull();
  });

  it('does not mend a word it knows', () => {
    expect(words.nearest('combien')).toBeNull();
  });
});
