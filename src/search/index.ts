import Fuse from 'fuse.js';
import type { Passage } from '../knowledge/passages.ts';
import { passageFeatures, type PassageFeatures } from './features.ts';
import { analyze, tokenize, isStopWord, stem } from './normalize.ts';

/** How much a word of the section heading counts, against 1 for a word of the sentence. */
const SECTION_WEIGHT = 0.6;
/** Words shorter than this are left out of typo matching: too many near neighbours. */
export const MIN_FUZZY_LENGTH = 4;

export interface IndexedPassage {
  passage: Passage;
  features: PassageFeatures;
  /** Number of terms of the sentence, for length normalisation. */
  length: number;
}

export interface Posting {
  doc: number;
  /** Term frequency, section words counted at SECTION_WEIGHT. */
  tf: number;
}

/**
 * An inverted index over sentence passages: term → postings, document frequencies,
 * and the vocabulary's surface words for typo matching (fuse.js runs over words, not passages,
 * so its cost follows the vocabulary, which grows far slower than the passages).
 */
export interface SearchIndex {
  docs: IndexedPassage[];
  postings: Map<string, Posting[]>;
  averageLength: number;
  /** Surface word (folded) → its stem. */
  vocabulary: Map<string, string>;
  fuzzyWords: Fuse<string>;
}

export function buildIndex(passages: readonly Passage[]): SearchIndex {
  const docs: IndexedPassage[] = [];
  const postings = new Map<string, Posting[]>();
  const vocabulary = new Map<string, string>();
  const sectionTerms = new Map<string, string[]>();
  let totalLength = 0;

  passages.forEach((passage, doc) => {
    const terms = analyze(passage.text);
    for (const token of tokenize(passage.text)) {
      if (!isStopWord(token) && !vocabulary.has(token)) vocabulary.set(token, stem(token));
    }
    let heading = sectionTerms.get(passage.section);
    if (!heading) {
      heading = analyze(passage.section);
      sectionTerms.set(passage.section, heading);
    }
    const frequencies = new Map<string, number>();
    for (const term of terms) frequencies.set(term, (frequencies.get(term) ?? 0) + 1);
    for (const term of heading) frequencies.set(term, (frequencies.get(term) ?? 0) + SECTION_WEIGHT);
    for (const [term, tf] of frequencies) {
      let list = postings.get(term);
      if (!list) postings.set(term, (list = []));
      list.push({ doc, tf });
    }
    docs.push({ passage, features: passageFeatures(passage), length: terms.length });
    totalLength += terms.length;
  });

  const fuzzyCandidates = [...vocabulary.keys()].filter((word) => word.length >= MIN_FUZZY_LENGTH && !/\d/.test(word));
  const fuzzyWords = new Fuse(fuzzyCandidates, {
    includeScore: true,
    threshold: 0.34,
    ignoreLocation: true,
    isCaseSensitive: true,
    useExtendedSearch: false,
  });
  return { docs, postings, averageLength: docs.length > 0 ? totalLength / docs.length : 1, vocabulary, fuzzyWords };
}

/** BM25 inverse document frequency. */
export function inverseDocumentFrequency(index: SearchIndex, documentFrequency: number): number {
  const n = index.docs.length;
  return Math.log(1 + (n - documentFrequency + 0.5) / (documentFrequency + 0.5));
}
