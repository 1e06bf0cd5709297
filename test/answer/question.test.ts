import { describe, expect, it } from 'vitest';
import { MAX_QUESTION_CHARS, readQuestion } from '../../src/answer/question.ts';

describe('readQuestion', () => {
  it.each([
    ['  Combien\n\tde patients ?  ', 'Combien de patients ?'],
    ['Résumé 🎉 ?', 'Résumé ?'],
    ['la\u202Evidéo\u200B ?', 'la vidéo ?'],
  ])('reads %j as %j', (raw, expected) => {
    expect(readQuestion(raw).text).toBe(expected);
  });

  it('cuts a question past the limit at a word boundary and says it did', () => {
    const result = readQuestion('mot '.repeat(10_000));
    expect(result.truncated).toBe(true);
    expect(result.text.length).toBeLessThanOrEqual(MAX_QUESTION_CHARS);
    expect(result.text.endsWith('mot')).toBe(true);
  });
});
