import { describe, expect, it } from 'vitest';
import { MAX_QUESTION_CHARS, readQuestion } from '../../src/answer/question.ts';

describe('readQuestion', () => {
  it.each([
    ['<@U123> Combien de patients ?', 'Combien de patients ?'],
    ['<!channel> <!here> question', 'question'],
    ['voir <#C123|general>', 'voir general'],
    ['voir <https://gustaveroussy.fr|le site>', 'voir le site'],
    ['voir <https://gustaveroussy.fr>', 'voir https://gustaveroussy.fr'],
    ['a &lt; b &amp; c', 'a < b & c'],
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
