import { describe, expect, it } from 'vitest';
import { isSureEnough, isWorthShowing, kindAloneConfidence, passageConfidence, WEIGHTS } from '../../src/search/score.ts';

const facts = { covered: 3, total: 4, missesFigure: false, missesAskedThing: false, definesAsked: false };

describe('the confidence of a passage', () => {
  it('is the share of the question’s weight the passage holds', () => {
    expect(passageConfidence(facts)).toBeCloseTo(0.75);
  });

  it('is 0 for a question that weighs nothing', () => {
    expect(passageConfidence({ ...facts, total: 0 })).toBe(0);
  });

  // A wrong figure is worse than no answer: a passage without the figure asked falls under the bar.
  it('falls under the answer bar when the passage lacks the figure asked, however many words it holds', () => {
    expect(isSureEnough(passageConfidence({ ...facts, covered: 4, missesFigure: true }))).toBe(false);
  });

  it('falls when the passage does not hold the thing a "quel X" question asks about', () => {
    expect(passageConfidence({ ...facts, missesAskedThing: true })).toBeCloseTo(0.75 * WEIGHTS.confidence.missingAskedThing);
  });

  it('gains half of what it lacks when the passage defines the word asked about', () => {
    expect(passageConfidence({ ...facts, covered: 0, definesAsked: true })).toBeCloseTo(0.5);
  });

  it('never goes above 1', () => {
    expect(passageConfidence({ ...facts, covered: 8 })).toBe(1);
  });

  it('of a passage found by its kind alone answers, and falls with the share of the question the release does not know', () => {
    expect(isSureEnough(kindAloneConfidence(0))).toBe(true);
    expect(isSureEnough(kindAloneConfidence(0.5))).toBe(false);
  });

  it('shows other passages only above their own, lower bar', () => {
    expect(isWorthShowing(0.4)).toBe(true);
    expect(isWorthShowing(0.3)).toBe(false);
    expect(isSureEnough(0.4)).toBe(false);
  });
});
