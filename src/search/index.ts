import Fuse from 'fuse.js';
import type { Passage } from '../knowledge/passages.ts';
import { passageFeatures, type PassageFeatures } from './features.ts';
import { analyze, tokenize, isStopWord, stem } from './normalize.ts';

/** How much a word of the section heading counts, against 1 for a word of the sentence. */
const SECTION_WEIGHT = 0.6;
/**
 * How much a word of the sentence before counts: "au bout de 18 mois, la tumeur devient résistante
 * à ce médicament" is about the osimertinib named one sentence earlier.
 */
const PREVIOUS_WEIGHT = { leaning: 0.5, other: 0.2 };
/** Words shorter than this are left out of typo matching: too many near neighbours. */
export const MIN_FUZZY_LENGTH = 5;

export interface IndexedPassage {
  passage: Passage;
  features: PassageFeatures;
  /** Number of terms of the sentence, for length normalisation. */
  length: number;
}

export interface Posting {
  doc: number;
  /** Term frequency, section words counted at SECTION_WEIGHT, words of the sentence before at PREVIOUS_WEIGHT. */
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
  /** In how many sentences a term is written (headings and neighbours left out, so they do not make a word look common). */
  documentFrequency: Map<string, number>;
  averageLength: number;
  /** Surface word (folded) → its stem. */
  vocabulary: Map<string, string>;
  fuzzyWords: Fuse<string>;
}

export function buildIndex(passages: readonly Passage[]): SearchIndex {
  const docs: IndexedPassage[] = [];
  const postings = new Map<string, Posting[]>();
  const documentFrequency = new Map<string, number>();
  const vocabulary = new Map<string, string>();
  const sectionTerms = new Map<string, string[]>();
  let totalLength = 0;

  const termsById = new Map<string, string[]>();
  passages.forEach((passage, doc) => {
    const terms = analyze(passage.text);
    termsById.set(passage.id, terms);
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
    for (const term of frequencies.keys()) documentFrequency.set(term, (documentFrequency.get(term) ?? 0) + 1);
    for (const term of heading) frequencies.set(term, (frequencies.get(term) ?? 0) + SECTION_WEIGHT);
    for (const [term, weight] of contextTerms(passage, passages, doc, termsById)) {
      if (!frequencies.has(term)) frequencies.set(term, weight);
    }
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
  return { docs, postings, documentFrequency, averageLength: docs.length > 0 ? totalLength / docs.length : 1, vocabulary, fuzzyWords };
}

/**
 * Words of the sentences a passage leans on, with their weight: the sentence before at
 * PREVIOUS_WEIGHT, and while that one leans too, the one before it at half as much again.
 */
function contextTerms(passage: Passage, passages: readonly Passage[], doc: number, termsById: Map<string, string[]>): Map<string, number> {
  const context = new Map<string, number>();
  let weight = passage.leansOnPrevious ? PREVIOUS_WEIGHT.leaning : PREVIOUS_WEIGHT.other;
  let current = passage;
  for (let back = 1; back <= 2 && doc - back >= 0; back++) {
    const previous = passages[doc - back];
    if (!previous || previous.id !== current.previousId) break;
    for (const term of termsById.get(previous.id) ?? []) if (!context.has(term)) context.set(term, weight);
    if (!current.leansOnPrevious || !previous.leansOnPrevious) break;
    weight /= 2;
    current = previous;
  }
  return context;
}

/** BM25 inverse document frequency of a term (a term found only in headings or neighbours counts as in one sentence). */
export function inverseDocumentFrequency(index: SearchIndex, term: string | null): number {
  const n = index.docs.length;
  const df = Math.max(1, term === null ? 1 : (index.documentFrequency.get(term) ?? 1));
  return Math.log(1 + (n - df + 0.5) / (df + 0.5));
}
