import { createToldAnswerer, type Answerer } from '../answer/answerer.ts';
import type { Answer } from '../answer/types.ts';
import type { Knowledge } from '../knowledge/load.ts';
import { orphans } from './orphans.ts';
import { createQuestionReader } from './question-terms.ts';
import { buildTaughtIndex, type TaughtIndex, type TaughtIndexOptions, type TaughtMatch } from './taught-index.ts';
import { sameOutcome, type TaughtOutcome, type TaughtQuestion } from './taught-question.ts';

/**
 * The bars of the learned answerer. Measured on 2026-12-04 by leaving each question set out and
 * teaching the seven others (`npm run bench:learning`); the counts are over the eight runs.
 */
export interface LearnedAnswererOptions {
  /**
   * From this similarity on, a taught passage replaces the passage the engine answers with, when
   * the neighbours agree: there it was the right one 18 times out of 24.
   */
  close: number;
  /**
   * From this similarity on, a taught passage answers a question the engine refuses, when the
   * neighbours agree: from 0.5 to 0.7 that gave 23 right answers for 1 wrong passage and 5
   * questions the release does not answer; below 0.5, as many wrong as right.
   */
  near: number;
  /**
   * From this similarity on, a taught refusal refuses a question the engine answers, when the
   * neighbours agree: below it the engine's answer was right more often than the refusal.
   */
  nearRefusal: number;
  /** How many taught neighbours are read for a rival outcome. */
  neighbours: number;
  /**
   * The neighbours agree when none of another outcome comes within this of the closest: where
   * they disagree, the closest was a wrong passage as often as a right one.
   */
  margin: number;
  index: Partial<TaughtIndexOptions>;
}

export const defaultLearnedAnswererOptions: LearnedAnswererOptions = { close: 0.7, near: 0.5, nearRefusal: 0.8, neighbours: 8, margin: 0.15, index: {} };

export interface LearnedAnswerer extends Answerer {
  /** The taught questions whose passage the knowledge no longer has: never used, for the review queue to take back. */
  readonly orphans: readonly TaughtQuestion[];
  /** Builds the taught index again over `taught` (the store changed); answers meanwhile use the previous one. */
  replaceTaught(taught: readonly TaughtQuestion[]): void;
}

/** The closest taught question, and whether its neighbours agree on its outcome. */
interface Verdict {
  closest: TaughtMatch;
  agreed: boolean;
}

/**
 * The engine's answerer, consulting the taught questions first. The closest taught question
 * decides, when no taught question of another outcome comes within the margin: its passage
 * replaces the engine's from `close` on, answers where the engine refuses from `near` on, and
 * its refusal refuses where the engine answers from `nearRefusal` on. An answer the closest
 * taught question confirms is marked verified. Medical advice, help and small talk stay the
 * engine's, and a question no taught question is near gets the engine's answer unchanged.
 */
export function createLearnedAnswerer(
  engine: Answerer,
  knowledge: Knowledge,
  taught: readonly TaughtQuestion[],
  options: Partial<LearnedAnswererOptions> = {},
): LearnedAnswerer {
  const settings: LearnedAnswererOptions = { ...defaultLearnedAnswererOptions, ...options };
  const reader = createQuestionReader(knowledge.glossary);
  const told = createToldAnswerer(knowledge);
  let state = build(taught);

  function build(list: readonly TaughtQuestion[]): { index: TaughtIndex; orphans: TaughtQuestion[] } {
    const gone = orphans(list, knowledge);
    const usable = gone.length === 0 ? list : list.filter((question) => !gone.includes(question));
    return { index: buildTaughtIndex(usable, reader, settings.index), orphans: gone };
  }

  return {
    releases: engine.releases,
    examples: engine.examples,
    get orphans() {
      return state.orphans;
    },
    replaceTaught(list) {
      state = build(list);
    },
    answer(raw: string): Answer {
      const own = engine.answer(raw);
      if (own.reason !== 'answer' && own.reason !== 'not_in_release') return own;
      const verdict = closestVerdict(state.index.neighbours(own.question, settings.neighbours), settings.margin);
      if (!verdict) return own;
      const { closest, agreed } = verdict;
      const { outcome } = closest.taught;
      const verified = { taughtId: closest.taught.id, taughtBy: closest.taught.taughtBy, taughtAt: closest.taught.taughtAt };
      const bar = outcome.kind === 'refusal' ? settings.nearRefusal : settings.near;
      if (saysTheSame(outcome, own)) return agreed && closest.similarity >= bar ? { ...own, verified } : own;
      if (!replaces(outcome, own, verdict, settings)) return own;
      const answer = told(raw, outcome.kind === 'passage' ? outcome.passageId : null, closest.similarity);
      return answer ? { ...answer, verified } : own;
    },
  };
}

function closestVerdict(neighbours: readonly TaughtMatch[], margin: number): Verdict | null {
  const closest = neighbours[0];
  if (!closest) return null;
  const rival = neighbours.find((match) => !sameOutcome(match.taught.outcome, closest.taught.outcome));
  return { closest, agreed: !rival || rival.similarity < closest.similarity - margin };
}

function saysTheSame(outcome: TaughtOutcome, own: Answer): boolean {
  return outcome.kind === 'refusal' ? !own.answered : own.passageId === outcome.passageId;
}

/**
 * Whether the closest taught outcome, other than the engine's answer, replaces it. Only a close
 * taught passage answers a question the engine refuses even when a neighbour disagrees: there it
 * was right 4 times out of 4.
 */
function replaces(outcome: TaughtOutcome, own: Answer, { closest, agreed }: Verdict, settings: LearnedAnswererOptions): boolean {
  const { similarity } = closest;
  if (outcome.kind === 'refusal') return agreed && similarity >= settings.nearRefusal;
  if (own.answered) return agreed && similarity >= settings.close;
  return similarity >= settings.close || (agreed && similarity >= settings.near);
}
