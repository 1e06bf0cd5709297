/**
 * What every listener needs, handed in explicitly so a test can call a listener with fakes
 * and no Bolt App.
 */
import type { webApi } from '@slack/bolt';
import type { Answerer } from '../answer/answerer.ts';
import type { SlackConfig } from '../config.ts';
import type { Logger } from '../log.ts';
import type { Store } from '../store/store.ts';
import { Delivery } from './delivery.ts';
import { createChannelPins, type ChannelPins } from './pins.ts';
import type { ReviewWiring } from './review/wiring.ts';

export interface SlackDeps {
  answerer: Answerer;
  logger: Logger;
  delivery: Delivery;
  /** The communications team's review; null when the bot runs without one (tests of other surfaces). */
  review: ReviewWiring | null;
  /** The channels' pinned releases. */
  pins: ChannelPins;
}

/** The listeners' dependencies as `main.ts` makes them: the delivery state in `store`. */
export function createSlackDeps(
  config: Pick<SlackConfig, 'rateLimitPerMinute' | 'questionRetentionDays'>,
  answerer: Answerer,
  logger: Logger,
  store: Store,
  review: ReviewWiring | null = null,
): SlackDeps {
  const delivery = new Delivery(store, { logger, rateLimitPerMinute: config.rateLimitPerMinute, questionRetentionDays: config.questionRetentionDays });
  const pins = createChannelPins((operation, work, fallback) => delivery.withStore(operation, work, fallback));
  return { answerer, logger, delivery, review, pins };
}

/** The few Web API methods the listeners call; Bolt's `client` satisfies it. */
export interface SlackClient {
  /** Chat messages go through `apiCall`, with their blocks already serialised (see `reply.ts`). */
  apiCall(method: ChatMethod, options: Record<string, unknown>): Promise<unknown>;
  views: {
    publish(args: webApi.ViewsPublishArguments): Promise<unknown>;
  };
}

export type ChatMethod = 'chat.postMessage' | 'chat.postEphemeral';
