import type { RespondArguments, SlashCommand } from '@slack/bolt';
import { wording } from '../../../answer/wording.fr.ts';
import { renderNotice, renderSlashHelp, type SlackMessage } from '../../../render/slack.ts';
import { ask, type Asked } from '../../ask.ts';
import type { SlackDeps } from '../../deps.ts';
import { channelTypeOf } from '../../payloads.ts';
import { replyFor } from '../../reply.ts';
import { pinCommandReply } from './pin-channel.ts';
import { subcommandOf } from './subcommands.ts';

export const COMMAND = '/communique';

/**
 * `/communique <question>`: the answer is ephemeral, for the asker alone, with a button that
 * publishes it. No text: the help. `épingler` / `désépingler`: the channel's pin (`pin-channel.ts`). The command is acknowledged exactly once, with the reply
 * (Slack wants it within 3 seconds; answering is synchronous and fast).
 */
export async function answerCommand(
  { command, ack }: { command: SlashCommand; ack: (response?: RespondArguments) => Promise<void> },
  deps: SlackDeps,
): Promise<void> {
  const { message, asked } = await commandReply(command, deps);
  try {
    if (message === undefined) await ack();
    else await ack({ response_type: 'ephemeral', text: message.text, blocks: message.blocks });
  } finally {
    await asked?.record();
  }
}

async function commandReply(command: SlashCommand, deps: SlackDeps): Promise<{ message: SlackMessage | undefined; asked?: Asked }> {
  if (command.text.trim() === '') return { message: renderSlashHelp(command.command, deps.answerer.examples) };
  try {
    const subcommand = subcommandOf(command.text);
    if (subcommand !== null) return { message: await pinCommandReply(subcommand, command, deps) };
    const asked = await ask(
      {
        surface: 'command',
        userId: command.user_id,
        channelId: command.channel_id,
        channelType: channelTypeOf(command.channel_id, undefined),
        threadTs: null,
        text: command.text,
        // A slash command's payload does not name the asker's organisation.
        external: false,
      },
      deps,
    );
    return { message: replyFor(asked.outcome, { kind: 'ephemeral' }), asked };
  } catch (error) {
    deps.logger.error('listener failed', { surface: 'command', channel: command.channel_id, error });
    return { message: renderNotice(wording.slack.error) };
  }
}
