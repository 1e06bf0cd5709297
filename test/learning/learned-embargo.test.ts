import { afterAll, describe, expect, it } from 'vitest';
import { createAnswerer } from '../../src/answer/answerer.ts';
import { loadKnowledge } from '../../src/knowledge/load.ts';
import { createLearnedAnswerer } from '../../src/learning/learned-answerer.ts';
import type { TaughtQuestion } from '../../src/learning/taught-question.ts';
import { AT_EMBARGO, BEFORE_EMBARGO, EMBARGO_LABEL, EMBARGOED_ID, makeEmbargoKnowledge } from '../support/embargo-knowledge.ts';

const folder = makeEmbargoKnowledge();
afterAll(() => folder.remove());
const knowledge = loadKnowledge(folder.dir);
const engine = createAnswerer(knowledge);
const sideEffects = knowledge.passages.find((passage) => passage.text.includes('6,2 %'))!;
// A question the engine alone cannot answer, taught on the embargoed release's sentence.
const question = 'Quelle part des patientes a eu des soucis sérieux ?';
const taught: TaughtQuestion = {
  id: 'taught-helios',
  question,
  outcome: { kind: 'passage', passageId: sideEffects.id, releaseId: EMBARGOED_ID },
  taughtBy: 'U_COMMS',
  taughtAt: '2026-12-01T09:00:00.000Z',
};
const learned = createLearnedAnswerer(engine, knowledge, [taught]);

describe('a taught passage of an embargoed release', () => {
  it('answers the organisation, verified, with the embargo line', () => {
    const answer = learned.answer(question, { now: BEFORE_EMBARGO });
    expect(answer).toMatchObject({ passageId: sideEffects.id, verified: { taughtId: 'taught-helios' }, embargo: { label: EMBARGO_LABEL } });
  });

  it('does not answer an outsider before the embargo: the engine answers without that release', () => {
    const context = { audience: 'external' as const, now: BEFORE_EMBARGO };
    const answer = learned.answer(question, context);
    expect(answer).toEqual(engine.answer(question, context));
    expect(JSON.stringify(answer)).not.toContain('6,2 %');
  });

  it('answers an outsider from the embargo on', () => {
    expect(learned.answer(question, { audience: 'external', exposed: true, now: AT_EMBARGO })).toMatchObject({ passageId: sideEffects.id, embargo: null });
  });
});
