/**
 * `/communique épingler` and `/communique désépingler`, for the communications team (the review's
 * members: `COMMS_USERS`, or members of `COMMS_CHANNEL`); anyone else gets a short refusal. The
 * picker's choice arrives as an action (`listeners/actions/pin-release.ts`).
 */
import type { SlashCommand } from '@slack/bolt';
import { wording } from '../../../answer/wording.fr.ts';
import { renderNotice, type SlackMessage } from '../../../render/slack.ts';
import { renderPinPicker } from '../../../render/slack-pins.ts';
import type { SlackDeps } from '../../deps.ts';
import type { Subcommand } from './subcommands.ts';

/** Whether the user may pin: a member of the communications team; nobody when the bot runs without a review. */
export async function isCommsMember(userId: string, deps: Pick<SlackDeps, 'review'>): Promise<boolean> {
  return deps.review ? deps.review.review.isReviewer(userId) : false;
}

/** The private reply to a pin subcommand. */
export async function pinCommandReply(subcommand: Subcommand, command: Pick<SlashCommand, 'user_id' | 'channel_id'>, deps: SlackDeps): Promise<SlackMessage> {
  if (!(await isCommsMember(command.user_id, deps))) {
    deps.logger.info('pin refused: not a member of the communications team', { user: command.user_id, channel: command.channel_id, subcommand });
    return renderNotice(wording.pins.notAllowed);
  }
  if (subcommand === 'pin') return renderPinPicker(deps.answerer.releases, await deps.pins.pinnedRelease(command.channel_id));
  const removed = await deps.pins.unpin(command.channel_id);
  if (removed === null) return renderNotice(wording.pins.notSaved);
  deps.logger.info(removed ? 'channel unpinned' : 'channel was not pinned', { user: command.user_id, channel: command.channel_id });
  return renderNotice(removed ? wording.pins.unpinned : wording.pins.notPinned);
}
