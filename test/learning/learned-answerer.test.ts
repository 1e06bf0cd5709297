import { describe, expect, it } from 'vitest';
import { createAnswerer } from '../../src/answer/answerer.ts';
import { createLearnedAnswerer } from '../../src/learning/learned-answerer.ts';
import { knowledge, passageHolding, taughtPassage, taughtRefusal } from './taught.ts';

const engine = createAnswerer(knowledge);
const enrolled = taughtPassage("Combien de patients ont été inclus dans l'essai ?", 'portant sur plus de 1 000 patients');
const survival = taughtRefusal('Combien de mois de survie sans progression ?');

describe('the learned answerer', () => {
  it('answers a paraphrase of a taught question with the taught passage, as verified', () => {
    const learned = createLearnedAnswerer(engine, knowledge, [enrolled, survival]);
    const answer = learned.answer("Combien de patients a-t-on inclus dans cet essai ?");
    expect(answer.passageId).toBe(passageHolding('portant sur plus de 1 000 patients'));
    expect(answer.verified).toEqual({ taughtId: enrolled.id, taughtBy: 'U_COMMS', taughtAt: '2026-12-01T09:00:00.000Z' });
  });

  it('refuses a neighbour of a taught refusal that the engine answers from the "24 mois" sentence', () => {
    const question = 'Survie sans progression : combien de mois ?';
    expect(engine.answer(question).sentence).toContain('24 mois');
    const answer = createLearnedAnswerer(engine, knowledge, [enrolled, survival]).answer(question);
    expect(answer).toMatchObject({ answered: false, reason: 'not_in_release', sentence: null, verified: { taughtId: survival.id } });
  });

  it('leaves a question unlike any taught one to the engine, unverified', () => {
    const question = "Qu'est-ce que l'amivantamab ?";
    const answer = createLearnedAnswerer(engine, knowledge, [enrolled, survival]).answer(question);
    expect(answer).toEqual(engine.answer(question));
    expect(answer.verified).toBeNull();
  });

  it('does not take a question asking another thing on the same topic for a taught one', () => {
    // Two words of three in common: a plain word overlap would give the patients' sentence to the months.
    const patients = taughtPassage('Combien de patients dans MARIPOSA ?', 'portant sur plus de 1 000 patients');
    const question = 'Combien de mois dans MARIPOSA ?';
    expect(createLearnedAnswerer(engine, knowledge, [patients]).answer(question)).toEqual(engine.answer(question));
  });

  it('never uses a taught question whose passage is gone, and reports it as an orphan', () => {
    const gone = { ...enrolled, id: 'gone', outcome: { kind: 'passage' as const, passageId: `${enrolled.outcome.kind === 'passage' ? enrolled.outcome.releaseId : ''}:0000000000a`, releaseId: 'x' } };
    const learned = createLearnedAnswerer(engine, knowledge, [gone]);
    const question = "Combien de patients ont été inclus dans l'essai ?";
    expect(learned.answer(question)).toEqual(engine.answer(question));
    expect(learned.orphans).toEqual([gone]);
  });

  it('answers from taught questions given after it was built', () => {
    const learned = createLearnedAnswerer(engine, knowledge, []);
    learned.replaceTaught([survival]);
    expect(learned.answer('Survie sans progression : combien de mois ?').answered).toBe(false);
  });

  it('keeps the medical advice notice for a personal medical question, whatever was taught', () => {
    const question = 'Je suis sous osimertinib, dois-je demander l’association amivantamab lazertinib ?';
    const taught = taughtPassage(question, 'portant sur plus de 1 000 patients');
    expect(createLearnedAnswerer(engine, knowledge, [taught]).answer(question).reason).toBe(engine.answer(question).reason);
  });
});
