import type { TextPipeline } from './pipeline.ts';

/**
 * Terms as small integers while indexing, counted in typed arrays rather than a map of strings per
 * passage: the one speed-up of the index kept, as it holds the build target of `npm run bench`
 * (row "500 releases, every sentence distinct", ≤ 1000 ms). Measured A/B in one process on
 * 2026-12-04: 610 against 877 ms of CPU for that row, 369 against 591 for 500 releases.
 */
export class TermTable {
  readonly ids = new Map<string, number>();
  readonly stems: string[] = [];
  documentFrequency: Int32Array;
  /** One passage's weight for each term, by term id; `present` lists the ids set, to reset them after. */
  private frequency: Float64Array;
  private readonly present: number[] = [];

  /** `capacity`: how many terms to make room for at first (the arrays grow past it). */
  constructor(capacity: number) {
    this.documentFrequency = new Int32Array(capacity);
    this.frequency = new Float64Array(capacity);
  }

  idOf(stem: string): number {
    let id = this.ids.get(stem);
    if (id === undefined) {
      id = this.stems.length;
      this.ids.set(stem, id);
      this.stems.push(stem);
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

  /** Adds `amount` for each of `ids[from]` up to `ids[to]` (a term written twice counts twice). */
  addEach(ids: Int32Array, from: number, to: number, amount: number): void {
    for (let at = from; at < to; at++) this.add(ids[at] ?? 0, amount);
  }

  /** Adds `amount` for each of `ids[from]` up to `ids[to]` the passage does not hold yet, but those of `except`. */
  addMissing(ids: Int32Array, from: number, to: number, amount: number, except: ReadonlySet<number>): void {
    for (let at = from; at < to; at++) {
      const id = ids[at] ?? 0;
      if (!this.has(id) && !except.has(id)) this.add(id, amount);
    }
  }

  /** Counts the passage in the document frequency of each term it holds so far. */
  countDocument(): void {
    for (const id of this.present) this.documentFrequency[id] = (this.documentFrequency[id] ?? 0) + 1;
  }

  /** Moves passage `doc`'s weights into `entries`, leaving the table empty for the next passage. */
  moveInto(entries: Entries, doc: number): void {
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
export class Entries {
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

  /** Where each term's entries start once sorted by term (and, at `termCount`, their number). */
  termStarts(termCount: number): Int32Array {
    const starts = new Int32Array(termCount + 1);
    for (let i = 0; i < this.length; i++) {
      const slot = (this.terms[i] ?? 0) + 1;
      starts[slot] = (starts[slot] ?? 0) + 1;
    }
    for (let term = 0; term < termCount; term++) starts[term + 1] = (starts[term + 1] ?? 0) + (starts[term] ?? 0);
    return starts;
  }
}

/**
 * The term ids of every sentence, stop words left out, one after the other in a single array
 * (an array per sentence would mean tens of thousands of small allocations): sentence `doc`
 * holds `ids[starts[doc]]` up to `ids[starts[doc + 1]]`.
 */
export class SentenceTerms {
  ids: Int32Array;
  readonly starts: Int32Array;
  /** Surface word → term id, -1 for a stop word. */
  readonly tokenIds = new Map<string, number>();
  private count = 0;

  constructor(
    sentences: number,
    private readonly table: TermTable,
    private readonly pipeline: TextPipeline,
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
      id = this.pipeline.isStopWord(token) ? -1 : this.table.idOf(this.pipeline.stem(token));
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

  from(doc: number): number {
    return this.starts[doc] ?? 0;
  }

  to(doc: number): number {
    return this.starts[doc + 1] ?? 0;
  }

  /** The stems of sentence `doc`, in order. */
  stemsOf(doc: number): string[] {
    return Array.from(this.ids.subarray(this.from(doc), this.to(doc)), (id) => this.table.stems[id] ?? '');
  }
}

/** Room made at first per sentence for its terms: about what press releases need, so the array seldom grows. */
const EXPECTED_TERMS_PER_SENTENCE = 24;

function grown<T extends Int32Array | Float64Array>(array: T, atLeast: number): T {
  const bigger = new (array.constructor as new (length: number) => T)(Math.max(atLeast, array.length * 2));
  bigger.set(array);
  return bigger;
}
