import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadAnswerer, type Answerer } from '../../src/answer/answerer.ts';
import { anyText, KNOWLEDGE_DIR, questionLikeText, releaseWording, RUNS } from './arbitraries.ts';

let answerer: Answerer;

beforeAll(() => {
  answerer = loadAnswerer(KNOWLEDGE_DIR);
});

describe('answer(), with the real release', () => {
  it('never throws, whatever the string', () => {
    fc.assert(
      fc.property(fc.oneof(anyText, questionLikeText), (question) => {
        const answer = answerer.answer(question);
        expect(typeof answer.answered).toBe('boolean');
      }),
      RUNS,
    );
  });

  it('shows only figures that are substrings of the release (headline and body)', () => {
    fc.assert(
      fc.property(questionLikeText, (question) => {
        for (const figure of answerer.answer(question).figures) expect(releaseWording).toContain(figure.text);
      }),
      RUNS,
    );
  });

  it('quotes only sentences that are substrings of the release with white space collapsed', () => {
    const collapsedBody = releaseWording.replace(/\s+/g, ' ');
    fc.assert(
      fc.property(questionLikeText, (question) => {
        const { sentence } = answerer.answer(question);
        if (sentence !== null) expect(collapsedBody).toContain(sentence);
      }),
      RUNS,
    );
  });

  it('always gives a message to show when it gives no sentence', () => {
    fc.assert(
      fc.property(fc.oneof(anyText, questionLikeText), (question) => {
        const answer = answerer.answer(question);
        if (answer.sentence === null) expect(answer.message?.trim()).toBeTruthy();
      }),
      RUNS,
    );
  });
});
