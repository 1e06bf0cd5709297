/** The review part of the shared store (see `review-store.ts`), over the same Postgres pool. */
import type pg from 'pg';
import { askedFromRow, askedSinceSql, resolutionFromRow, TAUGHT_COLUMNS, taughtFromRow, taughtValues, type AskedRow, type ResolutionRow, type TaughtRow } from './review-rows.ts';
import type { ReviewStore } from './review-store.ts';

const ASKED_SINCE = askedSinceSql('false', '$1');
const INSERT_TAUGHT = `INSERT INTO taught_questions (${TAUGHT_COLUMNS}) VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT (id) DO NOTHING`;
const BUMP = 'UPDATE taught_version SET version = version + 1 WHERE id = 1';

export function createPostgresReviewStore(pool: pg.Pool): ReviewStore {
  /** Runs `work` in one transaction on one connection. */
  async function inTransaction<T>(work: (client: pg.PoolClient) => Promise<T>): Promise<T> {
    const client = await pool.connect();
    try {
      await client.query('BEGIN');
      const result = await work(client);
      await client.query('COMMIT');
      return result;
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw error;
    } finally {
      client.release();
    }
  }

  return {
    questionsSince: async (since) => (await pool.query<AskedRow>(ASKED_SINCE, [since.getTime()])).rows.map(askedFromRow),
    async flagQuestion(questionId, by, at) {
      await pool.query('INSERT INTO question_flags (question_id, flagged_by, at_ms) SELECT id, $1, $2 FROM questions WHERE id = $3 ON CONFLICT (question_id) DO NOTHING', [by, at.getTime(), questionId]);
      return (await pool.query('SELECT 1 FROM questions WHERE id = $1', [questionId])).rowCount === 1;
    },
    async resolve(resolution) {
      await pool.query('INSERT INTO review_resolutions (question_key, question_id, resolved_ms, resolved_by, outcome) VALUES ($1, $2, $3, $4, $5)', [
        resolution.key,
        resolution.questionId,
        resolution.resolvedAt.getTime(),
        resolution.by,
        resolution.outcome,
      ]);
    },
    resolutionsSince: async (since) =>
      (await pool.query<ResolutionRow>('SELECT question_key, resolved_ms FROM review_resolutions WHERE resolved_ms >= $1', [since.getTime()])).rows.map(resolutionFromRow),
    add: (questions) =>
      inTransaction(async (client) => {
        for (const question of questions) await client.query(INSERT_TAUGHT, taughtValues(question));
        await client.query(BUMP);
      }),
    list: async () => (await pool.query<TaughtRow>(`SELECT ${TAUGHT_COLUMNS} FROM taught_questions ORDER BY taught_ms, id`)).rows.map(taughtFromRow),
    remove: (id) =>
      inTransaction(async (client) => {
        const removed = ((await client.query('DELETE FROM taught_questions WHERE id = $1', [id])).rowCount ?? 0) > 0;
        if (removed) await client.query(BUMP);
        return removed;
      }),
    taughtVersion: async () => Number((await pool.query<{ version: string }>('SELECT version FROM taught_version WHERE id = 1')).rows[0]?.version ?? 0),
  };
}
