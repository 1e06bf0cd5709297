import type { Passage } from '../knowledge/passages.ts';
import type { Release } from '../knowledge/release.ts';
import type { SearchResult } from '../search/search.ts';
import type { Answer, AnswerReason, ReleaseRef, ReleaseSummary } from './types.ts';
import { wording } from './wording.fr.ts';

/**
 * Below this confidence the bot says the release does not answer rather than risk a wrong sentence.
 * Measured on 2026-11-29 over five question sets (804 lines): 0.5 rather than 0.45 gave 2 fewer right
 * answers and 15 fewer wrong ones, and a wrong figure is worse than no answer.
 */
export const ANSWER_THRESHOLD = 0.5;
/** Other passages shown under an answer must still be about the question. */
const ALTERNATIVE_THRESHOLD = 0.35;
const MAX_ALTERNATIVES = 3;

export interface AnswerContext {
  /** Below this confidence the answer is a refusal. */
  threshold: number;
  releases: Map<string, Release>;
  byId: Map<string, Passage>;
  summaries: readonly ReleaseSummary[];
}

/** Turns search hits into an Answer: the best sentence if it is sure enough, else an honest refusal. */
export function composeAnswer(context: AnswerContext, question: string, result: SearchResult): Answer {
  const [top, ...rest] = result.hits;
  const release = top ? context.releases.get(top.passage.releaseId) : undefined;
  if (!top || !release || top.confidence < context.threshold) {
    // The press contact of the release the question came closest to.
    const refusal = composeRefusal(context, question, 'not_in_release', '', release);
    return { ...refusal, confidence: round(top?.confidence ?? 0), message: wording.notInRelease(refusal.pressContact) };
  }
  const previous = top.passage.previousId ? context.byId.get(top.passage.previousId) : undefined;
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
      .filter((hit) => hit.confidence >= ALTERNATIVE_THRESHOLD && hit.passage.text !== top.passage.text)
      .slice(0, MAX_ALTERNATIVES)
      .map((hit) => ({ passageId: hit.passage.id, sentence: hit.passage.text, confidence: round(hit.confidence) })),
    message: null,
    notice: null,
    pressContact: release.pressContact,
    verified: null,
  };
}

/** An Answer without a passage: empty input, small talk, medical advice, or nothing in the release. */
export function composeRefusal(
  context: AnswerContext,
  question: string,
  reason: AnswerReason,
  message: string,
  closest?: Pick<ReleaseSummary, 'sources' | 'pressContact'>,
): Answer {
  const first = closest ?? context.summaries[0];
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
