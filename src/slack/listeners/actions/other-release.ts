import { renderSlackAnswer } from '../../../render/slack.ts';
import { decodeOtherReleaseValue } from '../../../render/slack-actions.ts';
import { clickContext } from '../../ask-context.ts';
import type { SlackDeps } from '../../deps.ts';
import { handleClick, type ButtonArgs } from './button.ts';

/**
 * "Voir la réponse de l'autre communiqué", under an answer that another release gives about as
 * surely: the question answered from that release alone, shown only to whoever clicked.
 */
export function showOtherRelease(args: ButtonArgs, deps: SlackDeps): Promise<void> {
  return handleClick(args, deps, 'other release', decodeOtherReleaseValue, async ({ value: { releaseId, question }, user }) => {
    // Shown to the clicker alone: a release under embargo is shown only if they may see it.
    const answer = deps.answerer.answerFrom(releaseId, question, await clickContext(args.body, user.id, deps));
    await args.respond({ response_type: 'ephemeral', replace_original: false, ...renderSlackAnswer(answer, { kind: 'other' }) });
    deps.logger.info('other release shown', { user: user.id, releaseId, answered: answer.answered, passageId: answer.passageId });
  });
}
