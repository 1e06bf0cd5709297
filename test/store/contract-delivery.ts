/**
 * The store contract's delivery state (`contract.ts` runs it on each engine): claims, the
 * rate-limit window, and a question's claim and count in one step.
 */
import { describe, expect, it } from 'vitest';
import type { ClaimKey, Store } from '../../src/store/store.ts';

const T0 = new Date('2026-12-01T10:00:00Z');
const at = (ms: number) => new Date(T0.getTime() + ms);
const event = (key: string, ttlMs = 15 * 60_000): ClaimKey => ({ kind: 'event', key, ttlMs });
const message = (key: string, ttlMs = 15 * 60_000): ClaimKey => ({ kind: 'message', key, ttlMs });

/** `open` gives one more instance on the test's data, as in `contract.ts`. */
export function describeDeliveryState(open: () => Promise<Store>): void {
  describe('claims', () => {
    it('grants a key once and refuses it after', async () => {
      const store = await open();
      expect(await store.claim([event('Ev1')], T0)).toBe(true);
      expect(await store.claim([event('Ev1')], at(1000))).toBe(false);
    });

    it('keeps the kinds apart: an event id and a message key may be the same text', async () => {
      const store = await open();
      expect(await store.claim([event('same')], T0)).toBe(true);
      expect(await store.claim([message('same')], T0)).toBe(true);
    });

    it('refuses a message delivered under a second event id', async () => {
      const store = await open();
      expect(await store.claim([event('Ev1'), message('app_mention:C1:1.000100')], T0)).toBe(true);
      expect(await store.claim([event('Ev2'), message('app_mention:C1:1.000100')], T0)).toBe(false);
    });

    it('grants a key again once its claim has expired', async () => {
      const store = await open();
      expect(await store.claim([event('Ev1', 60_000)], T0)).toBe(true);
      expect(await store.claim([event('Ev1', 60_000)], at(59_999))).toBe(false);
      expect(await store.claim([event('Ev1', 60_000)], at(60_000))).toBe(true);
    });

    it('survives a restart: a key claimed before is refused by the store opened after', async () => {
      const before = await open();
      expect(await before.claim([event('EvRestart')], T0)).toBe(true);
      await before.close();
      const after = await open();
      expect(await after.claim([event('EvRestart')], at(1000))).toBe(false);
    });

    it('grants a released key again, and leaves a claim made since by someone else', async () => {
      const store = await open();
      expect(await store.claim([event('EvFailed', 60_000)], T0)).toBe(true);
      await store.releaseClaim({ kind: 'event', key: 'EvFailed' }, T0);
      expect(await store.claim([event('EvFailed', 60_000)], at(1000))).toBe(true);
      await store.releaseClaim({ kind: 'event', key: 'EvFailed' }, T0);
      expect(await store.claim([event('EvFailed', 60_000)], at(2000))).toBe(false);
    });

    it('grants one of many concurrent claims of one key, across two instances', async () => {
      const [a, b] = [await open(), await open()];
      const results = await Promise.all(Array.from({ length: 20 }, (_, i) => (i % 2 === 0 ? a : b).claim([event('EvRace')], T0)));
      expect(results.filter(Boolean)).toHaveLength(1);
    });
  });

  describe('rate-limit window', () => {
    it('counts a user’s questions within the window, apart from other users', async () => {
      const store = await open();
      expect(await store.countQuestion('U1', 60_000, T0)).toBe(1);
      expect(await store.countQuestion('U1', 60_000, at(1000))).toBe(2);
      expect(await store.countQuestion('U2', 60_000, at(1000))).toBe(1);
      expect(await store.countQuestion('U1', 60_000, at(2000))).toBe(3);
    });

    it('opens a new window once the first one is over', async () => {
      const store = await open();
      await store.countQuestion('U1', 60_000, T0);
      await store.countQuestion('U1', 60_000, at(30_000));
      expect(await store.countQuestion('U1', 60_000, at(60_000))).toBe(1);
      expect(await store.countQuestion('U1', 60_000, at(61_000))).toBe(2);
    });

    it('counts concurrent questions from two instances without losing one', async () => {
      const [a, b] = [await open(), await open()];
      const counts = await Promise.all(Array.from({ length: 12 }, (_, i) => (i % 2 === 0 ? a : b).countQuestion('U1', 60_000, T0)));
      expect([...counts].sort((x, y) => x - y)).toEqual(Array.from({ length: 12 }, (_, i) => i + 1));
    });
  });

  describe('a question claimed and counted in one step', () => {
    it('counts the question when its message is claimed, and nothing for a repeat', async () => {
      const store = await open();
      expect(await store.claimQuestion(message('app_mention:C1:1.000100'), 'U1', 60_000, T0)).toBe(1);
      expect(await store.claimQuestion(message('app_mention:C1:1.000100'), 'U1', 60_000, at(1000))).toBeNull();
      expect(await store.claimQuestion(message('app_mention:C1:1.000200'), 'U1', 60_000, at(2000))).toBe(2);
    });

    it('holds the claim for other callers, and counts in the same window as countQuestion', async () => {
      const store = await open();
      expect(await store.claimQuestion(message('app_mention:C1:1.000100'), 'U1', 60_000, T0)).toBe(1);
      expect(await store.claim([message('app_mention:C1:1.000100')], at(1000))).toBe(false);
      expect(await store.countQuestion('U1', 60_000, at(1000))).toBe(2);
      expect(await store.claimQuestion(message('app_mention:C1:1.000200'), 'U1', 60_000, at(60_000))).toBe(1);
    });

    it('claims a message again once its claim has expired, and counts it', async () => {
      const store = await open();
      expect(await store.claimQuestion(message('app_mention:C1:1.000100', 60_000), 'U1', 60_000, T0)).toBe(1);
      expect(await store.claimQuestion(message('app_mention:C1:1.000100', 60_000), 'U1', 60_000, at(59_999))).toBeNull();
      expect(await store.claimQuestion(message('app_mention:C1:1.000100', 60_000), 'U1', 60_000, at(60_000))).toBe(1);
    });

    it('grants one of many concurrent deliveries of one message across two instances, and counts it once', async () => {
      const [a, b] = [await open(), await open()];
      const results = await Promise.all(Array.from({ length: 20 }, (_, i) => (i % 2 === 0 ? a : b).claimQuestion(message('app_mention:C1:1.000100'), 'U1', 60_000, T0)));
      expect(results.filter((r) => r !== null)).toEqual([1]);
      expect(await a.countQuestion('U1', 60_000, T0)).toBe(2);
    });

    it('claims many questions of many users at once, each delivery once, each question counted once', async () => {
      const [a, b] = [await open(), await open()];
      const round = (ts: string) =>
        Promise.all(Array.from({ length: 40 }, (_, i) => (i % 2 === 0 ? a : b).claimQuestion(message(`app_mention:C1:${ts}.${i >> 1}`), `U${i >> 1}`, 60_000, T0)));
      const first = await round('1');
      expect(first.filter((count) => count === 1)).toHaveLength(20);
      expect(first.filter((count) => count === null)).toHaveLength(20);
      const second = await round('2');
      expect(second.filter((count) => count === 2)).toHaveLength(20);
      expect(second.filter((count) => count === null)).toHaveLength(20);
    });

    it('counts concurrent questions from two instances without losing one', async () => {
      const [a, b] = [await open(), await open()];
      const counts = await Promise.all(
        Array.from({ length: 12 }, (_, i) => (i % 2 === 0 ? a : b).claimQuestion(message(`app_mention:C1:1.${String(i).padStart(6, '0')}`), 'U1', 60_000, T0)),
      );
      expect([...counts].sort((x, y) => (x ?? 0) - (y ?? 0))).toEqual(Array.from({ length: 12 }, (_, i) => i + 1));
    });
  });
}
