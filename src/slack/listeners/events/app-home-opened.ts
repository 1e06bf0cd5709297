import type { types } from '@slack/bolt';
import { renderHomeView } from '../../../render/slack-home.ts';
import type { SlackClient, SlackDeps } from '../../deps.ts';
import { publicKnowledge } from '../../ask-context.ts';
import { homePins } from '../../pins.ts';
import { publishReviewHome, type HomeClient } from '../../review/review-home.ts';

/**
 * The App Home tab: the releases the bot knows, newest first, the pinned channels, how to ask,
 * example questions. It lists what anyone may read now: a release under embargo appears once
 * its embargo is over.
 */
export async function publishHome(
  { event, client }: { event: types.AppHomeOpenedEvent; client: SlackClient },
  deps: SlackDeps,
): Promise<void> {
  if (event.tab !== 'home') return;
  if (deps.review) return publishReviewHome(client as unknown as HomeClient, event.user, deps.review);
  const [releases, examples] = publicKnowledge(deps);
  const pins = homePins(await deps.pins.list(), releases);
  await client.views.publish({
    user_id: event.user,
    view: renderHomeView(releases, examples, { pins, now: deps.clock() }),
  });
}
