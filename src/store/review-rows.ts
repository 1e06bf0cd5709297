/** Rows of the review tables as either engine returns them, and the records they stand for. */
import type { TaughtQuestion } from '../learning/taught-question.ts';
import type { AskedQuestion, Resolution } from '../review/review-queue.ts';
import { questionFromRow, type QuestionRow } from './rows.ts';

export interface AskedRow extends QuestionRow {
  external: boolean | number;
  verified: boolean | number;
  /** Postgres returns a count as a string. */
  not_helpful: number | string;
  flagged: boolean | number;
}

const truthy = (value: boolean | number): boolean => value === true || value === 1;

export function askedFromRow(row: AskedRow): AskedQuestion {
  const question = questionFromRow(row);
  return {
    id: question.id,
    askedAt: question.askedAt,
    text: question.text,
    surface: question.surface,
    channelType: question.channelType,
    channelId: question.channelId,
    threadTs: question.threadTs,
    userId: question.userId,
    external: truthy(row.external),
    answered: question.answered,
    reason: question.reason,
    confidence: question.confidence ?? 0,
    passageId: question.passageId,
    releaseId: question.releaseId,
    verified: truthy(row.verified),
    notHelpful: Number(row.not_helpful),
    flagged: truthy(row.flagged),
  };
}

/** The questions since a time, each with its 👎 count and flag: the same text for both engines but the boolean. */
export function askedSinceSql(falseValue: string, placeholder: string): string {
  return `
    SELECT q.*,
      (SELECT count(*) FROM feedback f WHERE f.question_id = q.id AND f.helpful = ${falseValue}) AS not_helpful,
      EXISTS (SELECT 1 FROM question_flags g WHERE g.question_id = q.id) AS flagged
    FROM questions q WHERE q.asked_ms >= ${placeholder} ORDER BY q.asked_ms, q.id`;
}

export interface ResolutionRow {
  question_key: string;
  resolved_ms: number | string;
}

export function resolutionFromRow(row: ResolutionRow): Resolution {
  return { key: row.question_key, resolvedAt: new Date(Number(row.resolved_ms)) };
}

export interface TaughtRow {
  id: string;
  question: string;
  outcome: string;
  passage_id: string | null;
  release_id: string | null;
  taught_by: string;
  taught_ms: number | string;
}

export function taughtFromRow(row: TaughtRow): TaughtQuestion {
  const outcome: TaughtQuestion['outcome'] =
    row.outcome === 'passage' && row.passage_id && row.release_id ? { kind: 'passage', passageId: row.passage_id, releaseId: row.release_id } : { kind: 'refusal' };
  return { id: row.id, question: row.question, outcome, taughtBy: row.taught_by, taughtAt: new Date(Number(row.taught_ms)).toISOString() };
}

export function taughtValues(question: TaughtQuestion): unknown[] {
  const passage = question.outcome.kind === 'passage' ? question.outcome : null;
  return [question.id, question.question, question.outcome.kind, passage?.passageId ?? null, passage?.releaseId ?? null, question.taughtBy, Date.parse(question.taughtAt)];
}

export const TAUGHT_COLUMNS = 'id, question, outcome, passage_id, release_id, taught_by, taught_ms';

/** The review tables: flags, reviews and taught questions (migration 3), for either engine's boolean type. */
export const reviewTables = (bool: string, falseValue: string): string => `
ALTER TABLE questions ADD COLUMN external ${bool} NOT NULL DEFAULT ${falseValue};
ALTER TABLE questions ADD COLUMN verified ${bool} NOT NULL DEFAULT ${falseValue};
CREATE TABLE question_flags (
  question_id TEXT PRIMARY KEY REFERENCES questions (id) ON DELETE CASCADE,
  flagged_by TEXT NOT NULL,
  at_ms BIGINT NOT NULL
);
CREATE TABLE review_resolutions (
  question_key TEXT NOT NULL,
  question_id TEXT NOT NULL,
  resolved_ms BIGINT NOT NULL,
  resolved_by TEXT NOT NULL,
  outcome TEXT NOT NULL
);
CREATE INDEX review_resolutions_time ON review_resolutions (resolved_ms);
CREATE TABLE taught_questions (
  id TEXT PRIMARY KEY,
  question TEXT NOT NULL,
  outcome TEXT NOT NULL,
  passage_id TEXT,
  release_id TEXT,
  taught_by TEXT NOT NULL,
  taught_ms BIGINT NOT NULL
);
CREATE TABLE taught_version (id INTEGER PRIMARY KEY, version BIGINT NOT NULL);
INSERT INTO taught_version (id, version) VALUES (1, 0);
`;
