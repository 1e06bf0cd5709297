/**
 * Answers each Events API delivery once: a retry (HTTP `X-Slack-Retry-Num`, the same Socket
 * Mode envelope sent twice, a retry after a restart or landing on another instance) and the
 * same message under a second `event_id` are dropped, by claims in the store (`delivery.ts`).
 * The in-memory `EventDeduper` here is that claim's memory in this process.
 */
import type { AnyMiddlewareArgs, Middleware } from '@slack/bolt';
import type { Logger } from '../log.ts';
import type { ClaimKey } from '../store/store.ts';
import type { Delivery } from './delivery.ts';
import { readEnvelope, type Envelope } from './payloads.ts';

/** Slack retries for minutes; a delivery is remembered for longer than that. */
export const DELIVERY_TTL_MS = 15 * 60_000;

export interface EventDeduperOptions {
  /** Slack retries within minutes; keep ids longer than that. */
  ttlMs?: number;
  /** A bound on memory under a flood of distinct events. */
  maxEntries?: number;
  now?: () => number;
}

export class EventDeduper {
  readonly #ttlMs: number;
  readonly #maxEntries: number;
  readonly #now: () => number;
  /**
   * id → expiry, in milliseconds since the deduper was made (a small integer is stored inline,
   * a timestamp would take a heap number per id); insertion order is expiry order because the
   * TTL is constant.
   */
  readonly #seen = new Map<string, number>();
  readonly #epoch: number;

  constructor({ ttlMs = 15 * 60_000, maxEntries = 200_000, now = Date.now }: EventDeduperOptions = {}) {
    this.#ttlMs = ttlMs;
    this.#maxEntries = maxEntries;
    this.#now = now;
    this.#epoch = now();
  }

  /** True the first time an id is offered within the TTL, false for every repeat. */
  firstSighting(eventId: string): boolean {
    const now = this.#now() - this.#epoch;
    this.#evict(now);
    const expiry = this.#seen.get(eventId);
    if (expiry !== undefined && expiry > now) return false;
    this.#seen.delete(eventId);
    this.#seen.set(eventId, now + this.#ttlMs);
    return true;
  }

  get size(): number {
    return this.#seen.size;
  }

  #evict(now: number): void {
    for (const [id, expiry] of this.#seen) {
      if (expiry > now && this.#seen.size < this.#maxEntries) break;
      this.#seen.delete(id);
    }
  }
}

/** One Events API delivery: what claims it, and Slack's retry headers for the log. */
export interface EventDelivery {
  /** A question is claimed by its message: Slack's retry carries the same message, and so does the same message under a second event id. */
  key: ClaimKey;
  eventId: string;
  retryNum: number | null;
  retryReason: string | null;
}

/** What Bolt's context says of Slack's retry. */
export interface RetryContext {
  retryNum?: number;
  retryReason?: string;
}

/** The delivery an envelope is, and the key that claims it; undefined for what is not an Events API delivery. */
export function eventDelivery(envelope: Envelope, context: RetryContext): EventDelivery | undefined {
  const { eventId, messageKey } = envelope;
  if (eventId === undefined) return undefined;
  const key: ClaimKey = messageKey !== undefined ? { kind: 'message', key: messageKey, ttlMs: DELIVERY_TTL_MS } : { kind: 'event', key: eventId, ttlMs: DELIVERY_TTL_MS };
  return { key, eventId, retryNum: context.retryNum ?? null, retryReason: context.retryReason ?? null };
}

/**
 * A delivery claimed by its message is a question's: its listener claims it together with the
 * question's rate-limit count (`askEvent` in `ask.ts`), one call to the store where there would
 * be two. The middleware claims every other delivery.
 */
export function claimedWithQuestion(delivery: EventDelivery): boolean {
  return delivery.key.kind === 'message';
}

export function logDuplicate(logger: Logger, { eventId, retryNum, retryReason }: EventDelivery): void {
  logger.info('duplicate event dropped', { eventId, retryNum, retryReason });
}

/**
 * Bolt global middleware: drops an Events API delivery already claimed, by its `event_id`. Bolt
 * has acknowledged the delivery before middleware runs, so Slack stops retrying. A question's
 * delivery goes on unclaimed, for its listener to claim (`claimedWithQuestion`); a message its
 * listener ignores (a bot's, an edit) has no effect to guard.
 */
export function dropDuplicateEvents(delivery: Delivery, logger: Logger): Middleware<AnyMiddlewareArgs> {
  return async ({ body, context, next }) => {
    const event = eventDelivery(readEnvelope(body), context);
    if (event !== undefined && !claimedWithQuestion(event) && !(await delivery.claimDelivery([event.key]))) {
      logDuplicate(logger, event);
      return;
    }
    await next();
  };
}
