/**
 * The audience of each question and migration 6, on every engine: run by `sqlite.test.ts` and
 * `postgres.test.ts` beside the main contract.
 */
import { describe, expect, it } from 'vitest';
import type { Audience } from '../../src/answer/types.ts';
import { MIGRATIONS } from '../../src/store/migrations.ts';
import { questionRecord as question } from '../support/question-record.ts';
import { useStoreFixture, type StoreFixture } from './store-fixture.ts';

export interface AudienceFixture extends StoreFixture {
  /** Runs SQL on the fixture's data as it is, past the store (to write a row as an older bot did). */
  exec(sql: string): Promise<void>;
}

/** A question as the bot wrote it before migration 6: `external` said only whether the asker was outside. */
const oldQuestion = (id: string, external: string): string =>
  `INSERT INTO questions (id, asked_ms, surface, channel_type, channel_id, thread_ts, user_id, text, reason, answered, confidence, passage_id, release_id, engine_ms, external, verified)
   VALUES ('${id}', 1764583200000, 'mention', 'channel', 'C1', NULL, 'U1', 'q', 'answer', ${external === 'true' ? 'TRUE' : 'FALSE'}, 0.9, NULL, NULL, 1, ${external === 'true' ? 'TRUE' : 'FALSE'}, FALSE)`;

export function describeAudienceContract(engine: string, newFixture: () => Promise<AudienceFixture>): void {
  describe(`the ${engine} store: audience`, () => {
    const stores = useStoreFixture(newFixture);
    const { open } = stores;

    it.each<Audience>(['internal', 'external', 'guest'])('keeps the audience of a question asked by a %s asker', async (audience) => {
      const store = await open();
      const q = question({ audience, external: audience !== 'internal' });
      await store.recordQuestions([q]);
      expect((await store.question(q.id))?.audience).toBe(audience);
    });

    it('upgrades a store of migrations 1 to 4 with the later ones', async () => {
      const before = await open(MIGRATIONS.filter((m) => m.version <= 4));
      await before.close();
      const upgraded = await open();
      expect(upgraded.migrationsApplied).toEqual(MIGRATIONS.filter((m) => m.version > 4).map((m) => m.version));
      const q = question({ audience: 'guest', external: true });
      await upgraded.recordQuestions([q]);
      expect(await upgraded.question(q.id)).toEqual(q);
    });

    it('reads the questions asked before migration 6 as external when they were marked outside, else internal', async () => {
      const before = await open(MIGRATIONS.filter((m) => m.version <= 4));
      await before.close();
      await stores.fixture()?.exec(oldQuestion('11111111-1111-4111-8111-111111111111', 'true'));
      await stores.fixture()?.exec(oldQuestion('22222222-2222-4222-8222-222222222222', 'false'));
      const upgraded = await open();
      expect((await upgraded.question('11111111-1111-4111-8111-111111111111'))?.audience).toBe('external');
      expect((await upgraded.question('22222222-2222-4222-8222-222222222222'))?.audience).toBe('internal');
    });

    it('applies a migration merged below the newest one applied, and only it', async () => {
      const withoutFive = await open(MIGRATIONS.filter((m) => m.version !== 5));
      expect(withoutFive.migrationsApplied).toContain(6);
      await withoutFive.close();
      const merged = await open();
      expect(merged.migrationsApplied).toEqual([5]);
      expect(await stores.fixture()?.recordedMigrations()).toEqual(MIGRATIONS.map((m) => m.version).sort((a, b) => a - b));
    });
  });
}
