import type { Passage } from '../knowledge/passages.ts';
import type { Release } from '../knowledge/release.ts';
import { isSureEnough, isWorthShowing } from '../search/score.ts';
import type { SearchHit } from '../search/search.ts';
import type { Answer, AnswerReason, ReleaseRef, ReleaseSummary } from './types.ts';
import { wording } from './wording.fr.ts';

const MAX_ALTERNATIVES = 3;

/** The releases an answer may cite, and their passages by id. */
export interface Catalogue {
  releases: Map<string, Release>;
  byId: Map<string, Passage>;
  summaries: readonly ReleaseSummary[];
}

export interface ComposeOptions {
  /** Skips the bar: a reviewer chose the passage, and the confidence says how close the question came to the one they reviewed. */
  told?: boolean;
  /** Another release that answers about as surely (see `chooseRelease`). */
  otherRelease?: ReleaseRef | null;
  /** Whose press contact a refusal without any hit gives: the release the question was put to. */
  refusingRelease?: Release;
}

/**
 * Turns search hits, all from one release, into an Answer: the best sentence if it is sure
 * enough, else an honest refusal.
 */
export function composeAnswer(catalogue: Catalogue, question: string, hits: readonly SearchHit[], options: ComposeOptions = {}): Answer {
  const [top, ...rest] = hits;
  const release = top ? catalogue.releases.get(top.passage.releaseId) : options.refusingRelease;
  if (!top || !release || (!options.told && !isSureEnough(top.confidence))) {
    // The press contact of the release the question came closest to.
    const refusal = composeRefusal(catalogue, question, 'not_in_release', '', release);
    return { ...refusal, confidence: round(top?.confidence ?? 0), message: wording.notInRelease(refusal.pressContact) };
  }
  const previous = top.passage.previousId ? catalogue.byId.get(top.passage.previousId) : undefined;
  return {
    question,
    answered: true,
    reason: 'answer',
    confidence: round(top.confidence),
    sentence: top.passage.text,
    passageId: top.passage.id,
    context: top.passage.leansOnPrevious && previous ? previous.text : null,
    figures: top.passage.figures,
    release: releaseRef(release),
    sources: release.sources,
    alternatives: rest
      .filter((hit) => isWorthShowing(hit.confidence) && hit.passage.text !== top.passage.text)
      .slice(0, MAX_ALTERNATIVES)
      .map((hit) => ({ passageId: hit.passage.id, sentence: hit.passage.text, confidence: round(hit.confidence) })),
    message: null,
    notice: null,
    pressContact: release.pressContact,
    verified: null,
    embargo: null,
    otherRelease: options.otherRelease ?? null,
  };
}

/** An Answer without a passage: empty input, small talk, medical advice, or nothing in the release. */
export function composeRefusal(
  catalogue: Catalogue,
  question: string,
  reason: AnswerReason,
  message: string,
  closest?: Pick<ReleaseSummary, 'sources' | 'pressContact'>,
): Answer {
  const first = closest ?? catalogue.summaries[0];
  return {
    question,
    answered: false,
    reason,
    confidence: 0,
    sentence: null,
    passageId: null,
    context: null,
    figures: [],
    release: null,
    sources: first ? first.sources : [],
    alternatives: [],
    message,
    notice: null,
    pressContact: first?.pressContact ?? null,
    verified: null,
    embargo: null,
    otherRelease: null,
  };
}

/** How an answer cites its release. */
export function releaseRef(release: Release): ReleaseRef {
  return {
    id: release.id,
    title: release.title,
    date: release.event.date.slice(0, 10),
    dateLabel: release.event.label,
    publisher: release.publisher,
  };
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}
