import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../src/knowledge/figures.ts';
import { anyText, paragraphLikeText, RUNS } from './arbitraries.ts';

describe('figure extraction', () => {
  it('never throws, whatever the string', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        expect(Array.isArray(extractFigures(text))).toBe(true);
      }),
      RUNS,
    );
  });

  it('copies every figure verbatim from the sentence it was given', () => {
    fc.assert(
      fc.property(fc.oneof(paragraphLikeText, anyText), (sentence) => {
        for (const figure of extractFigures(sentence)) {
          expect(figure.text).not.toBe('');
          expect(sentence).toContain(figure.text);
        }
      }),
      RUNS,
    );
  });
});
