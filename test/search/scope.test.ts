import { describe, expect, it } from 'vitest';
import { loadKnowledge } from '../../src/knowledge/load.ts';
import type { Passage } from '../../src/knowledge/passages.ts';
import { createPassageSearch } from '../../src/search/search.ts';
import { lowerBound, rangesOf, releaseRanges } from '../../src/search/scope.ts';
import { pipeline } from '../support/french.ts';
import { MARIPOSA_ID, ORCHIDEE_ID, twoReleasesDir } from '../support/two-releases.ts';

const passage = (releaseId: string): Passage => ({ id: `${releaseId}:x`, releaseId, section: 'Communiqué', text: 'x', order: 0, previousId: null, leansOnPrevious: false, figures: [] });

describe('where a ranking looks', () => {
  it('finds each release’s run of passages, and every run of one split in two', () => {
    const ranges = releaseRanges(['a', 'a', 'b', 'b', 'b', 'a'].map(passage));
    expect(ranges.get('a')).toEqual([
      { from: 0, to: 2 },
      { from: 5, to: 6 },
    ]);
    expect(rangesOf(ranges, ['b', 'a', 'gone'])).toEqual([
      { from: 0, to: 2 },
      { from: 2, to: 5 },
      { from: 5, to: 6 },
    ]);
  });

  it.each([
    [0, 0],
    [3, 1],
    [4, 1],
    [9, 3],
    [10, 4],
  ])('finds where passage %i would stand in a posting list', (doc, at) => {
    expect(lowerBound(Int32Array.from([2, 4, 7, 9]), doc)).toBe(at);
  });

  it('ranks only the passages of the releases asked for', () => {
    const knowledge = loadKnowledge(twoReleasesDir());
    const search = createPassageSearch(knowledge.passages, knowledge.glossary, pipeline);
    const read = search.read('Quelle est la survie sans progression ?');
    expect(new Set(read().map((hit) => hit.passage.releaseId))).toEqual(new Set([MARIPOSA_ID, ORCHIDEE_ID]));
    const within = read(10, new Set([MARIPOSA_ID]));
    expect(within.length).toBeGreaterThan(0);
    expect(within.every((hit) => hit.passage.releaseId === MARIPOSA_ID)).toBe(true);
  });
});
