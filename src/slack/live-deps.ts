/**
 * The listeners' dependencies over knowledge that reloads: the snapshot in service behind the
 * answerer and the review, and the reloader that swaps a new one in. What `main.ts` runs.
 */
import type { Answerer } from '../answer/answerer.ts';
import type { SlackConfig } from '../config.ts';
import type { Knowledge } from '../knowledge/load.ts';
import type { LearnedAnswerer } from '../learning/learned-answerer.ts';
import type { TaughtQuestion } from '../learning/taught-question.ts';
import { createLiveKnowledge, liveAnswerer } from '../live/live-knowledge.ts';
import { snapshotOf } from '../live/snapshot.ts';
import type { Logger } from '../log.ts';
import type { Store } from '../store/store.ts';
import { createSlackDeps, type SlackDeps } from './deps.ts';
import { createReloader } from './reload/reloader.ts';
import { createReviewWiring } from './review/wiring.ts';

export interface LoadedKnowledge {
  knowledge: Knowledge;
  engine: Answerer;
  learned: LearnedAnswerer;
  /** The taught questions `learned` was built with. */
  taught: readonly TaughtQuestion[];
}

export function createLiveSlackDeps(
  config: SlackConfig,
  loaded: LoadedKnowledge,
  store: Store,
  logger: Logger,
  edge: Partial<Pick<SlackDeps, 'directory' | 'clock'>> = {},
): SlackDeps {
  const live = createLiveKnowledge(snapshotOf(loaded), loaded.taught);
  const review = createReviewWiring({ config: config.review, live, store, logger });
  const reloader = createReloader({ dir: config.knowledgeDir, live, store, logger, commsChannel: config.review.channelId });
  return createSlackDeps(config, liveAnswerer(live), logger, store, review, reloader, edge);
}
