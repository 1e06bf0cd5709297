import type { Passage } from '../knowledge/passages.ts';
import type { GlossaryFile } from '../knowledge/schema.ts';
import { buildGlossary } from './glossary.ts';
import { buildIndex, type PassageExpansion } from './index.ts';
import type { TextPipeline } from './pipeline.ts';
import { createQuestionReader } from './query.ts';
import { rankPassages } from './rank.ts';
import { rangesOf } from './scope.ts';

export interface SearchHit {
  passage: Passage;
  /** 0..1: how sure the search is that the passage answers (see `score.ts`). */
  confidence: number;
}

/** A question read once, ranked in as many scopes as needed: at most `limit` hits, best first, from the releases `within` names (all when omitted). */
export type ReadQuestion = (limit?: number, within?: ReadonlySet<string>) => SearchHit[];

export interface PassageSearch {
  /** The passages that may answer, best first, at most `limit`. */
  search(question: string, limit?: number): SearchHit[];
  /** Reads the question, to rank it over several sets of releases without reading it again. */
  read(question: string): ReadQuestion;
  /** The releases whose text (a sentence, a heading) holds a word of this stem; `token` is one of `TextPipeline.tokenize`'s. */
  releasesWriting(token: string): ReadonlySet<string>;
}

const DEFAULT_LIMIT = 10;

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
    const read = (question: string): ReadQuestion => {
      const query = reader.analyze(question);
      return (limit = DEFAULT_LIMIT, within) =>
        rankPassages(index, query, limit, within === undefined ? undefined : rangesOf(index.releaseRanges, within)).map((ranked) => ({
          passage: ranked.doc.passage,
          confidence: ranked.confidence,
        }));
    };
    return {
      search: (question, limit) => read(question)(limit),
      read,
      releasesWriting(token) {
        const releases = new Set<string>();
        const list = index.postings.get(pipeline.stem(token));
        for (const doc of list?.docs ?? []) releases.add(index.docs[doc]?.passage.releaseId ?? '');
        releases.delete('');
        return releases;
      },
    };
  };
}
