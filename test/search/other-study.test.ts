/** A question naming a study the release does not know is about that study: the release's sentences do not answer it. */
import { expect, it } from 'vitest';
import { loadKnowledge } from '../../src/knowledge/load.ts';
import { createPassageSearch } from '../../src/search/search.ts';
import { isSureEnough } from '../../src/search/score.ts';
import { pipeline } from '../support/french.ts';

const knowledge = loadKnowledge('knowledge');
const search = createPassageSearch(knowledge.passages, knowledge.glossary, pipeline);
const sure = (question: string): boolean => isSureEnough(search.search(question)[0]?.confidence ?? 0);

it('does not answer the patient count of a study the release does not name', () => {
  expect(sure('Combien de patients dans l’essai MARIPOSA ?')).toBe(true);
  expect(sure('Combien de patients dans l’essai HELIOS ?')).toBe(false);
});

it('reads the name after the study noun in English too, before it or after it', () => {
  expect(sure('How many patients in the FLAURA2 trial?')).toBe(false);
  expect(sure('How many patients were in trial HELIOS?')).toBe(false);
});

it('takes a numbered name the release never writes for another study', () => {
  expect(sure('Quels sont les résultats de l’étude MARIPOSA-2 ?')).toBe(false);
});

it('leaves a lower-case word after the study noun alone', () => {
  expect(sure('Combien de patients dans l’essai clinique ?')).toBe(true);
});
