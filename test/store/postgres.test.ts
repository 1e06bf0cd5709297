/**
 * The store contract on a real PostgreSQL, when `TEST_DATABASE_URL` is set: each test in a
 * schema of its own, dropped after it. Asked for and unreachable, the suite fails.
 */
import { describe, expect, it } from 'vitest';
import { openPostgresStore } from '../../src/store/postgres.ts';
import { adminQuery, createSchema, databaseUrlFor, describeWithPostgres, dropSchema, freshSchemaName } from '../support/postgres.ts';
import { describeAudienceContract, type AudienceFixture } from './contract-audience.ts';
import { describeStoreContract } from './contract.ts';

describeWithPostgres('the Postgres store', 'test/store/postgres.test.ts', (url) => {
  describe('the test database', () => {
    it('answers at TEST_DATABASE_URL', async () => {
      expect(await adminQuery('SELECT 1 AS one')).toEqual([{ one: 1 }]);
    });
  });

  const postgresFixture = async (): Promise<AudienceFixture> => {
    const schema = freshSchemaName();
    return {
      open: (migrations) => openPostgresStore({ url, schema, ...(migrations ? { migrations } : {}) }),
      async recordedMigrations() {
        const rows = await adminQuery<{ version: number }>(`SELECT version FROM ${schema}.schema_migrations ORDER BY version`);
        return rows.map((r) => r.version);
      },
      exec: async (sql) => {
        await adminQuery(`SET search_path TO ${schema}; ${sql}`);
      },
      dispose: () => dropSchema(schema),
    };
  };
  describeStoreContract('Postgres', postgresFixture);
  describeAudienceContract('Postgres', postgresFixture);

  describe('a DATABASE_URL that names its schema', () => {
    it('puts the tables in that schema', async () => {
      const schema = freshSchemaName();
      await createSchema(schema);
      const store = await openPostgresStore({ url: databaseUrlFor(schema) });
      await store.close();
      const tables = await adminQuery<{ table_name: string }>('SELECT table_name FROM information_schema.tables WHERE table_schema = $1 ORDER BY table_name', [schema]);
      await dropSchema(schema);
      expect(tables.map((t) => t.table_name)).toEqual(['channel_pins', 'claims', 'feedback', 'question_flags', 'questions', 'rate_windows', 'review_resolutions', 'schema_migrations', 'taught_questions']);
    });
  });
});
