/**
 * Runs each store call so that a failing store never stops the bot: on failure the call's
 * fallback answers instead, the store is left alone for a moment (a store that hangs would
 * otherwise hold every reply for its whole timeout), and one line a minute says what is going on.
 * The first call that works again says the store is back.
 */
import type { Logger } from '../log.ts';
import type { Store } from '../store/store.ts';

export interface StoreGuardOptions {
  logger: Logger;
  now?: () => number;
  /** After a failure, calls go straight to their fallback for this long, then the store is tried again. */
  pauseMs?: number;
  /** At most one line about a failing store this often. */
  reportEveryMs?: number;
}

export class StoreGuard {
  readonly #store: Store;
  readonly #logger: Logger;
  readonly #now: () => number;
  readonly #pauseMs: number;
  readonly #reportEveryMs: number;
  #pausedUntil = 0;
  #failingSince: number | undefined;
  #lastReport: number | undefined;
  /** Calls that failed or were not tried since the last line. */
  #missed = 0;

  constructor(store: Store, { logger, now = Date.now, pauseMs = 2_000, reportEveryMs = 60_000 }: StoreGuardOptions) {
    this.#store = store;
    this.#logger = logger;
    this.#now = now;
    this.#pauseMs = pauseMs;
    this.#reportEveryMs = reportEveryMs;
  }

  get failing(): boolean {
    return this.#failingSince !== undefined;
  }

  /** `work` on the store, or `fallback` when the store fails or is paused after a failure. */
  async run<T>(operation: string, work: (store: Store) => Promise<T>, fallback: () => T): Promise<T> {
    const startedAt = this.#now();
    if (startedAt < this.#pausedUntil) {
      this.#missed += 1;
      this.#report(operation, undefined, startedAt);
      return fallback();
    }
    try {
      const value = await work(this.#store);
      this.#recovered();
      return value;
    } catch (error) {
      const now = this.#now();
      this.#failingSince ??= now;
      this.#pausedUntil = now + this.#pauseMs;
      this.#missed += 1;
      this.#report(operation, error, now);
      return fallback();
    }
  }

  #report(operation: string, error: unknown, now: number): void {
    if (this.#lastReport !== undefined && now - this.#lastReport < this.#reportEveryMs) return;
    this.#lastReport = now;
    this.#logger.error('store unavailable: answering without it', {
      engine: this.#store.engine,
      store: this.#store.location,
      operation,
      ...(error !== undefined ? { error: error instanceof Error ? error.message : String(error) } : {}),
      callsWithoutStore: this.#missed,
      failingForMs: now - (this.#failingSince ?? now),
    });
    this.#missed = 0;
  }

  #recovered(): void {
    if (this.#failingSince === undefined) return;
    const now = this.#now();
    this.#logger.info('store is back', { engine: this.#store.engine, downForMs: now - this.#failingSince, callsWithoutStore: this.#missed });
    this.#failingSince = undefined;
    this.#lastReport = undefined;
    this.#missed = 0;
  }
}
