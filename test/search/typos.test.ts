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

  // "ombiens" and "combien" share "ombien" once a letter is left out, but are two typos apart.
  it('finds nothing two typos away', () => {
    expect(words.nearest('ombiens')).toBeNull();
  });

  it('finds nothing when two known words are a typo away', () => {
    expect(words.nearest('stips')).toBeNull();
  });

  it('never gives back the word itself', () => {
    expect(words.nearest('combien')).toBeNull();
  });
});
