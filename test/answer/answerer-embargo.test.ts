import { afterAll, describe, expect, it } from 'vitest';
import { createAnswerer } from '../../src/answer/answerer.ts';
import { loadKnowledge } from '../../src/knowledge/load.ts';
import { AT_EMBARGO, BEFORE_EMBARGO, EMBARGO, EMBARGO_LABEL, EMBARGOED_ID, HELIOS_QUESTION, HELIOS_SENTENCE, makeEmbargoKnowledge } from '../support/embargo-knowledge.ts';

const folder = makeEmbargoKnowledge();
afterAll(() => folder.remove());
const knowledge = loadKnowledge(folder.dir);
const answerer = createAnswerer(knowledge);
const embargoed = knowledge.releases.find((release) => release.id === EMBARGOED_ID)!;
const outsider = { audience: 'external' as const, now: BEFORE_EMBARGO };

/** Everything of the embargoed release that would tell an outsider it exists. */
const secrets = ['HELIOS', 'VX-17', embargoed.title, embargoed.pressContact.name, embargoed.pressContact.email, '412'];

function revealed(value: unknown): string[] {
  const text = JSON.stringify(value);
  return secrets.filter((secret) => text.includes(secret));
}

describe('an embargoed release before its time', () => {
  it('answers an internal asker in a private place, with the embargo line', () => {
    const answer = answerer.answer(HELIOS_QUESTION, { audience: 'internal', exposed: false, now: BEFORE_EMBARGO });
    expect(answer).toMatchObject({ answered: true, sentence: HELIOS_SENTENCE, release: { id: EMBARGOED_ID } });
    expect(answer.embargo).toEqual({ until: EMBARGO, label: EMBARGO_LABEL });
  });

  it.each([
    ['an external asker', { audience: 'external' as const, exposed: false }],
    ['a guest', { audience: 'guest' as const, exposed: false }],
    ['an internal asker in an exposed channel', { audience: 'internal' as const, exposed: true }],
  ])('answers %s as if it were not loaded', (_, who) => {
    const answer = answerer.answer('De combien le vaccin réduit-il les rechutes ?', { ...who, now: BEFORE_EMBARGO });
    expect(answer.release?.id).not.toBe(EMBARGOED_ID);
    expect(answer.embargo).toBeNull();
    expect(revealed(answer)).toEqual([]);
  });

  it('answers an outsider exactly as a bot without that release would', () => {
    const without = createAnswerer({ ...knowledge, releases: knowledge.releases.filter((r) => r.id !== EMBARGOED_ID), passages: knowledge.passages.filter((p) => p.releaseId !== EMBARGOED_ID) });
    for (const question of [HELIOS_QUESTION, 'Quels effets indésirables graves ?', "Combien de patients dans l'essai MARIPOSA ?", 'Quel est le contact presse ?']) {
      expect(answerer.answer(question, outsider)).toEqual(without.answer(question));
    }
  });

  it.each(['bonjour', 'merci', '', 'Dois-je me faire vacciner pour mon cancer du sein ?'])('names neither its title nor its contact in the reply to “%s”', (question) => {
    expect(revealed(answerer.answer(question, outsider))).toEqual([]);
  });

  it('leaves it out of the releases and examples an outsider sees', () => {
    const visible = answerer.visibleTo(outsider);
    expect(visible.releases.map((release) => release.id)).not.toContain(EMBARGOED_ID);
    expect(revealed(visible)).toEqual([]);
  });

  it('lists it, with its examples, for the organisation', () => {
    const visible = answerer.visibleTo({ now: BEFORE_EMBARGO });
    expect(visible.releases.map((release) => release.id)).toContain(EMBARGOED_ID);
    expect(visible.examples).toContain(HELIOS_QUESTION);
  });

  it('says an embargo is running', () => {
    expect(answerer.embargoRunning(BEFORE_EMBARGO)).toBe(true);
  });
});

describe('an embargoed release from its time on', () => {
  it.each(['internal', 'external', 'guest'] as const)('answers a %s asker in an exposed channel, with no embargo line', (audience) => {
    const answer = answerer.answer(HELIOS_QUESTION, { audience, exposed: true, now: AT_EMBARGO });
    expect(answer).toMatchObject({ sentence: HELIOS_SENTENCE, embargo: null });
  });

  it('is in the releases an outsider sees', () => {
    expect(answerer.visibleTo({ audience: 'external', now: AT_EMBARGO }).releases.map((release) => release.id)).toContain(EMBARGOED_ID);
  });

  it('no longer counts as an embargo running', () => {
    expect(answerer.embargoRunning(AT_EMBARGO)).toBe(false);
  });
});
