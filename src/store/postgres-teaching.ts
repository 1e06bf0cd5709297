/**
 * The Postgres store's teaching tables. A taught-question write takes an exclusive lock on its
 * table for its transaction (readers go on): change numbers are then given in commit order, so
 * an instance polling `taughtChangedSince` never skips a change committed late. Teaching is rare
 * enough for writers to wait for each other.
 */
import type pg from 'pg';
import { changeSeqOf, DIGEST_TTL_MS, flagFromRow, taughtFromRow, type TaughtRow } from './rows.ts';
import type { Store } from './store.ts';

type TeachingMethods = Pick<Store, 'addTaughtQuestion' | 'taughtQuestions' | 'removeTaughtQuestion' | 'taughtChangedSince' | 'flagQuestion' | 'flagsFor' | 'claimDigest'>;

const NEXT_SEQ = '(SELECT COALESCE(MAX(change_seq), 0) + 1 FROM taught_questions)';

async function writeTaught(pool: pg.Pool, text: string, values: unknown[]): Promise<number> {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    await client.query('LOCK TABLE taught_questions IN EXCLUSIVE MODE');
    const result = await client.query(text, values);
    await client.query('COMMIT');
    return result.rowCount ?? 0;
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}

export function postgresTeaching(pool: pg.Pool, claim: Store['claim']): TeachingMethods {
  return {
    async addTaughtQuestion(t) {
      const inserted = await writeTaught(
        pool,
        `INSERT INTO taught_questions (id, question, passage_id, release_id, taught_by, taught_ms, removed_ms, change_seq)
         VALUES ($1, $2, $3, $4, $5, $6, NULL, ${NEXT_SEQ}) ON CONFLICT (id) DO NOTHING`,
        [t.id, t.question, t.passageId ?? '', t.releaseId, t.taughtBy, t.taughtAt.getTime()],
      );
      return inserted > 0;
    },
    async taughtQuestions() {
      const { rows } = await pool.query<TaughtRow>('SELECT * FROM taught_questions WHERE removed_ms IS NULL ORDER BY taught_ms DESC, change_seq DESC');
      return rows.map(taughtFromRow);
    },
    async removeTaughtQuestion(id, now) {
      const removed = await writeTaught(pool, `UPDATE taught_questions SET removed_ms = $1, change_seq = ${NEXT_SEQ} WHERE id = $2 AND removed_ms IS NULL`, [now.getTime(), id]);
      return removed > 0;
    },
    async taughtChangedSince(cursor) {
      const { rows } = await pool.query<TaughtRow>('SELECT * FROM taught_questions WHERE change_seq > $1 ORDER BY change_seq', [cursor]);
      const last = rows.at(-1);
      return { changes: rows.map(taughtFromRow), cursor: last === undefined ? cursor : changeSeqOf(last) };
    },
    async flagQuestion(f) {
      const result = await pool.query(
        `INSERT INTO question_flags (question_id, flagged_by, reason, flagged_ms)
         SELECT $1, $2, $3, $4 WHERE EXISTS (SELECT 1 FROM questions WHERE id = $1)
         ON CONFLICT (question_id, flagged_by) DO UPDATE SET reason = excluded.reason, flagged_ms = excluded.flagged_ms`,
        [f.questionId, f.flaggedBy, f.reason, f.at.getTime()],
      );
      return (result.rowCount ?? 0) > 0;
    },
    async flagsFor(questionId) {
      const { rows } = await pool.query<Parameters<typeof flagFromRow>[0]>('SELECT * FROM question_flags WHERE question_id = $1 ORDER BY flagged_ms, flagged_by', [questionId]);
      return rows.map(flagFromRow);
    },
    claimDigest(day, now) {
      return claim([{ kind: 'digest', key: day, ttlMs: DIGEST_TTL_MS }], now);
    },
  };
}
