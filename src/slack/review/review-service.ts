/**
 * What a review action does, apart from Slack: check the reviewer, claim the question once,
 * teach the store, swap the taught questions in, and say what to post. The listeners only turn
 * clicks into these calls and the results into Slack calls.
 */
import { randomUUID } from 'node:crypto';
import type { Answer } from '../../answer/types.ts';
import type { TaughtOutcome, TaughtQuestion } from '../../learning/taught-question.ts';
import type { Logger } from '../../log.ts';
import { taughtTarget } from '../../render/slack-review-actions.ts';
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
  store: Pick<Store, 'claim' | 'releaseClaim' | 'askedQuestion' | 'questionsSince' | 'resolveQuestion' | 'reviewsSince' | 'flagQuestion' | 'addTaughtQuestion' | 'taughtQuestions' | 'removeTaughtQuestion'>;
  team: CommsTeam;
  /** Swaps in the taught questions (this instance; the others see the store's version change). */
  replaceTaught(taught: readonly TaughtQuestion[]): void;
  /** The taught questions whose passage the knowledge in service lacks. */
  orphans(): readonly TaughtQuestion[];
  logger: Logger;
  now?: () => Date;
}

export type ReviewResult =
  /** Done; `reply`, when asked for, is the corrected answer to post where the question was asked. */
  | { kind: 'done'; reply: { question: AskedQuestion; answer: Answer } | null }
  | { kind: 'not_allowed' }
  | { kind: 'already_done' }
  | { kind: 'unknown_question' };

/**
 * The Answer a taught outcome gives to a question, as its asker may see it; null when its
 * passage is gone or quotes a release under embargo that the place it was asked may not see.
 */
export type AnswerTaught = (question: AskedQuestion, outcome: TaughtOutcome) => Answer | null;

export interface ReviewService {
  isReviewer(userId: string): Promise<boolean>;
  queue(): Promise<ReviewItem[]>;
  question(questionId: string): Promise<AskedQuestion | undefined>;
  /**
   * Teaches the question as `outcome` (a chosen passage, the bot's own answer, or a refusal);
   * with `replyWith`, the result carries the corrected answer it gives.
   */
  teach(reviewer: string, questionId: string, outcome: TaughtOutcome | 'as_answered', options: { replyWith: AnswerTaught | null }): Promise<ReviewResult>;
  /** A taught question that lost its passage, while it has none. */
  orphan(taughtId: string): TaughtQuestion | undefined;
  /** Teaches an orphaned question again as `outcome`, in place of the old teaching, which is removed. */
  reteach(reviewer: string, taughtId: string, outcome: TaughtOutcome): Promise<ReviewResult>;
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

  /**
   * The reviewer may act, `find` finds the subject, and nobody dealt with it yet (claimed under
   * `key`): then `work`. The claim is given back when `work` fails, so that the click can be made again.
   */
  async function once<Subject>(
    reviewer: string,
    key: string,
    action: string,
    find: () => Promise<Subject | undefined>,
    work: (subject: Subject) => Promise<ReviewResult>,
  ): Promise<ReviewResult> {
    if (!(await deps.team.isMember(reviewer))) {
      deps.logger.warn('review refused', { user: reviewer, action, target: key });
      return { kind: 'not_allowed' };
    }
    const subject = await find();
    if (subject === undefined) return { kind: 'unknown_question' };
    const claimedAt = now();
    const claim = { kind: 'review', key } as const;
    if (!(await deps.store.claim([{ ...claim, ttlMs: REVIEW_CLAIM_MS }], claimedAt))) return { kind: 'already_done' };
    let result: ReviewResult;
    try {
      result = await work(subject);
    } catch (error) {
      await deps.store.releaseClaim(claim, claimedAt).catch((releaseError: unknown) => deps.logger.error('review claim not given back', { target: key, error: releaseError }));
      throw error;
    }
    deps.logger.info('question reviewed', { user: reviewer, action, target: key });
    return result;
  }

  /** What "Bonne réponse" teaches: the passage the bot answered with; null when it answered none. */
  const answeredOutcome = (question: AskedQuestion): TaughtOutcome | null =>
    question.passageId && question.releaseId ? { kind: 'passage', passageId: question.passageId, releaseId: question.releaseId } : null;

  const orphan = (taughtId: string): TaughtQuestion | undefined => deps.orphans().find((question) => question.id === taughtId);

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
    teach(reviewer, questionId, chosen, { replyWith }) {
      // A question the bot did not answer cannot be confirmed as answered: it stays to review.
      const find = async (): Promise<AskedQuestion | undefined> => {
        const question = await asked(questionId);
        return question && (chosen !== 'as_answered' || answeredOutcome(question) !== null) ? question : undefined;
      };
      return once(reviewer, questionId, 'teach', find, async (question) => {
        const outcome = chosen === 'as_answered' ? answeredOutcome(question) : chosen;
        if (outcome === null) throw new Error(`question ${questionId} has no answered passage to confirm`);
        await taught.add([{ id: randomUUID(), question: question.text, outcome, taughtBy: reviewer, taughtAt: now().toISOString() }]);
        await resolve(question, reviewer, 'taught');
        await refreshTaught();
        const answer = replyWith ? replyWith(question, outcome) : null;
        return { kind: 'done', reply: answer ? { question, answer } : null };
      });
    },
    orphan,
    reteach(reviewer, taughtId, outcome) {
      // Claimed under the old teaching's id: two members (or instances) reviewing it teach it once.
      return once(reviewer, taughtTarget(taughtId), 'reteach', () => Promise.resolve(orphan(taughtId)), async (old) => {
        await taught.add([{ id: randomUUID(), question: old.question, outcome, taughtBy: reviewer, taughtAt: now().toISOString() }]);
        await taught.remove(old.id);
        await refreshTaught();
        return { kind: 'done', reply: null };
      });
    },
    ignore(reviewer, questionId) {
      return once(reviewer, questionId, 'ignore', () => asked(questionId), async (question) => {
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
