/** The App Home of a communications team member: the review above everyone's tab, within Slack's 100 blocks. */
import type { KnownBlock } from '@slack/types';
import { expect, it } from 'vitest';
import type { ReviewItem } from '../../../src/review/review-queue.ts';
import { homeBlocks, type ReviewHomeDeps } from '../../../src/slack/review/review-home.ts';
import type { ReviewService } from '../../../src/slack/review/review-service.ts';
import { askedQuestion } from '../../support/asked-question.ts';

function item(i: number): ReviewItem {
  return { key: `k${i}`, count: 1, notHelpful: 0, causes: ['refused'], latest: askedQuestion({ id: `q${i}`, text: `Question ${i}` }) };
}

function deps(publicBlocks: number, queued: number): ReviewHomeDeps {
  const review = { isReviewer: async () => true, queue: async () => Array.from({ length: queued }, (_, i) => item(i)), taught: async () => [] } as unknown as ReviewService;
  const publicHome: KnownBlock[] = Array.from({ length: publicBlocks }, (_, i) => ({ type: 'section', text: { type: 'plain_text', text: `public ${i}` } }));
  const knowledge = { catalog: { passages: [], sentenceOf: () => null }, publicHome: async () => publicHome, candidates: () => [], answerTaught: () => null, orphans: () => [] };
  return { review, knowledge: () => knowledge };
}

it('keeps everyone’s tab whole below a long review, within 100 blocks', async () => {
  const blocks = await homeBlocks('U0COMMS', deps(70, 30));
  expect(blocks.length).toBeLessThanOrEqual(100);
  expect(blocks.slice(-70).map((block) => JSON.stringify(block))).toEqual((await deps(70, 0).knowledge().publicHome({})).map((block) => JSON.stringify(block)));
  expect(JSON.stringify(blocks)).toContain('Question 0');
});

it('shows a full page of questions when the tab has room', async () => {
  const blocks = await homeBlocks('U0COMMS', deps(5, 30));
  expect(JSON.stringify(blocks)).toContain('Question 7');
});

it('gives a member everyone’s tab and says the review is unavailable when the store is down', async () => {
  const down = deps(3, 0);
  down.review.queue = async () => Promise.reject(new Error('connection refused'));
  const text = JSON.stringify(await homeBlocks('U0COMMS', down));
  expect(text).toContain('indisponible');
  expect(text).toContain('public 2');
});

it('shows a member the tab as an insider reads it, and anyone else as an outsider, unless told who opens it', async () => {
  const seen: unknown[] = [];
  const withViewer = (reviewer: boolean): ReviewHomeDeps => {
    const base = deps(1, 0);
    const knowledge = { ...base.knowledge(), publicHome: async (viewer: unknown) => (seen.push(viewer), []) };
    return { review: { ...base.review, isReviewer: async () => reviewer } as ReviewService, knowledge: () => knowledge };
  };
  await homeBlocks('U0COMMS', withViewer(true));
  await homeBlocks('U0OTHER', withViewer(false));
  await homeBlocks('U0OTHER', withViewer(false), { viewer: { audience: 'internal', exposed: false } });
  expect(seen).toEqual([
    { audience: 'internal', exposed: false },
    { audience: 'external', exposed: true },
    { audience: 'internal', exposed: false },
  ]);
});
