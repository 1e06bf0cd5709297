import Fuse from 'fuse.js';
import type { Figure } from '../knowledge/figures.ts';
import { TITLE_SECTION, type Passage } from '../knowledge/passages.ts';
import { passageFeatures, textFeatures, type PassageFeatures, type TextFeatures } from './features.ts';
import { foldText, isStopWord, stem, tokenize, tokenizeFolded } from './normalize.ts';
import { MIN_FUZZY_LENGTH } from './typos.ts';

/** How much a word of the section heading counts, against 1 for a word of the sentence. */
const SECTION_WEIGHT = 0.6;
/**
 * How much a word of the sentence before counts: "au bout de 18 mois, la tumeur devient résistante
 * à ce médicament" is about the osimertinib named one sentence earlier.
 */
const PREVIOUS_WEIGHT = { leaning: 0.5, other: 0.2 };
/**
 * "… une amélioration de la survie par rapport à l'osimertinib seul. Cependant, la tumeur devient
 * résistante à ces traitements" speaks of the treatment compared, not of its comparator: what a
 * sentence names after "par rapport à", "comparé à", "versus" or "face à" (folded) is not lent to
 * the sentence after it.
 */
const COMPARATOR = /\b(?:par rapport (?:a|aux?)|comparee?s? (?:a|aux?)|versus|vs|face (?:a|aux?))\b/;
const COMPARATOR_SPANS = new RegExp(`${COMPARATOR.source}[^,;:.!?()]*`, 'g');
/**
 * How fully a passage holds a word it only has through its heading or the sentence before: that
 * sentence is shown with the answer, so its words count for most of a word of the answer
 * (0.5 × 1.4 = 0.7 for the sentence before; a sentence's own words count 1).
 */
const PRESENCE_SCALE = 1.4;
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
 * Terms as small integers while indexing: counting in typed arrays instead of maps keeps the
 * build of hundreds of releases within a second.
 */
class TermTable {
  readonly ids = new Map<string, number>();
  readonly stems: string[] = [];
  documentFrequency: Int32Array;
  /** One passage's weight for each term, by term id; `present` lists the ids set, to reset them after. */
  frequency: Float64Array;
  readonly present: number[] = [];

  /**
   * `capacity`: how many terms to make room for at first. Growing the arrays mid-build also
   * throws away the engine's optimised code for the functions that read them.
   */
  constructor(capacity: number) {
    this.documentFrequency = new Int32Array(capacity);
    this.frequency = new Float64Array(capacity);
  }

  idOf(stemmed: string): number {
    let id = this.ids.get(stemmed);
    if (id === undefined) {
      id = this.stems.length;
      this.ids.set(stemmed, id);
      this.stems.push(stemmed);
      if (id >= this.frequency.length) {
        this.frequency = grown(this.frequency, id + 1);
        this.documentFrequency = grown(this.documentFrequency, id + 1);
      }
    }
    return id;
  }

  add(id: number, amount: number): void {
    if (this.frequency[id] === 0) this.present.push(id);
    this.frequency[id] = (this.frequency[id] ?? 0) + amount;
  }

  has(id: number): boolean {
    return (this.frequency[id] ?? 0) > 0;
  }

  /**
   * Adds `amount` for each of `ids[from]` up to `ids[to]` (a term written twice counts twice).
   * This and the methods below are the per-word loops of indexing, each in a small function the
   * engine optimises early, rather than inside the long passage loop it optimises late.
   */
  addEach(ids: Int32Array, from: number, to: number, amount: number): void {
    for (let at = from; at < to; at++) this.add(ids[at] ?? 0, amount);
  }

  /** Adds `amount` for each of `ids[from]` up to `ids[to]` the passage does not hold yet. */
  addMissing(ids: Int32Array, from: number, to: number, amount: number, except: ReadonlySet<number> | null): void {
    for (let at = from; at < to; at++) {
      const id = ids[at] ?? 0;
      if (!this.has(id) && !except?.has(id)) this.add(id, amount);
    }
  }

  /** Counts the passage in the document frequency of each term it holds so far. */
  countDocument(): void {
    for (const id of this.present) this.documentFrequency[id] = (this.documentFrequency[id] ?? 0) + 1;
  }

  /** Moves passage `doc`'s weights into `entries`, leaving the table empty for the next passage. */
  moveInto(entries: Postings, doc: number): void {
    for (const id of this.present) {
      entries.push(id, doc, this.frequency[id] ?? 0);
      this.frequency[id] = 0;
    }
    this.present.length = 0;
  }
}

/**
 * Every (term, passage, weight) of the index in passage order, as parallel typed arrays:
 * sorted by term once at the end, they become all posting lists at once.
 */
class Postings {
  length = 0;
  terms: Int32Array;
  docs: Int32Array;
  weights: Float64Array;

  /** `capacity`: how many entries to make room for at first (the arrays grow past it). */
  constructor(capacity: number) {
    this.terms = new Int32Array(capacity);
    this.docs = new Int32Array(capacity);
    this.weights = new Float64Array(capacity);
  }

  push(term: number, doc: number, weight: number): void {
    if (this.length === this.terms.length) {
      this.terms = grown(this.terms, this.length + 1);
      this.docs = grown(this.docs, this.length + 1);
      this.weights = grown(this.weights, this.length + 1);
    }
    this.terms[this.length] = term;
    this.docs[this.length] = doc;
    this.weights[this.length] = weight;
    this.length++;
  }
}

/**
 * The term ids of every sentence, stop words left out, one after the other in a single array
 * (an array per sentence would mean tens of thousands of small allocations): sentence `doc`
 * holds `ids[starts[doc]]` up to `ids[starts[doc + 1]]`.
 */
class SentenceTerms {
  ids: Int32Array;
  readonly starts: Int32Array;
  /** Surface word → term id, -1 for a stop word. */
  readonly tokenIds = new Map<string, number>();
  private count = 0;

  constructor(
    sentences: number,
    private readonly table: TermTable,
  ) {
    this.ids = new Int32Array(Math.max(1024, sentences * EXPECTED_TERMS_PER_SENTENCE));
    this.starts = new Int32Array(sentences + 1);
  }

  /** Appends the term ids of sentence `doc` (sentences come in order), words already tokenised. */
  add(doc: number, tokens: readonly string[]): void {
    if (this.ids.length < this.count + tokens.length) this.ids = grown(this.ids, this.count + tokens.length);
    for (const token of tokens) {
      const id = this.idOf(token);
      if (id >= 0) this.ids[this.count++] = id;
    }
    this.starts[doc + 1] = this.count;
  }

  /** The term id of a word, -1 for a stop word. */
  idOf(token: string): number {
    let id = this.tokenIds.get(token);
    if (id === undefined) {
      id = isStopWord(token) ? -1 : this.table.idOf(stem(token));
      this.tokenIds.set(token, id);
    }
    return id;
  }

  /** Appends, as the term ids of sentence `doc`, those of the earlier sentence `earlier` (of the same text). */
  repeat(doc: number, earlier: number): void {
    const from = this.starts[earlier] ?? 0;
    const to = this.starts[earlier + 1] ?? 0;
    if (this.ids.length < this.count + to - from) this.ids = grown(this.ids, this.count + to - from);
    this.ids.copyWithin(this.count, from, to);
    this.count += to - from;
    this.starts[doc + 1] = this.count;
  }

  length(doc: number): number {
    return (this.starts[doc + 1] ?? 0) - (this.starts[doc] ?? 0);
  }
}

/**
 * Room made at first per sentence, for its terms and its index entries (with those of its
 * heading and the sentence before): about what press releases need, so the arrays seldom
 * grow (each growth copies them).
 */
const EXPECTED_TERMS_PER_SENTENCE = 24;
const EXPECTED_ENTRIES_PER_SENTENCE = 32;

function grown<T extends Int32Array | Float64Array>(array: T, atLeast: number): T {
  const bigger = new (array.constructor as new (length: number) => T)(Math.max(atLeast, array.length * 2));
  bigger.set(array);
  return bigger;
}

export function buildIndex(passages: readonly Passage[]): SearchIndex {
  // Distinct terms grow far slower than passages: as many as passages is room to spare.
  const table = new TermTable(Math.max(1024, passages.length));
  const sentences = new SentenceTerms(passages.length, table);
  const entries = new Postings(Math.max(1024, passages.length * EXPECTED_ENTRIES_PER_SENTENCE));
  const docs = indexPassages(passages, table, sentences, entries);
  const averageLength = docs.length > 0 ? (sentences.starts[docs.length] ?? 0) / docs.length : 1;
  const lengthNorms = Float64Array.from({ length: docs.length }, (_, doc) => K1 * (1 - B + (B * sentences.length(doc)) / averageLength));
  const { postings, documentFrequency } = postingLists(entries, table, docs.length, lengthNorms);
  const vocabulary = new Map<string, string>();
  for (const [token, id] of sentences.tokenIds) if (id >= 0) vocabulary.set(token, table.stems[id] ?? token);
  return { docs, postings, documentFrequency, vocabulary, fuzzyWords: fuzzyVocabulary(vocabulary) };
}

/**
 * Adds each passage's entries to `entries` (its words, its heading's, and those of the sentences
 * it leans on, with their weights) and works out its features. A loop of its own, apart from
 * what follows it, so that the engine's optimised code for it is not thrown away on leaving it.
 */
function indexPassages(passages: readonly Passage[], table: TermTable, sentences: SentenceTerms, entries: Postings): IndexedPassage[] {
  const docs: IndexedPassage[] = [];
  const sectionTerms = new Map<string, Int32Array>();
  const analyses = new Map<string, SentenceAnalysis>();
  const unlentOf: (ReadonlySet<number> | null)[] = [];
  for (let doc = 0; doc < passages.length; doc++) {
    const passage = passages[doc] as Passage;
    let analysis = analyses.get(passage.text);
    // A repeated text has the terms of its first passage: its words were all given ids there.
    if (analysis) sentences.repeat(doc, analysis.firstDoc);
    else analysis = analyseSentence(passage.text, doc, sentences, analyses);
    unlentOf.push(analysis.unlent);
    let heading = sectionTerms.get(passage.section);
    if (!heading) sectionTerms.set(passage.section, (heading = headingTerms(passage.section, table)));

    table.addEach(sentences.ids, sentences.starts[doc] ?? 0, sentences.starts[doc + 1] ?? 0, 1);
    table.countDocument();
    table.addEach(heading, 0, heading.length, SECTION_WEIGHT);
    addContextTerms(table, passage, passages, doc, sentences, unlentOf);
    table.moveInto(entries, doc);
    docs.push({ passage, features: featuresOf(passage, analysis, docs) });
  }
  return docs;
}

/** The term ids of a section heading's words, stop words left out. */
function headingTerms(section: string, table: TermTable): Int32Array {
  return Int32Array.from(tokenize(section).filter((t) => !isStopWord(t)), (t) => table.idOf(stem(t)));
}

/** What a sentence's text alone decides, kept for the passages that repeat it: the features of its words. */
interface SentenceAnalysis {
  features: TextFeatures;
  /** The first passage with this text. */
  firstDoc: number;
  /** The terms the sentence names only as a comparator, which it does not lend to the next one. */
  unlent: ReadonlySet<number> | null;
}

/** The tokens of the sentence being analysed: one array for all, as none is kept. */
const sentenceTokens: string[] = [];

/**
 * Folds and tokenises the text of passage `doc`, the first with this text, adds its terms, and
 * keeps in `analyses` what the text alone decides: releases repeat sentences word for word (a
 * publisher's boilerplate, contacts, quotes taken up), and those are worked out once. The
 * tokens are not kept, so that they die young (the passages that repeat the text copy its
 * term ids instead).
 */
function analyseSentence(text: string, doc: number, sentences: SentenceTerms, analyses: Map<string, SentenceAnalysis>): SentenceAnalysis {
  const folded = foldText(text);
  sentenceTokens.length = 0;
  const tokens = tokenizeFolded(folded, sentenceTokens);
  sentences.add(doc, tokens);
  const analysis = { features: textFeatures(text, folded, tokens), firstDoc: doc, unlent: COMPARATOR.test(folded) ? comparatorTerms(folded, sentences) : null };
  analyses.set(text, analysis);
  return analysis;
}

/** The terms named after "par rapport à" and the like, and nowhere else in the sentence. */
function comparatorTerms(folded: string, sentences: SentenceTerms): ReadonlySet<number> {
  const named = new Set<number>();
  for (const span of folded.match(COMPARATOR_SPANS) ?? []) for (const token of tokenizeFolded(span)) named.add(sentences.idOf(token));
  for (const token of tokenizeFolded(folded.replace(COMPARATOR_SPANS, ' '))) named.delete(sentences.idOf(token));
  named.delete(-1);
  return named;
}

/**
 * A passage's features. One that repeats the text of an earlier passage, with the same figures
 * and in the title section or not as that one was, has the same features: it shares them.
 */
function featuresOf(passage: Passage, analysis: SentenceAnalysis, docs: readonly IndexedPassage[]): PassageFeatures {
  const first = docs[analysis.firstDoc];
  const sameFeatures =
    first !== undefined && sameFigures(first.passage.figures, passage.figures) && (first.passage.section === TITLE_SECTION) === (passage.section === TITLE_SECTION);
  return sameFeatures ? first.features : passageFeatures(passage, analysis.features);
}

function sameFigures(a: readonly Figure[], b: readonly Figure[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i]?.text !== b[i]?.text || a[i]?.kind !== b[i]?.kind) return false;
  return true;
}

/**
 * Sorts the entries by term (a counting sort, stable, so each list stays in passage order) and
 * weighs them with BM25; `lengthNorms` holds each passage's K1 × (1 − B + B × length / average).
 * Each pass is a function of its own, for the same reason as `indexPassages`.
 */
function postingLists(entries: Postings, table: TermTable, documents: number, lengthNorms: Float64Array): Pick<SearchIndex, 'postings' | 'documentFrequency'> {
  const termCount = table.stems.length;
  const starts = termStarts(entries, termCount);
  const idfs = Float64Array.from({ length: termCount }, (_, term) => bm25Idf(documents, table.documentFrequency[term] ?? 0));
  const sorted = sortedEntries(entries, starts, idfs, lengthNorms);
  const postings = new Map<string, PostingList>();
  const documentFrequency = new Map<string, number>();
  table.stems.forEach((stemmed, term) => {
    const df = table.documentFrequency[term] ?? 0;
    if (df > 0) documentFrequency.set(stemmed, df);
    const from = starts[term] ?? 0;
    const to = starts[term + 1] ?? 0;
    postings.set(stemmed, { docs: sorted.docs.subarray(from, to), impacts: sorted.impacts.subarray(from, to), presence: sorted.presence.subarray(from, to) });
  });
  return { postings, documentFrequency };
}

/** Where each term's entries start once sorted by term (and, at `termCount`, their number). */
function termStarts(entries: Postings, termCount: number): Int32Array {
  const starts = new Int32Array(termCount + 1);
  for (let i = 0; i < entries.length; i++) {
    const slot = (entries.terms[i] ?? 0) + 1;
    starts[slot] = (starts[slot] ?? 0) + 1;
  }
  for (let term = 0; term < termCount; term++) starts[term + 1] = (starts[term + 1] ?? 0) + (starts[term] ?? 0);
  return starts;
}

/** The entries in term order (`starts` from `termStarts`), each weighed. */
function sortedEntries(entries: Postings, starts: Int32Array, idfs: Float64Array, lengthNorms: Float64Array): PostingList {
  const next = starts.slice(0, starts.length - 1);
  const docs = new Int32Array(entries.length);
  const impacts = new Float32Array(entries.length);
  const presence = new Float32Array(entries.length);
  for (let i = 0; i < entries.length; i++) {
    const term = entries.terms[i] ?? 0;
    const at = next[term] ?? 0;
    next[term] = at + 1;
    const doc = entries.docs[i] ?? 0;
    const tf = entries.weights[i] ?? 0;
    docs[at] = doc;
    impacts[at] = ((idfs[term] ?? 0) * (tf * (K1 + 1))) / (tf + (lengthNorms[doc] ?? 0));
    presence[at] = Math.min(1, tf * PRESENCE_SCALE);
  }
  return { docs, impacts, presence };
}

/** fuse.js over the vocabulary's words long enough to be mistyped, one index per first letter. */
function fuzzyVocabulary(vocabulary: ReadonlyMap<string, string>): Map<string, Fuse<string>> {
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
  return fuzzyWords;
}

/**
 * Adds the words of the sentences a passage leans on, where the passage lacks them: the sentence
 * before at PREVIOUS_WEIGHT, and while that one leans too, the one before it at half as much again.
 */
function addContextTerms(
  table: TermTable,
  passage: Passage,
  passages: readonly Passage[],
  doc: number,
  sentences: SentenceTerms,
  unlentOf: readonly (ReadonlySet<number> | null)[],
): void {
  let weight = passage.leansOnPrevious ? PREVIOUS_WEIGHT.leaning : PREVIOUS_WEIGHT.other;
  let current = passage;
  for (let back = 1; back <= 2 && doc - back >= 0; back++) {
    const previous = passages[doc - back];
    if (!previous || previous.id !== current.previousId) break;
    table.addMissing(sentences.ids, sentences.starts[doc - back] ?? 0, sentences.starts[doc - back + 1] ?? 0, weight, unlentOf[doc - back] ?? null);
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
