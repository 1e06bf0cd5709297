import Fuse from 'fuse.js';
import type { Passage } from '../knowledge/passages.ts';
import { passageFeatures, type PassageFeatures } from './features.ts';
import { foldText, isStopWord, stem, tokenize, tokenizeFolded } from './normalize.ts';
import { MIN_FUZZY_LENGTH } from './typos.ts';

/** How much a word of the section heading counts, against 1 for a word of the sentence. */
const SECTION_WEIGHT = 0.6;
/**
 * How much a word of the sentence before counts: "au bout de 18 mois, la tumeur devient résistante
 * à ce médicament" is about the osimertinib named one sentence earlier.
 */
const PREVIOUS_WEIGHT = { leaning: 0.5, other: 0.2 };
/** BM25 constants: sentences are short, so length matters less than in whole documents. */
const K1 = 1.2;
const B = 0.4;

export interface IndexedPassage {
  passage: Passage;
  features: PassageFeatures;
}

/**
 * The passages holding one term, in document order, as parallel typed arrays: the BM25 score
 * of the term in each is computed once here, so a question only adds numbers up.
 */
export interface PostingList {
  docs: Int32Array;
  /** idf × saturated term frequency. */
  impacts: Float32Array;
  /** How fully the passage holds the term: 1 in the sentence, less in its heading or the sentence before. */
  presence: Float32Array;
}

/**
 * An inverted index over sentence passages: term → postings, document frequencies,
 * and the vocabulary's surface words for typo matching (fuse.js runs over words, not passages,
 * so its cost follows the vocabulary, which grows far slower than the passages).
 */
export interface SearchIndex {
  docs: IndexedPassage[];
  postings: Map<string, PostingList>;
  /** In how many sentences a term is written (headings and neighbours left out, so they do not make a word look common). */
  documentFrequency: Map<string, number>;
  /** Surface word (folded) → its stem. */
  vocabulary: Map<string, string>;
  /**
   * fuse.js over the vocabulary, one per first letter: a typo seldom hits the first letter,
   * and each search then runs over a small share of the words.
   */
  fuzzyWords: Map<string, Fuse<string>>;
}

/**
 * Terms as small integers while indexing: counting in arrays instead of maps keeps the build of
 * hundreds of releases within a second.
 */
class TermTable {
  readonly ids = new Map<string, number>();
  readonly stems: string[] = [];
  readonly docs: number[][] = [];
  readonly tfs: number[][] = [];
  readonly documentFrequency: number[] = [];

  idOf(stemmed: string): number {
    let id = this.ids.get(stemmed);
    if (id === undefined) {
      id = this.stems.length;
      this.ids.set(stemmed, id);
      this.stems.push(stemmed);
      this.docs.push([]);
      this.tfs.push([]);
      this.documentFrequency.push(0);
    }
    return id;
  }
}

export function buildIndex(passages: readonly Passage[]): SearchIndex {
  const docs: IndexedPassage[] = [];
  const table = new TermTable();
  /** Surface word → term id. */
  const tokenIds = new Map<string, number>();
  const sectionTerms = new Map<string, number[]>();
  const termsOf: number[][] = [];
  let totalLength = 0;

  // One passage's term frequencies, by term id; `present` lists the ids set, to reset them after.
  let frequency = new Float64Array(1024);
  const present: number[] = [];
  const add = (id: number, amount: number): void => {
    if (id >= frequency.length) {
      const grown = new Float64Array(Math.max(id + 1, frequency.length * 2));
      grown.set(frequency);
      frequency = grown;
    }
    if (frequency[id] === 0) present.push(id);
    frequency[id] = (frequency[id] ?? 0) + amount;
  };

  passages.forEach((passage, doc) => {
    const folded = foldText(passage.text);
    const tokens = tokenizeFolded(folded);
    const terms: number[] = [];
    for (const token of tokens) {
      let id = tokenIds.get(token);
      if (id === undefined) {
        id = isStopWord(token) ? -1 : table.idOf(stem(token));
        tokenIds.set(token, id);
      }
      if (id >= 0) terms.push(id);
    }
    termsOf.push(terms);
    let heading = sectionTerms.get(passage.section);
    if (!heading) {
      heading = tokenize(passage.section).filter((t) => !isStopWord(t)).map((t) => table.idOf(stem(t)));
      sectionTerms.set(passage.section, heading);
    }

    for (const id of terms) add(id, 1);
    for (const id of present) table.documentFrequency[id] = (table.documentFrequency[id] ?? 0) + 1;
    for (const id of heading) add(id, SECTION_WEIGHT);
    addContextTerms(add, (id) => (frequency[id] ?? 0) > 0, passage, passages, doc, termsOf);
    for (const id of present) {
      table.docs[id]?.push(doc);
      table.tfs[id]?.push(frequency[id] ?? 0);
      frequency[id] = 0;
    }
    present.length = 0;
    docs.push({ passage, features: passageFeatures(passage, folded, tokens) });
    totalLength += terms.length;
  });

  const averageLength = docs.length > 0 ? totalLength / docs.length : 1;
  const postings = new Map<string, PostingList>();
  const documentFrequency = new Map<string, number>();
  table.stems.forEach((stemmed, id) => {
    const docIds = table.docs[id] ?? [];
    const tfs = table.tfs[id] ?? [];
    const df = table.documentFrequency[id] ?? 0;
    if (df > 0) documentFrequency.set(stemmed, df);
    const idf = bm25Idf(docs.length, df);
    const impacts = new Float32Array(docIds.length);
    const presence = new Float32Array(docIds.length);
    for (let i = 0; i < docIds.length; i++) {
      const tf = tfs[i] ?? 0;
      const length = termsOf[docIds[i] ?? 0]?.length ?? averageLength;
      impacts[i] = (idf * (tf * (K1 + 1))) / (tf + K1 * (1 - B + (B * length) / averageLength));
      presence[i] = Math.min(1, tf);
    }
    postings.set(stemmed, { docs: Int32Array.from(docIds), impacts, presence });
  });

  const vocabulary = new Map<string, string>();
  for (const [token, id] of tokenIds) if (id >= 0) vocabulary.set(token, table.stems[id] ?? token);
  const byFirstLetter = new Map<string, string[]>();
  for (const word of vocabulary.keys()) {
    if (word.length < MIN_FUZZY_LENGTH || /\d/.test(word)) continue;
    const bucket = byFirstLetter.get(word[0] ?? '') ?? [];
    bucket.push(word);
    byFirstLetter.set(word[0] ?? '', bucket);
  }
  const fuzzyWords = new Map<string, Fuse<string>>();
  for (const [letter, words] of byFirstLetter) {
    fuzzyWords.set(letter, new Fuse(words, { includeScore: true, threshold: 0.34, ignoreLocation: true, isCaseSensitive: true, useExtendedSearch: false }));
  }
  return { docs, postings, documentFrequency, vocabulary, fuzzyWords };
}

/**
 * Adds the words of the sentences a passage leans on, where the passage lacks them: the sentence
 * before at PREVIOUS_WEIGHT, and while that one leans too, the one before it at half as much again.
 */
function addContextTerms(
  add: (id: number, amount: number) => void,
  has: (id: number) => boolean,
  passage: Passage,
  passages: readonly Passage[],
  doc: number,
  termsOf: readonly number[][],
): void {
  let weight = passage.leansOnPrevious ? PREVIOUS_WEIGHT.leaning : PREVIOUS_WEIGHT.other;
  let current = passage;
  for (let back = 1; back <= 2 && doc - back >= 0; back++) {
    const previous = passages[doc - back];
    if (!previous || previous.id !== current.previousId) break;
    for (const id of termsOf[doc - back] ?? []) if (!has(id)) add(id, weight);
    if (!current.leansOnPrevious || !previous.leansOnPrevious) break;
    weight /= 2;
    current = previous;
  }
}

function bm25Idf(documents: number, documentFrequency: number): number {
  const df = Math.max(1, documentFrequency);
  return Math.log(1 + (documents - df + 0.5) / (df + 0.5));
}

/** BM25 inverse document frequency of a term (a term found only in headings or neighbours counts as in one sentence). */
export function inverseDocumentFrequency(index: SearchIndex, term: string | null): number {
  return bm25Idf(index.docs.length, term === null ? 1 : (index.documentFrequency.get(term) ?? 1));
}
