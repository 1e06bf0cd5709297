import { createAnswerer, loadAnswerer, type Answerer } from '../answer/answerer.ts';
import { loadKnowledge } from '../knowledge/load.ts';
import { createLearnedAnswerer } from '../learning/learned-answerer.ts';
import { TaughtFile } from './taught-file.ts';

/** The answerer of the command line: the engine alone, or with the questions taught in `taughtFile` when one is given. */
export function loadCliAnswerer(knowledgeDir: string, taughtFile: string | undefined): Answerer {
  if (taughtFile === undefined) return loadAnswerer(knowledgeDir);
  const knowledge = loadKnowledge(knowledgeDir);
  return createLearnedAnswerer(createAnswerer(knowledge), knowledge, new TaughtFile(taughtFile).read());
}
