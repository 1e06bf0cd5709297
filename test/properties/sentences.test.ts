import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { splitIntoSentences } from '../../src/knowledge/sentences.ts';
import { anyText, paragraphLikeText, releaseParagraphs, RUNS } from './arbitraries.ts';

const collapse = (text: string): string => text.replace(/\s+/g, ' ').trim();

describe('sentence splitting', () => {
  it('never throws, whatever the string', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        expect(Array.isArray(splitIntoSentences(text))).toBe(true);
      }),
      RUNS,
    );
  });

  it('loses no text: the sentences joined with spaces are the paragraph with white space collapsed', () => {
    fc.assert(
      fc.property(fc.oneof(paragraphLikeText, anyText, fc.constantFrom(...releaseParagraphs)), (paragraph) => {
        expect(splitIntoSentences(paragraph).join(' ')).toBe(collapse(paragraph));
      }),
      RUNS,
    );
  });

  it('gives only trimmed, non-empty sentences', () => {
    fc.assert(
      fc.property(fc.oneof(paragraphLikeText, anyText), (paragraph) => {
        for (const sentence of splitIntoSentences(paragraph)) {
          expect(sentence).not.toBe('');
          expect(sentence).toBe(sentence.trim());
        }
      }),
      RUNS,
    );
  });

  it('loses no text from any paragraph of the real release', () => {
    for (const paragraph of releaseParagraphs) {
      expect(splitIntoSentences(paragraph).join(' ')).toBe(collapse(paragraph));
    }
  });
});
