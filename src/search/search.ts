import type { Passage } from '../knowledge/passages.ts';
import type { GlossaryFile } from '../knowledge/schema.ts';
import { buildGlossary } from './glossary.ts';
import { buildIndex, type PassageExpansion } from './index.ts';
import type { TextPipeline } from './pipeline.ts';
import { createQuestionReader } from './query.ts';
import { rankPassages } from './rank.ts';

export interface SearchHit {
  passage: Passage;
  /** 0..1: how sure the search is that the passage answers (see `score.ts`). */
  confidence: number;
}

export interface PassageSearch {
  /** The passages that may answer, best first, at most `limit`. */
  search(question: string, limit?: number): SearchHit[];
}

/** Builds the search over all passages of all releases: index, glossary and question reading stay in here. */
export function createPassageSearch(passages: readonly Passage[], glossaryFile: GlossaryFile, pipeline: TextPipeline): PassageSearch {
  return passageSearchBuilder(passages, glossaryFile, pipeline)();
}

/**
 * Builds searches over the same passages that differ only by the words taught for them
 * (`PassageExpansion`): the glossary is read once, each search has its own index.
 */
export function passageSearchBuilder(passages: readonly Passage[], glossaryFile: GlossaryFile, pipeline: TextPipeline): (expansion?: PassageExpansion) => PassageSearch {
  const glossary = buildGlossary(glossaryFile, pipeline);
  return (expansion) => {
    const index = buildIndex(passages, pipeline, expansion);
    const reader = createQuestionReader(index, glossary, pipeline);
    return {
      search(question, limit = 10) {
        return rankPassages(index, reader.analyze(question), limit).map((ranked) => ({ passage: ranked.doc.passage, confidence: ranked.confidence }));
      },
    };
  };
}
