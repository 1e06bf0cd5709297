import type { RespondArguments, SlashCommand } from '@slack/bolt';
import { wording } from '../../../answer/wording.fr.ts';
import { renderNotice } from '../../../render/slack.ts';
import type { SlackDeps } from '../../deps.ts';
import { reloadWording as w } from '../../reload/wording.fr.ts';
import type { ReloadReport } from '../../reload/reloader.ts';

/** `/communique recharger`, whatever the case and spacing. */
export function isReloadCommand(text: string): boolean {
  return text.trim().toLowerCase() === w.command;
}

function reportText(report: ReloadReport): string {
  switch (report.kind) {
    case 'reloaded':
      return w.reloaded(report.releases, report.orphans);
    case 'unchanged':
      return w.unchanged(report.releases);
    case 'failed':
      return w.failed(report.problem ?? '', report.releases);
  }
}

/**
 * Reloads the releases for a member of the communications team, and tells them privately what
 * is in service now, or what stopped the reload. Anyone else gets a short refusal and nothing
 * is reloaded. Membership is checked on the server, as for every review action.
 */
export async function reloadCommand(
  { command, ack }: { command: SlashCommand; ack: (response?: RespondArguments) => Promise<void> },
  deps: SlackDeps,
): Promise<void> {
  const { review, reloader } = deps;
  let text: string;
  try {
    if (review === null || reloader === null || !(await review.review.isReviewer(command.user_id))) {
      deps.logger.warn('reload refused', { user: command.user_id });
      text = w.notAllowed;
    } else {
      text = reportText(await reloader.reload('command', command.user_id));
    }
  } catch (error) {
    deps.logger.error('listener failed', { surface: 'command', action: 'reload', error });
    text = wording.slack.error;
  }
  const message = renderNotice(text);
  await ack({ response_type: 'ephemeral', text: message.text, blocks: message.blocks });
}
