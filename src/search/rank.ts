import type { QuestionType } from './glossary.ts';
import { inverseDocumentFrequency, type IndexedPassage, type SearchIndex } from './index.ts';
import type { AnalyzedQuestion, TermMatch } from './query.ts';

export interface RankOptions {
  /** BM25 term saturation. */
  k1: number;
  /** BM25 length normalisation: sentences are short, so length matters less than in documents. */
  b: number;
  /** A passage holding what the question asks for (a figure, a person, a place…) moves up by this much. */
  typeBoost: number;
  /** A passage that defines a word of a "qu'est-ce que" question, or answers a question about a title or what comes next, moves up by this much. */
  definitionBoost: number;
  /** A "combien" question answered by a sentence without any figure is suspect: confidence × this. */
  missingFigureFactor: number;
  /** How much a question word the release does not know weighs, as a share of the rarest word's weight. */
  unknownWordWeight: number;
}

export const defaultRankOptions: RankOptions = {
  k1: 1.2,
  b: 0.4,
  typeBoost: 0.6,
  definitionBoost: 2,
  missingFigureFactor: 0.7,
  unknownWordWeight: 1,
};
const FIGURE_TYPES = new Set<QuestionType>(['percentage', 'count', 'duration', 'date']);
/** How much of the missing confidence a sentence gains by defining the word asked about. */
const DEFINITION_CONFIDENCE = 0.5;
/** A cue word ("titre", "taux") found in a passage helps less than a word of the question's subject. */
const CUE_WEIGHT = 0.5;
/** Types so specific that a passage of that type is almost surely the one asked for. */
const STRONG_TYPES = new Set<QuestionType>(['title', 'future']);

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
export function rankPassages(index: SearchIndex, query: AnalyzedQuestion, limit: number, options: RankOptions = defaultRankOptions): RankedPassage[] {
  const { k1: K1, b: B } = options;
  const termCount = query.terms.length;
  if (termCount === 0) return [];
  // Per document, per question term: the best (weight, score) among that term's matches.
  const coverage = new Map<number, Float64Array>();
  const scores = new Map<number, Float64Array>();
  const termWeights = query.terms.map((term) => (term.cue ? 0 : termImportance(index, term.matches, options.unknownWordWeight)));

  query.terms.forEach((term, t) => {
    for (const match of term.matches) {
      const postings = index.postings.get(match.stem) ?? [];
      const idf = inverseDocumentFrequency(index, match.stem);
      for (const { doc, tf } of postings) {
        const length = index.docs[doc]?.length ?? index.averageLength;
        const saturation = (tf * (K1 + 1)) / (tf + K1 * (1 - B + (B * length) / index.averageLength));
        const score = match.weight * idf * saturation * (term.cue ? CUE_WEIGHT : 1);
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
      if ((covered[t] ?? 0) > 0 && !query.terms[t]?.cue) matched.push(query.terms[t]?.token ?? '');
    }
    relevance *= typeFactor(indexed, query, options);
    let confidence = totalImportance > 0 ? coveredImportance / totalImportance : 0;
    if (missesAskedFigure(indexed, query.types) || missesCountedThing(indexed, query)) confidence *= options.missingFigureFactor;
    // A sentence that defines the very word a "qu'est-ce que" question asks about answers it, whatever else the question says.
    if (definesAskedWord(indexed, query)) confidence += (1 - confidence) * DEFINITION_CONFIDENCE;
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
function termImportance(index: SearchIndex, matches: readonly TermMatch[], unknownWordWeight: number): number {
  if (matches.length === 0) return unknownWordWeight * inverseDocumentFrequency(index, null);
  const best = matches.reduce((a, b) => (b.weight > a.weight ? b : a));
  return inverseDocumentFrequency(index, best.stem);
}

function definesAskedWord(indexed: IndexedPassage, query: AnalyzedQuestion): boolean {
  return (
    query.types.includes('definition') &&
    query.terms.some((term) => !term.cue && term.matches.some((m) => m.kind !== 'synonym' && indexed.features.defines.has(m.stem)))
  );
}

function typeFactor(indexed: IndexedPassage, query: AnalyzedQuestion, options: RankOptions): number {
  let factor = 1;
  for (const type of query.types) {
    if (type === 'definition') {
      if (definesAskedWord(indexed, query)) factor += options.definitionBoost;
      else if (indexed.features.types.has('definition')) factor += options.typeBoost / 2;
    } else if (indexed.features.types.has(type)) {
      factor += STRONG_TYPES.has(type) ? options.definitionBoost : options.typeBoost;
    }
  }
  return factor;
}

/** "Combien de décès ?" is not answered by "1 000 patients": the count must count what was asked. */
function missesCountedThing(indexed: IndexedPassage, query: AnalyzedQuestion): boolean {
  if (!query.counted) return false;
  return !query.counted.matches.some((match) => indexed.features.counts.has(match.stem));
}

function missesAskedFigure(indexed: IndexedPassage, types: readonly QuestionType[]): boolean {
  const asked = types.filter((type) => FIGURE_TYPES.has(type));
  return asked.length > 0 && !asked.some((type) => indexed.features.types.has(type));
}
