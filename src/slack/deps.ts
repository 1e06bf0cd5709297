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
import { SlackDirectory } from './directory.ts';
import { createChannelPins, type ChannelPins } from './pins.ts';
import type { Reloader } from './reload/reloader.ts';
import type { ReviewWiring } from './review/wiring.ts';

export interface SlackDeps {
  answerer: Answerer;
  logger: Logger;
  delivery: Delivery;
  /** The communications team's review; null when the bot runs without one (tests of other surfaces). */
  review: ReviewWiring | null;
  /** Reloads the releases while the bot runs; null when the knowledge is fixed (tests of other surfaces). */
  reloader: Reloader | null;
  /** Who is outside the organisation, which channels outsiders read: what Slack says, kept a few minutes. */
  directory: SlackDirectory;
  /** The instant of a question: embargoes are read against it. */
  clock: () => Date;
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
  reloader: Reloader | null = null,
  edge: Partial<Pick<SlackDeps, 'directory' | 'clock'>> = {},
): SlackDeps {
  const delivery = new Delivery(store, { logger, rateLimitPerMinute: config.rateLimitPerMinute, questionRetentionDays: config.questionRetentionDays });
  const directory = edge.directory ?? new SlackDirectory({ onFailure: (method, reason) => logger.warn('slack could not tell: treated as outside', { method, reason }) });
  const pins = createChannelPins((operation, work, fallback) => delivery.withStore(operation, work, fallback));
  return { answerer, logger, delivery, review, reloader, directory, clock: edge.clock ?? (() => new Date()), pins };
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
