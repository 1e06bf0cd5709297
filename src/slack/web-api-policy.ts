/**
 * How the Web API client retries, and what it must never retry. `chat.postMessage` has no
 * idempotency key: a call that timed out, or whose connection broke after the request went out,
 * may have been posted, and sending it again can post the reply twice (seen: a 15 s answer, a
 * 10 s timeout, two or three replies). So a call is retried only when it certainly did not reach
 * Slack or Slack said it did not take it: connection refused, a name that did not resolve, 429
 * (after its Retry-After), and 5xx.
 *
 * @slack/web-api 8 retries every failure of its fetch (timeouts included) with p-retry, which
 * calls `onFailedAttempt` before each retry and gives up when it throws.
 */
import { webApi } from '@slack/bolt';
import { Agent } from 'undici';

export interface WebApiPolicy {
  /** Retries of a failed Web API call that certainly did not reach Slack (see above). */
  retryConfig: webApi.RetryOptions;
  /** Per-request timeout in milliseconds. */
  timeoutMs: number;
}

/**
 * Bounded on purpose: the Web API client's default retries for about 30 minutes, and Socket
 * Mode would otherwise install a 100-retry policy. A reply that late is worse than none.
 */
export const DEFAULT_WEB_API_POLICY: WebApiPolicy = {
  retryConfig: { retries: 3, factor: 2, minTimeout: 500, maxTimeout: 5_000, randomize: true },
  timeoutMs: 10_000,
};

/** Connection errors that happen before a single byte of the request is sent. */
const NEVER_SENT = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN']);

function codeOf(error: unknown): unknown {
  return typeof error === 'object' && error !== null ? (error as { code?: unknown }).code : undefined;
}

/**
 * Whether a failed Web API call may still have been carried out by Slack: a timeout, a broken
 * connection, anything unknown. Such a call is not sent again, and no apology follows it (the
 * reply may well be in the channel).
 */
export function mayHaveReachedSlack(error: unknown): boolean {
  const code = codeOf(error);
  if (code === webApi.ErrorCode.HTTPError) return false;
  if (code === webApi.ErrorCode.RequestError) {
    const original = (error as { original?: unknown }).original;
    // The client's own signal to retry a 429 once its Retry-After has passed.
    if (original instanceof Error && original.message.startsWith('A rate limit was exceeded')) return false;
    const cause = typeof original === 'object' && original !== null ? (original as { cause?: unknown }).cause : undefined;
    return !NEVER_SENT.has(String(codeOf(cause) ?? codeOf(original)));
  }
  return code !== webApi.ErrorCode.PlatformError && code !== webApi.ErrorCode.RateLimitedError;
}

/** A Web API call that failed without saying whether Slack carried it out (a timeout, a broken connection). */
export function isUncertainWebApiFailure(error: unknown): boolean {
  return codeOf(error) === webApi.ErrorCode.RequestError && mayHaveReachedSlack(error);
}

/**
 * The connection pool of every Web API call, named rather than left to chance: Node 20's `fetch`
 * uses whichever global pool was installed first, its own bundled undici's when `pg` is loaded
 * before Bolt, undici 7's (installed by @slack/socket-mode) otherwise. Under `npm run load`, with
 * the bundled pool the Slack side spent 0.64 ms of CPU per reply, with this one 0.42 ms (bare
 * Bolt, which gets this one: 0.39 ms), and the bot answered 14 % more events a second.
 */
// undici 7's types and the undici-types of Node 20's `fetch` describe the same pool differently.
const WEB_API_POOL = new Agent() as unknown as NonNullable<RequestInit['dispatcher']>;

/** `fetch` through `WEB_API_POOL`; the global `fetch` is read at each call, as the client would. */
const fetchThroughPool: webApi.WebClientOptions['fetch'] = (url, init) =>
  fetch(url, { ...init, dispatcher: WEB_API_POOL });

/** Options for every Web API client the app makes (the bot's, and Socket Mode's own). */
export function webClientOptions(apiUrl: string | undefined, policy: WebApiPolicy): webApi.WebClientOptions {
  const retryConfig: webApi.RetryOptions & { onFailedAttempt: (error: unknown) => void } = {
    ...policy.retryConfig,
    onFailedAttempt: (error) => {
      if (mayHaveReachedSlack(error)) throw error;
    },
  };
  return {
    ...(apiUrl !== undefined ? { slackApiUrl: apiUrl } : {}),
    retryConfig,
    timeout: policy.timeoutMs,
    fetch: fetchThroughPool,
  };
}
