import { answererBuilder, createToldAnswerer, type Answerer } from '../answer/answerer.ts';
import { askContext } from '../answer/ask-context.ts';
import { hiddenReleaseIds } from '../answer/embargo.ts';
import type { PassageExpansion } from '../search/index.ts';
import type { Answer } from '../answer/types.ts';
import type { Knowledge } from '../knowledge/load.ts';
import { releaseIdOfPassage } from '../knowledge/passages.ts';
import { orphans } from './orphans.ts';
import { passageExpansion } from './passage-expansion.ts';
import { createQuestionReader, type QuestionReader } from './question-terms.ts';
import { buildTaughtIndex, type TaughtIndex, type TaughtIndexOptions, type TaughtMatch } from './taught-index.ts';
import { sameOutcome, type TaughtOutcome, type TaughtQuestion } from './taught-question.ts';
import { carries, tallyVotes, type Ballot, type VoteBar } from './taught-vote.ts';

/**
 * The bars of the learned answerer. Measured on 2026-12-04 by leaving each question set out and
 * teaching the seven others (`npm run bench:learning`); the counts are over the eight runs.
 */
export interface LearnedAnswererOptions {
  /**
   * From this similarity on, a taught passage replaces the passage the engine answers with, when
   * the neighbours agree: there it was the right one 15 times, the engine's 1 time (of 16).
   */
  close: number;
  /**
   * From this similarity on, a taught passage answers a question the engine refuses, when the
   * neighbours agree: from 0.5 to 0.7 that gave 22 right answers for 1 wrong passage and 3
   * questions the release does not answer; below 0.5, 10 right for 20 wrong.
   */
  near: number;
  /**
   * How many agreeing taught questions (within the margin of the closest) a taught passage needs
   * below `close`: one reviewed question at a middling similarity is weak evidence against the
   * engine's refusal. 2 rather than 1: with 100 or 300 questions taught, 14 fewer wrong answers
   * (the engine's count, where one gave more), for 1 point fewer right answers; with all taught,
   * 1 fewer wrong answer and 1 more refusal right for 6 fewer right answers.
   */
  nearBackers: number;
  /**
   * From this similarity on, a taught refusal refuses a question the engine answers, when the
   * neighbours agree: from 0.8 on the refusal was right 14 times out of 15; from 0.5 to 0.8 the
   * engine's answer was right 12 times, the refusal 5.
   */
  nearRefusal: number;
  /** How many taught neighbours are read for a rival outcome. */
  neighbours: number;
  /**
   * The neighbours agree when none of another outcome comes within this of the closest: where
   * they disagree, the closest was the right passage 5 times out of 16 from 0.5 to 0.7.
   */
  margin: number;
  /**
   * The neighbours' vote for a refusal refuses a question the engine answers less surely than
   * `sureAnswer`, before the closest question's rules. Over the ten leave-one-set-out runs with
   * every other set taught (2026-12-04): 7 more refusals right and 7 fewer wrong answers, for 2
   * right answers fewer; with 100 or 300 taught (seeds 1 and 2), 2 to 6 fewer wrong answers for
   * 4 or 5 right answers fewer. A share of 0.6 rather than 0.5: 2 more wrong answers, with all taught.
   */
  refusalVote: VoteBar;
  /**
   * An answer the engine is at least this sure of is not refused by a vote. With 100 or 300
   * questions taught the neighbours are few and far: without this bar the vote refused 7 to 27
   * more right answers per run, for 1 to 3 fewer wrong ones. 0.6: 4 more wrong answers with all taught.
   */
  sureAnswer: number;
  /**
   * The neighbours' vote for another passage than the engine's replaces it. With all taught:
   * 4 more right answers and 4 fewer wrong ones; a share of 0.7 rather than 0.8, 2 more wrong
   * answers. A support of 2 (three close paraphrases at least) rather than 1 changes nothing
   * with all taught, and with 100 taught keeps 4 wrong answers out of one run.
   */
  passageVote: VoteBar;
  index: Partial<TaughtIndexOptions>;
}

export const defaultLearnedAnswererOptions: LearnedAnswererOptions = {
  close: 0.7,
  near: 0.5,
  nearBackers: 2,
  nearRefusal: 0.8,
  neighbours: 8,
  margin: 0.15,
  refusalVote: { support: 1, share: 0.5 },
  sureAnswer: 0.7,
  passageVote: { support: 2, share: 0.8 },
  index: {},
};

/** The index of a bot nobody taught yet. */
const NOTHING_TAUGHT: TaughtIndex = { match: () => null, neighbours: () => [], size: 0 };

interface Taught {
  index: TaughtIndex;
  orphans: TaughtQuestion[];
  /** The engine over the passages and the words of the questions taught for them (the engine itself when nothing is taught). */
  expanded: Answerer;
}

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
  /** Taught questions of the closest's outcome within the margin of its similarity, the closest included. */
  backers: number;
}

/**
 * The engine's answerer, consulting the taught questions. Where the engine refuses, it asks
 * again with the taught questions' words added to their passages (`passage-expansion.ts`), at
 * the engine's own bar, unverified: with every other set taught, 7 more right answers and no
 * more wrong ones; with 100 or 300, 5 or 6 more right answers for 1 or 2 more wrong. Then the
 * taught neighbours vote (`taught-vote.ts`): a strong vote for a refusal or for another passage
 * overrules an answer, marked verified. Else the closest taught question
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
  // Built with the first taught question: a bot that was never taught does not pay for it at start.
  let reader: QuestionReader | undefined;
  let widen: ((expansion: PassageExpansion) => Answerer) | undefined;
  const told = createToldAnswerer(knowledge);
  let state = build(taught);

  function build(list: readonly TaughtQuestion[]): Taught {
    if (list.length === 0) return { index: NOTHING_TAUGHT, orphans: [], expanded: engine };
    const gone = orphans(list, knowledge);
    const usable = gone.length === 0 ? list : list.filter((question) => !gone.includes(question));
    const questionReader = (reader ??= createQuestionReader(knowledge.glossary, knowledge.language));
    const read = usable.map((question) => questionReader.read(question.question));
    return {
      index: buildTaughtIndex(usable, questionReader, settings.index, read),
      orphans: gone,
      expanded: (widen ??= answererBuilder(knowledge))(passageExpansion(usable, read)),
    };
  }

  return {
    releases: engine.releases,
    examples: engine.examples,
    visibleTo: (context) => engine.visibleTo(context),
    embargoRunning: (now) => engine.embargoRunning(now),
    get orphans() {
      return state.orphans;
    },
    replaceTaught(list) {
      state = build(list);
    },
    // The button beside an answer from another release: that release's own answer, as the engine gives it.
    answerFrom: (releaseId, raw, context) => engine.answerFrom(releaseId, raw, context),
    answer(raw, partial): Answer {
      const context = askContext(partial);
      const plain = engine.answer(raw, context);
      if (plain.reason !== 'answer' && plain.reason !== 'not_in_release') return plain;
      const { index, expanded } = state;
      const widened = plain.answered || expanded === engine ? plain : expanded.answer(raw, context);
      const own = widened.answered ? widened : plain;
      const hidden = new Set(hiddenReleaseIds(knowledge.releases, context));
      // A taught passage of a release the asker may not see is as if never taught.
      const neighbours = index.neighbours(own.question, settings.neighbours).filter((match) => !quotesHidden(match.taught.outcome, hidden));
      const ballot = tallyVotes(neighbours);
      if (ballot && overrules(ballot, own, settings)) {
        const { closest } = ballot;
        const answer = told(raw, ballot.outcome.kind === 'passage' ? ballot.outcome.passageId : null, closest.similarity, context);
        if (answer) return { ...answer, verified: { taughtId: closest.taught.id, taughtBy: closest.taught.taughtBy, taughtAt: closest.taught.taughtAt } };
      }
      const verdict = closestVerdict(neighbours, settings.margin);
      if (!verdict) return own;
      const { closest, agreed } = verdict;
      const { outcome } = closest.taught;
      const verified = { taughtId: closest.taught.id, taughtBy: closest.taught.taughtBy, taughtAt: closest.taught.taughtAt };
      const bar = outcome.kind === 'refusal' ? settings.nearRefusal : settings.near;
      if (saysTheSame(outcome, own)) return agreed && closest.similarity >= bar ? { ...own, verified } : own;
      if (!replaces(outcome, own, verdict, settings)) return own;
      const answer = told(raw, outcome.kind === 'passage' ? outcome.passageId : null, closest.similarity, context);
      return answer ? { ...answer, verified } : own;
    },
  };
}

function quotesHidden(outcome: TaughtOutcome, hidden: ReadonlySet<string>): boolean {
  return hidden.size > 0 && outcome.kind === 'passage' && hidden.has(releaseIdOfPassage(outcome.passageId));
}

function closestVerdict(neighbours: readonly TaughtMatch[], margin: number): Verdict | null {
  const closest = neighbours[0];
  if (!closest) return null;
  const rival = neighbours.find((match) => !sameOutcome(match.taught.outcome, closest.taught.outcome));
  const backers = neighbours.filter((match) => match.similarity >= closest.similarity - margin && sameOutcome(match.taught.outcome, closest.taught.outcome)).length;
  return { closest, agreed: !rival || rival.similarity < closest.similarity - margin, backers };
}

/** Whether the neighbours' vote overrules the engine's answer: for a refusal, or for another passage. */
function overrules(ballot: Ballot, own: Answer, settings: LearnedAnswererOptions): boolean {
  if (!own.answered) return false;
  if (ballot.outcome.kind === 'refusal') return own.confidence < settings.sureAnswer && carries(ballot, settings.refusalVote);
  return ballot.outcome.passageId !== own.passageId && carries(ballot, settings.passageVote);
}

function saysTheSame(outcome: TaughtOutcome, own: Answer): boolean {
  return outcome.kind === 'refusal' ? !own.answered : own.passageId === outcome.passageId;
}

/**
 * Whether the closest taught outcome, other than the engine's answer, replaces it. Only a close
 * taught passage answers a question the engine refuses even when a neighbour disagrees: there it
 * was right 2 times out of 3, the engine never.
 */
function replaces(outcome: TaughtOutcome, own: Answer, { closest, agreed, backers }: Verdict, settings: LearnedAnswererOptions): boolean {
  const { similarity } = closest;
  if (outcome.kind === 'refusal') return agreed && similarity >= settings.nearRefusal;
  if (own.answered) return agreed && similarity >= settings.close;
  return similarity >= settings.close || (agreed && similarity >= settings.near && backers >= settings.nearBackers);
}
