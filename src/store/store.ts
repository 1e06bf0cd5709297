/**
 * What the bot keeps between messages, shared by every instance that points at the same store:
 * the questions asked and the feedback on their answers, and the delivery state that makes each
 * reply happen once (seen events, the rate-limit window, published answers). Types only: the
 * backends are `sqlite.ts` (embedded, the default) and `postgres.ts`, picked by `open.ts`.
 *
 * Every method is async (Postgres is); every claim is one atomic statement, so two instances
 * racing for the same key get exactly one `true` between them.
 */

import type { Audience } from '../answer/types.ts';
import type { AskedQuestion, Resolution } from '../review/review-queue.ts';

/** What a claim is about; each kind is its own namespace of keys. */
export type ClaimKind =
  /** An Events API delivery, by its outer `event_id`. */
  | 'event'
  /** One message, by event type, channel and `ts`: the same message under two event ids is one question. */
  | 'message'
  /** "Publier dans le canal" for one private answer, by its question id. */
  | 'publish'
  /** The daily digest, by its day: one instance sends it. */
  | 'digest'
  /** A review of one question (taught, ignored), by its question id: a double or replayed click acts once. */
  | 'review'
  /** A knowledge file that cannot be loaded, by its problem: the instances that reload it tell the team once. */
  | 'reload_problem';

export interface ClaimKey {
  kind: ClaimKind;
  key: string;
  /** How long the claim holds; once expired, the key can be claimed again. */
  ttlMs: number;
}

export type Surface = 'mention' | 'dm' | 'command';

/** One question as it was asked and answered (or not: `reason` says why). */
export interface QuestionRecord {
  /** Made by the bot before answering, so that the answer's buttons can point at it. */
  id: string;
  askedAt: Date;
  surface: Surface;
  channelType: string;
  channelId: string;
  /** The thread the answer went to, or null at the top of a conversation. */
  threadTs: string | null;
  userId: string;
  text: string;
  /** The engine's reason (`answer`, `not_in_release`, …) or `rate_limited`. */
  reason: string;
  answered: boolean;
  /** 0..1; null when the question was not put to the engine. */
  confidence: number | null;
  passageId: string | null;
  releaseId: string | null;
  /** The engine's time for this question; null when it was not put to the engine. */
  engineMs: number | null;
  /** The asker is outside the organisation that runs the bot (another organisation, or a guest). */
  external: boolean;
  /** Who asked, as Slack told (`external` when it could not tell). */
  audience: Audience;
  /** The answer came from a question the communications team taught. */
  verified: boolean;
}

export interface FeedbackRecord {
  questionId: string;
  userId: string;
  helpful: boolean;
  at: Date;
}

/** A question the communications team taught the bot, and the passage that answers it. */
export interface TaughtQuestion {
  id: string;
  question: string;
  /** The passage that answers it; null when the team taught that the release does not answer it. */
  passageId: string | null;
  releaseId: string | null;
  taughtBy: string;
  taughtAt: Date;
  /** Set once removed: the row stays, so that other instances learn of the removal. */
  removedAt: Date | null;
}

/** A person's flag on an answer for the team to review (one per person per question; a second replaces it). */
export interface QuestionFlag {
  questionId: string;
  flaggedBy: string;
  reason: string;
  at: Date;
}

/** What changed in the taught questions after a cursor, and the cursor to ask from next time. */
export interface TaughtChanges {
  /** Added and removed ones (`removedAt` set), oldest change first. */
  changes: TaughtQuestion[];
  cursor: number;
}

/** A channel's pinned release: its questions are answered from it unless they name another. */
export interface ChannelPin {
  channelId: string;
  releaseId: string;
  /** The Slack user id of the member of the communications team who pinned it. */
  pinnedBy: string;
  pinnedAt: Date;
}

export interface PurgeCounts {
  questions: number;
  claims: number;
  rateWindows: number;
}

export interface Store {
  /** `embedded` or `postgres`, for the logs. */
  readonly engine: 'embedded' | 'postgres';
  /** Where it lives, safe to log: a file path, or the database URL without its password. */
  readonly location: string;
  /** The migration versions applied when this store was opened (none when its schema was current). */
  readonly migrationsApplied: readonly number[];

  /**
   * Claims every key at once. True when none was held (all are now held by this call); false
   * when any of them was already held and not expired. Atomic: of two concurrent calls with a
   * common key, at most one gets true.
   */
  claim(keys: readonly ClaimKey[], now: Date): Promise<boolean>;

  /**
   * Gives back a claim made at `claimedAt` whose work failed, so that a later attempt (a retry,
   * another instance) can claim it again. A claim made since by anyone else is left alone.
   */
  releaseClaim(key: Pick<ClaimKey, 'kind' | 'key'>, claimedAt: Date): Promise<void>;

  /**
   * Counts one question from `userId` in its current window and returns how many the window now
   * holds, this one included. A window opens with the user's first question and lasts
   * `windowMs`; the next question after it opens a new one. One atomic statement.
   */
  countQuestion(userId: string, windowMs: number, now: Date): Promise<number>;

  /**
   * A question's delivery claimed and the question counted, in one atomic step: `claim([key])`
   * then, only when it was granted, `countQuestion`. Returns the window's count, or null when
   * the key was already held (and nothing was counted). One statement or one transaction, so a
   * question costs the store one round trip and one commit.
   */
  claimQuestion(key: ClaimKey, userId: string, windowMs: number, now: Date): Promise<number | null>;

  /** Saves questions, in one transaction; a second save of the same id changes nothing. */
  recordQuestions(questions: readonly QuestionRecord[]): Promise<void>;
  question(id: string): Promise<QuestionRecord | undefined>;

  /**
   * One vote per person per question: a second vote replaces the first. False when the question
   * is not in the store (never saved, or purged), and nothing is written.
   */
  recordFeedback(feedback: FeedbackRecord): Promise<boolean>;
  feedbackFor(questionId: string): Promise<FeedbackRecord[]>;

  /** Adds a taught question; false when its id is already taken. */
  addTaughtQuestion(taught: Omit<TaughtQuestion, 'removedAt'>): Promise<boolean>;
  /** The taught questions not removed, newest first. */
  taughtQuestions(): Promise<TaughtQuestion[]>;
  /** False when there is no such question, or it was already removed. */
  removeTaughtQuestion(id: string, now: Date): Promise<boolean>;
  /**
   * Every addition and removal after `cursor` (0 for all), in the order they were made, so that
   * each instance can refresh its copy within seconds by polling with the returned cursor.
   */
  taughtChangedSince(cursor: number): Promise<TaughtChanges>;

  /** False when the question is not in the store, and nothing is written. */
  flagQuestion(flag: QuestionFlag): Promise<boolean>;
  flagsFor(questionId: string): Promise<QuestionFlag[]>;

  /** The questions asked since `since`, oldest first, each with its 👎 count and whether it was flagged: what the review queue reads. */
  questionsSince(since: Date): Promise<AskedQuestion[]>;
  /** One question as the review reads it; undefined when the store does not have it (never saved, or purged). */
  askedQuestion(id: string): Promise<AskedQuestion | undefined>;
  /** Records that the team dealt with a question: its asks until `resolvedAt` leave the review queue. */
  resolveQuestion(resolution: Resolution & { questionId: string; by: string; outcome: 'taught' | 'ignored' }): Promise<void>;
  reviewsSince(since: Date): Promise<Resolution[]>;
  /** True for the one instance that is to send the digest of `day` (`YYYY-MM-DD`). */
  claimDigest(day: string, now: Date): Promise<boolean>;

  /** Pins a channel to a release, replacing the channel's pin if it had one. */
  pinChannel(pin: ChannelPin): Promise<void>;
  /** False when the channel was not pinned. */
  unpinChannel(channelId: string): Promise<boolean>;
  channelPin(channelId: string): Promise<ChannelPin | undefined>;
  /** Every pin, newest first. Pins are not purged: they last until undone. */
  channelPins(): Promise<ChannelPin[]>;

  /**
   * Deletes questions asked before `now - retentionDays` (with their feedback and flags), expired
   * claims, and rate-limit windows long over. Taught questions stay until removed.
   */
  purge(now: Date, retentionDays: number): Promise<PurgeCounts>;

  close(): Promise<void>;
}
