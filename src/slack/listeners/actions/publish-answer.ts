import { wording } from '../../../answer/wording.fr.ts';
import { renderNotice, renderSlackAnswer } from '../../../render/slack.ts';
import { decodeQuestionValue } from '../../../render/slack-actions.ts';
import type { SlackDeps } from '../../deps.ts';
import { handleClick, type ButtonArgs } from './button.ts';

/**
 * "Publier dans le canal" under a slash command's private answer: the same answer, posted for
 * everyone through the response URL (which works even where the bot is not a member), then
 * the private copy is replaced by a confirmation so it is not published twice.
 */
export function publishAnswer(args: ButtonArgs, deps: SlackDeps): Promise<void> {
  return handleClick(args, deps, 'publish', decodeQuestionValue, async ({ value: question, user }) => {
    const answer = deps.answerer.answer(question);
    await args.respond({
      response_type: 'in_channel',
      replace_original: false,
      ...renderSlackAnswer(answer, { kind: 'published', askedBy: user.name }),
      unfurl_links: false,
      unfurl_media: false,
    });
    await args.respond({ response_type: 'ephemeral', replace_original: true, ...renderNotice(wording.slack.published) });
    deps.logger.info('answer published', { user: user.id, passageId: answer.passageId, releaseId: answer.release?.id ?? null });
  });
}
