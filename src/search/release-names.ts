import type { TextPipeline } from './pipeline.ts';

/** A release and what a question may name to mean it (its front matter's `keywords`). */
export interface NamedRelease {
  id: string;
  keywords: readonly string[];
}

export interface ReleaseNames {
  /**
   * The releases a question names: those that list or write its most specific keyword (the one
   * the fewest releases list or write, several when they tie). Empty when it names none, or only
   * by words every release uses ("cancer" in every title says nothing of which release is meant).
   */
  namedBy(question: string): ReadonlySet<string>;
}

interface Keyword {
  tokens: readonly string[];
  /** The releases that list it among their keywords. */
  listedBy: Set<string>;
  /** Those and the releases whose text writes it: worked out the first time a question holds it. */
  usedBy?: ReadonlySet<string>;
}

const NONE: ReadonlySet<string> = new Set();

/**
 * Reads keywords and questions with the search's own tokens (case, accents and elisions folded,
 * "l'essai MARIPOSA" → "essai", "mariposa"), and matches whole words only: "MET" does not name a
 * release in "métastatique". A keyword of several words matches them in a row.
 *
 * A keyword names every release that uses it, not only those that list it: "mutation", a word of
 * one release's title, is no name of it when another release speaks of mutations too, and a
 * question about "une mutation EGFR" must not be kept from the release that answers it.
 * `releasesWriting` says which releases write a word (the search's index knows).
 */
export function createReleaseNames(
  releases: readonly NamedRelease[],
  pipeline: TextPipeline,
  releasesWriting: (token: string) => ReadonlySet<string>,
): ReleaseNames {
  const byFirstToken = new Map<string, Keyword[]>();
  const byText = new Map<string, Keyword>();
  for (const release of releases) {
    for (const keyword of release.keywords) {
      const tokens = pipeline.tokenize(keyword);
      const first = tokens[0];
      if (first === undefined) continue;
      const text = tokens.join(' ');
      let entry = byText.get(text);
      if (!entry) {
        entry = { tokens, listedBy: new Set() };
        byText.set(text, entry);
        byFirstToken.set(first, [...(byFirstToken.get(first) ?? []), entry]);
      }
      entry.listedBy.add(release.id);
    }
  }

  /** The releases that list the keyword, and those whose text holds every word of it. */
  function usedBy(keyword: Keyword): ReadonlySet<string> {
    if (keyword.usedBy) return keyword.usedBy;
    const [first, ...rest] = keyword.tokens.map(releasesWriting);
    const writing = [...(first ?? [])].filter((id) => rest.every((set) => set.has(id)));
    keyword.usedBy = new Set([...keyword.listedBy, ...writing]);
    return keyword.usedBy;
  }

  return {
    namedBy(question) {
      if (byFirstToken.size === 0) return NONE;
      const tokens = pipeline.tokenize(question);
      const matched = new Set<Keyword>();
      tokens.forEach((token, at) => {
        for (const keyword of byFirstToken.get(token) ?? []) {
          if (keyword.tokens.every((part, i) => tokens[at + i] === part)) matched.add(keyword);
        }
      });
      let fewest = releases.length;
      for (const keyword of matched) fewest = Math.min(fewest, usedBy(keyword).size);
      if (fewest >= releases.length) return NONE;
      const named = new Set<string>();
      for (const keyword of matched) if (usedBy(keyword).size === fewest) for (const id of usedBy(keyword)) named.add(id);
      return named;
    },
  };
}
