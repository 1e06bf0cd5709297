import type { TaughtMatch } from './taught-index.ts';
import type { TaughtOutcome } from './taught-question.ts';

/** The outcome most of a question's taught neighbours were taught, and how strongly they agree on it. */
export interface Ballot {
  outcome: TaughtOutcome;
  /** The similarities of the neighbours taught this outcome, summed. */
  support: number;
  /** `support` against the similarities of all the neighbours (0..1). */
  share: number;
  /** The closest neighbour taught this outcome: the answer says it was verified from it. */
  closest: TaughtMatch;
}

/** How strong a vote must be to overrule the engine. */
export interface VoteBar {
  /** The least summed similarity, as many as one identical question, or two at 0.5. */
  support: number;
  /** The least share of all the neighbours' similarity. */
  share: number;
}

/**
 * The neighbours' vote: each taught neighbour gives its similarity to its outcome (a refusal, or
 * one passage), and the outcome with the most wins. Unlike the closest question alone, a vote
 * hears the thirty paraphrases a passage was taught with: several at 0.5 agreeing say more than
 * one at 0.6 that disagrees with them. Null when there are no neighbours.
 */
export function tallyVotes(neighbours: readonly TaughtMatch[]): Ballot | null {
  const tally = new Map<string, { support: number; closest: TaughtMatch }>();
  let total = 0;
  for (const match of neighbours) {
    const key = outcomeKey(match.taught.outcome);
    const entry = tally.get(key);
    // Neighbours come closest first: the first of each outcome is its closest.
    if (entry) entry.support += match.similarity;
    else tally.set(key, { support: match.similarity, closest: match });
    total += match.similarity;
  }
  let winner: { support: number; closest: TaughtMatch } | undefined;
  for (const entry of tally.values()) if (!winner || entry.support > winner.support) winner = entry;
  if (!winner || total <= 0) return null;
  return { outcome: winner.closest.taught.outcome, support: winner.support, share: winner.support / total, closest: winner.closest };
}

/** Whether the ballot clears the bar. */
export function carries(ballot: Ballot, bar: VoteBar): boolean {
  return ballot.support >= bar.support && ballot.share >= bar.share;
}

/** One key per outcome: a passage id is never empty, so "" is the refusal's. */
function outcomeKey(outcome: TaughtOutcome): string {
  return outcome.kind === 'refusal' ? '' : outcome.passageId;
}
