import type { types } from '@slack/bolt';
import { renderHomeView } from '../../../render/slack-home.ts';
import type { SlackClient, SlackDeps } from '../../deps.ts';
import { homePins } from '../../pins.ts';
import { publishReviewHome, type HomeClient } from '../../review/review-home.ts';

/** The App Home tab: the releases the bot knows and their status, the pinned channels, how to ask, example questions. */
export async function publishHome(
  { event, client }: { event: types.AppHomeOpenedEvent; client: SlackClient },
  deps: SlackDeps,
): Promise<void> {
  if (event.tab !== 'home') return;
  if (deps.review) return publishReviewHome(client as unknown as HomeClient, event.user, deps.review);
  const pins = homePins(await deps.pins.list(), deps.answerer.releases);
  await client.views.publish({
    user_id: event.user,
    view: renderHomeView(deps.answerer.releases, deps.answerer.examples, { pins, now: deps.delivery.now() }),
  });
}
