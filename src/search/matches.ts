import type { Glossary } from './glossary.ts';
import type { SearchIndex } from './index.ts';
import type { TextPipeline } from './pipeline.ts';
import { WEIGHTS } from './score.ts';

export type MatchKind = 'exact' | 'synonym' | 'elision' | 'typo' | 'family';

/** One way a word of the question is found in the index, and how much it is trusted. */
export interface TermMatch {
  stem: string;
  weight: number;
  kind: MatchKind;
}

/** Shorter words share beginnings by chance ("porte", "portant"). */
const MIN_FAMILY_LENGTH = 6;
/** How much of a word two members of its family share, at least. */
const FAMILY_PREFIX_SHARE = 0.7;
/** A beginning shared by more words than this says little about any of them. */
const MAX_FAMILY_WORDS = 8;

export interface MatchFinder {
  /**
   * The stems of the index a word of the question stands for: itself and its synonyms; when
   * `tolerateTypos` and the index lacks it, what an elision typed without its apostrophe, a typo
   * or a word of the same family gives.
   */
  findMatches(token: string, tolerateTypos: boolean): TermMatch[];
}

export function createMatchFinder(index: SearchIndex, glossary: Glossary, pipeline: TextPipeline): MatchFinder {
  const { stem, isStopWord } = pipeline;
  const elided = pipeline.language.words.elided.join('|');
  /** "lessai", "lamivantamab": an elision typed without its apostrophe. */
  const gluedElision = new RegExp(`^(?:${elided})(\\p{L}{4,})$`, 'u');
  /** Any elided word glued to what follows, however short ("cest", "quil"). */
  const gluedAny = new RegExp(`^(?:${elided})(\\p{L}+)$`, 'u');
  let sortedVocabulary: readonly string[] | undefined;

  /** Keeps the best weight for each stem; a stem the release never uses is no match. */
  function addMatch(matches: TermMatch[], candidate: string, weight: number, kind: MatchKind): void {
    if (!index.postings.has(candidate)) return;
    const existing = matches.find((m) => m.stem === candidate);
    if (existing && existing.weight >= weight) return;
    if (existing) Object.assign(existing, { weight, kind });
    else matches.push({ stem: candidate, weight, kind });
  }

  /** Adds a stem the release knows, and its glossary synonyms at their share of the weight. */
  function addWithSynonyms(matches: TermMatch[], candidate: string, weight: number, kind: MatchKind): void {
    addMatch(matches, candidate, weight, kind);
    for (const [synonym, share] of glossary.synonyms.get(candidate) ?? []) addMatch(matches, synonym, weight * WEIGHTS.match.synonym * share, 'synonym');
  }

  /** The vocabulary's words that start with `prefix`, found by bisection in the vocabulary sorted once. */
  function wordsStartingWith(prefix: string): string[] {
    const sorted = (sortedVocabulary ??= [...index.vocabulary.keys()].sort());
    let low = 0;
    let high = sorted.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if ((sorted[middle] ?? '') < prefix) low = middle + 1;
      else high = middle;
    }
    const words: string[] = [];
    for (let i = low; i < sorted.length && (sorted[i] ?? '').startsWith(prefix) && words.length < MAX_FAMILY_WORDS; i++) words.push(sorted[i] ?? '');
    return words;
  }

  return {
    findMatches(token, tolerateTypos) {
      const matches: TermMatch[] = [];
      addWithSynonyms(matches, stem(token), 1, 'exact');
      if (matches.some((m) => m.kind === 'exact') || !tolerateTypos) return matches;
      // "cest", "quil": an elided stop word typed without its apostrophe says nothing.
      const elidedWord = gluedAny.exec(token)?.[1];
      if (elidedWord && isStopWord(elidedWord)) return matches;
      const glued = gluedElision.exec(token)?.[1];
      if (glued && index.postings.has(stem(glued))) {
        addWithSynonyms(matches, stem(glued), WEIGHTS.match.elision, 'elision');
        return matches;
      }
      if (matches.length > 0) return matches;
      for (const { word, similarity } of index.fuzzy.nearWords(token)) addWithSynonyms(matches, index.vocabulary.get(word) ?? word, WEIGHTS.match.typo * similarity, 'typo');
      if (matches.length === 0 && token.length >= MIN_FAMILY_LENGTH && !/\d/.test(token)) {
        for (const word of wordsStartingWith(familyPrefix(token))) addMatch(matches, index.vocabulary.get(word) ?? word, WEIGHTS.match.family, 'family');
      }
      return matches;
    },
  };
}

/**
 * "progressent" for the release's "progression", "intervention" for "intervenir": words of one
 * family share a long beginning where the stemmer, which only strips endings it knows, tells them apart.
 */
function familyPrefix(token: string): string {
  return token.slice(0, Math.max(MIN_FAMILY_LENGTH - 1, Math.ceil(token.length * FAMILY_PREFIX_SHARE)));
}
