/**
 * The communications team's review queue: which questions a person should look at, grouped so
 * that the same question asked again is one entry with a count. Pure: the store hands in the
 * recent questions, their feedback and what was already reviewed.
 */
import type { AnswerReason } from '../answer/types.ts';
import { questionKey } from './question-key.ts';

/**
 * Answers under this confidence are reviewed. Measured on 2026-12-04 over the 1,120 questions of
 * `test/fixtures/`: 51 of the 326 answers under 0.8 were wrong (16 %), 12 of the 351 at 0.8 or
 * more (3 %). Reviewing under 0.8 puts 81 % of the wrong answers in front of a person.
 */
export const REVIEW_CONFIDENCE_BELOW = 0.8;

/** Refusals that are not about the release: nothing the team could teach. */
const NOT_REVIEWED: ReadonlySet<string> = new Set<AnswerReason | 'rate_limited'>(['small_talk', 'medical_advice', 'empty', 'rate_limited']);

export type Surface = 'mention' | 'dm' | 'command';

/** One question as the store recorded it, with the feedback it received. */
export interface AskedQuestion {
  id: string;
  askedAt: Date;
  text: string;
  surface: Surface;
  channelType: string;
  channelId: string;
  /** Where a reply goes: the thread the question stands in, or the question itself; null for a slash command. */
  threadTs: string | null;
  userId: string;
  /** The asker is outside the organisation that runs the bot (Slack Connect, guest). */
  external: boolean;
  answered: boolean;
  reason: string;
  confidence: number;
  passageId: string | null;
  releaseId: string | null;
  /** The answer came from a question the team taught. */
  verified: boolean;
  notHelpful: number;
  flagged: boolean;
}

/** The team dealt with a question (taught, confirmed, ignored): asks before `resolvedAt` leave the queue. */
export interface Resolution {
  key: string;
  resolvedAt: Date;
}

export type ReviewCause = 'refused' | 'unsure' | 'not_helpful' | 'flagged';

export interface ReviewItem {
  key: string;
  /** The newest ask of the question: what the App Home shows and where a corrected answer goes. */
  latest: AskedQuestion;
  /** How many times it was asked since it was last reviewed. */
  count: number;
  notHelpful: number;
  causes: ReviewCause[];
}

/** Why a question needs a person, or none when it does not. */
export function causesOf(question: AskedQuestion): ReviewCause[] {
  if (NOT_REVIEWED.has(question.reason)) return [];
  const causes: ReviewCause[] = [];
  if (!question.answered && question.reason === 'not_in_release') causes.push('refused');
  if (question.answered && !question.verified && question.confidence < REVIEW_CONFIDENCE_BELOW) causes.push('unsure');
  if (question.notHelpful > 0) causes.push('not_helpful');
  if (question.flagged) causes.push('flagged');
  return causes;
}

/** The queue, newest first, one entry per question. */
export function buildReviewQueue(questions: readonly AskedQuestion[], resolutions: readonly Resolution[]): ReviewItem[] {
  const resolvedAt = new Map<string, number>();
  for (const { key, resolvedAt: at } of resolutions) resolvedAt.set(key, Math.max(resolvedAt.get(key) ?? 0, at.getTime()));
  const items = new Map<string, ReviewItem>();
  for (const question of questions) {
    const key = questionKey(question.text);
    if (key === '' || question.askedAt.getTime() <= (resolvedAt.get(key) ?? -Infinity)) continue;
    const causes = causesOf(question);
    const item = items.get(key);
    if (!item) {
      items.set(key, { key, latest: question, count: 1, notHelpful: question.notHelpful, causes });
      continue;
    }
    item.count += 1;
    item.notHelpful += question.notHelpful;
    for (const cause of causes) if (!item.causes.includes(cause)) item.causes.push(cause);
    if (question.askedAt > item.latest.askedAt) item.latest = question;
  }
  return [...items.values()].filter((item) => item.causes.length > 0).sort((a, b) => b.latest.askedAt.getTime() - a.latest.askedAt.getTime());
}
