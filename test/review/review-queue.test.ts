import { describe, expect, it } from 'vitest';
import { buildReviewQueue, causesOf } from '../../src/review/review-queue.ts';
import { askedQuestion } from '../support/asked-question.ts';

const asked = askedQuestion;

describe('what goes to review', () => {
  it('takes a refusal because the release does not say', () => {
    expect(causesOf(asked())).toEqual(['refused']);
  });

  it('takes an answer under a confidence of 0.8', () => {
    expect(causesOf(asked({ answered: true, reason: 'answer', confidence: 0.7, passageId: 'r:1' }))).toEqual(['unsure']);
  });

  it('leaves a sure answer alone', () => {
    expect(causesOf(asked({ answered: true, reason: 'answer', confidence: 0.95, passageId: 'r:1' }))).toEqual([]);
  });

  it('leaves an answer the team taught alone, however sure', () => {
    expect(causesOf(asked({ answered: true, reason: 'answer', confidence: 0.6, passageId: 'r:1', verified: true }))).toEqual([]);
  });

  it('takes any answer judged not helpful', () => {
    expect(causesOf(asked({ answered: true, reason: 'answer', confidence: 0.95, passageId: 'r:1', notHelpful: 1 }))).toEqual(['not_helpful']);
  });

  it('takes a question a team member flagged', () => {
    expect(causesOf(asked({ answered: true, reason: 'answer', confidence: 0.95, passageId: 'r:1', flagged: true }))).toEqual(['flagged']);
  });

  it.each(['small_talk', 'medical_advice', 'empty', 'rate_limited'])('leaves %s out: nothing there to teach', (reason) => {
    expect(causesOf(asked({ reason }))).toEqual([]);
  });
});

describe('the review queue', () => {
  it('makes one entry of the same question asked again in other case and punctuation, with its count', () => {
    const queue = buildReviewQueue([asked({ text: 'Qui finance l’étude ?' }), asked({ text: 'qui finance l’etude' }), asked({ text: '<@U0BOT> Qui finance l’étude??' })], []);
    expect(queue.map((item) => item.count)).toEqual([3]);
  });

  it('shows the newest ask of a question, where a corrected answer goes', () => {
    const first = asked({ channelId: 'C1' });
    const last = asked({ channelId: 'C2' });
    expect(buildReviewQueue([last, first], [])[0]?.latest.channelId).toBe('C2');
  });

  it('lists the newest question first', () => {
    const older = asked({ text: 'Combien coûte le traitement ?' });
    const newer = asked({ text: 'Qui finance l’étude ?' });
    expect(buildReviewQueue([older, newer], []).map((item) => item.latest.text)).toEqual(['Qui finance l’étude ?', 'Combien coûte le traitement ?']);
  });

  it('drops the asks made before the question was reviewed, and keeps those made after', () => {
    const before = asked();
    const reviewedAt = new Date(before.askedAt.getTime() + 1000);
    const after = asked({ askedAt: new Date(reviewedAt.getTime() + 1000) });
    const queue = buildReviewQueue([before, after], [{ key: 'qui finance l etude', resolvedAt: reviewedAt }]);
    expect(queue.map((item) => item.latest.id)).toEqual([after.id]);
  });

  it('adds up the 👎 of every ask of one question', () => {
    const base = { answered: true, reason: 'answer', confidence: 0.9, passageId: 'r:1' };
    const queue = buildReviewQueue([asked({ ...base, notHelpful: 1 }), asked({ ...base, notHelpful: 2 })], []);
    expect(queue[0]?.notHelpful).toBe(3);
  });
});
