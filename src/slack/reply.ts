/**
 * How an outcome becomes a Slack message, and how a message is posted: always with link
 * unfurls off.
 */
import { wording } from '../answer/wording.fr.ts';
import { renderNotice, renderSlackAnswer, type AnswerVariant, type SlackMessage } from '../render/slack.ts';
import type { AskOutcome } from './ask.ts';
import type { webApi } from '@slack/bolt';
import type { SlackClient } from './deps.ts';

/** The message to send for an outcome; undefined means stay silent. */
export function replyFor(outcome: AskOutcome, variant: AnswerVariant = { kind: 'message' }): SlackMessage | undefined {
  if (outcome.kind === 'answer') return renderSlackAnswer(outcome.answer, variant, outcome.questionId);
  return outcome.notify ? renderNotice(wording.slack.rateLimited) : undefined;
}

export interface Place {
  channel: string;
  /** Reply in this thread; undefined posts at the top of the conversation. */
  threadTs: string | undefined;
}

export async function postReply(client: SlackClient, place: Place, message: SlackMessage): Promise<void> {
  const args: webApi.ChatPostMessageArguments = {
    channel: place.channel,
    ...(place.threadTs !== undefined ? { thread_ts: place.threadTs } : {}),
    text: message.text,
    blocks: message.blocks,
    unfurl_links: false,
    unfurl_media: false,
  };
  await client.apiCall('chat.postMessage', withSerializedBlocks(args));
}

/** A message only `user` sees, in the conversation (and thread) of `place`. */
export async function postPrivately(client: SlackClient, place: Place, user: string, message: SlackMessage): Promise<void> {
  const args: webApi.ChatPostEphemeralArguments = {
    channel: place.channel,
    user,
    ...(place.threadTs !== undefined ? { thread_ts: place.threadTs } : {}),
    text: message.text,
    blocks: message.blocks,
  };
  await client.apiCall('chat.postEphemeral', withSerializedBlocks(args));
}

/**
 * The arguments with `blocks` replaced by a value whose JSON is the blocks. The Web API client
 * turns each argument that is not a string into JSON as it builds the request; before that, on
 * every call, it builds a debug line (even when debug is off) from a copy of the arguments, where
 * an array would be walked and copied, and a string escaped whole. This value has nothing of its
 * own to copy, so the blocks are serialised once, into the request.
 */
function withSerializedBlocks(args: { blocks?: readonly unknown[] }): Record<string, unknown> {
  return args.blocks === undefined ? { ...args } : { ...args, blocks: new BlocksJson(args.blocks) };
}

class BlocksJson {
  readonly #blocks: readonly unknown[];
  constructor(blocks: readonly unknown[]) {
    this.#blocks = blocks;
  }
  toJSON(): readonly unknown[] {
    return this.#blocks;
  }
}
