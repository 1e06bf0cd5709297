/**
 * What every listener needs, handed in explicitly so a test can call a listener with fakes
 * and no Bolt App.
 */
import type { webApi } from '@slack/bolt';
import type { Answerer } from '../answer/answerer.ts';
import type { Logger } from '../log.ts';
import type { RateLimiter } from './rate-limit.ts';

export interface SlackDeps {
  answerer: Answerer;
  logger: Logger;
  rateLimiter: RateLimiter;
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
