import { describe, expect, it } from 'vitest';
import { createAnswerer } from '../../src/answer/answerer.ts';
import { loadKnowledge } from '../../src/knowledge/load.ts';
import { createLearnedAnswerer } from '../../src/learning/learned-answerer.ts';
import { MARIPOSA_ID, ORCHIDEE_ID, twoReleasesDir } from '../support/two-releases.ts';

const knowledge = loadKnowledge(twoReleasesDir());
const mariposaPatients = knowledge.passages.find((passage) => passage.text.includes('portant sur plus de 1 000 patients'));
const taught = {
  id: 'taught-1',
  question: 'Combien de patients ont été inclus dans cet essai ?',
  outcome: { kind: 'passage' as const, passageId: mariposaPatients?.id ?? '', releaseId: MARIPOSA_ID },
  taughtBy: 'U_COMMS',
  taughtAt: '2026-12-01T09:00:00.000Z',
};
const learned = createLearnedAnswerer(createAnswerer(knowledge), knowledge, [taught]);
const mariposa = knowledge.releases.find((release) => release.id === MARIPOSA_ID);

describe('the learned answerer with several releases', () => {
  it('keeps a taught passage’s release, its sources and contact, in a channel pinned to another release', () => {
    const answer = learned.answer('Combien de patients ont été inclus dans cet essai ?', { pinnedReleaseId: ORCHIDEE_ID });
    expect(answer.passageId).toBe(mariposaPatients?.id);
    expect(answer.release?.id).toBe(MARIPOSA_ID);
    expect(answer.sources).toEqual(mariposa?.sources);
    expect(answer.verified?.taughtId).toBe('taught-1');
  });

  it('passes the channel’s pin on to the engine for a question nobody taught', () => {
    const answer = learned.answer('Quelle est la survie sans progression ?', { pinnedReleaseId: MARIPOSA_ID });
    expect(answer.release?.id).toBe(MARIPOSA_ID);
  });

  it('answers from one release alone as the engine does', () => {
    expect(learned.answerFrom(MARIPOSA_ID, 'Quelle est la survie sans progression ?').release?.id).toBe(MARIPOSA_ID);
  });
});
