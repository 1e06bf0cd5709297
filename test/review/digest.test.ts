import { describe, expect, it } from 'vitest';
import { coveredDay, nextDigestAt, summarizeDay } from '../../src/review/digest.ts';
import type { AskedQuestion } from '../../src/review/review-queue.ts';

function asked(at: string, overrides: Partial<AskedQuestion> = {}): AskedQuestion {
  return {
    id: at,
    askedAt: new Date(at),
    text: 'Combien de patients ?',
    surface: 'mention',
    channelType: 'channel',
    channelId: 'C1',
    threadTs: null,
    userId: 'U1',
    external: false,
    answered: true,
    reason: 'answer',
    confidence: 0.9,
    passageId: 'r:1',
    releaseId: 'r',
    verified: false,
    notHelpful: 0,
    flagged: false,
    ...overrides,
  };
}

describe('when the digest is due', () => {
  it('is due at 09:00 Paris time the same day when that is still ahead (08:00 UTC in winter)', () => {
    expect(nextDigestAt(new Date('2026-12-04T06:00:00Z'), '09:00', 'Europe/Paris').toISOString()).toBe('2026-12-04T08:00:00.000Z');
  });

  it('is due the next day once the time has passed', () => {
    expect(nextDigestAt(new Date('2026-12-04T08:00:00Z'), '09:00', 'Europe/Paris').toISOString()).toBe('2026-12-05T08:00:00.000Z');
  });

  it('follows summer time (07:00 UTC in July)', () => {
    expect(nextDigestAt(new Date('2026-07-01T00:00:00Z'), '09:00', 'Europe/Paris').toISOString()).toBe('2026-07-01T07:00:00.000Z');
  });

  it('keeps 09:00 on the wall clock across the spring change of hour', () => {
    expect(nextDigestAt(new Date('2026-03-28T09:00:00Z'), '09:00', 'Europe/Paris').toISOString()).toBe('2026-03-29T07:00:00.000Z');
  });

  it('covers the day before, on the team’s clock', () => {
    expect(coveredDay(new Date('2026-12-04T08:00:00Z'), 'Europe/Paris')).toBe('2026-12-03');
  });
});

describe('what the digest says', () => {
  it('counts the questions of the day, answered, refused and 👎', () => {
    const questions = [
      asked('2026-12-03T09:00:00Z'),
      asked('2026-12-03T10:00:00Z', { answered: false, reason: 'not_in_release', passageId: null, confidence: 0.1 }),
      asked('2026-12-03T11:00:00Z', { notHelpful: 2 }),
      asked('2026-12-02T11:00:00Z'),
    ];
    const summary = summarizeDay('2026-12-03', 'Europe/Paris', questions, []);
    expect(summary && { q: summary.questions, a: summary.answered, r: summary.refused, n: summary.notHelpful }).toEqual({ q: 3, a: 2, r: 1, n: 2 });
  });

  it('counts a question asked at 23:30 Paris time on the Paris day, not the UTC one', () => {
    const summary = summarizeDay('2026-12-03', 'Europe/Paris', [asked('2026-12-02T23:30:00Z')], []);
    expect(summary?.questions).toBe(1);
  });

  it('is not sent on a day without questions', () => {
    expect(summarizeDay('2026-12-03', 'Europe/Paris', [asked('2026-12-01T10:00:00Z')], [])).toBeNull();
  });

  it('lists at most five questions to review, the most asked first', () => {
    const items = [1, 7, 3, 9, 2, 5].map((count, i) => ({ key: `k${i}`, latest: asked(`2026-12-03T0${i}:00:00Z`), count, notHelpful: 0, causes: ['refused' as const] }));
    const summary = summarizeDay('2026-12-03', 'Europe/Paris', [asked('2026-12-03T10:00:00Z')], items);
    expect(summary?.toReview.map((item) => item.count)).toEqual([9, 7, 5, 3, 2]);
  });
});
