import Fuse from 'fuse.js';
import { allowedTypos, editDistance } from './question-terms.ts';

/** Fuse's score, 0 for the same word: above this a proposal is no typo. */
const FUSE_THRESHOLD = 0.34;
const MEMO_SIZE = 5_000;

/**
 * The known stem a stem unknown to the taught questions was mistyped from: fuse.js proposes,
 * the edit distance the passage search allows for the word's length confirms. Remembered per
 * stem, since journalists repeat their typos.
 */
export class TypoFinder {
  private fuse: Fuse<string> | null = null;
  private readonly memo = new Map<string, string | null>();

  constructor(private readonly vocabulary: readonly string[]) {}

  nearest(unknown: string): string | null {
    const allowed = allowedTypos(unknown.length);
    if (allowed === 0) return null;
    const remembered = this.memo.get(unknown);
    if (remembered !== undefined) return remembered;
    // Built on the first typo: most questions have none, and the build should not pay for it.
    this.fuse ??= new Fuse(this.vocabulary, { includeScore: true, threshold: FUSE_THRESHOLD, ignoreLocation: true });
    const found = this.fuse.search(unknown, { limit: 3 }).find((result) => editDistance(unknown, result.item, allowed) <= allowed);
    if (this.memo.size >= MEMO_SIZE) this.memo.clear();
    this.memo.set(unknown, found?.item ?? null);
    return found?.item ?? null;
  }
}
