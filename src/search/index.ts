import type { Passage } from '../knowledge/passages.ts';
import { foldText } from '../text/fold.ts';
import { createFeatureReader, type FeatureReader, type PassageFeatures, type TextFeatures } from './features.ts';
import { createFuzzyWords, type FuzzyWords } from './fuzzy.ts';
import type { TextPipeline } from './pipeline.ts';
import { bm25Idf, bm25Impact, WEIGHTS } from './score.ts';

export interface IndexedPassage {
  passage: Passage;
  features: PassageFeatures;
  /** The sentence's terms, stop words out, in order. */
  terms: readonly string[];
}

/** The passages holding one term, in document order, as three arrays of the same length. */
export interface PostingList {
  docs: number[];
  /** The term's BM25 score in each passage: a question only adds these up. */
  impacts: number[];
  /** How fully each passage holds the term: 1 in the sentence, less in its heading or the sentence before. */
  presences: number[];
}

/** An inverted index over sentence passages. */
export interface SearchIndex {
  docs: IndexedPassage[];
  /** Stem → the passages holding it, in document order. */
  postings: Map<string, PostingList>;
  /** In how many sentences a term is written (headings and neighbours left out, so they do not make a word look common). */
  documentFrequency: Map<string, number>;
  /** Surface word (folded) of the sentences → its stem. */
  vocabulary: Map<string, string>;
  /** The vocabulary's words, for typo matching. */
  fuzzy: FuzzyWords;
}

/** What indexing keeps of one sentence while the passages after it are indexed. */
interface Sentence {
  /** What its words alone say it holds. */
  features: TextFeatures;
  /** Its terms, stop words out, in order, a term written twice twice. */
  terms: string[];
  /** The terms it names only as a comparator, which it does not lend to the next sentence. */
  unlent: ReadonlySet<string>;
}

export function buildIndex(passages: readonly Passage[], pipeline: TextPipeline): SearchIndex {
  const features = createFeatureReader(pipeline);
  const comparator = comparatorPatterns(pipeline);
  const vocabulary = new Map<string, string>();
  const sentences: Sentence[] = [];
  const documentFrequency = new Map<string, number>();
  // Each passage's weight of each term, turned into BM25 impacts once every passage is in.
  const entries = new Map<string, { docs: number[]; weights: number[] }>();
  // Releases repeat sentences word for word (a publisher's boilerplate, quotes taken up), and sections their heading: each is read once.
  const byText = new Map<string, Sentence>();
  const headings = new Map<string, string[]>();
  const termWeights = new Map<string, number>();
  const docs = passages.map((passage, doc): IndexedPassage => {
    let sentence = byText.get(passage.text);
    if (!sentence) byText.set(passage.text, (sentence = readSentence(passage.text, pipeline, features, comparator, vocabulary)));
    sentences.push(sentence);
    let heading = headings.get(passage.section);
    if (!heading) headings.set(passage.section, (heading = pipeline.terms(passage.section)));
    termWeights.clear();
    for (const term of sentence.terms) termWeights.set(term, (termWeights.get(term) ?? 0) + 1);
    for (const term of termWeights.keys()) documentFrequency.set(term, (documentFrequency.get(term) ?? 0) + 1);
    for (const term of heading) termWeights.set(term, (termWeights.get(term) ?? 0) + WEIGHTS.index.headingWord);
    addNeighbourTerms(termWeights, passages, sentences, doc);
    for (const [term, weight] of termWeights) {
      let list = entries.get(term);
      if (!list) entries.set(term, (list = { docs: [], weights: [] }));
      list.docs.push(doc);
      list.weights.push(weight);
    }
    return { passage, features: features.passageFeatures(passage, sentence.features), terms: sentence.terms };
  });
  const averageLength = docs.length > 0 ? sentences.reduce((sum, sentence) => sum + sentence.terms.length, 0) / docs.length : 1;
  const postings = new Map<string, PostingList>();
  for (const [term, { docs: holding, weights }] of entries) {
    const idf = bm25Idf(docs.length, documentFrequency.get(term) ?? 0);
    postings.set(term, {
      docs: holding,
      impacts: holding.map((doc, i) => bm25Impact(idf, weights[i] ?? 0, sentences[doc]?.terms.length ?? 0, averageLength)),
      presences: weights.map((weight) => Math.min(1, weight * WEIGHTS.index.presenceScale)),
    });
  }
  return { docs, postings, documentFrequency, vocabulary, fuzzy: createFuzzyWords(vocabulary.keys()) };
}

function readSentence(text: string, pipeline: TextPipeline, features: FeatureReader, comparator: Comparator, vocabulary: Map<string, string>): Sentence {
  const folded = foldText(text);
  const tokens = pipeline.tokenizeFolded(folded);
  return {
    features: features.textFeatures(text, folded, tokens),
    terms: termsOf(tokens, pipeline, vocabulary),
    unlent: comparator.test(folded) ? comparatorTerms(folded, comparator, pipeline) : NOTHING,
  };
}

/** The terms of a sentence's tokens, each word not a stop word put in the vocabulary. */
function termsOf(tokens: readonly string[], pipeline: TextPipeline, vocabulary: Map<string, string>): string[] {
  const terms: string[] = [];
  for (const token of tokens) {
    if (pipeline.isStopWord(token)) continue;
    let term = vocabulary.get(token);
    if (term === undefined) vocabulary.set(token, (term = pipeline.stem(token)));
    terms.push(term);
  }
  return terms;
}

const NOTHING: ReadonlySet<string> = new Set();

interface Comparator {
  test(folded: string): boolean;
  spans: RegExp;
}

function comparatorPatterns(pipeline: TextPipeline): Comparator {
  const comparators = pipeline.language.passageCues.comparators.join('|');
  const opening = new RegExp(`\\b(?:${comparators})\\b`);
  return { test: (folded) => opening.test(folded), spans: new RegExp(`\\b(?:${comparators})\\b[^,;:.!?()]*`, 'g') };
}

/** The terms named after "par rapport à" and the like, and nowhere else in the sentence. */
function comparatorTerms(folded: string, comparator: Comparator, pipeline: TextPipeline): ReadonlySet<string> {
  const named = new Set<string>();
  for (const span of folded.match(comparator.spans) ?? []) for (const term of pipeline.terms(span)) named.add(term);
  for (const term of pipeline.terms(folded.replace(comparator.spans, ' '))) named.delete(term);
  return named;
}

/**
 * Adds the words of the sentences a passage leans on, where the passage lacks them: the sentence
 * before at `WEIGHTS.index.previousSentence`, and while that one leans too, the one before it at
 * half as much again.
 */
function addNeighbourTerms(termWeights: Map<string, number>, passages: readonly Passage[], sentences: readonly Sentence[], doc: number): void {
  const passage = passages[doc] as Passage;
  let weight = passage.leansOnPrevious ? WEIGHTS.index.previousSentence.leaning : WEIGHTS.index.previousSentence.other;
  let current = passage;
  for (let back = 1; back <= 2 && doc - back >= 0; back++) {
    const previous = passages[doc - back];
    const sentence = sentences[doc - back];
    if (!previous || !sentence || previous.id !== current.previousId) break;
    for (const term of sentence.terms) if (!termWeights.has(term) && !sentence.unlent.has(term)) termWeights.set(term, weight);
    if (!current.leansOnPrevious || !previous.leansOnPrevious) break;
    weight /= 2;
    current = previous;
  }
}

/** BM25 inverse document frequency of a term (a term found only in headings or neighbours counts as in one sentence). */
export function inverseDocumentFrequency(index: SearchIndex, term: string | null): number {
  return bm25Idf(index.docs.length, term === null ? 1 : (index.documentFrequency.get(term) ?? 1));
}
