import type { types } from '@slack/bolt';
import { renderHomeView } from '../../../render/slack-home.ts';
import type { SlackClient, SlackDeps } from '../../deps.ts';
import { contextOf } from '../../ask-context.ts';
import { homePins } from '../../pins.ts';
import { publishReviewHome, type HomeClient } from '../../review/review-home.ts';

/**
 * The App Home tab: the releases the bot knows, newest first, with their status, the pinned
 * channels, how to ask, example questions. Only its viewer reads it: a release under embargo is
 * listed to a colleague ("Sous embargo jusqu'au …"), to an outsider once its embargo is over.
 */
export async function publishHome(
  { event, client }: { event: types.AppHomeOpenedEvent; client: SlackClient },
  deps: SlackDeps,
): Promise<void> {
  if (event.tab !== 'home') return;
  const viewer = await contextOf({ userId: event.user, channelId: undefined, private: true }, deps);
  if (deps.review) return publishReviewHome(client as unknown as HomeClient, event.user, deps.review, { viewer });
  const { releases, examples } = deps.answerer.visibleTo(viewer);
  const pins = homePins(await deps.pins.list(), releases);
  await client.views.publish({
    user_id: event.user,
    view: renderHomeView(releases, examples, { pins, now: viewer.now }),
  });
}
