/**
 * The embedded store's teaching tables: taught questions (with a change sequence, taken inside
 * the write's own transaction: SQLite writes one at a time), flags on answers, the digest claim.
 */
import type Database from 'better-sqlite3';
import { statementsOnFirstUse } from './sqlite-statements.ts';
import { changeSeqOf, DIGEST_TTL_MS, flagFromRow, taughtFromRow, type TaughtRow } from './rows.ts';
import type { ClaimKey, Store } from './store.ts';

type TeachingMethods = Pick<Store, 'addTaughtQuestion' | 'taughtQuestions' | 'removeTaughtQuestion' | 'taughtChangedSince' | 'flagQuestion' | 'flagsFor' | 'claimDigest'>;

const NEXT_SEQ = '(SELECT COALESCE(MAX(change_seq), 0) + 1 FROM taught_questions)';

export function sqliteTeaching(db: Database.Database, claim: (keys: readonly ClaimKey[], nowMs: number) => boolean): TeachingMethods {
  const sql = statementsOnFirstUse(db);
  return {
    async addTaughtQuestion(t) {
      const inserted = sql(`
        INSERT INTO taught_questions (id, question, passage_id, release_id, taught_by, taught_ms, removed_ms, change_seq)
        VALUES (?, ?, ?, ?, ?, ?, NULL, ${NEXT_SEQ}) ON CONFLICT (id) DO NOTHING`).run(t.id, t.question, t.passageId ?? '', t.releaseId, t.taughtBy, t.taughtAt.getTime());
      return inserted.changes > 0;
    },
    async taughtQuestions() {
      const rows = sql('SELECT * FROM taught_questions WHERE removed_ms IS NULL ORDER BY taught_ms DESC, change_seq DESC').all() as TaughtRow[];
      return rows.map(taughtFromRow);
    },
    async removeTaughtQuestion(id, now) {
      return sql(`UPDATE taught_questions SET removed_ms = ?, change_seq = ${NEXT_SEQ} WHERE id = ? AND removed_ms IS NULL`).run(now.getTime(), id).changes > 0;
    },
    async taughtChangedSince(cursor) {
      const rows = sql('SELECT * FROM taught_questions WHERE change_seq > ? ORDER BY change_seq').all(cursor) as TaughtRow[];
      const last = rows.at(-1);
      return { changes: rows.map(taughtFromRow), cursor: last === undefined ? cursor : changeSeqOf(last) };
    },
    async flagQuestion(f) {
      const written = sql(`
        INSERT INTO question_flags (question_id, flagged_by, reason, flagged_ms)
        SELECT @question, @by, @reason, @at WHERE EXISTS (SELECT 1 FROM questions WHERE id = @question)
        ON CONFLICT (question_id, flagged_by) DO UPDATE SET reason = excluded.reason, flagged_ms = excluded.flagged_ms`).run({
        question: f.questionId,
        by: f.flaggedBy,
        reason: f.reason,
        at: f.at.getTime(),
      });
      return written.changes > 0;
    },
    async flagsFor(questionId) {
      const rows = sql('SELECT * FROM question_flags WHERE question_id = ? ORDER BY flagged_ms, flagged_by').all(questionId) as Parameters<typeof flagFromRow>[0][];
      return rows.map(flagFromRow);
    },
    async claimDigest(day, now) {
      return claim([{ kind: 'digest', key: day, ttlMs: DIGEST_TTL_MS }], now.getTime());
    },
  };
}
