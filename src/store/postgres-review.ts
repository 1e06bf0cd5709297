/** The shared store's review reads and writes (see `Store.questionsSince`, `resolveQuestion`, `reviewsSince`). */
import type pg from 'pg';
import { askedByIdSql, askedFromRow, askedSinceSql, resolutionFromRow, type AskedRow, type ResolutionRow } from './review-rows.ts';
import type { Store } from './store.ts';

type ReviewMethods = Pick<Store, 'questionsSince' | 'askedQuestion' | 'resolveQuestion' | 'reviewsSince'>;

const ASKED_SINCE = askedSinceSql('false', '$1');
const ASKED_BY_ID = askedByIdSql('false', '$1');

export function postgresReview(pool: pg.Pool): ReviewMethods {
  return {
    questionsSince: async (since) => (await pool.query<AskedRow>(ASKED_SINCE, [since.getTime()])).rows.map(askedFromRow),
    async askedQuestion(id) {
      const row = (await pool.query<AskedRow>(ASKED_BY_ID, [id])).rows[0];
      return row === undefined ? undefined : askedFromRow(row);
    },
    async resolveQuestion(r) {
      await pool.query('INSERT INTO review_resolutions (question_key, question_id, resolved_ms, resolved_by, outcome) VALUES ($1, $2, $3, $4, $5)', [
        r.key,
        r.questionId,
        r.resolvedAt.getTime(),
        r.by,
        r.outcome,
      ]);
    },
    reviewsSince: async (since) =>
      (await pool.query<ResolutionRow>('SELECT question_key, resolved_ms FROM review_resolutions WHERE resolved_ms >= $1', [since.getTime()])).rows.map(resolutionFromRow),
  };
}
