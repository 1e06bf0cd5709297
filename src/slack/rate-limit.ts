/**
 * Per-user limit on questions over a rolling window. Past the limit the user gets one short
 * message, then silence until enough of their questions have left the window.
 */
export type RateDecision = 'allow' | 'warn' | 'silent';

export interface RateLimiterOptions {
  /** Questions a user may ask within one window; at least 1. */
  limit: number;
  windowMs?: number;
  now?: () => number;
}

/**
 * Every accepted question still inside the window, in a single queue for all users, oldest
 * first, plus one small integer per user who has any: their count, doubled, plus 1 once warned.
 * A busy workspace has thousands of users within a minute, and a queue of names and times takes
 * a fraction of the memory of one array per user; it also forgets each question, and then each
 * user, the moment their time is up, with no sweep.
 */
export class RateLimiter {
  readonly #limit: number;
  readonly #windowMs: number;
  readonly #now: () => number;
  readonly #epoch: number;
  /** userId → count × 2 + warned. */
  readonly #users = new Map<string, number>();
  /** Who asked each accepted question, and when (in milliseconds since the limiter was made: small integers are stored inline). */
  #askedBy: string[] = [];
  #askedAt: number[] = [];
  /** Index of the oldest question still in the window. */
  #head = 0;

  constructor({ limit, windowMs = 60_000, now = Date.now }: RateLimiterOptions) {
    if (!(limit >= 1)) throw new RangeError(`rate limit must be at least 1 (got ${limit})`);
    this.#limit = limit;
    this.#windowMs = windowMs;
    this.#now = now;
    this.#epoch = now();
  }

  /** Counts a question from `userId` and says whether to answer, warn once, or stay silent. */
  take(userId: string): RateDecision {
    const now = this.#now() - this.#epoch;
    this.#expire(now - this.#windowMs);
    const state = this.#users.get(userId) ?? 0;
    if (state >> 1 < this.#limit) {
      // Accepted: one more in the window, and a later refusal warns again.
      this.#users.set(userId, ((state >> 1) + 1) << 1);
      this.#askedBy.push(userId);
      this.#askedAt.push(now);
      return 'allow';
    }
    if (state & 1) return 'silent';
    this.#users.set(userId, state | 1);
    return 'warn';
  }

  /** Users with at least one question inside the window. */
  get size(): number {
    return this.#users.size;
  }

  /** Drops the questions asked at or before `cutoff`, and the users left with none. */
  #expire(cutoff: number): void {
    let head = this.#head;
    const end = this.#askedAt.length;
    while (head < end && (this.#askedAt[head] ?? 0) <= cutoff) {
      const userId = this.#askedBy[head] ?? '';
      const count = ((this.#users.get(userId) ?? 0) >> 1) - 1;
      if (count <= 0) this.#users.delete(userId);
      else this.#users.set(userId, count << 1);
      head += 1;
    }
    if (head === end) {
      this.#askedBy = [];
      this.#askedAt = [];
      head = 0;
    } else if (head > 4096 && head * 2 > end) {
      this.#askedBy = this.#askedBy.slice(head);
      this.#askedAt = this.#askedAt.slice(head);
      head = 0;
    }
    this.#head = head;
  }
}
