import { describe, expect, it } from 'vitest';
import { loadKnowledge } from '../../src/knowledge/load.ts';
import { buildGlossary } from '../../src/search/glossary.ts';
import { buildIndex } from '../../src/search/index.ts';
import { createQuestionReader } from '../../src/search/query.ts';
import { pipeline } from '../support/french.ts';

const knowledge = loadKnowledge('knowledge');
const reader = createQuestionReader(buildIndex(knowledge.passages, pipeline), buildGlossary(knowledge.glossary, pipeline), pipeline);
const analyzeQuestion = (question: string) => reader.analyze(question);
const tokens = (question: string) => analyzeQuestion(question).terms.map((term) => term.token);

describe('reading a question (real glossary)', () => {
  // The glossary has "tumour dna: adn tumoral" and "tumour: tumeur": the phrase wins where it is written.
  it('translates a glossary phrase of two words as a whole', () => {
    expect(tokens('How was tumour DNA collected?')).toEqual(expect.arrayContaining(['adn', 'tumoral']));
  });

  it('translates the first word of a phrase alone when the phrase is not there', () => {
    expect(tokens('tumour size')).toContain('tumeur');
  });

  it('reads the adjective right after the thing asked as what qualifies it', () => {
    expect(analyzeQuestion('Quelle est la survie globale des patients ?').askedQualifier).toBe('global');
  });

  it('takes no verb after the thing asked for a qualifier', () => {
    expect(analyzeQuestion("Quel numéro porte l'abstract ?").askedQualifier).toBeNull();
  });

  it('reads the qualifier after the thing asked, not after an earlier mention of the same word', () => {
    expect(analyzeQuestion('Survie : quelle est la survie globale ?').askedQualifier).toBe('global');
  });

  it('takes no word that only frames the question for a qualifier', () => {
    expect(analyzeQuestion('Quel essai concernant le cancer ?').askedQualifier).toBeNull();
  });

  it('reads "ou" between two choices as "or", not as a question about a place', () => {
    expect(analyzeQuestion('Le traitement est-il disponible en France ou aux États-Unis ?').kinds).not.toContain('place');
  });

  it('reads "ou" typed without its accent at the start of a question as "où"', () => {
    expect(analyzeQuestion("ou a été présentée l'étude").kinds).toContain('place');
  });

  it('reads "où" written with a combining accent as "où"', () => {
    expect(analyzeQuestion("Et ou\u0300 a été présentée l'étude ?").kinds).toContain('place');
  });

  it('reads "d\'ou" typed without its accent as "d\'où"', () => {
    expect(analyzeQuestion("Mais d'ou vient la résistance à l'osimertinib ?").kinds).toContain('cause');
  });

  it('makes no search word of "ou" (or) and the word after it ("oraux")', () => {
    expect(tokens('Le traitement est-il réservé aux adultes ou aux enfants ?')).not.toContain('oraux');
  });

  it('reads a mistyped question word of the glossary as that word ("poruquoi" asks why)', () => {
    expect(analyzeQuestion('poruquoi ce travail est-il préliminaire ?').kinds).toContain('cause');
  });

  it('leaves alone a word a typo away from a word that asks but starting with another letter', () => {
    expect(tokens('zombien de patients ?')).toContain('zombien');
  });

  // Mended towards any word of the glossary, "argent" became "agent" (a synonym of "salarié").
  it('mends only the words that ask, not a real word a typo away from a glossary word', () => {
    expect(tokens("Combien d'argent Gustave Roussy a-t-il investi dans la recherche ?")).toContain('argent');
  });
});
