/**
 * Per-user limit on questions over a rolling window. Past the limit the user gets one short
 * message, then silence until enough of their questions have left the window.
 */
export type RateDecision = 'allow' | 'warn' | 'silent';

export interface RateLimiterOptions {
  limit: number;
  windowMs?: number;
  now?: () => number;
}

interface UserWindow {
  /**
   * When each question still inside the window was accepted, oldest first, in milliseconds
   * since the limiter was made: small integers take a quarter of the memory of timestamps, and
   * a busy workspace keeps one window per user who asked within the last minute.
   */
  accepted: number[];
  warned: boolean;
}

export class RateLimiter {
  readonly #limit: number;
  readonly #windowMs: number;
  readonly #now: () => number;
  readonly #users = new Map<string, UserWindow>();
  readonly #epoch: number;
  #lastSweep = 0;

  constructor({ limit, windowMs = 60_000, now = Date.now }: RateLimiterOptions) {
    this.#limit = limit;
    this.#windowMs = windowMs;
    this.#now = now;
    this.#epoch = now();
  }

  /** Counts a question from `userId` and says whether to answer, warn once, or stay silent. */
  take(userId: string): RateDecision {
    const now = this.#now() - this.#epoch;
    this.#sweep(now);
    const user = this.#users.get(userId) ?? { accepted: [], warned: false };
    this.#users.set(userId, user);
    while (user.accepted.length > 0 && (user.accepted[0] ?? 0) <= now - this.#windowMs) user.accepted.shift();
    if (user.accepted.length < this.#limit) {
      user.accepted.push(now);
      user.warned = false;
      return 'allow';
    }
    if (user.warned) return 'silent';
    user.warned = true;
    return 'warn';
  }

  /** Forgets users idle for a whole window, at most once per window. */
  #sweep(now: number): void {
    if (now - this.#lastSweep < this.#windowMs) return;
    this.#lastSweep = now;
    for (const [id, user] of this.#users) {
      const last = user.accepted[user.accepted.length - 1] ?? 0;
      if (last <= now - this.#windowMs) this.#users.delete(id);
    }
  }
}
