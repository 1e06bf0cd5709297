import type { Passage } from '../knowledge/passages.ts';
import type { GlossaryFile } from '../knowledge/schema.ts';
import { buildGlossary, type Glossary } from './glossary.ts';
import { buildIndex, type SearchIndex } from './index.ts';
import { analyzeQuestion } from './query.ts';
import { defaultRankOptions, rankPassages, type RankOptions } from './rank.ts';

export interface SearchHit {
  passage: Passage;
  relevance: number;
  confidence: number;
}

export interface SearchResult {
  /** Best first. */
  hits: SearchHit[];
}

export interface PassageSearch {
  search(question: string, limit?: number): SearchResult;
}

/** Builds the search over all passages of all releases; fuse.js and the index stay hidden in here. */
export function createPassageSearch(passages: readonly Passage[], glossaryFile: GlossaryFile, options: Partial<RankOptions> = {}): PassageSearch {
  const rankOptions: RankOptions = { ...defaultRankOptions, ...options };
  const index: SearchIndex = buildIndex(passages);
  const glossary: Glossary = buildGlossary(glossaryFile);
  return {
    search(question: string, limit = 10): SearchResult {
      const query = analyzeQuestion(question, index, glossary);
      const hits = rankPassages(index, query, limit, rankOptions).map((ranked) => ({
        passage: ranked.doc.passage,
        relevance: ranked.relevance,
        confidence: ranked.confidence,
      }));
      return { hits };
    },
  };
}
