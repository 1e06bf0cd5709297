import type { App, BlockAction, ButtonAction, ViewSubmitAction } from '@slack/bolt';
import { ACTION_IDS, type ActionId } from '../../../render/slack-actions.ts';
import type { SlackDeps } from '../../deps.ts';
import { REVIEW_VIEW } from '../../../render/slack-review-actions.ts';
import { handleReviewAction, REVIEW_ACTION_IDS, type ReviewActionArgs } from '../../review/review-actions.ts';
import { handlePassageOptions } from '../../review/passage-options.ts';
import { handlePassageSubmission } from '../../review/passage-submission.ts';
import type { ButtonArgs } from './button.ts';
import { recordFeedback } from './feedback.ts';
import { showOtherRelease } from './other-release.ts';
import { pinRelease } from './pin-release.ts';
import { publishAnswer } from './publish-answer.ts';
import { showAlternatives } from './show-alternatives.ts';

const handlers: Record<ActionId, (args: ButtonArgs, deps: SlackDeps) => Promise<void>> = {
  [ACTION_IDS.publish]: publishAnswer,
  [ACTION_IDS.alternatives]: showAlternatives,
  [ACTION_IDS.helpful]: (args, deps) => recordFeedback(args, deps, true),
  [ACTION_IDS.notHelpful]: (args, deps) => recordFeedback(args, deps, false),
  [ACTION_IDS.otherRelease]: showOtherRelease,
  // The release menu of `/communique épingler`: a select, routed with the buttons.
  [ACTION_IDS.pinRelease]: pinRelease,
};

const isOurs = (id: string): id is ActionId => Object.hasOwn(handlers, id);

/**
 * One listener for every button, routed by `action_id`: Bolt runs each listener's middleware
 * for every incoming event, so four listeners would cost every mention three more chains.
 */
export function registerActions(app: App, deps: SlackDeps): void {
  const ids = [...Object.values(ACTION_IDS), ...REVIEW_ACTION_IDS];
  app.action<BlockAction<ButtonAction>>(new RegExp(`^(?:${ids.join('|')})$`), (args) => {
    const id = args.action.action_id;
    if (isOurs(id)) return handlers[id](args, deps);
    // A review button when the bot runs without a review: acknowledged, and nothing else.
    if (!deps.review) return args.ack();
    return handleReviewAction(id, args as unknown as ReviewActionArgs, deps.review);
  });
  app.view<ViewSubmitAction>({ callback_id: REVIEW_VIEW.callbackId, type: 'view_submission' }, async (args) => {
    if (!deps.review) return args.ack();
    return handlePassageSubmission({ ack: (response) => args.ack(response), body: args.body, client: args.client as unknown as ReviewActionArgs['client'] }, deps.review);
  });
  app.options<'block_suggestion'>({ type: 'block_suggestion', action_id: REVIEW_VIEW.passageAction }, async (args) => {
    if (!deps.review) return args.ack({ options: [] });
    return handlePassageOptions({ ack: (response) => args.ack(response), body: args.body }, deps.review);
  });
}
