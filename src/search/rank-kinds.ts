import type { IndexedPassage, SearchIndex } from './index.ts';
import type { AnalyzedQuestion } from './query.ts';
import { kindMask, STRONG_KINDS } from './kind-rules.ts';
import { ALL_DOCS, type DocRange } from './scope.ts';
import { kindAloneConfidence, otherwiseQualifiedConfidence, WEIGHTS } from './score.ts';

export interface RankedPassage {
  doc: IndexedPassage;
  /** Unbounded score, only for ordering. */
  relevance: number;
  /** 0..1: how much of the question this passage covers, weighed by how rare each word is. */
  confidence: number;
}

/**
 * "Que vont faire les chercheurs maintenant ?" asks for what comes next, whatever its words find
 * ("chercheurs" finds "L'équipe du Pr Besse…"). When the best passage by the words is not of the
 * strong kind asked, the best of that kind by the words come first; when the words find none, the
 * passages of that kind in the release the words point to, with a confidence that falls with the
 * share of the question the release does not know ("les prochaines étapes pour le remboursement").
 */
export function withAskedKindFirst(
  index: SearchIndex,
  query: AnalyzedQuestion,
  best: readonly RankedPassage[],
  bestOfKind: readonly RankedPassage[],
  unknownShare: number,
): RankedPassage[] {
  const askedKind = strongKindsAsked(query);
  const top = best[0];
  if (askedKind === 0 || !top || (top.doc.features.kindMask & askedKind) !== 0) return [...best];
  const floor = kindAloneConfidence(unknownShare);
  const first =
    bestOfKind.length > 0
      ? bestOfKind.map((ranked) => (ranked.confidence >= floor ? ranked : { ...ranked, confidence: floor }))
      : rankByKindAlone(index, query, best.length, index.releaseRanges.get(top.doc.passage.releaseId) ?? ALL_DOCS).map((ranked) => ({ ...ranked, confidence: floor }));
  return [...first, ...best.filter((ranked) => !first.some((kind) => kind.doc === ranked.doc))];
}

/**
 * "De quoi parle ce communiqué ?" names no subject, only what it wants: a title, what comes next,
 * a purpose. The passages of that kind in `scope` answer it, in reading order, with a middling confidence.
 */
export function rankByKindAlone(index: SearchIndex, query: AnalyzedQuestion, limit: number, scope: readonly DocRange[] = ALL_DOCS): RankedPassage[] {
  const wanted = strongKindsAsked(query);
  if (wanted === 0 || limit <= 0) return [];
  const ranked: RankedPassage[] = [];
  for (const range of scope) {
    for (let at = range.from; at < Math.min(range.to, index.docs.length); at++) {
      const doc = index.docs[at] as IndexedPassage;
      if ((doc.features.kindMask & wanted) === 0) continue;
      ranked.push({ doc, relevance: 1, confidence: WEIGHTS.confidence.kindAlone });
      if (ranked.length === limit) return ranked;
    }
  }
  return ranked;
}

export function strongKindsAsked(query: AnalyzedQuestion): number {
  return kindMask(query.kinds.filter((kind) => STRONG_KINDS.has(kind)));
}

/**
 * "Quelle est la survie globale ?" is not answered by "la survie sans progression": a passage that
 * names the thing asked, each time followed by a word the question does not use, and never by the
 * question's qualifier, loses confidence as if it did not hold it. Only the few passages kept are read again.
 */
export function lowerOtherwiseQualified(index: SearchIndex, ranked: readonly RankedPassage[], query: AnalyzedQuestion): RankedPassage[] {
  const { asked, askedQualifier } = query;
  if (!asked || !askedQualifier) return [...ranked];
  const askedStems = new Set(asked.matches.filter((match) => match.kind !== 'synonym').map((match) => match.stem));
  // The question's own words, not their synonyms: "survie" has "progression" for one, through "survie sans progression".
  const questionStems = new Set(query.terms.flatMap((term) => term.matches.filter((match) => match.kind !== 'synonym').map((match) => match.stem)));
  return ranked.map((passage) =>
    qualifiedOtherwise(index.termsOf(passage.doc.doc), askedStems, askedQualifier, questionStems)
      ? { ...passage, confidence: otherwiseQualifiedConfidence(passage.confidence) }
      : passage,
  );
}

/**
 * Whether `terms` (a passage's, stop words out) name one of `askedStems` only ever followed by a
 * word that is neither a figure nor a word of the question, and never hold `qualifier`.
 */
function qualifiedOtherwise(terms: readonly string[], askedStems: ReadonlySet<string>, qualifier: string, questionStems: ReadonlySet<string>): boolean {
  if (terms.includes(qualifier)) return false;
  let named = false;
  for (let i = 0; i < terms.length; i++) {
    if (!askedStems.has(terms[i] ?? '')) continue;
    named = true;
    const next = terms[i + 1];
    if (next === undefined || /\d/.test(next) || questionStems.has(next)) return false;
  }
  return named;
}
