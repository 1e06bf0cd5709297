import { describe, expect, it } from 'vitest';
import { loadAnswerer } from '../../src/answer/answerer.ts';
import { renderTerminalAnswer } from '../../src/render/terminal.ts';

const answerer = loadAnswerer('knowledge');

describe('renderTerminalAnswer', () => {
  it('quotes the sentence and lists its figures and its source', () => {
    const text = renderTerminalAnswer(answerer.answer('Combien de salariés compte Gustave Roussy ?'));
    expect(text).toContain('« Avec 4 100 salariés');
    expect(text).toContain('Chiffres : 4 100 salariés · 40 %');
    expect(text).toContain('Source : Cancer du poumon métastatique');
  });

  it('prints the refusal message when there is no passage', () => {
    expect(renderTerminalAnswer(answerer.answer('Recette de la tarte tatin'))).toContain('Le communiqué ne répond pas à cette question.');
  });
});

describe('renderTerminalAnswer of a verified answer', () => {
  const verified = { taughtId: 't1', taughtBy: 'U_COMMS', taughtAt: '2026-12-01T09:00:00.000Z' };

  it('says the answer was verified, by whom and when', () => {
    const answer = { ...answerer.answer('Combien de salariés compte Gustave Roussy ?'), verified };
    expect(renderTerminalAnswer(answer)).toContain('Réponse vérifiée (U_COMMS, 2026-12-01)');
  });

  it('says a refusal was verified too', () => {
    expect(renderTerminalAnswer({ ...answerer.answer('Recette de la tarte tatin'), verified })).toContain('Réponse vérifiée');
  });
});
