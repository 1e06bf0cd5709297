import { describe, expect, it } from 'vitest';
import { createQuestionReader } from '../../src/learning/question-terms.ts';
import { buildTaughtIndex } from '../../src/learning/taught-index.ts';
import { knowledge, taughtPassage, taughtRefusal } from './taught.ts';

const reader = createQuestionReader(knowledge.glossary, knowledge.language);
const patients = taughtPassage('Combien de patients dans l’essai MARIPOSA ?', 'portant sur plus de 1 000 patients');
const months = taughtPassage('Au bout de combien de mois la tumeur résiste-t-elle à l’association ?', 'au bout de 24 mois');
const index = buildTaughtIndex([patients, months, taughtRefusal('Qui finance l’essai MARIPOSA ?')], reader);

describe('the taught index', () => {
  it.each([
    ['the same words in another order', 'MARIPOSA : combien de patients dans l’essai ?'],
    ['a typo', 'Combien de patiens dans l’essai MARIPOSA ?'],
    ['a glossary synonym', 'Combien de malades dans l’essai MARIPOSA ?'],
    ['English', 'How many patients in the MARIPOSA trial?'],
  ])('finds the taught question through %s', (_, question) => {
    expect(index.match(question)?.taught).toBe(patients);
  });

  it('gives the same question a similarity of 1', () => {
    expect(index.match('Combien de patients dans l’essai MARIPOSA ?')?.similarity).toBe(1);
  });

  it('finds a question asking for months less close to the months than to the patients question', () => {
    const [first] = index.neighbours('Combien de mois de résistance dans MARIPOSA ?', 3);
    expect(first?.taught).toBe(months);
  });

  it('finds nothing for a question sharing no word with any taught one', () => {
    expect(index.match('Recette de la tarte tatin')).toBeNull();
  });

  it('finds nothing when nothing is taught', () => {
    expect(buildTaughtIndex([], reader).match('Combien de patients ?')).toBeNull();
  });
});
