/**
 * Every instance answers with the same taught questions: each polls the store's taught version
 * and, when it moved, loads the list again and swaps it in. A store that fails is tried again at
 * the next tick; answers go on with the questions already loaded.
 */
import type { TaughtQuestion } from '../../learning/taught-question.ts';
import type { Logger } from '../../log.ts';
import type { ReviewStore } from '../../store/review-store.ts';

/** Seconds, not minutes: a question taught on one instance is answered so on all of them soon after. */
export const TAUGHT_POLL_MS = 2_000;

export interface TaughtSync {
  /** Loads the taught questions now if they changed. */
  refresh(): Promise<void>;
  stop(): void;
}

export function startTaughtSync(
  store: Pick<ReviewStore, 'list' | 'taughtVersion'>,
  replaceTaught: (taught: readonly TaughtQuestion[]) => void,
  logger: Logger,
  pollMs = TAUGHT_POLL_MS,
): TaughtSync {
  let version: number | null = null;
  let failing = false;
  const refresh = async (): Promise<void> => {
    try {
      const current = await store.taughtVersion();
      if (current !== version) {
        replaceTaught(await store.list());
        version = current;
      }
      failing = false;
    } catch (error) {
      if (!failing) logger.warn('taught questions could not be refreshed', { error });
      failing = true;
    }
  };
  const timer = setInterval(() => void refresh(), pollMs);
  timer.unref();
  return { refresh, stop: () => clearInterval(timer) };
}
