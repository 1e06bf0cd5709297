/** The review's reads over `questions`, `feedback`, `question_flags` and `review_resolutions`, for either engine. */
import type { AskedQuestion, Resolution } from '../review/review-queue.ts';
import { questionFromRow, type QuestionRow } from './rows.ts';

export interface AskedRow extends QuestionRow {
  /** Postgres returns a count as a string. */
  not_helpful: number | string;
  /** SQLite has no boolean: 0 or 1. */
  flagged: boolean | number;
}

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
    external: question.external,
    answered: question.answered,
    reason: question.reason,
    confidence: question.confidence ?? 0,
    passageId: question.passageId,
    releaseId: question.releaseId,
    verified: question.verified,
    notHelpful: Number(row.not_helpful),
    flagged: row.flagged === true || row.flagged === 1,
  };
}

/** Questions with their 👎 count and flag, where `condition` holds; `no` is the engine's false. */
function askedSql(no: string, condition: string): string {
  return `
    SELECT q.*,
      (SELECT count(*) FROM feedback f WHERE f.question_id = q.id AND f.helpful = ${no}) AS not_helpful,
      EXISTS (SELECT 1 FROM question_flags g WHERE g.question_id = q.id) AS flagged
    FROM questions q WHERE ${condition} ORDER BY q.asked_ms, q.id`;
}

/** The questions asked since a time (`since`: the engine's placeholder). */
export const askedSinceSql = (no: string, since: string): string => askedSql(no, `q.asked_ms >= ${since}`);
/** One question by its id (`id`: the engine's placeholder). */
export const askedByIdSql = (no: string, id: string): string => askedSql(no, `q.id = ${id}`);

export interface ResolutionRow {
  question_key: string;
  resolved_ms: number | string;
}

export function resolutionFromRow(row: ResolutionRow): Resolution {
  return { key: row.question_key, resolvedAt: new Date(Number(row.resolved_ms)) };
}
