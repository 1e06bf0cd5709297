import type { Passage } from '../knowledge/passages.ts';
import type { GlossaryFile } from '../knowledge/schema.ts';
import { buildGlossary } from './glossary.ts';
import { buildIndex } from './index.ts';
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
  const index = buildIndex(passages, pipeline);
  const reader = createQuestionReader(index, buildGlossary(glossaryFile, pipeline), pipeline);
  return {
    search(question, limit = 10) {
      return rankPassages(index, reader.analyze(question), limit).map((ranked) => ({ passage: ranked.doc.passage, confidence: ranked.confidence }));
    },
  };
}
