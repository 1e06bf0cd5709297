/**
 * The knowledge in service, swapped whole on reload. A reload loads and checks every file first
 * and builds the new engine and learned answerer next to the old ones; only then does `current()`
 * return the new snapshot. A file that fails to load leaves the snapshot in service untouched.
 * Everything here is synchronous, so no answer ever sees half of a swap.
 */
import type { Answerer } from '../answer/answerer.ts';
import type { Knowledge } from '../knowledge/load.ts';
import type { LearnedAnswerer } from '../learning/learned-answerer.ts';
import type { TaughtQuestion } from '../learning/taught-question.ts';
import { buildSnapshot, fingerprintOf, type KnowledgeSnapshot } from './snapshot.ts';

export type ReloadResult =
  /** The files say what the snapshot in service says: nothing was rebuilt. */
  | { kind: 'unchanged'; snapshot: KnowledgeSnapshot }
  | { kind: 'reloaded'; snapshot: KnowledgeSnapshot; previous: KnowledgeSnapshot }
  /** Loading or building failed: `snapshot` is the one still in service. */
  | { kind: 'failed'; snapshot: KnowledgeSnapshot; error: unknown };

export interface LiveKnowledge {
  /** The snapshot in service; take it once per question. */
  current(): KnowledgeSnapshot;
  /** The taught questions changed in the store: kept for the next snapshot, and given to the current one. */
  replaceTaught(taught: readonly TaughtQuestion[]): void;
  /** Loads with `load` (which throws KnowledgeError on a bad file) and swaps the result in when it differs. */
  reload(load: () => Knowledge): ReloadResult;
}

export function createLiveKnowledge(initial: KnowledgeSnapshot, taught: readonly TaughtQuestion[]): LiveKnowledge {
  let snapshot = initial;
  let latestTaught = taught;
  return {
    current: () => snapshot,
    replaceTaught(list) {
      latestTaught = list;
      snapshot.learned.replaceTaught(list);
    },
    reload(load) {
      const previous = snapshot;
      try {
        const knowledge = load();
        if (fingerprintOf(knowledge) === previous.fingerprint) return { kind: 'unchanged', snapshot: previous };
        snapshot = buildSnapshot(knowledge, latestTaught);
        return { kind: 'reloaded', snapshot, previous };
      } catch (error) {
        return { kind: 'failed', snapshot: previous, error };
      }
    },
  };
}

/**
 * A learned answerer that answers each call with the snapshot in service at that call. Every
 * argument is passed on, whatever the answerer's signature grows into.
 */
export function liveAnswerer(live: LiveKnowledge): LearnedAnswerer {
  return {
    answer: (...args: Parameters<Answerer['answer']>) => live.current().learned.answer(...args),
    answerFrom: (...args: Parameters<Answerer['answerFrom']>) => live.current().learned.answerFrom(...args),
    visibleTo: (...args: Parameters<Answerer['visibleTo']>) => live.current().learned.visibleTo(...args),
    embargoRunning: (...args: Parameters<Answerer['embargoRunning']>) => live.current().learned.embargoRunning(...args),
    get releases() {
      return live.current().learned.releases;
    },
    get examples() {
      return live.current().learned.examples;
    },
    get orphans() {
      return live.current().learned.orphans;
    },
    replaceTaught: (taught) => live.replaceTaught(taught),
  };
}
