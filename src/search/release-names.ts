import type { TextPipeline } from './pipeline.ts';

/** A release and what a question may name to mean it (its front matter's `keywords`). */
export interface NamedRelease {
  id: string;
  keywords: readonly string[];
}

export interface ReleaseNames {
  /**
   * The releases a question names: those holding the most specific keyword it contains (the one
   * the fewest releases hold, several when they tie). Empty when it names none, or only by words
   * every release holds ("cancer" in every title says nothing of which release is meant).
   */
  namedBy(question: string): ReadonlySet<string>;
}

interface Keyword {
  tokens: readonly string[];
  releases: Set<string>;
}

const NONE: ReadonlySet<string> = new Set();

/**
 * Reads keywords and questions with the search's own tokens (case, accents and elisions folded,
 * "l'essai MARIPOSA" → "essai", "mariposa"), and matches whole words only: "MET" does not name a
 * release in "métastatique". A keyword of several words matches them in a row.
 */
export function createReleaseNames(releases: readonly NamedRelease[], pipeline: TextPipeline): ReleaseNames {
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
        entry = { tokens, releases: new Set() };
        byText.set(text, entry);
        byFirstToken.set(first, [...(byFirstToken.get(first) ?? []), entry]);
      }
      entry.releases.add(release.id);
    }
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
      for (const keyword of matched) fewest = Math.min(fewest, keyword.releases.size);
      if (fewest >= releases.length) return NONE;
      const named = new Set<string>();
      for (const keyword of matched) if (keyword.releases.size === fewest) for (const id of keyword.releases) named.add(id);
      return named;
    },
  };
}
