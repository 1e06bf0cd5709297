/**
 * Every instance answers with the same taught questions: each polls the store for the changes
 * since the last it saw and, when there are any, swaps the new list in. A store that fails is
 * tried again at the next tick; answers go on with the questions already loaded.
 */
import type { TaughtQuestion } from '../../learning/taught-question.ts';
import type { Logger } from '../../log.ts';
import type { Store } from '../../store/store.ts';
import { toTaught } from '../../store/taught-repository.ts';

/** Seconds, not minutes: a question taught on one instance is answered so on all of them soon after. */
export const TAUGHT_POLL_MS = 2_000;

export interface TaughtSync {
  /** Applies the changes made since the last refresh, if any. */
  refresh(): Promise<void>;
  stop(): void;
}

export function startTaughtSync(
  store: Pick<Store, 'taughtChangedSince'>,
  replaceTaught: (taught: readonly TaughtQuestion[]) => void,
  logger: Logger,
  pollMs = TAUGHT_POLL_MS,
): TaughtSync {
  let cursor = 0;
  const current = new Map<string, TaughtQuestion>();
  let failing = false;
  const refresh = async (): Promise<void> => {
    try {
      const { changes, cursor: next } = await store.taughtChangedSince(cursor);
      cursor = next;
      if (changes.length > 0) {
        for (const change of changes) {
          if (change.removedAt === null) current.set(change.id, toTaught(change));
          else current.delete(change.id);
        }
        replaceTaught([...current.values()]);
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
