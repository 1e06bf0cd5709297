/** What both engines share: a `questions` row and the record it stands for, and the keys of one claim. */
import type { Audience } from '../answer/types.ts';
import type { ClaimKey, QuestionFlag, QuestionRecord, TaughtQuestion } from './store.ts';

export interface QuestionRow {
  id: string;
  /** Postgres returns a BIGINT as a string. */
  asked_ms: number | string;
  surface: QuestionRecord['surface'];
  channel_type: string;
  channel_id: string;
  thread_ts: string | null;
  user_id: string;
  text: string;
  reason: string;
  /** SQLite has no boolean: 0 or 1. */
  answered: boolean | number;
  confidence: number | null;
  passage_id: string | null;
  release_id: string | null;
  engine_ms: number | null;
  /** SQLite has no boolean: 0 or 1. */
  external: boolean | number;
  verified: boolean | number;
  audience: string;
}

const AUDIENCES: readonly Audience[] = ['internal', 'external', 'guest'];

/** A value the code does not know (written by a newer bot) reads as outside: the cautious reading. */
function audienceOf(value: string): Audience {
  return AUDIENCES.find((audience) => audience === value) ?? 'external';
}

export function questionFromRow(row: QuestionRow): QuestionRecord {
  return {
    id: row.id,
    askedAt: new Date(Number(row.asked_ms)),
    surface: row.surface,
    channelType: row.channel_type,
    channelId: row.channel_id,
    threadTs: row.thread_ts,
    userId: row.user_id,
    text: row.text,
    reason: row.reason,
    answered: row.answered === true || row.answered === 1,
    confidence: row.confidence,
    passageId: row.passage_id,
    releaseId: row.release_id,
    engineMs: row.engine_ms,
    external: row.external === true || row.external === 1,
    verified: row.verified === true || row.verified === 1,
    audience: audienceOf(row.audience),
  };
}

/** The columns of `questions` in insert order, and a record's values in that order. */
export const QUESTION_COLUMNS =
  'id, asked_ms, surface, channel_type, channel_id, thread_ts, user_id, text, reason, answered, confidence, passage_id, release_id, engine_ms, external, verified, audience';

export function questionValues(q: QuestionRecord, bool: (b: boolean) => boolean | number): unknown[] {
  return [q.id, q.askedAt.getTime(), q.surface, q.channelType, q.channelId, q.threadTs, q.userId, q.text, q.reason, bool(q.answered), q.confidence, q.passageId, q.releaseId, q.engineMs, bool(q.external), bool(q.verified), q.audience];
}

/** Sorted and without repeats: one statement cannot upsert a row twice, and a fixed order keeps two claims from deadlocking. */
export function distinctClaimKeys(keys: readonly ClaimKey[]): ClaimKey[] {
  const byId = new Map(keys.map((k) => [`${k.kind}\u0000${k.key}`, k]));
  return [...byId.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, k]) => k);
}

export interface TaughtRow {
  id: string;
  question: string;
  /** '' for a taught refusal: the column predates refusals and is NOT NULL. */
  passage_id: string;
  release_id: string | null;
  taught_by: string;
  taught_ms: number | string;
  removed_ms: number | string | null;
  change_seq: number | string;
}

export function taughtFromRow(row: TaughtRow): TaughtQuestion {
  return {
    id: row.id,
    question: row.question,
    passageId: row.passage_id === '' ? null : row.passage_id,
    releaseId: row.release_id,
    taughtBy: row.taught_by,
    taughtAt: new Date(Number(row.taught_ms)),
    removedAt: row.removed_ms === null ? null : new Date(Number(row.removed_ms)),
  };
}

export function flagFromRow(row: { question_id: string; flagged_by: string; reason: string; flagged_ms: number | string }): QuestionFlag {
  return { questionId: row.question_id, flaggedBy: row.flagged_by, reason: row.reason, at: new Date(Number(row.flagged_ms)) };
}

/** A taught-question change's sequence number (Postgres returns a BIGINT as a string). */
export const changeSeqOf = (row: TaughtRow): number => Number(row.change_seq);

/** The daily digest's claim lasts a week: long past its day, then purged. */
export const DIGEST_TTL_MS = 7 * 86_400_000;
