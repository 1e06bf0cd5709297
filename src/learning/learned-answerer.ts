import { createToldAnswerer, type Answerer } from '../answer/answerer.ts';
import type { Answer } from '../answer/types.ts';
import type { Knowledge } from '../knowledge/load.ts';
import { orphans } from './orphans.ts';
import { createQuestionReader } from './question-terms.ts';
import { buildTaughtIndex, type TaughtIndex, type TaughtIndexOptions, type TaughtMatch } from './taught-index.ts';
import { sameOutcome, type TaughtOutcome, type TaughtQuestion } from './taught-question.ts';

export interface LearnedAnswererOptions {
  /** From this similarity on, the taught outcome is the answer, whatever the engine says. */
  close: number;
  /** From this similarity on (below `close`), a taught passage answers a question the engine refuses. */
  near: number;
  /** From this similarity on (below `close`), a taught refusal refuses a question the engine answers. */
  nearRefusal: number;
  /** How many taught neighbours are read for a rival outcome. */
  neighbours: number;
  /** The closest taught question's outcome is agreed on when no neighbour of another outcome comes within this of its similarity. */
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

/** The outcome the taught questions vote for, with its closest voter. */
interface Verdict {
  outcome: TaughtOutcome;
  closest: TaughtMatch;
  agreed: boolean;
}

/**
 * The engine's answerer, consulting the taught questions first. Questions that read alike and
 * have the same outcome vote together; the winning outcome replaces the engine's answer when
 * its closest voter is close, or when it is near and the engine does not say the same thing in
 * kind (refused where the taught answered, answered where the taught refused). Between two
 * passages at a near similarity the engine keeps its own: a near question may ask another figure.
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
      // Safety answers (medical advice) and help stay the engine's: no review changes what they say.
      if (own.reason !== 'answer' && own.reason !== 'not_in_release') return own;
      const verdict = vote(state.index.neighbours(own.question, settings.neighbours), settings.margin);
      if (!verdict || !overrides(verdict, own, settings)) return own;
      const { outcome, closest } = verdict;
      const answer = told(raw, outcome.kind === 'passage' ? outcome.passageId : null, closest.similarity);
      if (!answer) return own;
      const { id, taughtBy, taughtAt } = closest.taught;
      return { ...answer, verified: { taughtId: id, taughtBy, taughtAt } };
    },
  };
}

/**
 * The closest taught question's outcome, and whether the neighbours agree on it: no neighbour
 * of another outcome within `margin` of its similarity.
 */
function vote(neighbours: readonly TaughtMatch[], margin: number): Verdict | null {
  const closest = neighbours[0];
  if (!closest) return null;
  const rival = neighbours.find((match) => !sameOutcome(match.taught.outcome, closest.taught.outcome));
  return { outcome: closest.taught.outcome, closest, agreed: !rival || rival.similarity < closest.similarity - margin };
}

function overrides(verdict: Verdict, own: Answer, settings: LearnedAnswererOptions): boolean {
  const { similarity } = verdict.closest;
  if (verdict.outcome.kind === 'refusal') return own.answered && similarity >= settings.nearRefusal && verdict.agreed;
  if (!own.answered) return similarity >= settings.close || (similarity >= settings.near && verdict.agreed);
  return own.passageId === verdict.outcome.passageId || (similarity >= settings.close && verdict.agreed);
}
