/**
 * The behaviour every store backend promises, run against each real engine by its own test
 * file (`sqlite.test.ts`, `postgres.test.ts`). Each test gets fresh, empty data; `open` may be
 * called several times on it, as two instances (or a restart) would.
 */
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { MIGRATIONS } from '../../src/store/migrations.ts';
import type { ClaimKey } from '../../src/store/store.ts';
import { questionRecord as question } from '../support/question-record.ts';
import { describePinsContract } from './pins-contract.ts';
import { describeDeliveryState } from './contract-delivery.ts';
import { useStoreFixture, type StoreFixture } from './store-fixture.ts';

export type { StoreFixture } from './store-fixture.ts';

const T0 = new Date('2026-12-01T10:00:00Z');
const at = (ms: number) => new Date(T0.getTime() + ms);
const event = (key: string, ttlMs = 15 * 60_000): ClaimKey => ({ kind: 'event', key, ttlMs });

export function describeStoreContract(engine: string, newFixture: () => Promise<StoreFixture>): void {
  describe(`the ${engine} store`, () => {
    const stores = useStoreFixture(newFixture);
    const { open } = stores;

    describeDeliveryState(open);

    describe('questions and feedback', () => {
      it('keeps every field of a question', async () => {
        const store = await open();
        const q = question({ threadTs: null, confidence: null, passageId: null, releaseId: null, engineMs: null, answered: false, reason: 'rate_limited', surface: 'dm', channelType: 'im' });
        await store.recordQuestions([q]);
        expect(await store.question(q.id)).toEqual(q);
        const answered = question();
        await store.recordQuestions([answered]);
        expect(await store.question(answered.id)).toEqual(answered);
      });

      it('saves several questions at once, and one id given twice once', async () => {
        const store = await open();
        const [a, b] = [question(), question()];
        await store.recordQuestions([a, b, { ...a, text: 'autre chose' }]);
        expect(await store.question(a.id)).toEqual(a);
        expect(await store.question(b.id)).toEqual(b);
      });

      it('changes nothing when the same question is saved twice', async () => {
        const store = await open();
        const q = question();
        await store.recordQuestions([q]);
        await store.recordQuestions([{ ...q, text: 'autre chose' }]);
        expect((await store.question(q.id))?.text).toBe(q.text);
      });

      it('says a question it does not hold is unknown', async () => {
        const store = await open();
        expect(await store.question(randomUUID())).toBeUndefined();
      });

      it('keeps one vote per person per answer, the last one', async () => {
        const store = await open();
        const q = question();
        await store.recordQuestions([q]);
        expect(await store.recordFeedback({ questionId: q.id, userId: 'U1', helpful: true, at: T0 })).toBe(true);
        expect(await store.recordFeedback({ questionId: q.id, userId: 'U2', helpful: true, at: at(1) })).toBe(true);
        expect(await store.recordFeedback({ questionId: q.id, userId: 'U1', helpful: false, at: at(2) })).toBe(true);
        expect(await store.feedbackFor(q.id)).toEqual([
          { questionId: q.id, userId: 'U2', helpful: true, at: at(1) },
          { questionId: q.id, userId: 'U1', helpful: false, at: at(2) },
        ]);
      });

      it('writes no feedback on a question it does not hold', async () => {
        const store = await open();
        const unknown = randomUUID();
        expect(await store.recordFeedback({ questionId: unknown, userId: 'U1', helpful: true, at: T0 })).toBe(false);
        expect(await store.feedbackFor(unknown)).toEqual([]);
      });
    });

    describe('review', () => {
      it('reads the questions asked since a time, oldest first, each with its 👎 count and flag', async () => {
        const store = await open();
        const older = question({ askedAt: at(0), text: 'avant' });
        const first = question({ askedAt: at(1000), external: true });
        const second = question({ askedAt: at(2000), verified: true });
        await store.recordQuestions([older, second, first]);
        await store.recordFeedback({ questionId: first.id, userId: 'U1', helpful: false, at: at(1500) });
        await store.recordFeedback({ questionId: first.id, userId: 'U2', helpful: true, at: at(1500) });
        await store.flagQuestion({ questionId: second.id, flaggedBy: 'U0COMMS', reason: 'review', at: at(2500) });
        const asked = await store.questionsSince(at(500));
        expect(asked.map((q) => [q.id, q.notHelpful, q.flagged, q.external, q.verified])).toEqual([
          [first.id, 1, false, true, false],
          [second.id, 0, true, false, true],
        ]);
      });

      it('reads one question by its id as the review does, and nothing for an id it does not have', async () => {
        const store = await open();
        const q = question({ external: true });
        await store.recordQuestions([q]);
        expect(await store.askedQuestion(q.id)).toMatchObject({ id: q.id, text: q.text, external: true, notHelpful: 0, flagged: false });
        expect(await store.askedQuestion(randomUUID())).toBeUndefined();
      });

      it('records what the team dealt with, read back since a time', async () => {
        const store = await open();
        const q = question();
        await store.recordQuestions([q]);
        await store.resolveQuestion({ key: 'combien de patients', resolvedAt: at(1000), questionId: q.id, by: 'U0COMMS', outcome: 'taught' });
        expect(await store.reviewsSince(at(500))).toEqual([{ key: 'combien de patients', resolvedAt: at(1000) }]);
        expect(await store.reviewsSince(at(1500))).toEqual([]);
      });
    });

    describe('teaching', () => {
      const taught = (id: string, ms: number) => ({ id, question: `Question ${id} ?`, passageId: 'gustave-roussy-esmo-2024-mariposa:met', releaseId: 'gustave-roussy-esmo-2024-mariposa', taughtBy: 'U0COMMS', taughtAt: at(ms) });

      it('lists taught questions newest first, without the removed ones', async () => {
        const store = await open();
        expect(await store.addTaughtQuestion(taught('t1', 0))).toBe(true);
        expect(await store.addTaughtQuestion(taught('t2', 1000))).toBe(true);
        expect(await store.addTaughtQuestion(taught('t3', 2000))).toBe(true);
        expect(await store.removeTaughtQuestion('t2', at(3000))).toBe(true);
        expect((await store.taughtQuestions()).map((t) => t.id)).toEqual(['t3', 't1']);
        expect((await store.taughtQuestions())[0]).toEqual({ ...taught('t3', 2000), removedAt: null });
      });

      it('keeps a taught refusal as one with no passage', async () => {
        const store = await open();
        await store.addTaughtQuestion({ ...taught('r1', 0), passageId: null, releaseId: null });
        expect((await store.taughtQuestions())[0]).toMatchObject({ id: 'r1', passageId: null, releaseId: null });
      });

      it('refuses a taught id twice, and a removal of what is not there', async () => {
        const store = await open();
        await store.addTaughtQuestion(taught('t1', 0));
        expect(await store.addTaughtQuestion(taught('t1', 5))).toBe(false);
        expect(await store.removeTaughtQuestion('t1', at(10))).toBe(true);
        expect(await store.removeTaughtQuestion('t1', at(20))).toBe(false);
        expect(await store.removeTaughtQuestion('nope', at(20))).toBe(false);
      });

      it('tells another instance every change since its cursor, removals included, in order', async () => {
        const [writer, reader] = [await open(), await open()];
        const start = await reader.taughtChangedSince(0);
        expect(start).toEqual({ changes: [], cursor: 0 });
        await writer.addTaughtQuestion(taught('t1', 0));
        await writer.addTaughtQuestion(taught('t2', 1000));
        const first = await reader.taughtChangedSince(start.cursor);
        expect(first.changes.map((t) => t.id)).toEqual(['t1', 't2']);
        await writer.removeTaughtQuestion('t1', at(2000));
        const second = await reader.taughtChangedSince(first.cursor);
        expect(second.changes).toEqual([{ ...taught('t1', 0), removedAt: at(2000) }]);
        expect(await reader.taughtChangedSince(second.cursor)).toEqual({ changes: [], cursor: second.cursor });
      });

      it('numbers concurrent changes from two instances without losing one', async () => {
        const [a, b] = [await open(), await open()];
        await Promise.all(Array.from({ length: 10 }, (_, i) => (i % 2 === 0 ? a : b).addTaughtQuestion(taught(`c${i}`, i))));
        const { changes } = await a.taughtChangedSince(0);
        expect(changes.map((t) => t.id).sort()).toEqual(Array.from({ length: 10 }, (_, i) => `c${i}`).sort());
      });

      it('keeps one flag per person per answer, the last one, and none on an unknown question', async () => {
        const store = await open();
        const q = question();
        await store.recordQuestions([q]);
        expect(await store.flagQuestion({ questionId: q.id, flaggedBy: 'U1', reason: 'chiffre faux', at: T0 })).toBe(true);
        expect(await store.flagQuestion({ questionId: q.id, flaggedBy: 'U1', reason: 'source ancienne', at: at(1) })).toBe(true);
        expect(await store.flagsFor(q.id)).toEqual([{ questionId: q.id, flaggedBy: 'U1', reason: 'source ancienne', at: at(1) }]);
        expect(await store.flagQuestion({ questionId: randomUUID(), flaggedBy: 'U1', reason: 'x', at: T0 })).toBe(false);
      });

      it('gives the digest of a day to one instance only', async () => {
        const [a, b] = [await open(), await open()];
        const results = await Promise.all([a.claimDigest('2026-12-01', T0), b.claimDigest('2026-12-01', T0), a.claimDigest('2026-12-01', T0)]);
        expect(results.filter(Boolean)).toHaveLength(1);
        expect(await b.claimDigest('2026-12-02', at(86_400_000))).toBe(true);
      });
    });

    describe('purge', () => {
      it('deletes questions past the retention with their feedback, and keeps the recent ones', async () => {
        const store = await open();
        const old = question({ askedAt: at(-91 * 86_400_000) });
        const recent = question({ askedAt: at(-89 * 86_400_000) });
        await store.recordQuestions([old]);
        await store.recordQuestions([recent]);
        await store.recordFeedback({ questionId: old.id, userId: 'U1', helpful: true, at: T0 });
        await store.flagQuestion({ questionId: old.id, flaggedBy: 'U1', reason: 'x', at: T0 });
        const counts = await store.purge(T0, 90);
        expect(counts.questions).toBe(1);
        expect(await store.question(old.id)).toBeUndefined();
        expect(await store.feedbackFor(old.id)).toEqual([]);
        expect(await store.flagsFor(old.id)).toEqual([]);
        expect(await store.question(recent.id)).toEqual(recent);
      });

      it('deletes expired claims and finished rate-limit windows only', async () => {
        const store = await open();
        await store.claim([event('EvOld', 1000), event('EvLive', 3 * 60 * 60_000)], T0);
        await store.countQuestion('U1', 60_000, T0);
        const counts = await store.purge(at(2 * 60 * 60_000 - 1), 90);
        expect(counts).toMatchObject({ claims: 1, rateWindows: 1 });
        expect(await store.claim([event('EvLive', 3 * 60 * 60_000)], at(2000))).toBe(false);
      });
    });

    describePinsContract(open);

    describe('migrations', () => {
      it('applies every migration to new data, and none when opened again', async () => {
        const first = await open();
        expect(first.migrationsApplied).toEqual(MIGRATIONS.map((m) => m.version));
        const again = await open();
        expect(again.migrationsApplied).toEqual([]);
        expect(await stores.fixture()?.recordedMigrations()).toEqual(MIGRATIONS.map((m) => m.version));
      });

      it('upgrades a store made by the previous migrations, keeping its data', async () => {
        const previous = await open(MIGRATIONS.slice(0, -1));
        await previous.claim([event('EvBeforeUpgrade')], T0);
        await previous.close();
        const upgraded = await open();
        expect(upgraded.migrationsApplied).toEqual([MIGRATIONS.at(-1)?.version]);
        expect(await upgraded.claim([event('EvBeforeUpgrade')], at(1000))).toBe(false);
        const q = question();
        await upgraded.recordQuestions([q]);
        expect(await upgraded.question(q.id)).toEqual(q);
      });
    });
  });
}
