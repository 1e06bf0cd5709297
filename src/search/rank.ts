import type { QuestionType } from './glossary.ts';
import { inverseDocumentFrequency, type IndexedPassage, type SearchIndex } from './index.ts';
import type { AnalyzedQuestion, TermMatch } from './query.ts';

/** BM25 constants: sentences are short, so length matters less than in documents. */
const K1 = 1.2;
const B = 0.4;
/** A passage holding what the question asks for (a figure, a person, a definition) moves up. */
const TYPE_BOOST = 0.6;
const DEFINITION_BOOST = 1.2;
/** A "combien" question answered by a sentence without any figure is suspect. */
const MISSING_FIGURE_FACTOR = 0.7;
const FIGURE_TYPES = new Set<QuestionType>(['percentage', 'count', 'duration', 'date']);

export interface RankedPassage {
  doc: IndexedPassage;
  /** Unbounded score, only for ordering. */
  relevance: number;
  /** 0..1: how much of the question this passage covers, weighed by how rare each word is. */
  confidence: number;
  /** The stems of the question found in the passage. */
  matched: string[];
}

/**
 * Ranks the passages that hold at least one word of the question.
 * Only those passages are scored: the postings narrow the candidates before any arithmetic.
 */
export function rankPassages(index: SearchIndex, query: AnalyzedQuestion, limit: number): RankedPassage[] {
  const termCount = query.terms.length;
  if (termCount === 0) return [];
  // Per document, per question term: the best (weight, score) among that term's matches.
  const coverage = new Map<number, Float64Array>();
  const scores = new Map<number, Float64Array>();
  const termWeights = query.terms.map((term) => termImportance(index, term.matches));

  query.terms.forEach((term, t) => {
    for (const match of term.matches) {
      const postings = index.postings.get(match.stem) ?? [];
      const idf = inverseDocumentFrequency(index, postings.length);
      for (const { doc, tf } of postings) {
        const length = index.docs[doc]?.length ?? index.averageLength;
        const saturation = (tf * (K1 + 1)) / (tf + K1 * (1 - B + (B * length) / index.averageLength));
        const score = match.weight * idf * saturation;
        const perTerm = scores.get(doc) ?? newRow(scores, doc, termCount);
        if (score > (perTerm[t] ?? 0)) perTerm[t] = score;
        const covered = coverage.get(doc) ?? newRow(coverage, doc, termCount);
        const weight = match.weight * Math.min(1, tf);
        if (weight > (covered[t] ?? 0)) covered[t] = weight;
      }
    }
  });

  const totalImportance = termWeights.reduce((sum, w) => sum + w, 0);
  const ranked: RankedPassage[] = [];
  for (const [doc, perTerm] of scores) {
    const indexed = index.docs[doc];
    if (!indexed) continue;
    const covered = coverage.get(doc) ?? new Float64Array(termCount);
    let relevance = 0;
    let coveredImportance = 0;
    const matched: string[] = [];
    for (let t = 0; t < termCount; t++) {
      relevance += perTerm[t] ?? 0;
      coveredImportance += (covered[t] ?? 0) * (termWeights[t] ?? 0);
      if ((covered[t] ?? 0) > 0) matched.push(query.terms[t]?.token ?? '');
    }
    relevance *= typeFactor(indexed, query);
    let confidence = totalImportance > 0 ? coveredImportance / totalImportance : 0;
    if (missesAskedFigure(indexed, query.types)) confidence *= MISSING_FIGURE_FACTOR;
    ranked.push({ doc: indexed, relevance, confidence, matched });
  }
  ranked.sort((a, b) => b.relevance - a.relevance || a.doc.passage.order - b.doc.passage.order);
  return ranked.slice(0, limit);
}

function newRow(map: Map<number, Float64Array>, doc: number, size: number): Float64Array {
  const row = new Float64Array(size);
  map.set(doc, row);
  return row;
}

/** How much a question word weighs in the confidence: its rarity; a word unknown to the release weighs as the rarest. */
function termImportance(index: SearchIndex, matches: readonly TermMatch[]): number {
  if (matches.length === 0) return inverseDocumentFrequency(index, 1);
  const best = matches.reduce((a, b) => (b.weight > a.weight ? b : a));
  return inverseDocumentFrequency(index, index.postings.get(best.stem)?.length ?? 1);
}

function typeFactor(indexed: IndexedPassage, query: AnalyzedQuestion): number {
  let factor = 1;
  for (const type of query.types) {
    if (type === 'definition') {
      const defined = query.terms.some((term) => term.matches.some((m) => indexed.features.defines.has(m.stem)));
      if (defined) factor += DEFINITION_BOOST;
    } else if (indexed.features.types.has(type)) {
      factor += TYPE_BOOST;
    }
  }
  return factor;
}

function missesAskedFigure(indexed: IndexedPassage, types: readonly QuestionType[]): boolean {
  const asked = types.filter((type) => FIGURE_TYPES.has(type));
  return asked.length > 0 && !asked.some((type) => indexed.features.types.has(type));
}
