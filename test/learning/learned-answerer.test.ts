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

  describe('with the closest question’s rules set aside', () => {
    // Bars no similarity reaches: what answers is the expansion or the vote alone.
    const closestOff = { close: 2, near: 2, nearRefusal: 2 };
    const staff = 'Avec 4 100 salariés';
    const workers = 'Combien de personnes travaillent à Gustave Roussy ?';

    it('answers through the words of the questions taught for a passage, where the engine refuses', () => {
      const question = 'Combien de personnes travaillent chez Gustave Roussy ?';
      expect(engine.answer(question).answered).toBe(false);
      const taught = ['Combien de personnes travaillent à l’Institut ?', 'Combien de gens travaillent à Gustave Roussy ?', 'Quel est l’effectif de l’Institut ?'].map((q) => taughtPassage(q, staff));
      const answer = createLearnedAnswerer(engine, knowledge, taught, closestOff).answer(question);
      expect(answer.sentence).toContain('4 100 salariés');
      // Found by words, not told by a reviewer: the bot answers at its own bar, unverified.
      expect(answer.verified).toBeNull();
    });

    it('refuses an answer the engine is unsure of when the taught neighbours vote for a refusal', () => {
      expect(engine.answer(workers).confidence).toBeLessThan(0.7);
      const refusals = [taughtRefusal('Combien de personnes travaillent au laboratoire de Gustave Roussy ?'), taughtRefusal('Combien de personnes travaillent en pneumologie à Gustave Roussy ?')];
      expect(createLearnedAnswerer(engine, knowledge, refusals, closestOff).answer(workers)).toMatchObject({ answered: false, verified: { taughtId: refusals[0]?.id } });
      expect(createLearnedAnswerer(engine, knowledge, refusals, { ...closestOff, refusalVote: { support: 99, share: 1 } }).answer(workers).answered).toBe(true);
    });

    it('keeps an answer the engine is sure of against a vote for a refusal', () => {
      const question = "Quel est l'effectif de Gustave Roussy ?";
      expect(engine.answer(question).confidence).toBeGreaterThanOrEqual(0.7);
      const refusals = ["Quel est l'effectif de Gustave Roussy en 2010 ?", "Quel était l'effectif de Gustave Roussy en 2010 ?"].map(taughtRefusal);
      expect(createLearnedAnswerer(engine, knowledge, refusals, closestOff).answer(question).sentence).toContain('4 100 salariés');
    });

    it('replaces the engine’s passage by the one three close taught questions vote for', () => {
      const taught = ['Combien de personnes travaillent pour Gustave Roussy ?', 'Combien de personnes travaillent à Gustave Roussy au total ?', 'Gustave Roussy, combien de personnes y travaillent ?'].map((q) => taughtPassage(q, 'portant sur plus de 1 000 patients'));
      expect(engine.answer(workers).sentence).toContain('4 100 salariés');
      const answer = createLearnedAnswerer(engine, knowledge, taught, closestOff).answer(workers);
      expect(answer.passageId).toBe(passageHolding('portant sur plus de 1 000 patients'));
      expect(answer.verified?.taughtId).toBe(taught[0]?.id);
      expect(createLearnedAnswerer(engine, knowledge, taught, { ...closestOff, passageVote: { support: 99, share: 1 } }).answer(workers).sentence).toContain('4 100 salariés');
    });
  });
});
