import { describe, expect, it } from 'vitest';
import type { TaughtMatch } from '../../src/learning/taught-index.ts';
import { carries, tallyVotes } from '../../src/learning/taught-vote.ts';
import { taughtPassage, taughtRefusal } from './taught.ts';

const patients = 'portant sur plus de 1 000 patients';
const staff = 'Avec 4 100 salariés';
const near = (taught: TaughtMatch['taught'], similarity: number): TaughtMatch => ({ taught, similarity });

describe('the vote of the taught neighbours', () => {
  it('sums the similarities of the neighbours taught the same passage', () => {
    const first = taughtPassage('Combien de patients dans MARIPOSA ?', patients);
    const ballot = tallyVotes([near(first, 0.5), near(taughtPassage('MARIPOSA, combien de malades ?', patients), 0.4), near(taughtRefusal('Qui finance MARIPOSA ?'), 0.3)]);
    expect(ballot?.outcome).toEqual(first.outcome);
    expect(ballot?.support).toBeCloseTo(0.9);
    expect(ballot?.share).toBeCloseTo(0.75);
    expect(ballot?.closest.taught).toBe(first);
  });

  // Thirty paraphrases taught for a passage outweigh the one question closest to the new one.
  it('lets several agreeing neighbours outvote a closer one', () => {
    const closer = near(taughtRefusal('Combien de salariés en 2010 ?'), 0.6);
    const ballot = tallyVotes([closer, near(taughtPassage('Combien de salariés ?', staff), 0.5), near(taughtPassage('Quel effectif ?', staff), 0.45)]);
    expect(ballot?.outcome.kind).toBe('passage');
  });

  it('counts every taught refusal as one outcome', () => {
    const ballot = tallyVotes([near(taughtRefusal('Qui finance MARIPOSA ?'), 0.5), near(taughtRefusal('Quel est le prix du traitement ?'), 0.5), near(taughtPassage('Combien de salariés ?', staff), 0.6)]);
    expect(ballot).toMatchObject({ outcome: { kind: 'refusal' }, support: 1 });
  });

  it('gives the closest outcome a tie', () => {
    const ballot = tallyVotes([near(taughtRefusal('Qui finance MARIPOSA ?'), 0.5), near(taughtPassage('Combien de salariés ?', staff), 0.5)]);
    expect(ballot?.outcome.kind).toBe('refusal');
  });

  it('has no ballot without neighbours', () => {
    expect(tallyVotes([])).toBeNull();
  });

  it('carries only when both the support and the share clear the bar', () => {
    const ballot = { outcome: { kind: 'refusal' as const }, support: 1.2, share: 0.6, closest: near(taughtRefusal('Qui finance MARIPOSA ?'), 0.6) };
    expect(carries(ballot, { support: 1, share: 0.5 })).toBe(true);
    expect(carries(ballot, { support: 1.5, share: 0.5 })).toBe(false);
    expect(carries(ballot, { support: 1, share: 0.8 })).toBe(false);
  });
});
