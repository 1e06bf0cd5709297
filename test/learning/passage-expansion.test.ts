import { describe, expect, it } from 'vitest';
import { createQuestionReader } from '../../src/learning/question-terms.ts';
import { FEWEST_QUESTIONS, LEAST_SHARE, passageExpansion } from '../../src/learning/passage-expansion.ts';
import { buildIndex } from '../../src/search/index.ts';
import { WEIGHTS } from '../../src/search/score.ts';
import { pipeline } from '../support/french.ts';
import { knowledge, passageHolding, taughtPassage, taughtRefusal } from './taught.ts';

const reader = createQuestionReader(knowledge.glossary, knowledge.language);
const staff = 'Avec 4 100 salariés';
const expand = (taught: Parameters<typeof passageExpansion>[0]) => passageExpansion(taught, taught.map((question) => reader.read(question.question)));
const work = pipeline.stem('travaillent');

describe('the words taught questions add to their passages', () => {
  it('gives each word the share of the passage’s taught questions that hold it', () => {
    const taught = ['Combien de personnes travaillent à l’Institut ?', 'Combien de gens travaillent à Gustave Roussy ?', 'Quel est l’effectif ?', 'Combien de personnes y bossent ?'].map((question) => taughtPassage(question, staff));
    const words = expand(taught).get(passageHolding(staff));
    expect(words?.get(work)).toBe(2 / 4);
    expect(words?.get(pipeline.stem('personnes'))).toBe(2 / 4);
  });

  // One reviewed question says little of the words the next journalist will use.
  it(`counts a passage taught fewer than ${FEWEST_QUESTIONS} times as if taught ${FEWEST_QUESTIONS} times`, () => {
    const words = expand([taughtPassage('Combien de personnes travaillent à l’Institut ?', staff)]).get(passageHolding(staff));
    expect(words?.get(work)).toBe(1 / FEWEST_QUESTIONS);
  });

  it(`leaves out the words fewer than ${LEAST_SHARE * 100} % of its questions use`, () => {
    const taught = [...Array.from({ length: 3 }, () => taughtPassage('Combien de personnes travaillent à l’Institut ?', staff)), taughtPassage('Quel est l’effectif exact ?', staff)];
    const words = expand(taught).get(passageHolding(staff));
    expect(words?.has(work)).toBe(true);
    expect(words?.has(pipeline.stem('exact'))).toBe(false);
  });

  it('adds nothing for a taught refusal', () => {
    expect(expand([taughtRefusal('Combien de médecins travaillent à l’Institut ?')]).size).toBe(0);
  });

  // A word found only through taught questions must not make the bot surer than the release's own words.
  it('indexes a taught word at less than a word of the sentence, and not in the document frequency', () => {
    const passage = knowledge.passages.find((candidate) => candidate.id === passageHolding(staff));
    const index = buildIndex([passage!], pipeline, new Map([[passage!.id, new Map([[work, 0.5]])]]));
    expect(index.postings.get(work)?.presences[0]).toBeCloseTo(0.5 * WEIGHTS.index.taughtWord * WEIGHTS.index.presenceScale);
    expect(index.postings.get(pipeline.terms('salariés')[0] ?? '')?.presences[0]).toBe(1);
    expect(index.documentFrequency.has(work)).toBe(false);
  });
});
