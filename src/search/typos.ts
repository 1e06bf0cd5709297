/**
 * Optimal string alignment distance (Levenshtein plus adjacent swaps), stopping early
 * once it exceeds `limit`: fuse.js proposes near words, this confirms they are a typo away.
 */
export function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let before = new Array<number>(b.length + 1).fill(0);
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMinimum = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, (before[j - 2] ?? 0) + 1);
      current.push(value);
      rowMinimum = Math.min(rowMinimum, value);
    }
    if (rowMinimum > limit) return limit + 1;
    before = previous;
    previous = current;
  }
  return previous[b.length] ?? limit + 1;
}

/** Words shorter than this are left out of typo matching: too many near neighbours. */
export const MIN_FUZZY_LENGTH = 5;

/** How many typos a word of this length may carry and still be recognised. */
export function allowedTypos(length: number): number {
  // Short words have too many neighbours: "prix" is one letter from "pris".
  if (length < MIN_FUZZY_LENGTH) return 0;
  if (length <= 7) return 1;
  if (length <= 11) return 2;
  return 3;
}

/**
 * Known words found a typo away from a word, through the words one letter shorter (each known word
 * filed under itself with each letter left out in turn): "poruquoi" and "pourquoi" both give "pouquoi",
 * "cmbien" is "combien" without its "o".
 */
export class WordsATypoAway {
  private readonly byDeletion: Map<string, string[]>;

  constructor(words: ReadonlySet<string>) {
    this.byDeletion = filedByDeletion(words);
  }

  /** The one known word other than `word` a typo (a letter missing, extra, wrong or swapped) away from it; null when none or several. */
  nearest(word: string): string | null {
    const found = new Set<string>();
    for (const key of [word, ...deletions(word)]) {
      for (const known of this.byDeletion.get(key) ?? []) if (known !== word && editDistance(word, known, 1) <= 1) found.add(known);
    }
    return found.size === 1 ? ([...found][0] ?? null) : null;
  }
}

function filedByDeletion(words: ReadonlySet<string>): Map<string, string[]> {
  const byDeletion = new Map<string, string[]>();
  for (const word of words) {
    for (const key of [word, ...deletions(word)]) {
      const filed = byDeletion.get(key);
      if (filed) filed.push(word);
      else byDeletion.set(key, [word]);
    }
  }
  return byDeletion;
}

/** `word` with each of its letters left out in turn. */
function deletions(word: string): string[] {
  return Array.from({ length: word.length }, (_, i) => word.slice(0, i) + word.slice(i + 1));
}
