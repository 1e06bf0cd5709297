import type { App } from '@slack/bolt';
import type { SlackDeps } from '../../deps.ts';
import { answerCommand, COMMAND } from './communique.ts';

export function registerCommands(app: App, deps: SlackDeps): void {
  app.command(COMMAND, (args) => answerCommand(args, deps));
}
