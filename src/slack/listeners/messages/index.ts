import type { App } from '@slack/bolt';
import type { SlackDeps } from '../../deps.ts';
import { answerDirectMessage } from './direct-message.ts';

export function registerMessages(app: App, deps: SlackDeps): void {
  app.event('message', (args) => answerDirectMessage(args, deps));
}
