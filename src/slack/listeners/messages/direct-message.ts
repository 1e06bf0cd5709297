import type { types } from '@slack/bolt';
import { wording } from '../../../answer/wording.fr.ts';
import { renderNotice } from '../../../render/slack.ts';
import { withApology } from '../../apologize.ts';
import { askEvent, type RetryContext } from '../../ask.ts';
import { contextOf } from '../../ask-context.ts';
import { eventDelivery } from '../../dedupe.ts';
import type { SlackClient, SlackDeps } from '../../deps.ts';
import { channelTypeOf, readEnvelope } from '../../payloads.ts';
import { postReply, replyFor, type Place } from '../../reply.ts';

/**
 * A direct message to the bot: the answer goes in the conversation (in the thread, if the
 * message was in one). Edits, deletions, bot messages and messages outside DMs are ignored;
 * channel messages reach the bot as mentions instead.
 */
export async function answerDirectMessage(
  { event, body, context, client }: { event: types.MessageEvent; body?: unknown; context?: RetryContext; client: SlackClient },
  deps: SlackDeps,
): Promise<void> {
  if (event.subtype !== undefined || event.channel_type !== 'im') return;
  const user = event.user;
  if (event.bot_id !== undefined || user === undefined) return;
  const place: Place = { channel: event.channel, threadTs: event.thread_ts };
  await withApology(
    async () => {
      const channelType = channelTypeOf(event.channel, event.channel_type);
      const envelope = readEnvelope(body);
      const questionContext = await contextOf({ userId: user, channelId: event.channel, private: true, payloadTeam: envelope.askerTeam }, deps);
      const asked = await askEvent(
        { surface: 'dm', userId: user, channelId: event.channel, channelType, threadTs: place.threadTs ?? null, text: event.text ?? '', context: questionContext },
        eventDelivery(envelope, context ?? {}),
        deps,
      );
      if (asked === null) return;
      const { outcome, record } = asked;
      try {
        const reply = replyFor(outcome);
        if (reply !== undefined) await postReply(client, place, reply);
      } finally {
        await record();
      }
    },
    () => postReply(client, place, renderNotice(wording.slack.error)),
    deps.logger,
    { surface: 'dm', channel: event.channel },
  );
}
