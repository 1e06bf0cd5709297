/**
 * Posts the daily digest to the communications channel at `DIGEST_TIME` on the team's clock,
 * only when the day before had questions. With several instances each one wakes up, and the day
 * is claimed in the store so that one digest goes out.
 */
import type { Logger } from '../../log.ts';
import { renderDigest } from '../../render/slack-review.ts';
import { coveredDay, nextDigestAt, summarizeDay } from '../../review/digest.ts';
import type { Store } from '../../store/store.ts';
import type { ReviewService } from './review-service.ts';

/** Two days of questions cover "yesterday" in any time zone. */
const LOOK_BACK_MS = 2 * 24 * 3600 * 1000;

export interface DigestSettings {
  channelId: string;
  /** `HH:MM`. */
  time: string;
  timeZone: string;
}

export interface DigestDeps {
  store: Pick<Store, 'claimDigest' | 'questionsSince'>;
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
  await deps.post(settings.channelId, renderDigest(summary, deps.homeUrl()));
  deps.logger.info('digest posted', { day, questions: summary.questions });
  return true;
}

/** Wakes up at each digest time until stopped. */
export function scheduleDigest(settings: DigestSettings, deps: DigestDeps, now: () => Date = () => new Date()): { stop(): void } {
  let timer: NodeJS.Timeout | undefined;
  let stopped = false;
  const arm = (): void => {
    if (stopped) return;
    const at = nextDigestAt(now(), settings.time, settings.timeZone);
    timer = setTimeout(() => {
      sendDigest(settings, deps, at)
        .catch((error: unknown) => deps.logger.error('digest failed', { error }))
        .finally(arm);
    }, Math.max(0, at.getTime() - now().getTime()));
    timer.unref();
  };
  arm();
  return {
    stop() {
      stopped = true;
      clearTimeout(timer);
    },
  };
}
