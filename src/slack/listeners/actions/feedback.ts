import { wording } from '../../../answer/wording.fr.ts';
import { decodeFeedbackValue } from '../../../render/slack-actions.ts';
import type { SlackDeps } from '../../deps.ts';
import { handleClick, respondPrivately, type ButtonArgs } from './button.ts';

/**
 * 👍 / 👎 under an answer: one vote per person per answer, stored against the question (a
 * second click changes the vote), written to the log, and thanked privately. A vote that could
 * not be stored (the store failing, or a question it does not hold) is said to be so.
 */
export function recordFeedback(args: ButtonArgs, deps: SlackDeps, helpful: boolean): Promise<void> {
  return handleClick(args, deps, 'feedback', decodeFeedbackValue, async ({ value: ref, user }) => {
    const saved = await deps.delivery.recordFeedback({ questionId: ref.questionId, userId: user.id, helpful });
    deps.logger.info('feedback', {
      helpful,
      saved,
      user: user.id,
      questionId: ref.questionId,
      passageId: ref.passageId,
      releaseId: ref.releaseId,
      ...(deps.logger.isEnabled('debug') ? { question: ref.question } : {}),
    });
    await respondPrivately(args, saved ? wording.slack.feedbackThanks : wording.slack.feedbackNotSaved);
  });
}
