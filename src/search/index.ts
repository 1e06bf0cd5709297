import type { Figure } from '../knowledge/figures.ts';
import { TITLE_SECTION, type Passage } from '../knowledge/passages.ts';
import { foldText } from '../text/fold.ts';
import { createFeatureReader, type FeatureReader, type PassageFeatures, type TextFeatures } from './features.ts';
import { createFuzzyWords, type FuzzyWords } from './fuzzy.ts';
import type { TextPipeline } from './pipeline.ts';
import { releaseRanges, type DocRange } from './scope.ts';
import { bm25Idf, bm25Impact, WEIGHTS } from './score.ts';
import { Entries, SentenceTerms, TermTable } from './term-table.ts';

export interface IndexedPassage {
  passage: Passage;
  features: PassageFeatures;
  /** Its number in the index. */
  doc: number;
}

/** The passages holding one term, in document order, as three arrays of the same length. */
export interface PostingList {
  docs: Int32Array;
  /** The term's BM25 score in each passage: a question only adds these up. */
  impacts: Float32Array;
  /** How fully each passage holds the term: 1 in the sentence, less in its heading or the sentence before. */
  presences: Float32Array;
}

/** An inverted index over sentence passages. */
export interface SearchIndex {
  docs: IndexedPassage[];
  /** Stem → the passages holding it. */
  postings: Map<string, PostingList>;
  /** In how many sentences a term is written (headings and neighbours left out, so they do not make a word look common). */
  documentFrequency: Map<string, number>;
  /** Surface word (folded) of the sentences → its stem. */
  vocabulary: Map<string, string>;
  /** The vocabulary's words, for typo matching. */
  fuzzy: FuzzyWords;
  /** The terms of passage `doc`'s sentence, stop words out, in order. */
  termsOf(doc: number): string[];
  /** Where each release's passages stand in `docs`. */
  releaseRanges: ReadonlyMap<string, readonly DocRange[]>;
}

/** What a sentence's text alone decides, kept for the passages that repeat it word for word. */
interface SentenceReading {
  features: TextFeatures;
  /** The first passage with this text. */
  firstDoc: number;
  /** The terms the sentence names only as a comparator, which it does not lend to the next one. */
  unlent: ReadonlySet<number>;
  /** The features of the first passage with this text. */
  firstFeatures?: PassageFeatures;
}

/**
 * Words a passage is also found by, beside its own: the stems of the questions the communications
 * team taught it for, each with its share (0..1) of those questions that hold it.
 */
export type PassageExpansion = ReadonlyMap<string, ReadonlyMap<string, number>>;

const NO_EXPANSION: PassageExpansion = new Map();

export function buildIndex(passages: readonly Passage[], pipeline: TextPipeline, expansion: PassageExpansion = NO_EXPANSION): SearchIndex {
  const table = new TermTable(Math.max(1024, passages.length));
  const sentences = new SentenceTerms(passages.length, table, pipeline);
  const entries = new Entries(Math.max(1024, passages.length * EXPECTED_ENTRIES_PER_SENTENCE));
  const reader = { pipeline, features: createFeatureReader(pipeline), comparator: comparatorPatterns(pipeline) };
  // Releases repeat sentences word for word (a publisher's boilerplate, quotes taken up), and sections their heading: each is read once.
  const readings = new Map<string, SentenceReading>();
  const headings = new Map<string, Int32Array>();
  const unlentOf: ReadonlySet<number>[] = [];
  const docs = passages.map((passage, doc): IndexedPassage => {
    let reading = readings.get(passage.text);
    if (reading) sentences.repeat(doc, reading.firstDoc);
    else readings.set(passage.text, (reading = readSentence(passage.text, doc, sentences, reader)));
    unlentOf.push(reading.unlent);
    let heading = headings.get(passage.section);
    if (!heading) headings.set(passage.section, (heading = Int32Array.from(pipeline.terms(passage.section), (term) => table.idOf(term))));
    table.addEach(sentences.ids, sentences.from(doc), sentences.to(doc), 1);
    table.countDocument();
    table.addEach(heading, 0, heading.length, WEIGHTS.index.headingWord);
    addNeighbourTerms(table, passages, doc, sentences, unlentOf);
    addTaughtTerms(table, expansion.get(passage.id));
    table.moveInto(entries, doc);
    const features = sharedFeatures(passage, reading, passages) ?? reader.features.passageFeatures(passage, reading.features);
    if (reading.firstDoc === doc) reading.firstFeatures = features;
    return { passage, features, doc };
  });
  const vocabulary = new Map<string, string>();
  for (const [token, id] of sentences.tokenIds) if (id >= 0) vocabulary.set(token, table.stems[id] ?? token);
  return {
    docs,
    ...postingLists(entries, table, sentences, docs.length),
    vocabulary,
    fuzzy: createFuzzyWords(vocabulary.keys()),
    termsOf: (doc) => sentences.stemsOf(doc),
    releaseRanges: releaseRanges(passages),
  };
}

/** Room made at first per sentence for its index entries (with those of its heading and the sentence before). */
const EXPECTED_ENTRIES_PER_SENTENCE = 32;

/** Folds and tokenises the text of passage `doc`, the first with this text, and adds its terms. */
function readSentence(
  text: string,
  doc: number,
  sentences: SentenceTerms,
  { pipeline, features, comparator }: { pipeline: TextPipeline; features: FeatureReader; comparator: Comparator },
): SentenceReading {
  const folded = foldText(text);
  const tokens = pipeline.tokenizeFolded(folded);
  sentences.add(doc, tokens);
  return { features: features.textFeatures(text, folded, tokens), firstDoc: doc, unlent: comparator.test(folded) ? comparatorTerms(folded, comparator, sentences, pipeline) : NOTHING };
}

const NOTHING: ReadonlySet<number> = new Set();

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
function comparatorTerms(folded: string, comparator: Comparator, sentences: SentenceTerms, pipeline: TextPipeline): ReadonlySet<number> {
  const named = new Set<number>();
  for (const span of folded.match(comparator.spans) ?? []) for (const token of pipeline.tokenizeFolded(span)) named.add(sentences.idOf(token));
  for (const token of pipeline.tokenizeFolded(folded.replace(comparator.spans, ' '))) named.delete(sentences.idOf(token));
  named.delete(-1);
  return named;
}

/**
 * The features of the first passage with the same text, when this one has the same figures and
 * is in the title section or not as that one was: the features are then the same.
 */
function sharedFeatures(passage: Passage, reading: SentenceReading, passages: readonly Passage[]): PassageFeatures | undefined {
  const first = passages[reading.firstDoc];
  if (!first || first === passage || !sameFigures(first.figures, passage.figures) || (first.section === TITLE_SECTION) !== (passage.section === TITLE_SECTION)) return undefined;
  return reading.firstFeatures;
}

function sameFigures(a: readonly Figure[], b: readonly Figure[]): boolean {
  return a.length === b.length && a.every((figure, i) => figure.text === b[i]?.text && figure.kind === b[i]?.kind);
}

/**
 * Adds the words of the sentences a passage leans on, where the passage lacks them: the sentence
 * before at `WEIGHTS.index.previousSentence`, and while that one leans too, the one before it at
 * half as much again.
 */
function addNeighbourTerms(table: TermTable, passages: readonly Passage[], doc: number, sentences: SentenceTerms, unlentOf: readonly ReadonlySet<number>[]): void {
  const passage = passages[doc] as Passage;
  let weight = passage.leansOnPrevious ? WEIGHTS.index.previousSentence.leaning : WEIGHTS.index.previousSentence.other;
  let current = passage;
  for (let back = 1; back <= 2 && doc - back >= 0; back++) {
    const previous = passages[doc - back];
    if (!previous || previous.id !== current.previousId) break;
    table.addMissing(sentences.ids, sentences.from(doc - back), sentences.to(doc - back), weight, unlentOf[doc - back] ?? NOTHING);
    if (!current.leansOnPrevious || !previous.leansOnPrevious) break;
    weight /= 2;
    current = previous;
  }
}

/** Adds the words of the questions taught for the passage that it does not hold yet, at their share of `WEIGHTS.index.taughtWord`. */
function addTaughtTerms(table: TermTable, taught: ReadonlyMap<string, number> | undefined): void {
  if (!taught) return;
  for (const [stem, share] of taught) {
    const id = table.idOf(stem);
    if (!table.has(id)) table.add(id, WEIGHTS.index.taughtWord * share);
  }
}

/**
 * Sorts the entries by term (a counting sort, stable, so each list stays in passage order) and
 * weighs them with BM25.
 */
function postingLists(entries: Entries, table: TermTable, sentences: SentenceTerms, documents: number): Pick<SearchIndex, 'postings' | 'documentFrequency'> {
  const termCount = table.stems.length;
  const starts = entries.termStarts(termCount);
  const averageLength = documents > 0 ? sentences.to(documents - 1) / documents : 1;
  const next = starts.slice(0, termCount);
  const docs = new Int32Array(entries.length);
  const impacts = new Float32Array(entries.length);
  const presences = new Float32Array(entries.length);
  const idfs = Float64Array.from({ length: termCount }, (_, term) => bm25Idf(documents, table.documentFrequency[term] ?? 0));
  for (let i = 0; i < entries.length; i++) {
    const term = entries.terms[i] ?? 0;
    const at = next[term] ?? 0;
    next[term] = at + 1;
    const doc = entries.docs[i] ?? 0;
    const weight = entries.weights[i] ?? 0;
    docs[at] = doc;
    impacts[at] = bm25Impact(idfs[term] ?? 0, weight, sentences.to(doc) - sentences.from(doc), averageLength);
    presences[at] = Math.min(1, weight * WEIGHTS.index.presenceScale);
  }
  const postings = new Map<string, PostingList>();
  const documentFrequency = new Map<string, number>();
  table.stems.forEach((stem, term) => {
    const df = table.documentFrequency[term] ?? 0;
    if (df > 0) documentFrequency.set(stem, df);
    const from = starts[term] ?? 0;
    const to = starts[term + 1] ?? 0;
    postings.set(stem, { docs: docs.subarray(from, to), impacts: impacts.subarray(from, to), presences: presences.subarray(from, to) });
  });
  return { postings, documentFrequency };
}

/** BM25 inverse document frequency of a term (a term found only in headings or neighbours counts as in one sentence). */
export function inverseDocumentFrequency(index: SearchIndex, term: string | null): number {
  return bm25Idf(index.docs.length, term === null ? 1 : (index.documentFrequency.get(term) ?? 1));
}
