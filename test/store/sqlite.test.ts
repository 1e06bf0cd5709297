/**
 * The store contract on the embedded engine: a real SQLite file in a fresh folder per test, as
 * the commands open it and as the Slack app does (each question's writes and the checkpoints on a worker thread).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { DATABASE_FILE, openSqliteStore } from '../../src/store/sqlite.ts';
import { describeAudienceContract, type AudienceFixture } from './contract-audience.ts';
import { describeStoreContract } from './contract.ts';

function sqliteFixture(worker: boolean): () => Promise<AudienceFixture> {
  return async () => {
    const dir = mkdtempSync(join(tmpdir(), 'store-'));
    // A folder that does not exist yet: the store creates it on first start.
    const dataDir = join(dir, 'data');
    return {
      open: async (migrations) => openSqliteStore({ dataDir, worker, ...(migrations ? { migrations } : {}) }),
      async recordedMigrations() {
        const db = new Database(join(dataDir, DATABASE_FILE), { readonly: true });
        try {
          return db.prepare('SELECT version FROM schema_migrations ORDER BY version').pluck().all() as number[];
        } finally {
          db.close();
        }
      },
      async exec(sql) {
        const db = new Database(join(dataDir, DATABASE_FILE));
        try {
          db.exec(sql);
        } finally {
          db.close();
        }
      },
      async dispose() {
        rmSync(dir, { recursive: true, force: true });
      },
    };
  };
}

for (const worker of [false, true]) {
  const name = `embedded (SQLite${worker ? ', writes on a worker thread' : ''})`;
  describeStoreContract(name, sqliteFixture(worker));
  describeAudienceContract(name, sqliteFixture(worker));
}
