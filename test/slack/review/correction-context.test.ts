import { afterAll, describe, expect, it } from 'vitest';
import { createToldAnswerer } from '../../../src/answer/answerer.ts';
import { loadKnowledge } from '../../../src/knowledge/load.ts';
import { correctionContext } from '../../../src/slack/review/wiring.ts';
import { BEFORE_EMBARGO, EMBARGO_LABEL, HELIOS_QUESTION, HELIOS_SENTENCE, makeEmbargoKnowledge } from '../../support/embargo-knowledge.ts';

const folder = makeEmbargoKnowledge();
afterAll(() => folder.remove());
const knowledge = loadKnowledge(folder.dir);
const told = createToldAnswerer(knowledge);
const helios = knowledge.passages.find((passage) => passage.text === HELIOS_SENTENCE)!;
const correct = (question: { external: boolean; surface: 'mention' | 'dm' | 'command' }) => told(HELIOS_QUESTION, helios.id, 1, correctionContext(question, BEFORE_EMBARGO));

describe('a correction quoting a release under embargo', () => {
  it('is not made in a channel thread, which outsiders may read', () => {
    expect(correct({ external: false, surface: 'mention' })).toBeNull();
  });

  it('is not made to an asker from outside, even privately', () => {
    expect(correct({ external: true, surface: 'command' })).toBeNull();
  });

  it('is made in a colleague’s direct message, with the embargo line', () => {
    expect(correct({ external: false, surface: 'dm' })?.embargo?.label).toBe(EMBARGO_LABEL);
  });
});
