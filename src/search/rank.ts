import { hasType, typeMask } from './features.ts';
import type { QuestionType } from './glossary.ts';
import { inverseDocumentFrequency, type IndexedPassage, type SearchIndex } from './index.ts';
import { analyze } from './normalize.ts';
import type { AnalyzedQuestion, TermMatch } from './query.ts';

export interface RankOptions {
  /** A passage holding what the question asks for (a figure, a person, a place…) moves up by this much. */
  typeBoost: number;
  /** A passage that defines a word of a "qu'est-ce que" question, or answers a question about a title or what comes next, moves up by this much. */
  definitionBoost: number;
  /** A question asking for a figure (a count, a share, a duration, a date) answered without one, or with a count of something else: confidence × this. */
  missingFigureFactor: number;
  /** How much a question word the release does not know weighs, as a share of the rarest word's weight. */
  unknownWordWeight: number;
  /**
   * "Quel âge a le Pr Besse ?" answered by a sentence that names him but says nothing of an age, or
   * "Quelle est la survie globale ?" by one that only says "survie sans progression": confidence × this.
   */
  missingAskedThingFactor: number;
}

export const defaultRankOptions: RankOptions = {
  typeBoost: 0.6,
  definitionBoost: 2,
  missingFigureFactor: 0.4,
  unknownWordWeight: 1,
  missingAskedThingFactor: 0.7,
};
/** Question types that a figure answers. */
const ASKED_FIGURE_TYPES = new Set<QuestionType>(['percentage', 'count', 'duration', 'date']);
/** Parts of a date a question may ask for: each asked must be there ("en quelle année" is not answered by "le 14 septembre"). */
const ASKED_DATE_PARTS: readonly QuestionType[] = ['year', 'hour'];
/** The confidence of a passage found by its kind alone: enough to answer, and to show it was not found by its words. */
const TYPE_ALONE_CONFIDENCE = 0.6;
/** How many first words of a definition question name what it asks about. */
const DEFINITION_SUBJECT_WORDS = 3;
/** How much of the missing confidence a sentence gains by defining the word asked about. */
const DEFINITION_CONFIDENCE = 0.5;
/** A cue word ("titre", "taux") found in a passage helps less than a word of the question's subject. */
const CUE_WEIGHT = 0.5;
/** A passage holds the thing asked when it names it itself, in its heading, or in the sentence it leans on. */
const ASKED_PRESENCE = 0.4;
/** Types so specific that a passage of that type is almost surely the one asked for. */
const STRONG_TYPES = new Set<QuestionType>(['title', 'future', 'purpose']);

export interface RankedPassage {
  doc: IndexedPassage;
  /** Unbounded score, only for ordering. */
  relevance: number;
  /** 0..1: how much of the question this passage covers, weighed by how rare each word is. */
  confidence: number;
}

/** Per-document accumulators, reused from one question to the next (one index, one thread). */
interface Scratch {
  relevance: Float64Array;
  covered: Float64Array;
  termBest: Float64Array;
  termPresence: Float64Array;
  seen: Uint8Array;
  termSeen: Uint8Array;
  askedPresence: Float64Array;
}
const scratches = new WeakMap<SearchIndex, Scratch>();

function scratchFor(index: SearchIndex): Scratch {
  let scratch = scratches.get(index);
  if (!scratch) {
    const n = index.docs.length;
    scratch = {
      relevance: new Float64Array(n),
      covered: new Float64Array(n),
      termBest: new Float64Array(n),
      termPresence: new Float64Array(n),
      seen: new Uint8Array(n),
      termSeen: new Uint8Array(n),
      askedPresence: new Float64Array(n),
    };
    scratches.set(index, scratch);
  }
  return scratch;
}

/**
 * Ranks the passages that hold at least one word of the question, best first.
 * Only those passages are touched: the postings narrow the candidates, and each posting
 * carries its precomputed BM25 impact, so scoring is additions over typed arrays.
 */
export function rankPassages(index: SearchIndex, query: AnalyzedQuestion, limit: number, options: RankOptions = defaultRankOptions): RankedPassage[] {
  if (limit <= 0) return [];
  if (!query.terms.some((term) => !term.cue)) return rankByTypeAlone(index, query, limit);
  const scratch = scratchFor(index);
  const candidates: number[] = [];
  const importances = query.terms.map((term) => (term.cue ? 0 : termImportance(index, term.matches, options.unknownWordWeight)));
  const totalImportance = importances.reduce((sum, w) => sum + w, 0);

  query.terms.forEach((term, t) => {
    // A question word counts once per passage: the best of its matches (exact, synonym, typo).
    const touched: number[] = [];
    for (const match of term.matches) {
      const list = index.postings.get(match.stem);
      if (!list) continue;
      const weight = match.weight * (term.cue ? CUE_WEIGHT : 1);
      for (let i = 0; i < list.docs.length; i++) {
        const doc = list.docs[i] ?? 0;
        if (!scratch.termSeen[doc]) {
          scratch.termSeen[doc] = 1;
          touched.push(doc);
        }
        const score = weight * (list.impacts[i] ?? 0);
        if (score > (scratch.termBest[doc] ?? 0)) scratch.termBest[doc] = score;
        const presence = match.weight * (list.presence[i] ?? 0);
        if (presence > (scratch.termPresence[doc] ?? 0)) scratch.termPresence[doc] = presence;
      }
    }
    for (const doc of touched) {
      if (!scratch.seen[doc]) {
        scratch.seen[doc] = 1;
        candidates.push(doc);
      }
      scratch.relevance[doc] = (scratch.relevance[doc] ?? 0) + (scratch.termBest[doc] ?? 0);
      scratch.covered[doc] = (scratch.covered[doc] ?? 0) + (scratch.termPresence[doc] ?? 0) * (importances[t] ?? 0);
      scratch.termBest[doc] = 0;
      if (term === query.asked) scratch.askedPresence[doc] = scratch.termPresence[doc] ?? 0;
      scratch.termPresence[doc] = 0;
      scratch.termSeen[doc] = 0;
    }
  });

  // "Que vont faire les chercheurs maintenant ?": no word of the release, but what it asks for is clear.
  if (candidates.length === 0) return rankByTypeAlone(index, query, limit);
  const boosts = typeBoostsOf(query);
  const askedKind = typeMask(query.types.filter((type) => STRONG_TYPES.has(type)));
  const best: RankedPassage[] = [];
  // The best passages of the strong kind asked, kept apart: they come first when the words find another kind.
  const bestOfKind: RankedPassage[] = [];
  for (const doc of candidates) {
    const indexed = index.docs[doc];
    const relevance = (scratch.relevance[doc] ?? 0) * (indexed ? typeFactor(indexed, boosts, options) : 1);
    const covered = scratch.covered[doc] ?? 0;
    const holdsAsked = !query.asked || (scratch.askedPresence[doc] ?? 0) >= ASKED_PRESENCE;
    scratch.askedPresence[doc] = 0;
    scratch.relevance[doc] = 0;
    scratch.covered[doc] = 0;
    scratch.seen[doc] = 0;
    if (!indexed) continue;
    const ofKind = (indexed.features.typeMask & askedKind) !== 0;
    const keptOfKind = ofKind && (bestOfKind.length < limit || outranks(relevance, indexed, bestOfKind[bestOfKind.length - 1]));
    if (best.length === limit && !outranks(relevance, indexed, best[best.length - 1]) && !keptOfKind) continue;
    let confidence = totalImportance > 0 ? covered / totalImportance : 0;
    if (missesAskedFigure(indexed, query.types) || missesCountedThing(indexed, query) || missesAskedPlace(indexed, query)) confidence *= options.missingFigureFactor;
    if (!holdsAsked) confidence *= options.missingAskedThingFactor;
    // A sentence that defines the very word a "qu'est-ce que" question asks about answers it, whatever else the question says.
    if (defines(indexed, boosts.definedStems)) confidence += (1 - confidence) * DEFINITION_CONFIDENCE;
    const ranked = { doc: indexed, relevance, confidence: Math.min(1, confidence) };
    insertRanked(best, ranked, limit);
    if (keptOfKind) insertRanked(bestOfKind, ranked, limit);
  }
  const factor = options.missingAskedThingFactor;
  const unknown = totalImportance > 0 ? unknownShare(query, importances, totalImportance) : 0;
  const ofKind = lowerOtherwiseQualified(bestOfKind, query, factor);
  return withAskedKindFirst(index, query, lowerOtherwiseQualified(best, query, factor), ofKind, askedKind, unknown).slice(0, limit);
}

/** The share of a question's weight carried by words the release does not know at all. */
function unknownShare(query: AnalyzedQuestion, importances: readonly number[], totalImportance: number): number {
  let unknown = 0;
  query.terms.forEach((term, t) => {
    if (!term.cue && term.matches.length === 0) unknown += importances[t] ?? 0;
  });
  return unknown / totalImportance;
}

/**
 * "Quelle est la survie globale ?" is not answered by "la survie sans progression": a passage that
 * names the thing asked, each time followed by a word the question does not use, and never by the
 * question's qualifier, loses confidence as if it did not hold it. Only the few passages kept are read again.
 */
function lowerOtherwiseQualified(ranked: readonly RankedPassage[], query: AnalyzedQuestion, factor: number): RankedPassage[] {
  const { asked, askedQualifier } = query;
  if (!asked || !askedQualifier) return [...ranked];
  const askedStems = new Set(asked.matches.filter((match) => match.kind !== 'synonym').map((match) => match.stem));
  // The question's own words, not their synonyms: "survie" has "progression" for one, through "survie sans progression".
  const questionStems = new Set(query.terms.flatMap((term) => term.matches.filter((match) => match.kind !== 'synonym').map((match) => match.stem)));
  return ranked.map((passage) =>
    qualifiedOtherwise(analyze(passage.doc.passage.text), askedStems, askedQualifier, questionStems) ? { ...passage, confidence: passage.confidence * factor } : passage,
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

/**
 * "Que vont faire les chercheurs maintenant ?" asks for what comes next, whatever its words find
 * ("chercheurs" finds "L'équipe du Pr Besse…"). When the best passage by the words is not of the
 * strong kind asked, the best of that kind by the words come first; when the words find none, the
 * passages of that kind in the release the words point to, with a confidence that falls with the
 * share of the question the release does not know ("les prochaines étapes pour le remboursement").
 */
function withAskedKindFirst(
  index: SearchIndex,
  query: AnalyzedQuestion,
  best: readonly RankedPassage[],
  bestOfKind: readonly RankedPassage[],
  askedKind: number,
  unknown: number,
): RankedPassage[] {
  const top = best[0];
  if (askedKind === 0 || !top || (top.doc.features.typeMask & askedKind) !== 0) return [...best];
  // A passage of the kind found by the words is as sure as one found by its kind alone, at least.
  const byKindAlone = TYPE_ALONE_CONFIDENCE * (1 - unknown);
  const first =
    bestOfKind.length > 0
      ? bestOfKind.map((ranked) => (ranked.confidence >= byKindAlone ? ranked : { ...ranked, confidence: byKindAlone }))
      : rankByTypeAlone(index, query, best.length, top.doc.passage.releaseId).map((ranked) => ({ ...ranked, confidence: byKindAlone }));
  return [...first, ...best.filter((ranked) => !first.some((kind) => kind.doc === ranked.doc))];
}

/**
 * "De quoi parle ce communiqué ?" names no subject, only what it wants: a title, what comes next,
 * a purpose. The passages of that kind answer it, in reading order, with a middling confidence.
 */
function rankByTypeAlone(index: SearchIndex, query: AnalyzedQuestion, limit: number, releaseId?: string): RankedPassage[] {
  const wanted = typeMask(query.types.filter((type) => STRONG_TYPES.has(type)));
  if (wanted === 0 || limit <= 0) return [];
  const ranked: RankedPassage[] = [];
  for (const doc of index.docs) {
    if ((doc.features.typeMask & wanted) === 0 || (releaseId !== undefined && doc.passage.releaseId !== releaseId)) continue;
    ranked.push({ doc, relevance: 1, confidence: TYPE_ALONE_CONFIDENCE });
    if (ranked.length === limit) break;
  }
  return ranked;
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

/** How much a question word weighs in the confidence: its rarity; a word unknown to the release weighs as the rarest. */
function termImportance(index: SearchIndex, matches: readonly TermMatch[], unknownWordWeight: number): number {
  if (matches.length === 0) return unknownWordWeight * inverseDocumentFrequency(index, null);
  const best = matches.reduce((a, b) => (b.weight > a.weight ? b : a));
  return inverseDocumentFrequency(index, best.stem);
}

/**
 * The stems a definition question asks about: its first words after the cue ("qu'est-ce que
 * l'amivantamab" asks about amivantamab, "qui est le directeur général de …" not about the institute).
 * Synonyms are left out: "X est un …" must name X itself.
 */
function askedStems(query: AnalyzedQuestion): string[] {
  return query.terms
    .filter((term) => !term.cue)
    .slice(0, DEFINITION_SUBJECT_WORDS)
    .flatMap((term) => term.matches.filter((m) => m.kind !== 'synonym').map((m) => m.stem));
}

function defines(indexed: IndexedPassage, stems: readonly string[]): boolean {
  return stems.some((stem) => indexed.features.defines.has(stem));
}

/** What a question's types add to a passage's relevance, prepared once per question. */
interface TypeBoosts {
  /** Types whose presence adds `typeBoost`. */
  ordinary: number;
  /** Types whose presence adds `definitionBoost`. */
  strong: number;
  definitionAsked: boolean;
  definedStems: readonly string[];
}

function typeBoostsOf(query: AnalyzedQuestion): TypeBoosts {
  const others = query.types.filter((type) => type !== 'definition');
  return {
    ordinary: typeMask(others.filter((type) => !STRONG_TYPES.has(type))),
    strong: typeMask(others.filter((type) => STRONG_TYPES.has(type))),
    definitionAsked: query.types.includes('definition'),
    definedStems: query.types.includes('definition') ? askedStems(query) : [],
  };
}

function typeFactor(indexed: IndexedPassage, boosts: TypeBoosts, options: RankOptions): number {
  const mask = indexed.features.typeMask;
  let factor = 1 + options.typeBoost * bitCount(mask & boosts.ordinary) + options.definitionBoost * bitCount(mask & boosts.strong);
  if (boosts.definitionAsked) {
    if (defines(indexed, boosts.definedStems)) factor += options.definitionBoost;
    else if (hasType(indexed.features, 'definition')) factor += options.typeBoost / 2;
  }
  return factor;
}

function bitCount(value: number): number {
  let count = 0;
  for (let v = value; v; v &= v - 1) count++;
  return count;
}

/** "Combien de décès ?" is not answered by "1 000 patients": the count must count what was asked. */
function missesCountedThing(indexed: IndexedPassage, query: AnalyzedQuestion): boolean {
  // A share ("0,9 % des patients") answers without naming what it counts.
  if (!query.counted || hasType(indexed.features, 'percentage')) return false;
  return !query.counted.matches.some((match) => indexed.features.counts.has(match.stem));
}

/** "Dans quelle ville s'est tenu le congrès ?" is not answered by a sentence that names no place. */
function missesAskedPlace(indexed: IndexedPassage, query: AnalyzedQuestion): boolean {
  return query.asksPlaceName && !hasType(indexed.features, 'place');
}

function missesAskedFigure(indexed: IndexedPassage, types: readonly QuestionType[]): boolean {
  const asked = types.filter((type) => ASKED_FIGURE_TYPES.has(type));
  if (asked.length > 0 && !asked.some((type) => hasType(indexed.features, type))) return true;
  return ASKED_DATE_PARTS.some((part) => types.includes(part) && !hasType(indexed.features, part));
}
