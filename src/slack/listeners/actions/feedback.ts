import { wording } from '../../../answer/wording.fr.ts';
import { decodeFeedbackValue } from '../../../render/slack-actions.ts';
import type { SlackDeps } from '../../deps.ts';
import { handleClick, respondPrivately, type ButtonArgs } from './button.ts';

/** 👍 / 👎 under an answer: written to the log, and thanked privately. */
export function recordFeedback(args: ButtonArgs, deps: SlackDeps, helpful: boolean): Promise<void> {
  return handleClick(args, deps, 'feedback', decodeFeedbackValue, async ({ value: ref, user }) => {
    deps.logger.info('feedback', {
      helpful,
      user: user.id,
      passageId: ref.passageId,
      releaseId: ref.releaseId,
      ...(deps.logger.isEnabled('debug') ? { question: ref.question } : {}),
    });
    await respondPrivately(args, wording.slack.feedbackThanks);
  });
}
