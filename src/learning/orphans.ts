import type { Knowledge } from '../knowledge/load.ts';
import type { TaughtQuestion } from './taught-question.ts';

/**
 * The taught questions whose passage the knowledge no longer holds (the release changed or
 * was removed). They are not used: a passage id names one sentence's text, and the nearest
 * sentence of a new version may say another figure. They go back to review instead.
 */
export function orphans(taught: readonly TaughtQuestion[], knowledge: Pick<Knowledge, 'passages'>): TaughtQuestion[] {
  const known = new Set(knowledge.passages.map((passage) => passage.id));
  return taught.filter((question) => question.outcome.kind === 'passage' && !known.has(question.outcome.passageId));
}
