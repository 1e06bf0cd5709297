/**
 * Retention: questions (and their feedback) older than `QUESTION_RETENTION_DAYS` are deleted once
 * at start and then once a day, with expired claims and finished rate-limit windows. Several
 * instances may purge at once: each delete is idempotent.
 */
import type { Logger } from '../log.ts';
import type { Store } from './store.ts';

export const PURGE = {
  dayMs: 86_400_000,
  /** Rate-limit windows last a minute; one opened an hour ago is long over. */
  rateWindowAgeMs: 3_600_000,
  everyMs: 86_400_000,
} as const;

/** Purges now, then every day; returns the function that stops it. A failed purge is logged and tried again the next day. */
export function schedulePurge(store: Store, retentionDays: number, logger: Logger, now: () => Date = () => new Date()): () => void {
  const run = (): void => {
    store.purge(now(), retentionDays).then(
      (counts) => logger.info('store purged', { retentionDays, ...counts }),
      (error: unknown) => logger.warn('store purge failed', { error }),
    );
  };
  run();
  const timer = setInterval(run, PURGE.everyMs);
  timer.unref();
  return () => clearInterval(timer);
}
