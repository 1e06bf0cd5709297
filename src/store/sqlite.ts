/**
 * The embedded store: one SQLite file (better-sqlite3), no server. The calls are synchronous
 * under the hood, each a few microseconds; they are wrapped in promises to honour the `Store`
 * contract. WAL mode lets a second process (a restarted bot, a backup) read while one writes.
 */
import { existsSync, mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import Database from 'better-sqlite3';
import { MIGRATIONS, pendingMigrations, type Migration } from './migrations.ts';
import { PURGE } from './purge.ts';
import { sqlitePins } from './sqlite-pins.ts';
import { startStoreWorker, type StoreWorker, type WorkerStatements } from './sqlite-worker.ts';
import { sqliteReview } from './sqlite-review.ts';
import { sqliteTeaching } from './sqlite-teaching.ts';
import { distinctClaimKeys, QUESTION_COLUMNS, questionFromRow, questionValues, type QuestionRow } from './rows.ts';
import type { ClaimKey, FeedbackRecord, PurgeCounts, QuestionRecord, Store } from './store.ts';

export const DATABASE_FILE = 'communique.sqlite';

export interface SqliteStoreOptions {
  /** The folder that holds the database file; created when missing. `:memory:` keeps it in memory (for tests). */
  dataDir: string;
  /** For tests of the migrations themselves. */
  migrations?: readonly Migration[];
  /** Each question's writes and the checkpoints on a worker thread (`sqlite-worker.ts`): for a process that serves, not for a one-off command. */
  worker?: boolean;
}

function migrate(db: Database.Database, migrations: readonly Migration[]): number[] {
  db.exec('CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_ms BIGINT NOT NULL)');
  const applied: number[] = [];
  const run = db.transaction(() => {
    const done = db.prepare('SELECT version FROM schema_migrations').pluck().all() as number[];
    const record = db.prepare('INSERT INTO schema_migrations (version, name, applied_ms) VALUES (?, ?, ?)');
    for (const migration of pendingMigrations(migrations, done)) {
      db.exec(migration.sqlite);
      record.run(migration.version, migration.name, Date.now());
      applied.push(migration.version);
    }
  });
  // IMMEDIATE: two processes opening the same file at once migrate one after the other.
  run.immediate();
  return applied;
}

/**
 * `mkdir -p`, one level at a time: Node 20's recursive mkdir spins forever where the system
 * answers ENOENT for a parent that exists (under /proc), instead of failing.
 */
function makeFolder(dir: string): void {
  if (existsSync(dir)) return;
  const parent = dirname(dir);
  if (parent !== dir) makeFolder(parent);
  try {
    mkdirSync(dir);
  } catch (error) {
    if ((error as { code?: unknown }).code !== 'EEXIST') throw error;
  }
}

/** Opens (creating when needed) the database file in `dataDir` and brings its schema up to date. */
export function openSqliteStore(options: SqliteStoreOptions): Store {
  const file = options.dataDir === ':memory:' ? ':memory:' : join(resolve(options.dataDir), DATABASE_FILE);
  if (file !== ':memory:') makeFolder(resolve(options.dataDir));
  const db = new Database(file);
  try {
    db.pragma('journal_mode = WAL');
    // NORMAL in WAL mode: a power cut may lose the last transactions, never corrupt the file.
    db.pragma('synchronous = NORMAL');
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 5000');
    const migrationsApplied = migrate(db, options.migrations ?? MIGRATIONS);
    const worker = options.worker && file !== ':memory:' ? startStoreWorker(db, file, STATEMENTS) : undefined;
    return createSqliteStore(db, file, migrationsApplied, worker);
  } catch (error) {
    db.close();
    throw error;
  }
}

/**
 * A statement prepared on first use: a store opened by older migrations (in the upgrade test, or
 * by an older bot) lacks the newer tables, and preparing against them up front would fail.
 */
function lazy<T>(make: () => T): () => T {
  let made: T | undefined;
  return () => (made ??= make());
}

/** The statements of every question, run by the bot's connection or by the worker's. */
const STATEMENTS: WorkerStatements = {
  claimOne: `
    INSERT INTO claims (kind, key, claimed_ms, expires_ms) VALUES (?, ?, ?, ?)
    ON CONFLICT (kind, key) DO UPDATE SET claimed_ms = excluded.claimed_ms, expires_ms = excluded.expires_ms
    WHERE claims.expires_ms <= excluded.claimed_ms`,
  countQuestion: `
    INSERT INTO rate_windows (user_id, opened_ms, questions) VALUES (@user, @now, 1)
    ON CONFLICT (user_id) DO UPDATE SET
      questions = CASE WHEN rate_windows.opened_ms <= @over THEN 1 ELSE rate_windows.questions + 1 END,
      opened_ms = CASE WHEN rate_windows.opened_ms <= @over THEN excluded.opened_ms ELSE rate_windows.opened_ms END
    RETURNING questions`,
  insertQuestion: `INSERT INTO questions (${QUESTION_COLUMNS}) VALUES (${QUESTION_COLUMNS.replace(/\w+/g, '?')}) ON CONFLICT (id) DO NOTHING`,
};

function createSqliteStore(db: Database.Database, file: string, migrationsApplied: number[], worker: StoreWorker | undefined): Store {
  const claimStatements = new Map<number, Database.Statement>();
  const sql = {
    /** One statement per number of keys (one or two in practice), so a claim is one implicit transaction. */
    claim: (count: number) => {
      let statement = claimStatements.get(count);
      if (statement === undefined) {
        statement = db.prepare(`
          INSERT INTO claims (kind, key, claimed_ms, expires_ms) VALUES ${Array.from({ length: count }, () => '(?, ?, ?, ?)').join(', ')}
          ON CONFLICT (kind, key) DO UPDATE SET claimed_ms = excluded.claimed_ms, expires_ms = excluded.expires_ms
          WHERE claims.expires_ms <= excluded.claimed_ms`);
        claimStatements.set(count, statement);
      }
      return statement;
    },
    countQuestion: lazy(() => db.prepare(STATEMENTS.countQuestion).pluck()),
    insertQuestion: lazy(() => db.prepare(STATEMENTS.insertQuestion)),
    question: lazy(() => db.prepare('SELECT * FROM questions WHERE id = ?')),
    upsertFeedback: lazy(() =>
      db.prepare(`
        INSERT INTO feedback (question_id, user_id, helpful, at_ms)
        SELECT @question, @user, @helpful, @at WHERE EXISTS (SELECT 1 FROM questions WHERE id = @question)
        ON CONFLICT (question_id, user_id) DO UPDATE SET helpful = excluded.helpful, at_ms = excluded.at_ms`),
    ),
    feedback: lazy(() => db.prepare('SELECT question_id, user_id, helpful, at_ms FROM feedback WHERE question_id = ? ORDER BY at_ms, user_id')),
    purgeQuestions: lazy(() => db.prepare('DELETE FROM questions WHERE asked_ms < ?')),
    // A review names its question by its words: it goes when the questions do.
    purgeReviews: lazy(() => db.prepare('DELETE FROM review_resolutions WHERE resolved_ms < ?')),
    releaseClaim: lazy(() => db.prepare('DELETE FROM claims WHERE kind = ? AND key = ? AND claimed_ms = ?')),
    purgeClaims: lazy(() => db.prepare('DELETE FROM claims WHERE expires_ms <= ?')),
    purgeWindows: lazy(() => db.prepare('DELETE FROM rate_windows WHERE opened_ms <= ?')),
  };
  const rowOf = (q: QuestionRecord): unknown[] => questionValues(q, (b) => (b ? 1 : 0));
  const insertQuestions = db.transaction((questions: readonly QuestionRecord[]) => {
    for (const q of questions) sql.insertQuestion().run(rowOf(q));
  });
  const countQuestion = (userId: string, windowMs: number, nowMs: number): number =>
    sql.countQuestion().get({ user: userId, now: nowMs, over: nowMs - windowMs }) as number;
  const claimQuestion = db.transaction((key: ClaimKey, userId: string, windowMs: number, nowMs: number): number | null =>
    sql.claim(1).run(key.kind, key.key, nowMs, nowMs + key.ttlMs).changes === 1 ? countQuestion(userId, windowMs, nowMs) : null,
  );
  const claimAll = (keys: readonly ClaimKey[], nowMs: number): boolean => {
    const unique = distinctClaimKeys(keys);
    if (unique.length === 0) return true;
    const values = unique.flatMap(({ kind, key, ttlMs }) => [kind, key, nowMs, nowMs + ttlMs]);
    return sql.claim(unique.length).run(values).changes === unique.length;
  };

  return {
    engine: 'embedded',
    location: file,
    migrationsApplied,
    ...sqliteTeaching(db, claimAll),
    ...sqliteReview(db),
    ...sqlitePins(db),
    async claim(keys, now) {
      return claimAll(keys, now.getTime());
    },
    async releaseClaim({ kind, key }, claimedAt) {
      sql.releaseClaim().run(kind, key, claimedAt.getTime());
    },
    async countQuestion(userId, windowMs, now) {
      return countQuestion(userId, windowMs, now.getTime());
    },
    async claimQuestion(key, userId, windowMs, now) {
      if (worker?.running) return worker.claimQuestion(key, userId, windowMs, now.getTime());
      return claimQuestion(key, userId, windowMs, now.getTime());
    },
    async recordQuestions(questions) {
      if (worker?.running) return worker.recordQuestions(questions.map(rowOf));
      insertQuestions(questions);
    },
    async question(id) {
      const row = sql.question().get(id) as QuestionRow | undefined;
      return row === undefined ? undefined : questionFromRow(row);
    },
    async recordFeedback(f: FeedbackRecord) {
      const params = { question: f.questionId, user: f.userId, helpful: f.helpful ? 1 : 0, at: f.at.getTime() };
      return sql.upsertFeedback().run(params).changes > 0;
    },
    async feedbackFor(questionId) {
      const rows = sql.feedback().all(questionId) as { question_id: string; user_id: string; helpful: number; at_ms: number }[];
      return rows.map((r) => ({ questionId: r.question_id, userId: r.user_id, helpful: r.helpful === 1, at: new Date(r.at_ms) }));
    },
    async purge(now, retentionDays): Promise<PurgeCounts> {
      const nowMs = now.getTime();
      const oldest = nowMs - retentionDays * PURGE.dayMs;
      return db.transaction(() => {
        sql.purgeReviews().run(oldest);
        return {
          questions: sql.purgeQuestions().run(oldest).changes,
          claims: sql.purgeClaims().run(nowMs).changes,
          rateWindows: sql.purgeWindows().run(nowMs - PURGE.rateWindowAgeMs).changes,
        };
      })();
    },
    async close() {
      // The worker's connection first: the last one to close folds the log into the file.
      await worker?.stop();
      if (db.open) db.close();
    },
  };
}

