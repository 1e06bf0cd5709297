/**
 * Where a ranking looks: runs of passage numbers. A release's passages follow each other in the
 * index (the knowledge lists them release by release), and every posting list is in passage
 * order, so ranking one release reads only its stretch of each list, found by binary search,
 * rather than the postings of every release.
 */
import type { Passage } from '../knowledge/passages.ts';

/** Passages `from` (included) to `to` (excluded). */
export interface DocRange {
  from: number;
  to: number;
}

/** Every passage: the ranking of a question over all releases. */
export const ALL_DOCS: readonly DocRange[] = [{ from: 0, to: Number.POSITIVE_INFINITY }];

/** Each release's runs of passages, in order (one run when its passages follow each other). */
export function releaseRanges(passages: readonly Passage[]): Map<string, DocRange[]> {
  const ranges = new Map<string, DocRange[]>();
  passages.forEach((passage, doc) => {
    const runs = ranges.get(passage.releaseId);
    const last = runs?.at(-1);
    if (last && last.to === doc) last.to = doc + 1;
    else if (runs) runs.push({ from: doc, to: doc + 1 });
    else ranges.set(passage.releaseId, [{ from: doc, to: doc + 1 }]);
  });
  return ranges;
}

/** The runs of the releases `ids`, in passage order; none for an id the map does not know. */
export function rangesOf(byRelease: ReadonlyMap<string, readonly DocRange[]>, ids: Iterable<string>): DocRange[] {
  return [...ids].flatMap((id) => byRelease.get(id) ?? []).sort((a, b) => a.from - b.from);
}

/** The first position in `docs` (ascending) holding `doc` or more. */
export function lowerBound(docs: Int32Array, doc: number): number {
  let low = 0;
  let high = docs.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((docs[middle] ?? 0) < doc) low = middle + 1;
    else high = middle;
  }
  return low;
}
