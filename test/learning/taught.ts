/** Taught questions over the real release, named by a piece of their passage's sentence. */
import { loadKnowledge } from '../../src/knowledge/load.ts';
import type { TaughtQuestion } from '../../src/learning/taught-question.ts';

export const knowledge = loadKnowledge('knowledge');

/** The id of the one passage whose sentence holds `piece`. */
export function passageHolding(piece: string): string {
  const found = knowledge.passages.filter((passage) => passage.text.includes(piece));
  if (found.length !== 1) throw new Error(`${found.length} passages hold "${piece}"`);
  return (found[0] as (typeof found)[number]).id;
}

let next = 0;

export function taughtPassage(question: string, piece: string): TaughtQuestion {
  next += 1;
  return {
    id: `taught-${next}`,
    question,
    outcome: { kind: 'passage', passageId: passageHolding(piece), releaseId: knowledge.releases[0]?.id ?? '' },
    taughtBy: 'U_COMMS',
    taughtAt: '2026-12-01T09:00:00.000Z',
  };
}

export function taughtRefusal(question: string): TaughtQuestion {
  next += 1;
  return { id: `taught-${next}`, question, outcome: { kind: 'refusal' }, taughtBy: 'U_COMMS', taughtAt: '2026-12-01T09:00:00.000Z' };
}
