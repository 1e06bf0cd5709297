/**
 * The daily digest on real stores: one digest a day however many instances wake up for it (two
 * instances on one Postgres), and none on a day without questions.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it, vi } from 'vitest';
import { createLogger } from '../../../src/log.ts';
import { scheduleDigest, sendDigest, type DigestDeps } from '../../../src/slack/review/digest-runner.ts';
import { openStore } from '../../../src/store/open.ts';
import type { Store } from '../../../src/store/store.ts';
import { createSchema, databaseUrlFor, describeWithPostgres, dropSchema, freshSchemaName } from '../../support/postgres.ts';
import { questionRecord } from '../../support/question-record.ts';

const logger = createLogger({ level: 'error', secrets: [], write: () => undefined });
const SETTINGS = { channelId: 'C0COMMS', time: '09:00', timeZone: 'Europe/Paris' };
const SENT_AT = new Date('2026-12-04T08:00:00Z');

function digestDeps(store: Store, posts: unknown[]): DigestDeps {
  return {
    store,
    review: { queue: async () => [] },
    post: async (channel, message) => {
      posts.push({ channel, message });
    },
    homeUrl: () => 'slack://app?team=T0001&id=A0001&tab=home',
    logger,
  };
}

describeWithPostgres('the daily digest with two instances on one Postgres', 'test/slack/review/digest-runner.test.ts', () => {
  const schema = freshSchemaName();
  let first: Store;
  let second: Store;
  beforeAll(async () => {
    await createSchema(schema);
    first = await openStore({ kind: 'postgres', url: databaseUrlFor(schema) });
    second = await openStore({ kind: 'postgres', url: databaseUrlFor(schema) });
    await first.recordQuestions([questionRecord({ askedAt: new Date('2026-12-03T10:00:00Z') })]);
  });
  afterAll(async () => {
    await first.close();
    await second.close();
    await dropSchema(schema);
  });

  it('posts one digest between them', async () => {
    const posts: unknown[] = [];
    const sent = await Promise.all([sendDigest(SETTINGS, digestDeps(first, posts), SENT_AT), sendDigest(SETTINGS, digestDeps(second, posts), SENT_AT)]);
    expect(sent.filter(Boolean)).toHaveLength(1);
    expect(posts).toHaveLength(1);
  });
});

let dir: string;
let store: Store;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'digest-'));
  store = await openStore({ kind: 'embedded', dataDir: dir });
});
afterAll(async () => {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

it('posts no digest for a day without questions', async () => {
  const posts: unknown[] = [];
  expect(await sendDigest(SETTINGS, digestDeps(store, posts), SENT_AT)).toBe(false);
  expect(posts).toEqual([]);
});

it('posts the digest of the day before to the comms channel, with its counts', async () => {
  await store.recordQuestions([questionRecord({ askedAt: new Date('2026-12-03T10:00:00Z') }), questionRecord({ askedAt: new Date('2026-12-03T11:00:00Z'), answered: false, reason: 'not_in_release' })]);
  const posts: { channel: string; message: { text: string } }[] = [];
  await sendDigest(SETTINGS, digestDeps(store, posts as unknown[]), SENT_AT);
  expect(posts[0]?.channel).toBe('C0COMMS');
  expect(posts[0]?.message.text).toContain('2 questions · 1 réponse · 1 refus');
});

it('gives the day back when the post fails, so that the next try sends the digest', async () => {
  await store.recordQuestions([questionRecord({ askedAt: new Date('2026-12-04T10:00:00Z') })]);
  const sentAt = new Date('2026-12-05T08:00:00Z');
  const failing: DigestDeps = { ...digestDeps(store, []), post: async () => Promise.reject(new Error('channel_not_found')) };
  await expect(sendDigest(SETTINGS, failing, sentAt)).rejects.toThrow('channel_not_found');
  const posts: unknown[] = [];
  expect(await sendDigest(SETTINGS, digestDeps(store, posts), sentAt)).toBe(true);
  expect(posts).toHaveLength(1);
});

it('sends the day’s digest on start when its time has passed and no instance sent it', async () => {
  await store.recordQuestions([questionRecord({ askedAt: new Date('2026-12-06T10:00:00Z') })]);
  const posts: unknown[] = [];
  const schedule = scheduleDigest(SETTINGS, digestDeps(store, posts), () => new Date('2026-12-07T15:00:00Z'));
  await vi.waitFor(() => expect(posts).toHaveLength(1));
  schedule.stop();
});

it('does not send a digest on start before the day’s digest time', async () => {
  await store.recordQuestions([questionRecord({ askedAt: new Date('2026-12-07T10:00:00Z') })]);
  const posts: unknown[] = [];
  const schedule = scheduleDigest(SETTINGS, digestDeps(store, posts), () => new Date('2026-12-09T07:00:00Z'));
  await new Promise((resolve) => setTimeout(resolve, 100));
  schedule.stop();
  expect(posts).toEqual([]);
});
