/**
 * The shared store: PostgreSQL through `pg`, for several instances of the bot on one state.
 * Each claim and each rate-limit count is one statement, so it is atomic across instances
 * without any lock of ours; only the migrations take one (an advisory lock), so that replicas
 * starting together migrate one after the other.
 */
import { userInfo } from 'node:os';
import pg from 'pg';
import { MIGRATIONS, pendingMigrations, type Migration } from './migrations.ts';
import { postgresPins } from './postgres-pins.ts';
import { questionClaims } from './postgres-question-claims.ts';
import { postgresReview } from './postgres-review.ts';
import { postgresTeaching } from './postgres-teaching.ts';
import { PURGE } from './purge.ts';
import { distinctClaimKeys, QUESTION_COLUMNS, questionFromRow, questionValues, type QuestionRow } from './rows.ts';
import type { FeedbackRecord, QuestionRecord, Store } from './store.ts';

export interface PostgresStoreOptions {
  /** `postgres://user:password@host:port/database`. */
  url: string;
  /** A schema to work in (created when missing); by default the connection's own search path. */
  schema?: string;
  migrations?: readonly Migration[];
  /** Per statement and per connection attempt: a store that does not answer must not hold a reply for long. */
  timeoutMs?: number;
}

/** As psql does: a URL without a user name connects as the system user (pg would send none). */
export function withUserName(url: string): string {
  if (!URL.canParse(url)) return url;
  const parsed = new URL(url);
  if (parsed.username !== '') return url;
  parsed.username = userInfo().username;
  return parsed.toString();
}

/** The URL with its password replaced, for logs and errors. */
export function redactDatabaseUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password !== '') parsed.password = '***';
    return parsed.toString();
  } catch {
    return 'postgres://…';
  }
}

const MIGRATION_TIMEOUT_MS = 60_000;

const COLUMN_COUNT = QUESTION_COLUMNS.split(', ').length;

/**
 * The statements of every question are prepared (named): each connection parses and plans them
 * once, not on every call, which is most of the server's work for a one-row upsert.
 */
const PREPARED_BATCHES = 64;

/** One INSERT for `count` questions: `($1, …, $14), ($15, …)`. */
function insertQuestions(count: number): string {
  const rows = Array.from({ length: count }, (_, r) => `(${Array.from({ length: COLUMN_COUNT }, (_, c) => `$${r * COLUMN_COUNT + c + 1}`).join(', ')})`);
  return `INSERT INTO questions (${QUESTION_COLUMNS}) VALUES ${rows.join(', ')} ON CONFLICT (id) DO NOTHING`;
}

/** Applies the pending migrations over one connection of its own, with room for a long lock wait. */
async function migrate(connection: pg.ClientConfig, migrations: readonly Migration[], schema: string | undefined): Promise<number[]> {
  const client = new pg.Client({ ...connection, query_timeout: MIGRATION_TIMEOUT_MS });
  client.on('error', () => undefined);
  await client.connect();
  try {
    await client.query('BEGIN');
    if (schema !== undefined) await client.query(`CREATE SCHEMA IF NOT EXISTS ${pg.escapeIdentifier(schema)}`);
    // One key per schema: replicas on one store wait for each other, other schemas do not.
    await client.query("SELECT pg_advisory_xact_lock(hashtext('communique-bot migrations ' || current_schema()))");
    await client.query('CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_ms BIGINT NOT NULL)');
    const done = (await client.query<{ version: number }>('SELECT version FROM schema_migrations')).rows.map((r) => r.version);
    const applied: number[] = [];
    for (const migration of pendingMigrations(migrations, done)) {
      await client.query(migration.postgres);
      await client.query('INSERT INTO schema_migrations (version, name, applied_ms) VALUES ($1, $2, $3)', [migration.version, migration.name, Date.now()]);
      applied.push(migration.version);
    }
    await client.query('COMMIT');
    return applied;
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    await client.end().catch(() => undefined);
  }
}

/** Connects, checks the server answers, and brings the schema up to date. */
export async function openPostgresStore(options: PostgresStoreOptions): Promise<Store> {
  const timeoutMs = options.timeoutMs ?? 3_000;
  const connection: pg.ClientConfig = {
    connectionString: withUserName(options.url),
    connectionTimeoutMillis: timeoutMs,
    ...(options.schema !== undefined ? { options: `-c search_path=${options.schema}` } : {}),
  };
  const migrationsApplied = await migrate(connection, options.migrations ?? MIGRATIONS, options.schema);
  const pool = new pg.Pool({ ...connection, query_timeout: timeoutMs });
  // A connection the server drops while idle (a restart, pg_terminate_backend) is reported
  // here; the pool has already discarded it and the next query opens a new one.
  pool.on('error', () => undefined);
  return createPostgresStore(pool, redactDatabaseUrl(options.url), migrationsApplied);
}

function createPostgresStore(pool: pg.Pool, location: string, migrationsApplied: number[]): Store {
  let closed: Promise<void> | undefined;
  const claim: Store['claim'] = async (keys, now) => {
    const unique = distinctClaimKeys(keys);
    const nowMs = now.getTime();
    const [only] = unique;
    if (unique.length === 1 && only !== undefined) {
      // Every question's claim: plain parameters, no arrays for the server to parse.
      const one = await pool.query({
        name: 'claim_one',
        text: `INSERT INTO claims (kind, key, claimed_ms, expires_ms) VALUES ($1, $2, $3, $4)
         ON CONFLICT (kind, key) DO UPDATE SET claimed_ms = excluded.claimed_ms, expires_ms = excluded.expires_ms
         WHERE claims.expires_ms <= excluded.claimed_ms`,
        values: [only.kind, only.key, nowMs, nowMs + only.ttlMs],
      });
      return one.rowCount === 1;
    }
    const result = await pool.query({
      name: 'claim',
      text: `INSERT INTO claims (kind, key, claimed_ms, expires_ms)
       SELECT * FROM unnest($1::text[], $2::text[], $3::bigint[], $4::bigint[])
       ON CONFLICT (kind, key) DO UPDATE SET claimed_ms = excluded.claimed_ms, expires_ms = excluded.expires_ms
       WHERE claims.expires_ms <= excluded.claimed_ms`,
      values: [unique.map((k) => k.kind), unique.map((k) => k.key), unique.map(() => nowMs), unique.map((k) => nowMs + k.ttlMs)],
    });
    return result.rowCount === unique.length;
  };
  return {
    engine: 'postgres',
    location,
    migrationsApplied,
    claim,
    ...postgresTeaching(pool, claim),
    ...postgresReview(pool),
    async releaseClaim({ kind, key }, claimedAt) {
      await pool.query('DELETE FROM claims WHERE kind = $1 AND key = $2 AND claimed_ms = $3', [kind, key, claimedAt.getTime()]);
    },
    ...postgresPins(pool),
    async countQuestion(userId, windowMs, now) {
      const result = await pool.query<{ questions: number }>({
        name: 'count_question',
        text: `INSERT INTO rate_windows AS w (user_id, opened_ms, questions) VALUES ($1, $2, 1)
         ON CONFLICT (user_id) DO UPDATE SET
           questions = CASE WHEN w.opened_ms <= $3 THEN 1 ELSE w.questions + 1 END,
           opened_ms = CASE WHEN w.opened_ms <= $3 THEN excluded.opened_ms ELSE w.opened_ms END
         RETURNING questions`,
        values: [userId, now.getTime(), now.getTime() - windowMs],
      });
      return result.rows[0]?.questions ?? 1;
    },
    claimQuestion: questionClaims(pool),
    async recordQuestions(questions) {
      if (questions.length === 0) return;
      // The same id twice in one statement would make ON CONFLICT fail: the first one is kept, as SQLite does.
      const byId = new Map<string, QuestionRecord>();
      for (const q of questions) if (!byId.has(q.id)) byId.set(q.id, q);
      const unique = [...byId.values()];
      const values = unique.flatMap((q) => questionValues(q, (b) => b));
      // Prepared once per connection for the usual batch sizes; a rare larger batch is planned each time.
      const name = unique.length <= PREPARED_BATCHES ? `insert_questions_${unique.length}` : undefined;
      await pool.query({ ...(name !== undefined ? { name } : {}), text: insertQuestions(unique.length), values });
    },
    async question(id) {
      const row = (await pool.query<QuestionRow>('SELECT * FROM questions WHERE id = $1', [id])).rows[0];
      return row === undefined ? undefined : questionFromRow(row);
    },
    async recordFeedback(f: FeedbackRecord) {
      const result = await pool.query(
        `INSERT INTO feedback (question_id, user_id, helpful, at_ms)
         SELECT $1, $2, $3, $4 WHERE EXISTS (SELECT 1 FROM questions WHERE id = $1)
         ON CONFLICT (question_id, user_id) DO UPDATE SET helpful = excluded.helpful, at_ms = excluded.at_ms`,
        [f.questionId, f.userId, f.helpful, f.at.getTime()],
      );
      return (result.rowCount ?? 0) > 0;
    },
    async feedbackFor(questionId) {
      const rows = (
        await pool.query<{ question_id: string; user_id: string; helpful: boolean; at_ms: string }>(
          'SELECT question_id, user_id, helpful, at_ms FROM feedback WHERE question_id = $1 ORDER BY at_ms, user_id',
          [questionId],
        )
      ).rows;
      return rows.map((r) => ({ questionId: r.question_id, userId: r.user_id, helpful: r.helpful, at: new Date(Number(r.at_ms)) }));
    },
    async purge(now, retentionDays) {
      const nowMs = now.getTime();
      const deleted = async (text: string, cutoff: number) => (await pool.query(text, [cutoff])).rowCount ?? 0;
      // A review names its question by its words: it goes when the questions do.
      await deleted('DELETE FROM review_resolutions WHERE resolved_ms < $1', nowMs - retentionDays * PURGE.dayMs);
      return {
        questions: await deleted('DELETE FROM questions WHERE asked_ms < $1', nowMs - retentionDays * PURGE.dayMs),
        claims: await deleted('DELETE FROM claims WHERE expires_ms <= $1', nowMs),
        rateWindows: await deleted('DELETE FROM rate_windows WHERE opened_ms <= $1', nowMs - PURGE.rateWindowAgeMs),
      };
    },
    close() {
      closed ??= pool.end();
      return closed;
    },
  };
}

