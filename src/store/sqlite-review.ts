/** The review part of the embedded store (see `review-store.ts`), over the same SQLite connection. */
import type Database from 'better-sqlite3';
import type { TaughtQuestion } from '../learning/taught-question.ts';
import { askedFromRow, askedSinceSql, resolutionFromRow, TAUGHT_COLUMNS, taughtFromRow, taughtValues, type AskedRow, type ResolutionRow, type TaughtRow } from './review-rows.ts';
import type { ReviewStore } from './review-store.ts';

export function createSqliteReviewStore(db: Database.Database): ReviewStore {
  const lazy = <T>(make: () => T): (() => T) => {
    let made: T | undefined;
    return () => (made ??= make());
  };
  const sql = {
    askedSince: lazy(() => db.prepare(askedSinceSql('0', '?'))),
    flag: lazy(() => db.prepare('INSERT INTO question_flags (question_id, flagged_by, at_ms) SELECT id, ?, ? FROM questions WHERE id = ? ON CONFLICT (question_id) DO NOTHING')),
    hasQuestion: lazy(() => db.prepare('SELECT 1 FROM questions WHERE id = ?').pluck()),
    resolve: lazy(() => db.prepare('INSERT INTO review_resolutions (question_key, question_id, resolved_ms, resolved_by, outcome) VALUES (?, ?, ?, ?, ?)')),
    resolutionsSince: lazy(() => db.prepare('SELECT question_key, resolved_ms FROM review_resolutions WHERE resolved_ms >= ?')),
    addTaught: lazy(() => db.prepare(`INSERT INTO taught_questions (${TAUGHT_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO NOTHING`)),
    listTaught: lazy(() => db.prepare(`SELECT ${TAUGHT_COLUMNS} FROM taught_questions ORDER BY taught_ms, id`)),
    removeTaught: lazy(() => db.prepare('DELETE FROM taught_questions WHERE id = ?')),
    bump: lazy(() => db.prepare('UPDATE taught_version SET version = version + 1 WHERE id = 1')),
    version: lazy(() => db.prepare('SELECT version FROM taught_version WHERE id = 1').pluck()),
  };
  const add = db.transaction((questions: readonly TaughtQuestion[]) => {
    for (const question of questions) sql.addTaught().run(...taughtValues(question));
    sql.bump().run();
  });
  const remove = db.transaction((id: string) => {
    const removed = sql.removeTaught().run(id).changes > 0;
    if (removed) sql.bump().run();
    return removed;
  });
  return {
    questionsSince: async (since) => (sql.askedSince().all(since.getTime()) as AskedRow[]).map(askedFromRow),
    async flagQuestion(questionId, by, at) {
      sql.flag().run(by, at.getTime(), questionId);
      return sql.hasQuestion().get(questionId) !== undefined;
    },
    async resolve(resolution) {
      sql.resolve().run(resolution.key, resolution.questionId, resolution.resolvedAt.getTime(), resolution.by, resolution.outcome);
    },
    resolutionsSince: async (since) => (sql.resolutionsSince().all(since.getTime()) as ResolutionRow[]).map(resolutionFromRow),
    async add(questions) {
      add(questions);
    },
    list: async () => (sql.listTaught().all() as TaughtRow[]).map(taughtFromRow),
    remove: async (id) => remove(id),
    taughtVersion: async () => Number(sql.version().get()),
  };
}
