import { describe, expect, it } from 'vitest';
import { createReleaseNames, type NamedRelease } from '../../src/search/release-names.ts';
import { pipeline } from '../support/french.ts';

const RELEASES: NamedRelease[] = [
  { id: 'mariposa', keywords: ['MARIPOSA', 'amivantamab', 'osimertinib', 'ESMO', 'cancer', 'poumon'] },
  { id: 'orchidee', keywords: ['ORCHIDÉE', 'delvotinib', 'osimertinib', 'WCLC', 'cancer', 'poumon', 'mutation'] },
  { id: 'flaura', keywords: ['FLAURA 2', 'osimertinib', 'anti-EGFR', 'cancer'] },
];

/** What each release's text writes, beside its keywords: the MARIPOSA release speaks of mutations too. */
const WRITTEN: Record<string, string[]> = { mutation: ['mariposa', 'orchidee'] };
const names = createReleaseNames(RELEASES, pipeline, (token) => new Set(WRITTEN[token] ?? []));

const named = (question: string): string[] => [...names.namedBy(question)].sort();

describe('the releases a question names', () => {
  it.each([
    ['Combien de patients dans l’essai MARIPOSA ?', ['mariposa']],
    ['Combien de patients dans l’essai orchidee ?', ['orchidee']],
    ['Qu’est-ce que l’amivantamab ?', ['mariposa']],
    ['Que dit la présentation au WCLC ?', ['orchidee']],
  ])('names the release of its trial, drug or congress, accents and case folded: %s', (question, expected) => {
    expect(named(question)).toEqual(expected);
  });

  it('names no release by a word that every release lists', () => {
    expect(named('Quels résultats contre le cancer ?')).toEqual([]);
  });

  it('lets the rarest keyword decide: "osimertinib" is everyone’s, "MARIPOSA" one release’s', () => {
    expect(named('MARIPOSA contre osimertinib ?')).toEqual(['mariposa']);
  });

  it('names the releases that share the most specific keyword', () => {
    expect(named('Que montre le poumon ?')).toEqual(['mariposa', 'orchidee']);
  });

  it('names every release naming one of two trials', () => {
    expect(named('MARIPOSA ou ORCHIDÉE ?')).toEqual(['mariposa', 'orchidee']);
  });

  it('counts a release whose text writes the keyword among those it names', () => {
    expect(named('Quel pourcentage présente une mutation ?')).toEqual(['mariposa', 'orchidee']);
  });

  it('matches whole words only', () => {
    expect(named('Quelle est la cancérologie de Gustave Roussy ?')).toEqual([]);
    expect(named('Combien dans MARIPOSAS ?')).toEqual([]);
  });

  it('matches a keyword of several words only as the words in a row', () => {
    expect(named('Les résultats de FLAURA 2 ?')).toEqual(['flaura']);
    expect(named('FLAURA, phase 2 ?')).toEqual([]);
  });

  it('matches a hyphenated keyword written with its hyphen', () => {
    expect(named('Un autre anti-EGFR ?')).toEqual(['flaura']);
  });

  it('names nothing with a single release loaded', () => {
    const alone = createReleaseNames([RELEASES[0] as NamedRelease], pipeline, () => new Set());
    expect([...alone.namedBy('MARIPOSA')]).toEqual([]);
  });
});
