/** The stores a contract suite opens on one fixture's data, closed and the data disposed of after each test. */
import { afterEach } from 'vitest';
import type { Migration } from '../../src/store/migrations.ts';
import type { Store } from '../../src/store/store.ts';

export interface StoreFixture {
  /** A store on this fixture's data; each call is one more instance on the same data. */
  open(migrations?: readonly Migration[]): Promise<Store>;
  /** The migration versions recorded in the data's `schema_migrations`. */
  recordedMigrations(): Promise<number[]>;
  dispose(): Promise<void>;
}

/** Call inside a `describe`: `open` opens one more store on the current test's fixture, made at its first use. */
export function useStoreFixture<F extends StoreFixture>(newFixture: () => Promise<F>): { open(migrations?: readonly Migration[]): Promise<Store>; fixture(): F | undefined } {
  let fixture: F | undefined;
  const opened: Store[] = [];
  afterEach(async () => {
    try {
      for (const store of opened.splice(0)) await store.close();
    } finally {
      await fixture?.dispose();
      fixture = undefined;
    }
  });
  return {
    async open(migrations) {
      fixture ??= await newFixture();
      const store = await fixture.open(migrations);
      opened.push(store);
      return store;
    },
    fixture: () => fixture,
  };
}
