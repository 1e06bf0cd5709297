/**
 * The answerer of the terminal tools and the console: the engine, answering also with the
 * questions taught in the store the settings name (`DATA_DIR` / `DATABASE_URL`).
 */
import { createAnswerer, type Answerer } from '../answer/answerer.ts';
import type { StoreConfig } from '../config.ts';
import { loadKnowledge, type Knowledge } from '../knowledge/load.ts';
import { createLearnedAnswerer, type LearnedAnswerer } from '../learning/learned-answerer.ts';
import type { TaughtQuestion } from '../learning/taught-question.ts';
import { openStore, type OpenOptions } from '../store/open.ts';
import type { Store } from '../store/store.ts';
import { taughtRepository } from '../store/taught-repository.ts';

export interface TaughtAnswerer {
  knowledge: Knowledge;
  engine: Answerer;
  learned: LearnedAnswerer;
  /** The taught questions `learned` was built with. */
  taught: TaughtQuestion[];
  store: Store;
}

/** Loads the knowledge, opens the store, and answers with what it holds taught. */
export async function openTaughtAnswerer(knowledgeDir: string, storeConfig: StoreConfig, options: OpenOptions = {}): Promise<TaughtAnswerer> {
  const knowledge = loadKnowledge(knowledgeDir);
  const engine = createAnswerer(knowledge);
  const store = await openStore(storeConfig, options);
  try {
    const taught = await taughtRepository(store).list();
    return { knowledge, engine, learned: createLearnedAnswerer(engine, knowledge, taught), taught, store };
  } catch (error) {
    await store.close();
    throw error;
  }
}
