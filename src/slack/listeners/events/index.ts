import type { App } from '@slack/bolt';
import type { SlackDeps } from '../../deps.ts';
import { publishHome } from './app-home-opened.ts';
import { answerMention } from './app-mention.ts';

export function registerEvents(app: App, deps: SlackDeps): void {
  app.event('app_mention', (args) => answerMention(args, deps));
  app.event('app_home_opened', (args) => publishHome(args, deps));
}
