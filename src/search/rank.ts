import { hasKind } from './features.ts';
import { inverseDocumentFrequency, type IndexedPassage, type SearchIndex } from './index.ts';
import type { TermMatch } from './matches.ts';
import { missesFigure } from './misses.ts';
import type { AnalyzedQuestion } from './query.ts';
import { kindMask, STRONG_KINDS } from './kind-rules.ts';
import { lowerOtherwiseQualified, rankByKindAlone, strongKindsAsked, withAskedKindFirst, type RankedPassage } from './rank-kinds.ts';
import { ALL_DOCS, lowerBound, type DocRange } from './scope.ts';
import { DEFINITION_SUBJECT_WORDS, otherStudyConfidence, passageConfidence, WEIGHTS } from './score.ts';

export type { RankedPassage } from './rank-kinds.ts';

/**
 * Ranks the passages that hold at least one word of the question, best first, each with its
 * relevance (to order them) and its confidence (to decide whether to answer). Only those
 * passages are touched: the postings narrow the candidates, and each posting carries its BM25
 * impact, so scoring is additions. Only the passages of `scope` are ranked (all by default); the
 * words still weigh by their rarity over every release.
 */
export function rankPassages(index: SearchIndex, query: AnalyzedQuestion, limit: number, scope: readonly DocRange[] = ALL_DOCS): RankedPassage[] {
  const ranked = rankByWordsAndKinds(index, query, limit, scope);
  return query.namesOtherStudy ? ranked.map((passage) => ({ ...passage, confidence: otherStudyConfidence(passage.confidence) })) : ranked;
}

function rankByWordsAndKinds(index: SearchIndex, query: AnalyzedQuestion, limit: number, scope: readonly DocRange[]): RankedPassage[] {
  if (limit <= 0) return [];
  // "Que vont faire les chercheurs maintenant ?": no word of the release, but what it asks for is clear.
  if (!query.terms.some((term) => !term.cue)) return rankByKindAlone(index, query, limit, scope);
  const importances = termImportances(index, query);
  const candidates = scoreCandidates(index, query, importances.byTerm, scope);
  if (candidates.docs.length === 0) return rankByKindAlone(index, query, limit, scope);
  const { best, bestOfKind } = keepBest(index, query, candidates, importances.total, limit);
  return withAskedKindFirst(index, query, lowerOtherwiseQualified(index, best, query), lowerOtherwiseQualified(index, bestOfKind, query), importances.unknownShare).slice(0, limit);
}

interface Importances {
  /** How much each term of the question weighs in the confidence (0 for a cue). */
  byTerm: number[];
  total: number;
  /** The share of the question's weight carried by words the release does not know at all. */
  unknownShare: number;
}

/** How much a question word weighs in the confidence: its rarity; a word unknown to the release weighs as the rarest. */
function termImportances(index: SearchIndex, query: AnalyzedQuestion): Importances {
  const byTerm = query.terms.map((term) => (term.cue ? 0 : termImportance(index, term.matches)));
  const total = byTerm.reduce((sum, w) => sum + w, 0);
  let unknown = 0;
  query.terms.forEach((term, t) => {
    if (!term.cue && term.matches.length === 0) unknown += byTerm[t] ?? 0;
  });
  return { byTerm, total, unknownShare: total > 0 ? unknown / total : 0 };
}

function termImportance(index: SearchIndex, matches: readonly TermMatch[]): number {
  if (matches.length === 0) return WEIGHTS.confidence.unknownWord * inverseDocumentFrequency(index, null);
  const best = matches.reduce((a, b) => (b.weight > a.weight ? b : a));
  return inverseDocumentFrequency(index, best.stem);
}

/** What the words of the question give the passages, by passage number. */
interface Candidates {
  /** The passages holding a word of the question, in the order first met. */
  docs: number[];
  /** BM25, summed over the question's words. */
  relevance: Float64Array;
  /** The question's weight each passage holds. */
  covered: Float64Array;
  /** How fully each passage holds the thing asked (`query.asked`). */
  askedPresence: Float64Array;
}

/** Every passage of `scope` holding a word of the question, with what its words give it. */
function scoreCandidates(index: SearchIndex, query: AnalyzedQuestion, importances: readonly number[], scope: readonly DocRange[]): Candidates {
  const cueWeight = WEIGHTS.match.cue;
  const count = index.docs.length;
  const candidates: Candidates = {
    docs: [],
    relevance: new Float64Array(count),
    covered: new Float64Array(count),
    askedPresence: new Float64Array(query.asked ? count : 0),
  };
  // A question word counts once per passage: the best of its matches (exact, synonym, typo).
  const termScore = new Float64Array(count);
  const termPresence = new Float64Array(count);
  query.terms.forEach((term, t) => {
    const touched: number[] = [];
    for (const match of term.matches) {
      const weight = match.weight * (term.cue ? cueWeight : 1);
      const list = index.postings.get(match.stem);
      if (!list) continue;
      for (const range of scope) {
        for (let i = range.from === 0 ? 0 : lowerBound(list.docs, range.from); i < list.docs.length; i++) {
          const doc = list.docs[i] ?? 0;
          if (doc >= range.to) break;
          if (termScore[doc] === 0) touched.push(doc);
          termScore[doc] = Math.max(termScore[doc] ?? 0, weight * (list.impacts[i] ?? 0));
          termPresence[doc] = Math.max(termPresence[doc] ?? 0, match.weight * (list.presences[i] ?? 0));
        }
      }
    }
    for (const doc of touched) {
      // Every posting's impact is above 0: a passage not met yet has no relevance.
      if (candidates.relevance[doc] === 0) candidates.docs.push(doc);
      const presence = termPresence[doc] ?? 0;
      candidates.relevance[doc] = (candidates.relevance[doc] ?? 0) + (termScore[doc] ?? 0);
      candidates.covered[doc] = (candidates.covered[doc] ?? 0) + presence * (importances[t] ?? 0);
      if (term === query.asked) candidates.askedPresence[doc] = presence;
      termScore[doc] = 0;
      termPresence[doc] = 0;
    }
  });
  return candidates;
}

/**
 * The `limit` best candidates by relevance (their kinds counted in), each with its confidence; and
 * apart, the best of the strong kinds asked, which come first when the words find another kind.
 */
function keepBest(index: SearchIndex, query: AnalyzedQuestion, candidates: Candidates, total: number, limit: number) {
  const boosts = kindBoostsOf(query);
  const askedKind = strongKindsAsked(query);
  const askedPresence = WEIGHTS.confidence.askedPresence;
  const best: RankedPassage[] = [];
  const bestOfKind: RankedPassage[] = [];
  for (const doc of candidates.docs) {
    const indexed = index.docs[doc];
    if (!indexed) continue;
    const relevance = (candidates.relevance[doc] ?? 0) * kindFactor(indexed, boosts);
    const ofKind = (indexed.features.kindMask & askedKind) !== 0;
    const keptOfKind = ofKind && (bestOfKind.length < limit || outranks(relevance, indexed, bestOfKind[bestOfKind.length - 1]));
    // Most candidates rank too low to be kept: their confidence is not worked out.
    if (best.length === limit && !outranks(relevance, indexed, best[best.length - 1]) && !keptOfKind) continue;
    const confidence = passageConfidence({
      covered: candidates.covered[doc] ?? 0,
      total,
      missesFigure: missesFigure(indexed, query),
      missesAskedThing: query.asked !== null && (candidates.askedPresence[doc] ?? 0) < askedPresence,
      definesAsked: defines(indexed, boosts.definedStems),
    });
    const ranked = { doc: indexed, relevance, confidence };
    insertRanked(best, ranked, limit);
    if (keptOfKind) insertRanked(bestOfKind, ranked, limit);
  }
  return { best, bestOfKind };
}

function outranks(relevance: number, indexed: IndexedPassage, other: RankedPassage | undefined): boolean {
  if (!other) return true;
  return relevance > other.relevance || (relevance === other.relevance && indexed.passage.order < other.doc.passage.order);
}

/** Keeps `best` sorted and at most `limit` long. */
function insertRanked(best: RankedPassage[], ranked: RankedPassage, limit: number): void {
  let at = best.length;
  while (at > 0 && outranks(ranked.relevance, ranked.doc, best[at - 1])) at--;
  best.splice(at, 0, ranked);
  if (best.length > limit) best.pop();
}

/** What a question's kinds add to a passage's relevance, prepared once per question. */
interface KindBoosts {
  /** Kinds whose presence adds `WEIGHTS.kinds.held`. */
  ordinary: number;
  /** Kinds whose presence adds `WEIGHTS.kinds.strongOrDefining`. */
  strong: number;
  definitionAsked: boolean;
  /**
   * The stems a definition question asks about: its first words after the cue ("qu'est-ce que
   * l'amivantamab" asks about amivantamab, "qui est le directeur général de …" not about the institute).
   * Synonyms are left out: "X est un …" must name X itself.
   */
  definedStems: readonly string[];
}

function kindBoostsOf(query: AnalyzedQuestion): KindBoosts {
  const others = query.kinds.filter((kind) => kind !== 'definition');
  const definitionAsked = query.kinds.includes('definition');
  return {
    ordinary: kindMask(others.filter((kind) => !STRONG_KINDS.has(kind))),
    strong: kindMask(others.filter((kind) => STRONG_KINDS.has(kind))),
    definitionAsked,
    definedStems: definitionAsked
      ? query.terms
          .filter((term) => !term.cue)
          .slice(0, DEFINITION_SUBJECT_WORDS)
          .flatMap((term) => term.matches.filter((m) => m.kind !== 'synonym').map((m) => m.stem))
      : [],
  };
}

function kindFactor(indexed: IndexedPassage, boosts: KindBoosts): number {
  const mask = indexed.features.kindMask;
  if ((mask & (boosts.ordinary | boosts.strong)) === 0 && !boosts.definitionAsked) return 1;
  const { held, strongOrDefining } = WEIGHTS.kinds;
  let factor = 1 + held * bitCount(mask & boosts.ordinary) + strongOrDefining * bitCount(mask & boosts.strong);
  if (boosts.definitionAsked) {
    if (defines(indexed, boosts.definedStems)) factor += strongOrDefining;
    else if (hasKind(indexed.features, 'definition')) factor += held / 2;
  }
  return factor;
}

function defines(indexed: IndexedPassage, stems: readonly string[]): boolean {
  return stems.some((stem) => indexed.features.defines.has(stem));
}

function bitCount(value: number): number {
  let count = 0;
  for (let v = value; v; v &= v - 1) count++;
  return count;
}
