import type { App } from '@slack/bolt';
import { ACTION_IDS } from '../../../render/slack-actions.ts';
import type { SlackDeps } from '../../deps.ts';
import { recordFeedback } from './feedback.ts';
import { publishAnswer } from './publish-answer.ts';
import { showAlternatives } from './show-alternatives.ts';

export function registerActions(app: App, deps: SlackDeps): void {
  app.action(ACTION_IDS.publish, (args) => publishAnswer(args, deps));
  app.action(ACTION_IDS.alternatives, (args) => showAlternatives(args, deps));
  app.action(ACTION_IDS.helpful, (args) => recordFeedback(args, deps, true));
  app.action(ACTION_IDS.notHelpful, (args) => recordFeedback(args, deps, false));
}
