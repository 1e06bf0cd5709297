/** The embedded store's review reads and writes (see `Store.questionsSince`, `resolveQuestion`, `reviewsSince`). */
import type Database from 'better-sqlite3';
import { statementsOnFirstUse } from './sqlite-statements.ts';
import { askedByIdSql, askedFromRow, askedSinceSql, resolutionFromRow, type AskedRow, type ResolutionRow } from './review-rows.ts';
import type { Store } from './store.ts';

type ReviewMethods = Pick<Store, 'questionsSince' | 'askedQuestion' | 'resolveQuestion' | 'reviewsSince'>;

export function sqliteReview(db: Database.Database): ReviewMethods {
  const sql = statementsOnFirstUse(db);
  return {
    questionsSince: async (since) => (sql(askedSinceSql('0', '?')).all(since.getTime()) as AskedRow[]).map(askedFromRow),
    async askedQuestion(id) {
      const row = sql(askedByIdSql('0', '?')).get(id) as AskedRow | undefined;
      return row === undefined ? undefined : askedFromRow(row);
    },
    async resolveQuestion(r) {
      sql('INSERT INTO review_resolutions (question_key, question_id, resolved_ms, resolved_by, outcome) VALUES (?, ?, ?, ?, ?)').run(r.key, r.questionId, r.resolvedAt.getTime(), r.by, r.outcome);
    },
    reviewsSince: async (since) => (sql('SELECT question_key, resolved_ms FROM review_resolutions WHERE resolved_ms >= ?').all(since.getTime()) as ResolutionRow[]).map(resolutionFromRow),
  };
}
