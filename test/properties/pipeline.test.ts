import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldText } from '../../src/text/fold.ts';
import { pipeline } from '../support/french.ts';
import { anyText, RUNS } from './arbitraries.ts';

const { tokenize, terms: analyze } = pipeline;

describe('normalisation, for any string', () => {
  it('gives only folded tokens of letters, digits, and dots inside numbers', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        for (const token of tokenize(text)) expect(token).toMatch(/^(?:[\p{L}\p{N}]+|\d+\.\d+)$/u);
      }),
      RUNS,
    );
  });

  it('folds folded text to itself', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const folded = foldText(text);
        expect(foldText(folded)).toBe(folded);
      }),
      RUNS,
    );
  });

  it('analyzes folded text into the same terms as the text itself', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        expect(analyze(foldText(text))).toEqual(analyze(text));
      }),
      RUNS,
    );
  });

  it('folds decomposed accents (NFD) exactly as composed ones (NFC)', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        expect(foldText(text.normalize('NFD'))).toBe(foldText(text.normalize('NFC')));
      }),
      RUNS,
    );
  });

  it('analyzes decomposed accents (NFD) into the same terms as composed ones (NFC)', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        expect(analyze(text.normalize('NFD'))).toEqual(analyze(text.normalize('NFC')));
      }),
      RUNS,
    );
  });

  it('yields no empty token', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        expect(tokenize(text).filter((token) => token === '')).toEqual([]);
      }),
      RUNS,
    );
  });
});

describe('normalisation, for every character of the Basic Multilingual Plane', () => {
  const characters = Array.from({ length: 0x10000 }, (_, cp) => cp)
    .filter((cp) => cp < 0xd800 || cp > 0xdfff)
    .map((cp) => String.fromCodePoint(cp));

  it('folds folded text to itself', () => {
    const unstable = characters.filter((c) => foldText(foldText(`a${c}b`)) !== foldText(`a${c}b`));
    expect(unstable).toEqual([]);
  });

  it('folds decomposed accents (NFD) exactly as composed ones (NFC)', () => {
    const differing = characters.filter((c) => foldText(`a${c}b`.normalize('NFD')) !== foldText(`a${c}b`.normalize('NFC')));
    expect(differing).toEqual([]);
  });
});
