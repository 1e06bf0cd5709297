/** Taught questions whose passage is gone, back in the review: taught again once, by the team only. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { TaughtQuestion } from '../../../src/learning/taught-question.ts';
import { createLogger } from '../../../src/log.ts';
import { createReviewService, type ReviewService } from '../../../src/slack/review/review-service.ts';
import { openStore } from '../../../src/store/open.ts';
import type { Store } from '../../../src/store/store.ts';
import { taughtRepository } from '../../../src/store/taught-repository.ts';

const COMMS = 'U0COMMS';
const SECOND = 'U0COMMS2';
const ORPHAN: TaughtQuestion = {
  id: 'taught-orphan',
  question: 'Et le taux de MET ?',
  outcome: { kind: 'passage', passageId: 'gustave-roussy-esmo-2024-mariposa:gone', releaseId: 'gustave-roussy-esmo-2024-mariposa' },
  taughtBy: 'U0OTHER',
  taughtAt: '2026-12-01T09:00:00.000Z',
};

let dataDir: string;
let store: Store;
let orphans: TaughtQuestion[];
let review: ReviewService;

beforeEach(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'review-service-'));
  store = await openStore({ kind: 'embedded', dataDir });
  await taughtRepository(store).add([ORPHAN]);
  orphans = [ORPHAN];
  review = createReviewService({
    store,
    team: { configured: true, channelId: null, isMember: async (user) => user === COMMS || user === SECOND },
    // As the learned answerer does: a taught question is an orphan while the store holds it and the knowledge lacks its passage.
    replaceTaught: (taught) => {
      orphans = orphans.filter((orphan) => taught.some((question) => question.id === orphan.id));
    },
    orphans: () => orphans,
    logger: createLogger({ level: 'error', secrets: [], write: () => undefined }),
  });
});
afterEach(async () => {
  await store.close();
  rmSync(dataDir, { recursive: true, force: true });
});

describe('a taught question whose passage is gone', () => {
  it('is taught again in place of the old teaching, which is removed', async () => {
    expect((await review.reteach(COMMS, ORPHAN.id, { kind: 'refusal' })).kind).toBe('done');
    const taught = await review.taught();
    expect(taught.map((question) => [question.question, question.outcome.kind, question.taughtBy])).toEqual([[ORPHAN.question, 'refusal', COMMS]]);
    expect(review.orphan(ORPHAN.id)).toBeUndefined();
  });

  it('is taught again once when two members review it', async () => {
    const results = await Promise.all([review.reteach(COMMS, ORPHAN.id, { kind: 'refusal' }), review.reteach(SECOND, ORPHAN.id, { kind: 'refusal' })]);
    expect(results.map((result) => result.kind).sort()).toEqual(['already_done', 'done']);
    expect(await review.taught()).toHaveLength(1);
  });

  it('is not taught again by someone outside the team', async () => {
    expect((await review.reteach('U0JOURNO', ORPHAN.id, { kind: 'refusal' })).kind).toBe('not_allowed');
    expect((await review.taught()).map((question) => question.id)).toEqual([ORPHAN.id]);
  });

  it('leaves the queue once removed', async () => {
    expect((await review.removeTaught(COMMS, ORPHAN.id)).kind).toBe('done');
    expect(review.orphan(ORPHAN.id)).toBeUndefined();
  });
});
