import type { types } from '@slack/bolt';
import { wording } from '../../../answer/wording.fr.ts';
import { renderNotice } from '../../../render/slack.ts';
import { withApology } from '../../apologize.ts';
import { askEvent, type RetryContext } from '../../ask.ts';
import { contextOf } from '../../ask-context.ts';
import { eventDelivery } from '../../dedupe.ts';
import type { SlackClient, SlackDeps } from '../../deps.ts';
import { channelTypeOf, readEnvelope } from '../../payloads.ts';
import { postPrivately, postReply, replyFor, type Place } from '../../reply.ts';

/**
 * A mention in a channel: the answer goes in a thread under the question, or in the thread
 * where it was asked. Bots (this one included) and edited messages are ignored. Past the rate
 * limit the notice is shown only to the asker.
 */
export async function answerMention(
  { event, body, context, client }: { event: types.AppMentionEvent; body: unknown; context?: RetryContext; client: SlackClient },
  deps: SlackDeps,
): Promise<void> {
  const user = event.user;
  if (event.bot_id !== undefined || event.subtype !== undefined || user === undefined) return;
  const place: Place = { channel: event.channel, threadTs: event.thread_ts ?? event.ts };
  const envelope = readEnvelope(body);
  const channelType = channelTypeOf(event.channel, undefined, envelope.sharedChannel);
  await withApology(
    async () => {
      const questionContext = await contextOf({ userId: user, channelId: event.channel, private: false, payloadTeam: envelope.askerTeam, sharedChannel: envelope.sharedChannel }, deps);
      const asked = await askEvent(
        { surface: 'mention', userId: user, channelId: event.channel, channelType, threadTs: place.threadTs ?? null, text: event.text, context: questionContext },
        eventDelivery(envelope, context ?? {}),
        deps,
      );
      if (asked === null) return;
      const { outcome, record } = asked;
      try {
        const reply = replyFor(outcome);
        if (reply === undefined) return;
        if (outcome.kind === 'rate_limited') await postPrivately(client, place, user, reply);
        else await postReply(client, place, reply);
      } finally {
        await record();
      }
    },
    () => postReply(client, place, renderNotice(wording.slack.error)),
    deps.logger,
    { surface: 'mention', channel: event.channel },
  );
}
