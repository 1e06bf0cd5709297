/**
 * How an outcome becomes a Slack message, and how a message is posted: always with link
 * unfurls off.
 */
import { wording } from '../answer/wording.fr.ts';
import { renderNotice, renderSlackAnswer, type AnswerVariant, type SlackMessage } from '../render/slack.ts';
import type { AskOutcome } from './ask.ts';
import type { SlackClient } from './deps.ts';

/** The message to send for an outcome; undefined means stay silent. */
export function replyFor(outcome: AskOutcome, variant: AnswerVariant = { kind: 'message' }): SlackMessage | undefined {
  if (outcome.kind === 'answer') return renderSlackAnswer(outcome.answer, variant);
  return outcome.notify ? renderNotice(wording.slack.rateLimited) : undefined;
}

export interface Place {
  channel: string;
  /** Reply in this thread; undefined posts at the top of the conversation. */
  threadTs: string | undefined;
}

export async function postReply(client: SlackClient, place: Place, message: SlackMessage): Promise<void> {
  await client.chat.postMessage({
    channel: place.channel,
    ...(place.threadTs !== undefined ? { thread_ts: place.threadTs } : {}),
    text: message.text,
    blocks: message.blocks,
    unfurl_links: false,
    unfurl_media: false,
  });
}

/** A message only `user` sees, in the conversation (and thread) of `place`. */
export async function postPrivately(client: SlackClient, place: Place, user: string, message: SlackMessage): Promise<void> {
  await client.chat.postEphemeral({
    channel: place.channel,
    user,
    ...(place.threadTs !== undefined ? { thread_ts: place.threadTs } : {}),
    text: message.text,
    blocks: message.blocks,
  });
}
