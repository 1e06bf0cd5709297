/**
 * The delivery state of the Slack surface, kept in the store so that it outlives a restart and
 * is shared by every instance: which deliveries were already taken (a question by its message,
 * so that one message under two event ids is one question; any other event by `event_id`), each user's rate-limit
 * window, which private answers were published, and the questions and votes themselves.
 *
 * Every claim is made before the work it guards, so a reply is never sent twice; if the process
 * dies after the claim and before Slack has the reply, that one reply is lost (Slack's retry
 * finds the claim and is dropped).
 *
 * When the store fails, the bot answers anyway (see `StoreGuard`): it fails open. Claims fall
 * back to this process's memory, so a repeat reaching this same process during the outage is
 * still dropped; a repeat reaching another instance, or whose first delivery came before the
 * outage, may be answered twice. That is the chosen side: a duplicate reply in a rare outage is
 * better than a bot silent for everyone while the store is away. The memory is filled only
 * while the store fails, so a healthy bot's memory stays flat. The rate limit falls back to a
 * per-process window, and questions and votes asked meanwhile are not stored.
 */
import type { Logger } from '../log.ts';
import type { ClaimKey, FeedbackRecord, QuestionRecord, Store } from '../store/store.ts';
import { DELIVERY_TTL_MS, EventDeduper } from './dedupe.ts';
import { RateLimiter, type RateDecision } from './rate-limit.ts';
import { StoreGuard, type StoreGuardOptions } from './store-guard.ts';

const RATE_WINDOW_MS = 60_000;
/** Questions saved within this long of each other go to the store together. */
const WRITE_BATCH_MS = 20;
const DAY_MS = 86_400_000;

export interface DeliveryOptions {
  logger: Logger;
  rateLimitPerMinute: number;
  /** A publication is remembered as long as the question it publishes. */
  questionRetentionDays: number;
  now?: () => number;
  guard?: Omit<StoreGuardOptions, 'logger' | 'now'>;
}

export class Delivery {
  readonly store: Store;
  readonly #guard: StoreGuard;
  readonly #seen: EventDeduper;
  readonly #localLimiter: RateLimiter;
  readonly #limit: number;
  readonly #publishTtlMs: number;
  readonly #now: () => number;
  #pending: QuestionRecord[] = [];
  #flush: Promise<void> | undefined;

  constructor(store: Store, options: DeliveryOptions) {
    const now = options.now ?? Date.now;
    this.store = store;
    this.#now = now;
    this.#limit = options.rateLimitPerMinute;
    this.#publishTtlMs = options.questionRetentionDays * DAY_MS;
    this.#guard = new StoreGuard(store, { ...options.guard, logger: options.logger, now });
    this.#seen = new EventDeduper({ ttlMs: DELIVERY_TTL_MS, now });
    this.#localLimiter = new RateLimiter({ limit: options.rateLimitPerMinute, windowMs: RATE_WINDOW_MS, now });
  }

  /**
   * Runs other work on the store under the same guard, so that one failing store is reported
   * once a minute whatever asks it (the channels' pins).
   */
  withStore<T>(operation: string, work: (store: Store) => Promise<T>, fallback: () => T): Promise<T> {
    return this.#guard.run(operation, work, fallback);
  }

  /** Whether the store is failing right now (the bot is answering without it). */
  get storeFailing(): boolean {
    return this.#guard.failing;
  }

  /**
   * True for the first delivery of an event, false for a repeat (same `event_id`, or the same
   * message under another id), whichever instance or process life saw the first one.
   */
  async claimDelivery(keys: readonly ClaimKey[]): Promise<boolean> {
    return this.#guard.run('claim delivery', (store) => store.claim(keys, this.#date()), () => this.#claimInMemory(keys));
  }

  /** True the first time a private answer is published, false for every later click. */
  async claimPublication(questionId: string): Promise<boolean> {
    const keys: ClaimKey[] = [{ kind: 'publish', key: questionId, ttlMs: this.#publishTtlMs }];
    return this.#guard.run('claim publication', (store) => store.claim(keys, this.#date()), () => this.#claimInMemory(keys));
  }

  /** The store's claim, in this process only, while the store fails. */
  #claimInMemory(keys: readonly ClaimKey[]): boolean {
    // Every key is remembered, even once one is known: each may come back alone.
    const fresh = keys.map((k) => this.#seen.firstSighting(`${k.kind}\u0000${k.key}`));
    return !fresh.includes(false);
  }

  /** Counts a question from `userId`: answer it, warn once past the limit, or stay silent. */
  async takeQuestion(userId: string): Promise<RateDecision> {
    const count = await this.#guard.run<number | undefined>(
      'rate limit',
      (store) => store.countQuestion(userId, RATE_WINDOW_MS, this.#date()),
      () => undefined,
    );
    return this.#decide(userId, count);
  }

  /**
   * `claimDelivery([key])` then `takeQuestion(userId)` for a question that came as an event, in
   * one call to the store: 'duplicate' when the delivery was already taken (nothing counted).
   */
  async claimQuestion(key: ClaimKey, userId: string): Promise<RateDecision | 'duplicate'> {
    const count = await this.#guard.run<number | null | undefined>(
      'claim question',
      (store) => store.claimQuestion(key, userId, RATE_WINDOW_MS, this.#date()),
      () => (this.#claimInMemory([key]) ? undefined : null),
    );
    return count === null ? 'duplicate' : this.#decide(userId, count);
  }

  /** The decision for a count from the store; undefined when the store failed, and the local window decides. */
  #decide(userId: string, count: number | undefined): RateDecision {
    if (count === undefined) return this.#localLimiter.take(userId);
    if (count <= this.#limit) return 'allow';
    return count === this.#limit + 1 ? 'warn' : 'silent';
  }

  /**
   * Saves a question, with the others of the next few milliseconds in one transaction (one
   * commit, or one statement, for many questions under load); resolves once it is written.
   * Never throws: a question asked while the store fails is not kept.
   */
  recordQuestion(question: QuestionRecord): Promise<void> {
    this.#pending.push(question);
    this.#flush ??= new Promise<void>((resolve) => setTimeout(resolve, WRITE_BATCH_MS)).then(() => {
      const batch = this.#pending.splice(0);
      this.#flush = undefined;
      return this.#guard.run('record questions', (store) => store.recordQuestions(batch), () => undefined);
    });
    return this.#flush;
  }

  /** Saves a vote; false when it could not be (store failing, or the question is not in it). */
  async recordFeedback(feedback: Omit<FeedbackRecord, 'at'>): Promise<boolean> {
    // The question voted on may still be waiting for its batch.
    await this.#flush;
    return this.#guard.run('record feedback', (store) => store.recordFeedback({ ...feedback, at: this.#date() }), () => false);
  }

  now(): Date {
    return this.#date();
  }

  #date(): Date {
    return new Date(this.#now());
  }
}
