import Fuse from 'fuse.js';
import { allowedTypos, editDistance, MIN_FUZZY_LENGTH } from './typos.ts';

/** A known word a few typos away from a word of a question. */
export interface NearWord {
  word: string;
  /** 1 − typos / length: 1 for the word itself. */
  similarity: number;
}

export interface FuzzyWords {
  /** The known words fewest typos away from `token` (at most three, all as near), best first; none for a short word or a number. */
  nearWords(token: string): readonly NearWord[];
}

/** How close fuse.js must find a word (0 is a perfect match in fuse.js): loose, as `editDistance` confirms each. */
const FUSE_THRESHOLD = 0.34;
const FUSE_CANDIDATES = 8;
const MAX_NEAR_WORDS = 3;

/**
 * Typo matching over a vocabulary, fuse.js wholly inside. Words shorter than MIN_FUZZY_LENGTH or
 * holding a digit are left out: too many near neighbours. One fuse.js index per first letter: a
 * typo seldom hits the first letter, and each search then runs over a small share of the words.
 */
export function createFuzzyWords(vocabulary: Iterable<string>): FuzzyWords {
  const byFirstLetter = new Map<string, string[]>();
  for (const word of vocabulary) {
    if (!mayBeMistyped(word)) continue;
    const bucket = byFirstLetter.get(word[0] ?? '') ?? [];
    bucket.push(word);
    byFirstLetter.set(word[0] ?? '', bucket);
  }
  const fuses = new Map<string, Fuse<string>>();
  for (const [letter, words] of byFirstLetter) {
    fuses.set(letter, new Fuse(words, { includeScore: true, threshold: FUSE_THRESHOLD, ignoreLocation: true, isCaseSensitive: true, useExtendedSearch: false }));
  }
  return {
    nearWords(token) {
      if (!mayBeMistyped(token)) return [];
      const limit = allowedTypos(token.length);
      const near: NearWord[] = [];
      for (const { item } of fuses.get(token[0] ?? '')?.search(token, { limit: FUSE_CANDIDATES }) ?? []) {
        const distance = editDistance(token, item, limit);
        if (distance <= limit) near.push({ word: item, similarity: 1 - distance / Math.max(token.length, item.length) });
      }
      near.sort((a, b) => b.similarity - a.similarity);
      const best = near[0]?.similarity ?? 0;
      return near.filter((n) => n.similarity === best).slice(0, MAX_NEAR_WORDS);
    },
  };
}

function mayBeMistyped(word: string): boolean {
  return word.length >= MIN_FUZZY_LENGTH && !/\d/.test(word);
}
