/** A question as the review reads it from the store, refused by default, with whatever a test changes. */
import type { AskedQuestion } from '../../src/review/review-queue.ts';

let next = 0;

export function askedQuestion(overrides: Partial<AskedQuestion> = {}): AskedQuestion {
  next += 1;
  return {
    id: `q${next}`,
    askedAt: new Date(Date.UTC(2026, 11, 3, 10, next % 60)),
    text: 'Qui finance l’étude ?',
    surface: 'mention',
    channelType: 'channel',
    channelId: 'C1',
    threadTs: '1733220000.000100',
    userId: 'U1',
    external: false,
    answered: false,
    reason: 'not_in_release',
    confidence: 0.2,
    passageId: null,
    releaseId: null,
    verified: false,
    notHelpful: 0,
    flagged: false,
    ...overrides,
  };
}
