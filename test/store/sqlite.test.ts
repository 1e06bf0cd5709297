/** The store contract on the embedded engine: a real SQLite file in a fresh folder per test. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { DATABASE_FILE, openSqliteStore } from '../../src/store/sqlite.ts';
import { describeAudienceContract, type AudienceFixture } from './contract-audience.ts';
import { describeStoreContract } from './contract.ts';

async function sqliteFixture(): Promise<AudienceFixture> {
  const dir = mkdtempSync(join(tmpdir(), 'store-'));
  // A folder that does not exist yet: the store creates it on first start.
  const dataDir = join(dir, 'data');
  return {
    open: async (migrations) => openSqliteStore({ dataDir, ...(migrations ? { migrations } : {}) }),
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
}

describeStoreContract('embedded (SQLite)', sqliteFixture);
describeAudienceContract('embedded (SQLite)', sqliteFixture);
