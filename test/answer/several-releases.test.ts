/**
 * Two releases of one institute loaded together: the real MARIPOSA release (ESMO 2024) and the
 * test's ORCHIDÉE release (WCLC 2025, newer), which share the institute's boilerplate, the press
 * contact, and the vocabulary of EGFR lung cancer.
 */
import { describe, expect, it } from 'vitest';
import { createAnswerer } from '../../src/answer/answerer.ts';
import { loadKnowledge } from '../../src/knowledge/load.ts';
import { MARIPOSA_ID, ORCHIDEE_ID, twoReleasesDir } from '../support/two-releases.ts';

const knowledge = loadKnowledge(twoReleasesDir());
const answerer = createAnswerer(knowledge);
const releaseOf = (passageId: string | null): string | undefined => knowledge.passages.find((p) => p.id === passageId)?.releaseId;

describe('several releases, one answer from one release', () => {
  it.each([
    ['Combien de patients dans l’essai MARIPOSA ?', MARIPOSA_ID, '1 000 patients'],
    ['Combien de patients dans l’essai ORCHIDÉE ?', ORCHIDEE_ID, '642 patients'],
    ['Combien de patients dans l’essai orchidee ?', ORCHIDEE_ID, '642 patients'],
    ['Qu’est-ce que l’amivantamab ?', MARIPOSA_ID, 'anticorps bispécifique'],
    ['Qu’est-ce que le delvotinib ?', ORCHIDEE_ID, 'quatrième génération'],
    ['Quelle est la survie sans progression avec le delvotinib ?', ORCHIDEE_ID, '27,3 mois'],
    ['Quel est le taux d’anomalies de MET avec l’association ?', MARIPOSA_ID, '4,4 %'],
    ['Quel pourcentage de cancers du poumon présente une mutation EGFR ?', MARIPOSA_ID, '10 %'],
  ])('answers "%s" from the release it is about', (question, releaseId, expected) => {
    const answer = answerer.answer(question);
    expect(answer.release?.id).toBe(releaseId);
    expect(answer.sentence).toContain(expected);
  });

  it.each([
    ['Combien de salariés compte Gustave Roussy ?', '4 100 salariés'],
    ['Qui est le contact presse ?', 'Claire Parisel'],
    ['Combien de patients Gustave Roussy accueille-t-il chaque année ?', '50 000 patients'],
  ])('answers "%s" about the institute once, from the newest release, offering no other', (question, expected) => {
    const answer = answerer.answer(question);
    expect(answer.sentence).toContain(expected);
    expect(answer.release?.id).toBe(ORCHIDEE_ID);
    expect(answer.otherRelease).toBeNull();
  });

  it('never mixes releases: the alternatives, sources and contact are the quoted release’s', () => {
    for (const question of ['Quelle est la survie sans progression ?', 'Quand a eu lieu la présentation orale ?', 'Quel est le taux d’anomalies de MET avec l’association ?', 'Qui est le contact presse ?']) {
      const answer = answerer.answer(question);
      expect(answer.answered).toBe(true);
      const quoted = knowledge.releases.find((release) => release.id === answer.release?.id);
      expect(answer.alternatives.map((alternative) => releaseOf(alternative.passageId))).toEqual(answer.alternatives.map(() => quoted?.id));
      expect(releaseOf(answer.passageId)).toBe(quoted?.id);
      expect(answer.sources).toEqual(quoted?.sources);
      expect(answer.pressContact).toEqual(quoted?.pressContact);
    }
  });

  it('gives the newer of two releases answering with close confidence, and names the other', () => {
    const answer = answerer.answer('Quelle est la survie sans progression ?');
    expect(answer.release?.id).toBe(ORCHIDEE_ID);
    expect(answer.otherRelease?.id).toBe(MARIPOSA_ID);
  });

  it('answers from the other release alone when asked for its answer', () => {
    const answer = answerer.answerFrom(MARIPOSA_ID, 'Quelle est la survie sans progression ?');
    expect(answer.release?.id).toBe(MARIPOSA_ID);
    expect(answer.sentence).toContain('survie sans progression');
    expect(answer.otherRelease).toBeNull();
  });

  it('refuses from a release that is not loaded rather than answer from another', () => {
    const answer = answerer.answerFrom('gustave-roussy-asco-2023-gone', 'Quelle est la survie sans progression ?');
    expect(answer).toMatchObject({ answered: false, reason: 'not_in_release', release: null });
  });

  it('answers from the channel’s pinned release when the question names none', () => {
    const answer = answerer.answer('Quelle est la survie sans progression ?', { pinnedReleaseId: MARIPOSA_ID });
    expect(answer.release?.id).toBe(MARIPOSA_ID);
    expect(answer.otherRelease).toBeNull();
  });

  it('lets the release a question names win over the channel’s pin', () => {
    const answer = answerer.answer('Combien de patients dans l’essai ORCHIDÉE ?', { pinnedReleaseId: MARIPOSA_ID });
    expect(answer.release?.id).toBe(ORCHIDEE_ID);
  });

  it('refuses with the pinned release’s contact rather than quote another release', () => {
    const answer = answerer.answer('Quel est le taux de réponse objective ?', { pinnedReleaseId: MARIPOSA_ID });
    expect(answer).toMatchObject({ answered: false, reason: 'not_in_release' });
    expect(answerer.answer('Quel est le taux de réponse objective ?').sentence).toContain('81 %');
  });

  it('ignores a pin to a release no longer loaded', () => {
    const pinned = answerer.answer('Quelle est la survie sans progression ?', { pinnedReleaseId: 'gustave-roussy-asco-2023-gone' });
    expect(pinned).toEqual(answerer.answer('Quelle est la survie sans progression ?'));
  });
});

describe('one release loaded', () => {
  const alone = createAnswerer(loadKnowledge('knowledge'));

  it('answers the same whatever the channel is pinned to', () => {
    const question = 'Quelle est la survie sans progression ?';
    expect(alone.answer(question, { pinnedReleaseId: ORCHIDEE_ID })).toEqual(alone.answer(question));
  });

  it('offers no other release', () => {
    expect(alone.answer('Quelle est la survie sans progression ?').otherRelease).toBeNull();
  });
});
