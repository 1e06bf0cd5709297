import { afterEach, describe, expect, it } from 'vitest';
import { createLogger } from '../../src/log.ts';
import { Delivery } from '../../src/slack/delivery.ts';
import { openSqliteStore } from '../../src/store/sqlite.ts';
import type { ClaimKey, Store } from '../../src/store/store.ts';

const message = (ts: string): ClaimKey => ({ kind: 'message', key: `app_mention:C1:${ts}`, ttlMs: 15 * 60_000 });
const stores: Store[] = [];

function delivery(rateLimitPerMinute = 2): { delivery: Delivery; store: Store } {
  const store = openSqliteStore({ dataDir: ':memory:' });
  stores.push(store);
  return { store, delivery: new Delivery(store, { logger: createLogger({ level: 'error', write: () => undefined }), rateLimitPerMinute, questionRetentionDays: 90 }) };
}

afterEach(async () => {
  for (const store of stores.splice(0)) await store.close();
});

describe('Delivery.claimQuestion', () => {
  it('answers a question once: a repeat of its delivery is a duplicate, and is not counted', async () => {
    const { delivery: d } = delivery();
    expect(await d.claimQuestion(message('1.000100'), 'U1')).toBe('allow');
    expect(await d.claimQuestion(message('1.000100'), 'U1')).toBe('duplicate');
    expect(await d.claimQuestion(message('1.000200'), 'U1')).toBe('allow');
  });

  it('counts each question against the limit: warns once past it, then stays silent', async () => {
    const { delivery: d } = delivery(1);
    expect(await d.claimQuestion(message('1.000100'), 'U1')).toBe('allow');
    expect(await d.claimQuestion(message('1.000200'), 'U1')).toBe('warn');
    expect(await d.claimQuestion(message('1.000300'), 'U1')).toBe('silent');
  });

  it('claims and counts in this process while the store fails: a repeat is still a duplicate', async () => {
    const { delivery: d, store } = delivery(1);
    await store.close();
    expect(await d.claimQuestion(message('1.000100'), 'U1')).toBe('allow');
    expect(d.storeFailing).toBe(true);
    expect(await d.claimQuestion(message('1.000100'), 'U1')).toBe('duplicate');
    expect(await d.claimQuestion(message('1.000200'), 'U1')).toBe('warn');
  });
});
