import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DATABASE_FILE, openSqliteStore } from '../../src/store/sqlite.ts';
import type { Store } from '../../src/store/store.ts';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const dirs: string[] = [];
const stores: Store[] = [];

function open(worker: boolean): { store: Store; wal: string } {
  const dataDir = mkdtempSync(join(tmpdir(), 'checkpoints-'));
  dirs.push(dataDir);
  const store = openSqliteStore({ dataDir, worker });
  stores.push(store);
  return { store, wal: join(dataDir, `${DATABASE_FILE}-wal`) };
}

/** Bursts of one-row commits with pauses between them, as questions come: each commit adds a page to the log. */
async function claimInBursts(store: Store, bursts: number): Promise<void> {
  const now = new Date();
  for (let burst = 0; burst < bursts; burst += 1) {
    for (let i = 0; i < 400; i += 1) await store.claim([{ kind: 'event', key: `Ev${burst}-${i}`, ttlMs: 60_000 }], now);
    await sleep(400);
  }
}

afterEach(async () => {
  for (const store of stores.splice(0)) await store.close();
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('the embedded store’s worker thread', () => {
  it('keeps the log file to what one burst writes: it folds the log back, and SQLite reuses it', async () => {
    const { store, wal } = open(true);
    await claimInBursts(store, 8);
    // 3,200 commits of a page or more each would make a log of over 13 MB left unfolded.
    expect(statSync(wal).size).toBeLessThan(4 * 2 ** 20);
  });

  it('lets the log be folded into the database file when the store closes, and removed', async () => {
    const { store, wal } = open(true);
    await claimInBursts(store, 1);
    await store.close();
    expect(existsSync(wal)).toBe(false);
  });
});
