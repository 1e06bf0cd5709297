/**
 * The review actions on the real embedded store: a reviewed question is dealt with once, a step
 * that fails leaves the question to review again, and only the team can act.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { createLogger } from '../../../src/log.ts';
import type { CommsTeam } from '../../../src/slack/comms-team.ts';
import { createReviewService, type ReviewService } from '../../../src/slack/review/review-service.ts';
import { openStore } from '../../../src/store/open.ts';
import type { Store } from '../../../src/store/store.ts';
import { questionRecord } from '../../support/question-record.ts';

const logger = createLogger({ level: 'error', secrets: [], write: () => undefined });
const team: CommsTeam = { configured: true, channelId: null, isMember: async (userId) => userId === 'U0COMMS' };
const PASSAGE = { kind: 'passage', passageId: 'gustave-roussy-esmo-2024-mariposa#p3', releaseId: 'gustave-roussy-esmo-2024-mariposa' } as const;

let dir: string;
let store: Store;
beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'review-service-'));
  store = await openStore({ kind: 'embedded', dataDir: dir });
});
afterEach(async () => {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

function service(over: Partial<Store> = {}): ReviewService {
  return createReviewService({ store: { ...store, ...over }, team, replaceTaught: () => undefined, orphans: () => [], logger });
}

async function askedQuestion(overrides: Parameters<typeof questionRecord>[0] = {}): Promise<string> {
  const record = questionRecord({ askedAt: new Date(), ...overrides });
  await store.recordQuestions([record]);
  return record.id;
}

it('teaches a question once: a second click on the same question does nothing', async () => {
  const id = await askedQuestion();
  expect((await service().teach('U0COMMS', id, PASSAGE, { replyWith: null })).kind).toBe('done');
  expect((await service().teach('U0COMMS', id, { kind: 'refusal' }, { replyWith: null })).kind).toBe('already_done');
  expect(await store.taughtQuestions()).toHaveLength(1);
});

it('leaves the question to review again when teaching it fails half-way', async () => {
  const id = await askedQuestion();
  const failing = service({ addTaughtQuestion: async () => Promise.reject(new Error('store down')) });
  await expect(failing.teach('U0COMMS', id, PASSAGE, { replyWith: null })).rejects.toThrow('store down');
  expect((await service().teach('U0COMMS', id, PASSAGE, { replyWith: null })).kind).toBe('done');
  expect(await store.taughtQuestions()).toHaveLength(1);
});

it('does not take a refused question as answered, and keeps it open for a chosen passage', async () => {
  const id = await askedQuestion({ answered: false, reason: 'not_in_release', passageId: null, releaseId: null, confidence: 0.2 });
  expect((await service().teach('U0COMMS', id, 'as_answered', { replyWith: null })).kind).toBe('unknown_question');
  expect((await service().teach('U0COMMS', id, PASSAGE, { replyWith: null })).kind).toBe('done');
});

it('refuses a review action from someone outside the team and teaches nothing', async () => {
  const id = await askedQuestion();
  expect((await service().teach('U0STRANGER', id, PASSAGE, { replyWith: null })).kind).toBe('not_allowed');
  expect(await store.taughtQuestions()).toEqual([]);
  expect((await service().teach('U0COMMS', id, PASSAGE, { replyWith: null })).kind).toBe('done');
});
