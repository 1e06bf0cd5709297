import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createAnswerer } from '../../src/answer/answerer.ts';
import { keepAnsweredExamples } from '../../src/import/example-check.ts';
import { loadQuestionSet } from '../../src/evaluation/question-set.ts';
import { loadKnowledge } from '../../src/knowledge/load.ts';
import { splitIntoPassages } from '../../src/knowledge/passages.ts';
import type { Release } from '../../src/knowledge/release.ts';
import { GLOSSARY, importText, OTHER_RELEASE_FILE, SEED_FILE } from './support/releases.ts';

/**
 * The imported seed, alone in its folder with the shipped glossary, answers every question as
 * `knowledge/` does: the same sentence, the same refusals. Every question set of the repository
 * is asked.
 */

const QUESTION_SETS = readdirSync(join('test', 'fixtures')).filter((name) => name.endsWith('.jsonl'));

function answererOf(release: Release) {
  return createAnswerer({ releases: [release], language: release.language, glossary: GLOSSARY, passages: splitIntoPassages(release) });
}

const hand = createAnswerer(loadKnowledge('knowledge'));
const imported = answererOf(importText(readFileSync(SEED_FILE, 'utf8')).release);

describe('the imported seed', () => {
  it.each(QUESTION_SETS)('answers %s with the sentences the hand-cleaned file gives', (set) => {
    const questions = loadQuestionSet(join('test', 'fixtures', set)).map((q) => q.question);
    const differences = questions.filter((q) => hand.answer(q).sentence !== imported.answer(q).sentence || hand.answer(q).reason !== imported.answer(q).reason);
    expect(differences).toEqual([]);
  });
});

describe('the examples an import drafts', () => {
  const other = importText(readFileSync(OTHER_RELEASE_FILE, 'utf8'));
  const answerer = answererOf(other.release);

  it('are each answered from the release that was imported', () => {
    expect(other.release.examples.length).toBeGreaterThan(0);
    for (const example of other.release.examples) expect(answerer.answer(example)).toMatchObject({ answered: true });
  });

  it('leave out a question the bot answers with another sentence than the one it was built from', () => {
    const release = other.release;
    const definition = 'Le glofitamab est un anticorps bispécifique qui se fixe à la fois sur les lymphocytes T et sur la protéine CD20 des cellules du lymphome.';
    const candidates = [
      { question: 'Qu’est-ce que le glofitamab ?', sentence: 'Il réunit 1 800 professionnels, dont 250 chercheurs, sur deux sites à Lyon et à Villeurbanne.' },
      { question: 'Qu’est-ce que le glofitamab ?', sentence: definition },
    ];
    expect(keepAnsweredExamples(candidates, release, GLOSSARY)).toEqual(['Qu’est-ce que le glofitamab ?']);
    expect(keepAnsweredExamples(candidates.slice(0, 1), release, GLOSSARY)).toEqual([]);
  });
});
