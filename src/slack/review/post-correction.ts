/**
 * A corrected answer, sent where the question was asked: in its thread for a mention, in the
 * conversation for a direct message, privately to the asker for a slash command (which left no
 * message to thread under; in a direct message from the bot when Slack refuses that, the asker
 * having left the channel). Marked as checked by the press office.
 */
import type { KnownBlock } from '@slack/types';
import type { Answer } from '../../answer/types.ts';
import { wording } from '../../answer/wording.fr.ts';
import { renderNotice, renderSlackAnswer } from '../../render/slack.ts';
import type { AskedQuestion } from '../../review/review-queue.ts';

export interface CorrectionClient {
  apiCall(method: 'chat.postMessage' | 'chat.postEphemeral', options: Record<string, unknown>): Promise<unknown>;
}

const VERIFIED: KnownBlock = { type: 'context', elements: [{ type: 'mrkdwn', text: `✅ *${wording.review.verifiedLine}*` }] };

export async function postCorrection(client: CorrectionClient, question: AskedQuestion, answer: Answer): Promise<void> {
  const message = answer.answered ? renderSlackAnswer(answer) : renderNotice(wording.review.correctedRefusal);
  const blocks = [VERIFIED, ...(message.blocks as KnownBlock[])];
  const text = `${wording.review.verifiedLine} : ${message.text}`;
  const common = { channel: question.channelId, text, blocks: JSON.stringify(blocks), unfurl_links: false, unfurl_media: false };
  if (question.surface === 'command') {
    try {
      await client.apiCall('chat.postEphemeral', { ...common, user: question.userId });
    } catch {
      // A user id as the channel: the bot's own conversation with the asker.
      await client.apiCall('chat.postMessage', { ...common, channel: question.userId });
    }
    return;
  }
  await client.apiCall('chat.postMessage', { ...common, ...(question.threadTs ? { thread_ts: question.threadTs } : {}) });
}
