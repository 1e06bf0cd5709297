/**
 * Remembers the outer `event_id` of every Events API delivery for a while, so that a retry
 * (HTTP `X-Slack-Retry-Num`, or the same Socket Mode envelope sent twice) is answered once.
 * A retry whose first delivery never reached this process is still answered: only ids seen
 * here are dropped.
 */
import type { AnyMiddlewareArgs, Middleware } from '@slack/bolt';
import type { Logger } from '../log.ts';
import { readEnvelope } from './payloads.ts';

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

/**
 * Bolt global middleware: drops an Events API delivery whose `event_id` was already seen.
 * Bolt has acknowledged the delivery before middleware runs, so Slack stops retrying.
 */
export function dropDuplicateEvents(deduper: EventDeduper, logger: Logger): Middleware<AnyMiddlewareArgs> {
  return async ({ body, context, next }) => {
    const { eventId } = readEnvelope(body);
    if (eventId !== undefined && !deduper.firstSighting(eventId)) {
      logger.info('duplicate event dropped', { eventId, retryNum: context.retryNum ?? null, retryReason: context.retryReason ?? null });
      return;
    }
    await next();
  };
}
