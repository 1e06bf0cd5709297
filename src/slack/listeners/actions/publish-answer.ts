import { wording } from '../../../answer/wording.fr.ts';
import { renderNotice, renderSlackAnswer } from '../../../render/slack.ts';
import { decodePublishValue } from '../../../render/slack-actions.ts';
import { channelExposed, clickContext } from '../../ask-context.ts';
import type { SlackDeps } from '../../deps.ts';
import { readActionPlace } from '../../payloads.ts';
import { handleClick, respondPrivately, type ButtonArgs } from './button.ts';

/**
 * "Publier dans le canal" under a slash command's private answer: the same answer, posted for
 * everyone through the response URL (which works even where the bot is not a member), then
 * the private copy is replaced by a confirmation. The publication is claimed in the store
 * first, once per private answer: a double click, a replayed request or a click on another
 * instance gets "Déjà publiée" instead. If posting fails after the claim, the answer stays
 * unpublished (the clicker gets the apology and can ask again): never twice. An answer quoting
 * a release under embargo is not published where outsiders can read (or where Slack cannot
 * say they cannot): the clicker is told why, and may publish once the embargo is over.
 */
export function publishAnswer(args: ButtonArgs, deps: SlackDeps): Promise<void> {
  return handleClick(args, deps, 'publish', decodePublishValue, async ({ value: { questionId, question }, user }) => {
    const where = readActionPlace(args.body);
    // Answered as the clicker's private copy was: what may be published is checked against it.
    const context = await clickContext(args.body, user.id, deps);
    const answer = deps.answerer.answer(question, context);
    if (answer.embargo && (await channelExposed(where.channelId, deps))) {
      deps.logger.info('publication refused: embargo', { user: user.id, questionId, releaseId: answer.release?.id ?? null, channel: where.channelId ?? null });
      await respondPrivately(args, wording.slack.embargoedNotPublished(answer.embargo.label));
      return;
    }
    if (!(await deps.delivery.claimPublication(questionId))) {
      deps.logger.info('publication refused: already published', { user: user.id, questionId });
      await respondPrivately(args, wording.slack.alreadyPublished);
      return;
    }
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
