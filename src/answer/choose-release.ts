import { isSureEnough } from '../search/score.ts';
import type { SearchHit } from '../search/search.ts';

/**
 * Two releases answer "with close confidence" when their best sentences are within this of each
 * other: then the newer answers, and the other is offered. Measured on 2026-12-04 with
 * `npm run bench:margin` (the 954 answerable questions of `test/fixtures/` about the real release,
 * the test's newer second release loaded beside it): 0.05 answers 688 of them with the real
 * release's sentence against 691 with no margin, and offers the other release in 30 replies, 26
 * of which lead to the right sentence; 0.1 gives 685, 0.2 gives 677, 0.3 gives 656. Past that
 * width a newer release takes answers its sentence does not deserve.
 */
export const CLOSE_CONFIDENCE = 0.05;

export interface ReleaseChoice {
  /** The release that answers, or whose refusal it is: the one the question came closest to. */
  releaseId: string;
  /** Whether its best sentence clears the bar. */
  answers: boolean;
  /** Another release that answers about as surely with another sentence, offered beside the answer. */
  otherId: string | null;
}

interface Best {
  releaseId: string;
  hit: SearchHit;
  /** Its place among the hits: ties go to the release ranked first. */
  rank: number;
}

/**
 * Which release answers, from hits ranked over several releases: among the releases whose best
 * sentence clears the bar, those within `margin` of the surest; of those, the newest (`dateOf`,
 * an ISO date). A release further behind does not answer even when newer: its sentence answers
 * the question worse. Null when there is no hit at all.
 */
export function chooseRelease(hits: readonly SearchHit[], dateOf: (releaseId: string) => string, margin = CLOSE_CONFIDENCE): ReleaseChoice | null {
  const first = hits[0];
  if (!first) return null;
  const bests = bestPerRelease(hits);
  const sure = bests.filter((best) => isSureEnough(best.hit.confidence));
  if (sure.length === 0) return { releaseId: first.passage.releaseId, answers: false, otherId: null };
  const surest = Math.max(...sure.map((best) => best.hit.confidence));
  const close = sure.filter((best) => best.hit.confidence >= surest - margin);
  const [chosen, ...others] = [...close].sort((a, b) => dateOf(b.releaseId).localeCompare(dateOf(a.releaseId)) || b.hit.confidence - a.hit.confidence || a.rank - b.rank);
  if (!chosen) return null;
  // The same sentence in two releases (the institute's boilerplate, the press contact) is one answer: nothing else to offer.
  const other = others.filter((best) => best.hit.passage.text !== chosen.hit.passage.text).sort((a, b) => b.hit.confidence - a.hit.confidence || a.rank - b.rank)[0];
  return { releaseId: chosen.releaseId, answers: true, otherId: other?.releaseId ?? null };
}

/** Each release's first hit: the sentence it would answer with alone. */
function bestPerRelease(hits: readonly SearchHit[]): Best[] {
  const bests = new Map<string, Best>();
  hits.forEach((hit, rank) => {
    if (!bests.has(hit.passage.releaseId)) bests.set(hit.passage.releaseId, { releaseId: hit.passage.releaseId, hit, rank });
  });
  return [...bests.values()];
}
