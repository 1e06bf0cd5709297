/**
 * The Postgres server for tests: `TEST_DATABASE_URL` (CI sets it to the machine's server). Each
 * test works in a schema of its own, `t_<run>_<n>`, dropped when it is done, so runs never see
 * each other's rows. When the variable is set and no server answers, the tests fail.
 */
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { describe, it } from 'vitest';
import { withUserName } from '../../src/store/postgres.ts';

export const TEST_DATABASE_URL = process.env.TEST_DATABASE_URL?.trim() || undefined;

const run = randomBytes(4).toString('hex');
let counter = 0;

export function freshSchemaName(): string {
  counter += 1;
  return `t_${run}_${counter}`;
}

/** Runs one statement on the test server, over a connection of its own. */
export async function adminQuery<T extends pg.QueryResultRow = pg.QueryResultRow>(text: string, values?: unknown[]): Promise<T[]> {
  if (TEST_DATABASE_URL === undefined) throw new Error('TEST_DATABASE_URL is not set');
  const client = new pg.Client({ connectionString: withUserName(TEST_DATABASE_URL), connectionTimeoutMillis: 5_000 });
  await client.connect();
  try {
    return (await client.query<T>(text, values)).rows;
  } finally {
    await client.end();
  }
}

export async function createSchema(schema: string): Promise<void> {
  await adminQuery(`CREATE SCHEMA ${pg.escapeIdentifier(schema)}`);
}

export async function dropSchema(schema: string): Promise<void> {
  await adminQuery(`DROP SCHEMA IF EXISTS ${pg.escapeIdentifier(schema)} CASCADE`);
}

/** `TEST_DATABASE_URL` with the schema as the connection's search path, as a DATABASE_URL for the app. */
export function databaseUrlFor(schema: string): string {
  if (TEST_DATABASE_URL === undefined) throw new Error('TEST_DATABASE_URL is not set');
  const url = new URL(TEST_DATABASE_URL);
  url.searchParams.set('options', `-c search_path=${schema}`);
  return url.toString();
}

/**
 * A suite that needs the test server: run when `TEST_DATABASE_URL` is set (and failing when no
 * server answers there), otherwise skipped with a line in the output saying so and how to run it.
 */
export function describeWithPostgres(name: string, file: string, suite: (url: string) => void): void {
  if (TEST_DATABASE_URL === undefined) {
    process.stdout.write(`\n[skipped] ${name} (${file}): TEST_DATABASE_URL is not set (e.g. postgres://127.0.0.1:5432/test runs it).\n`);
    describe.skip(`${name} (TEST_DATABASE_URL is not set)`, () => {
      it('runs when TEST_DATABASE_URL is set', () => undefined);
    });
    return;
  }
  const url = TEST_DATABASE_URL;
  describe(name, () => suite(url));
}
