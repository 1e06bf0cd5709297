/**
 * Posts the daily digest to the communications channel at `DIGEST_TIME` on the team's clock,
 * only when the day before had questions. With several instances each one wakes up, and the day
 * is claimed in the store so that one digest goes out. An instance that starts after the day's
 * digest time sends it if nobody did (no instance was up then); a post that fails gives the day
 * back, for the next instance or the next start.
 */
import type { Logger } from '../../log.ts';
import { renderDigest } from '../../render/slack-review.ts';
import { coveredDay, nextDigestAt, digestDueToday, summarizeDay } from '../../review/digest.ts';
import type { Store } from '../../store/store.ts';
import type { ReviewService } from './review-service.ts';

/** A failed post is tried again this often, this many times: Slack's outages are mostly short. */
const RETRY_MS = 5 * 60_000;
const RETRIES = 12;
/** Two days of questions cover "yesterday" in any time zone. */
const LOOK_BACK_MS = 2 * 24 * 3600 * 1000;

export interface DigestSettings {
  channelId: string;
  /** `HH:MM`. */
  time: string;
  timeZone: string;
}

export interface DigestDeps {
  store: Pick<Store, 'claimDigest' | 'releaseClaim' | 'questionsSince'>;
  review: Pick<ReviewService, 'queue'>;
  post(channel: string, message: { text: string; blocks: unknown[] }): Promise<void>;
  /** A link to the bot's App Home, when the app's ids are known. */
  homeUrl: () => string | null;
  logger: Logger;
}

/** Sends the digest due at `sentAt`, unless another instance already did; true when this one sent it. */
export async function sendDigest(settings: DigestSettings, deps: DigestDeps, sentAt: Date): Promise<boolean> {
  const day = coveredDay(sentAt, settings.timeZone);
  const questions = await deps.store.questionsSince(new Date(sentAt.getTime() - LOOK_BACK_MS));
  const summary = summarizeDay(day, settings.timeZone, questions, await deps.review.queue());
  if (!summary) return false;
  if (!(await deps.store.claimDigest(day, sentAt))) return false;
  try {
    await deps.post(settings.channelId, renderDigest(summary, deps.homeUrl()));
  } catch (error) {
    await deps.store.releaseClaim({ kind: 'digest', key: day }, sentAt).catch(() => undefined);
    throw error;
  }
  deps.logger.info('digest posted', { day, questions: summary.questions });
  return true;
}

/** Sends the day's digest if it is due and nobody sent it, then wakes up at each digest time until stopped. */
export function scheduleDigest(settings: DigestSettings, deps: DigestDeps, now: () => Date = () => new Date()): { stop(): void } {
  const timers = new Set<NodeJS.Timeout>();
  let stopped = false;
  const later = (ms: number, run: () => void): void => {
    if (stopped) return;
    const timer = setTimeout(() => {
      timers.delete(timer);
      run();
    }, Math.max(0, ms));
    timer.unref();
    timers.add(timer);
  };
  const attempt = (at: Date, retriesLeft: number): Promise<void> =>
    sendDigest(settings, deps, at).then(
      () => undefined,
      (error: unknown) => {
        deps.logger.error('digest failed', { error, retriesLeft });
        if (retriesLeft > 0) later(RETRY_MS, () => void attempt(at, retriesLeft - 1));
      },
    );
  const arm = (): void => {
    const at = nextDigestAt(now(), settings.time, settings.timeZone);
    later(at.getTime() - now().getTime(), () => void attempt(at, RETRIES).finally(arm));
  };
  const due = digestDueToday(now(), settings.time, settings.timeZone);
  if (due) void attempt(due, RETRIES);
  arm();
  return {
    stop() {
      stopped = true;
      for (const timer of timers) clearTimeout(timer);
      timers.clear();
    },
  };
}
