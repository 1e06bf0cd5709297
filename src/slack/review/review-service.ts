/**
 * What a review action does, apart from Slack: check the reviewer, claim the question once,
 * teach the store, swap the taught questions in, and say what to post. The listeners only turn
 * clicks into these calls and the results into Slack calls.
 */
import { randomUUID } from 'node:crypto';
import type { Answer } from '../../answer/types.ts';
import type { TaughtOutcome, TaughtQuestion } from '../../learning/taught-question.ts';
import type { Logger } from '../../log.ts';
import { questionKey } from '../../review/question-key.ts';
import { buildReviewQueue, type AskedQuestion, type ReviewItem } from '../../review/review-queue.ts';
import type { Store } from '../../store/store.ts';
import { taughtRepository } from '../../store/taught-repository.ts';
import type { CommsTeam } from '../comms-team.ts';

/** How far back the queue looks: older questions are purged soon after anyway. */
export const REVIEW_WINDOW_DAYS = 30;
/** A reviewed question stays claimed this long, so a replayed or stale click does nothing twice. */
const REVIEW_CLAIM_MS = 90 * 24 * 3600 * 1000;

export interface ReviewDeps {
  store: Pick<Store, 'claim' | 'askedQuestion' | 'questionsSince' | 'resolveQuestion' | 'reviewsSince' | 'flagQuestion' | 'addTaughtQuestion' | 'taughtQuestions' | 'removeTaughtQuestion'>;
  team: CommsTeam;
  /** Swaps in the taught questions (this instance; the others see the store's version change). */
  replaceTaught(taught: readonly TaughtQuestion[]): void;
  /**
   * The Answer a taught outcome gives to a question, as its asker may see it; null when its
   * passage is gone or quotes a release under embargo that the place it was asked may not see.
   */
  answerTaught(question: AskedQuestion, outcome: TaughtOutcome): Answer | null;
  logger: Logger;
  now?: () => Date;
}

export type ReviewResult =
  /** Done; `reply`, when asked for, is the corrected answer to post where the question was asked. */
  | { kind: 'done'; reply: { question: AskedQuestion; answer: Answer } | null }
  | { kind: 'not_allowed' }
  | { kind: 'already_done' }
  | { kind: 'unknown_question' };

export interface ReviewService {
  isReviewer(userId: string): Promise<boolean>;
  queue(): Promise<ReviewItem[]>;
  question(questionId: string): Promise<AskedQuestion | undefined>;
  /** Teaches the question as `outcome` (a chosen passage, the bot's own answer, or a refusal). */
  teach(reviewer: string, questionId: string, outcome: TaughtOutcome | 'as_answered', options: { reply: boolean }): Promise<ReviewResult>;
  ignore(reviewer: string, questionId: string): Promise<ReviewResult>;
  flag(reviewer: string, questionId: string): Promise<ReviewResult>;
  removeTaught(reviewer: string, taughtId: string): Promise<ReviewResult>;
  /** Taught questions, newest first. */
  taught(): Promise<TaughtQuestion[]>;
}

export function createReviewService(deps: ReviewDeps): ReviewService {
  const now = deps.now ?? (() => new Date());
  const taught = taughtRepository(deps.store, now);

  const asked = (questionId: string): Promise<AskedQuestion | undefined> => deps.store.askedQuestion(questionId);

  /** The reviewer may act, the question exists, and nobody dealt with it yet: then `work`. */
  async function once(reviewer: string, questionId: string, action: string, work: (question: AskedQuestion) => Promise<ReviewResult>): Promise<ReviewResult> {
    if (!(await deps.team.isMember(reviewer))) {
      deps.logger.warn('review refused', { user: reviewer, action, questionId });
      return { kind: 'not_allowed' };
    }
    const question = await asked(questionId);
    if (!question) return { kind: 'unknown_question' };
    const claimed = await deps.store.claim([{ kind: 'review', key: questionId, ttlMs: REVIEW_CLAIM_MS }], now());
    if (!claimed) return { kind: 'already_done' };
    const result = await work(question);
    deps.logger.info('question reviewed', { user: reviewer, action, questionId });
    return result;
  }

  async function resolve(question: AskedQuestion, by: string, outcome: 'taught' | 'ignored'): Promise<void> {
    await deps.store.resolveQuestion({ key: questionKey(question.text), resolvedAt: now(), questionId: question.id, by, outcome });
  }

  async function refreshTaught(): Promise<void> {
    deps.replaceTaught(await taught.list());
  }

  return {
    isReviewer: (userId) => deps.team.isMember(userId),
    question: asked,
    async queue() {
      const since = new Date(now().getTime() - REVIEW_WINDOW_DAYS * 24 * 3600 * 1000);
      const [questions, resolutions] = await Promise.all([deps.store.questionsSince(since), deps.store.reviewsSince(since)]);
      return buildReviewQueue(questions, resolutions);
    },
    teach(reviewer, questionId, chosen, options) {
      return once(reviewer, questionId, 'teach', async (question) => {
        const outcome: TaughtOutcome | null =
          chosen !== 'as_answered' ? chosen : question.passageId && question.releaseId ? { kind: 'passage', passageId: question.passageId, releaseId: question.releaseId } : null;
        if (outcome === null) return { kind: 'unknown_question' };
        await taught.add([{ id: randomUUID(), question: question.text, outcome, taughtBy: reviewer, taughtAt: now().toISOString() }]);
        await resolve(question, reviewer, 'taught');
        await refreshTaught();
        const answer = options.reply ? deps.answerTaught(question, outcome) : null;
        return { kind: 'done', reply: answer ? { question, answer } : null };
      });
    },
    ignore(reviewer, questionId) {
      return once(reviewer, questionId, 'ignore', async (question) => {
        await resolve(question, reviewer, 'ignored');
        return { kind: 'done', reply: null };
      });
    },
    async flag(reviewer, questionId) {
      if (!(await deps.team.isMember(reviewer))) return { kind: 'not_allowed' };
      const flagged = await deps.store.flagQuestion({ questionId, flaggedBy: reviewer, reason: 'review', at: now() });
      return flagged ? { kind: 'done', reply: null } : { kind: 'unknown_question' };
    },
    async removeTaught(reviewer, taughtId) {
      if (!(await deps.team.isMember(reviewer))) {
        deps.logger.warn('review refused', { user: reviewer, action: 'remove_taught', taughtId });
        return { kind: 'not_allowed' };
      }
      const removed = await taught.remove(taughtId);
      if (!removed) return { kind: 'already_done' };
      await refreshTaught();
      deps.logger.info('taught question removed', { user: reviewer, taughtId });
      return { kind: 'done', reply: null };
    },
    async taught() {
      return (await taught.list()).reverse();
    },
  };
}
