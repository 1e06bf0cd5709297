import { wording } from '../../../answer/wording.fr.ts';
import { renderNotice, renderSlackAnswer } from '../../../render/slack.ts';
import { decodePublishValue } from '../../../render/slack-actions.ts';
import { contextOfClick } from '../../ask-context.ts';
import type { SlackDeps } from '../../deps.ts';
import { handleClick, respondPrivately, type ButtonArgs } from './button.ts';

/**
 * "Publier dans le canal" under a slash command's private answer: the same answer, posted for
 * everyone through the response URL (which works even where the bot is not a member), then
 * the private copy is replaced by a confirmation. The publication is claimed in the store
 * first, once per private answer: a double click, a replayed request or a click on another
 * instance gets "Déjà publiée" instead. If posting fails after the claim, the answer stays
 * unpublished (the clicker gets the apology and can ask again): never twice.
 */
export function publishAnswer(args: ButtonArgs, deps: SlackDeps): Promise<void> {
  return handleClick(args, deps, 'publish', decodePublishValue, async ({ value: { questionId, question }, user }) => {
    if (!(await deps.delivery.claimPublication(questionId))) {
      deps.logger.info('publication refused: already published', { user: user.id, questionId });
      await respondPrivately(args, wording.slack.alreadyPublished);
      return;
    }
    // Answered again where it is published: the channel's pin counts as it did for the private answer.
    const answer = deps.answerer.answer(question, await contextOfClick(args.body, deps));
    await args.respond({
      response_type: 'in_channel',
      replace_original: false,
      ...renderSlackAnswer(answer, { kind: 'published', askedBy: user.name }, questionId),
      unfurl_links: false,
      unfurl_media: false,
    });
    await args.respond({ response_type: 'ephemeral', replace_original: true, ...renderNotice(wording.slack.published) });
    deps.logger.info('answer published', { user: user.id, questionId, passageId: answer.passageId, releaseId: answer.release?.id ?? null });
  });
}
