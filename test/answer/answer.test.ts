import { describe, expect, it } from 'vitest';
import { loadAnswerer } from '../../src/answer/answerer.ts';
import { loadKnowledge } from '../../src/knowledge/load.ts';

const answerer = loadAnswerer('knowledge');
const release = loadKnowledge('knowledge').releases[0]!;
const releaseText = `${release.title}\n${release.body}`;

describe('answer()', () => {
  it('answers the MET rate with the 4,4 % sentence, its figures and its source', () => {
    const answer = answerer.answer("Quel est le taux d'anomalies de MET avec l'association ?");
    expect(answer).toMatchObject({ answered: true, reason: 'answer' });
    expect(answer.sentence).toContain('4,4 %');
    expect(answer.figures).toEqual([
      { text: '4,4 %', kind: 'percentage' },
      { text: '13,6 %', kind: 'percentage' },
    ]);
    expect(answer.release).toMatchObject({ id: 'gustave-roussy-esmo-2024-mariposa', date: '2024-09-14' });
    expect(answer.sources.map((s) => s.url)).toContain('https://youtu.be/j4KDUuWhwUI?si=KDLdls43AL9Jh0gp');
  });

  it('shows the sentence before when the answer leans on it', () => {
    const answer = answerer.answer("Quel est le taux d'anomalies de MET avec l'association ?");
    expect(answer.context).toContain('Ce travail révèle');
  });

  it('returns one sentence, never a paragraph', () => {
    const answer = answerer.answer('Combien de salariés compte Gustave Roussy ?');
    expect(answer.sentence?.match(/[.!?]\s+\p{Lu}/gu) ?? []).toHaveLength(0);
  });

  it('offers at most three alternatives, none equal to the answer', () => {
    const answer = answerer.answer('résistance osimertinib');
    expect(answer.alternatives.length).toBeLessThanOrEqual(3);
    for (const alternative of answer.alternatives) expect(alternative.sentence).not.toBe(answer.sentence);
  });

  it('refuses plainly, with the press contact, when the release does not answer', () => {
    const answer = answerer.answer('Quel est le prix du lazertinib ?');
    expect(answer).toMatchObject({ answered: false, reason: 'not_in_release', sentence: null });
    expect(answer.message).toContain('ne répond pas');
    expect(answer.message).toContain('claire.parisel@gustaveroussy.fr');
  });

  it('answers small talk with what the bot can do and two example questions', () => {
    const answer = answerer.answer('Bonjour !');
    expect(answer.reason).toBe('small_talk');
    expect(answer.message).toContain('Par exemple');
    expect(answer.message?.match(/«/g)?.length ?? 0).toBeGreaterThanOrEqual(3);
  });

  it('thanks back without a passage, saying what the bot answers with two examples', () => {
    expect(answerer.answer('merci').message?.match(/«/g)?.length ?? 0).toBe(2);
    expect(answerer.answer('merci beaucoup')).toMatchObject({ reason: 'small_talk', sentence: null });
  });

  it('gives no passage to a request for personal medical advice, and points to a physician', () => {
    const answer = answerer.answer("Mon père a une mutation EGFR, doit-il prendre de l'amivantamab ?");
    expect(answer).toMatchObject({ answered: false, reason: 'medical_advice', sentence: null });
    expect(answer.message).toContain('médecin');
  });

  it.each(['', '   ', '🙂 🎉', '\u202E\u0000'])('answers %j as an empty question', (text) => {
    expect(answerer.answer(text)).toMatchObject({ answered: false, reason: 'empty' });
  });

  it('reads a question cut out of 40 000 characters and says so', () => {
    const answer = answerer.answer(`Qu'est-ce que l'amivantamab ? ${'bla '.repeat(10_000)}`);
    expect(answer.notice).toContain('très long');
    expect(answer.question.length).toBeLessThanOrEqual(1000);
  });

  it('answers the same for decomposed and composed accents', () => {
    const question = 'Quelle est la fonction du Pr Besse à Gustave Roussy ?';
    expect(answerer.answer(question.normalize('NFD')).sentence).toBe(answerer.answer(question.normalize('NFC')).sentence);
  });

  it('answers "4.4%", "4,4 %" and "4,4%" alike', () => {
    const sentences = ['4.4%', '4,4 %', '4,4%'].map((n) => answerer.answer(`Que représente ${n} ?`).sentence);
    expect(new Set(sentences).size).toBe(1);
    expect(sentences[0]).toContain('4,4 %');
  });

  it('copies every figure of every answer from the release text', () => {
    for (const question of ['Combien de patients ?', 'Quand ?', 'Combien de salariés ?', 'taux MET', 'phase', 'abstract', 'mois', 'patients accueillis chaque année']) {
      for (const figure of answerer.answer(question).figures) expect(releaseText).toContain(figure.text);
    }
  });
});
