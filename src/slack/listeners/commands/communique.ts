import type { RespondArguments, SlashCommand } from '@slack/bolt';
import { wording } from '../../../answer/wording.fr.ts';
import { renderNotice, renderSlashHelp, type SlackMessage } from '../../../render/slack.ts';
import { ask, type Asked } from '../../ask.ts';
import { contextOf } from '../../ask-context.ts';
import type { SlackDeps } from '../../deps.ts';
import { channelTypeOf } from '../../payloads.ts';
import { replyFor } from '../../reply.ts';
import { pinCommandReply } from './pin-channel.ts';
import { isReloadCommand, reloadCommand } from './reload.ts';
import { subcommandOf } from './subcommands.ts';

export const COMMAND = '/communique';

/**
 * `/communique <question>`: the answer is ephemeral, for the asker alone, with a button that
 * publishes it. No text: the help. `épingler` / `désépingler`: the channel's pin
 * (`pin-channel.ts`); `recharger`: the releases reloaded (`reload.ts`). The command is
 * acknowledged exactly once, with the reply (Slack wants it within 3 seconds).
 */
export async function answerCommand(
  { command, ack }: { command: SlashCommand; ack: (response?: RespondArguments) => Promise<void> },
  deps: SlackDeps,
): Promise<void> {
  if (isReloadCommand(command.text)) return reloadCommand({ command, ack }, deps);
  const { message, asked } = await commandReply(command, deps);
  try {
    if (message === undefined) await ack();
    else await ack({ response_type: 'ephemeral', text: message.text, blocks: message.blocks });
  } finally {
    await asked?.record();
  }
}

/** What the command's 3 seconds can spare for the team check (it may page through a channel's members). */
const REVIEWER_CHECK_MS = 500;

/** Whether the asker is of the communications team, who get "À revoir" on their private answers; no when the check is late. */
async function isReviewerSoon(deps: SlackDeps, userId: string): Promise<boolean> {
  if (!deps.review) return false;
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<boolean>((resolve) => {
    timer = setTimeout(() => resolve(false), REVIEWER_CHECK_MS);
  });
  try {
    return await Promise.race([deps.review.review.isReviewer(userId), late]);
  } finally {
    clearTimeout(timer);
  }
}

async function commandReply(command: SlashCommand, deps: SlackDeps): Promise<{ message: SlackMessage | undefined; asked?: Asked }> {
  try {
    const subcommand = subcommandOf(command.text);
    if (subcommand !== null) return { message: await pinCommandReply(subcommand, command, deps) };
    // The private answer: only the asker reads it. The payload's `team_id` is the workspace the command was typed in, not the asker's: `users.info` says whose they are.
    const context = await contextOf({ userId: command.user_id, channelId: command.channel_id, private: true }, deps);
    if (command.text.trim() === '') return { message: renderSlashHelp(command.command, deps.answerer.visibleTo(context).examples) };
    const asked = await ask(
      {
        surface: 'command',
        userId: command.user_id,
        channelId: command.channel_id,
        channelType: channelTypeOf(command.channel_id, undefined),
        threadTs: null,
        text: command.text,
        context,
      },
      deps,
    );
    return { message: replyFor(asked.outcome, { kind: 'ephemeral', reviewer: await isReviewerSoon(deps, command.user_id) }), asked };
  } catch (error) {
    deps.logger.error('listener failed', { surface: 'command', channel: command.channel_id, error });
    return { message: renderNotice(wording.slack.error) };
  }
}
