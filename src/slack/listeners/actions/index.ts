import type { App, BlockAction, ButtonAction } from '@slack/bolt';
import { ACTION_IDS, type ActionId } from '../../../render/slack-actions.ts';
import type { SlackDeps } from '../../deps.ts';
import type { ButtonArgs } from './button.ts';
import { recordFeedback } from './feedback.ts';
import { publishAnswer } from './publish-answer.ts';
import { showAlternatives } from './show-alternatives.ts';

const handlers: Record<ActionId, (args: ButtonArgs, deps: SlackDeps) => Promise<void>> = {
  [ACTION_IDS.publish]: publishAnswer,
  [ACTION_IDS.alternatives]: showAlternatives,
  [ACTION_IDS.helpful]: (args, deps) => recordFeedback(args, deps, true),
  [ACTION_IDS.notHelpful]: (args, deps) => recordFeedback(args, deps, false),
};

const isOurs = (id: string): id is ActionId => Object.hasOwn(handlers, id);

/**
 * One listener for every button, routed by `action_id`: Bolt runs each listener's middleware
 * for every incoming event, so four listeners would cost every mention three more chains.
 */
export function registerActions(app: App, deps: SlackDeps): void {
  app.action<BlockAction<ButtonAction>>(new RegExp(`^(?:${Object.values(ACTION_IDS).join('|')})$`), (args) => {
    const id = args.action.action_id;
    return isOurs(id) ? handlers[id](args, deps) : Promise.resolve();
  });
}
