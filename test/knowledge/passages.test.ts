import { describe, expect, it } from 'vitest';
import { loadKnowledge } from '../../src/knowledge/load.ts';
import { PASSAGE_ID_PATTERN, releaseIdOfPassage, splitIntoPassages, TITLE_SECTION } from '../../src/knowledge/passages.ts';

const release = loadKnowledge('knowledge').releases[0]!;
const passages = splitIntoPassages(release);
const find = (fragment: string) => passages.find((p) => p.text.includes(fragment))!;

describe('splitIntoPassages (real release)', () => {
  it('gives every passage an id that is the same on every load', () => {
    expect(splitIntoPassages(release).map((p) => p.id)).toEqual(passages.map((p) => p.id));
    expect(new Set(passages.map((p) => p.id)).size).toBe(passages.length);
  });

  it('names the release in every passage id, so the id alone says where the passage comes from', () => {
    for (const passage of passages) {
      expect(passage.id).toMatch(PASSAGE_ID_PATTERN);
      expect(releaseIdOfPassage(passage.id)).toBe(release.id);
    }
  });

  it('keeps the sections of the release', () => {
    expect(new Set(passages.map((p) => p.section))).toEqual(
      new Set([TITLE_SECTION, 'Communiqué', 'Late breaking abstract n°55', 'À propos de Gustave Roussy', 'Contact presse']),
    );
  });

  it('links each passage to the one before it', () => {
    const met = find('4,4 %');
    expect(passages.find((p) => p.id === met.previousId)?.text).toContain('Ce travail révèle');
    expect(find('0,9 %').previousId).toBe(met.id);
  });

  it('marks "Ainsi, …" as leaning on the sentence before', () => {
    expect(find('4,4 %').leansOnPrevious).toBe(true);
    expect(find('anticorps bispécifique').leansOnPrevious).toBe(false);
  });

  it('keeps the press contact as one short line', () => {
    expect(find('Claire Parisel').text).toBe('GUSTAVE ROUSSY : Claire Parisel - claire.parisel@gustaveroussy.fr - Tel. +33 1 42 11 50 59 - +33 6 17 66 00 26');
  });

  it('copies every figure verbatim from the release text', () => {
    for (const passage of passages) for (const figure of passage.figures) expect(`${release.title}\n${release.body}`).toContain(figure.text);
  });
});

describe('leaning on the sentence before', () => {
  /** Whether the second sentence of a two-sentence paragraph leans on the first. */
  const leans = (second: string) => splitIntoPassages({ id: 'r', title: 'Titre', body: `Le médicament est testé. ${second}` })[2]?.leansOnPrevious;

  it.each([
    ['Ainsi, le risque baisse.', true],
    ['« Cependant, rien ne change.', true],
    ['L’un des essais continue.', true],
    ['NÉANMOINS le traitement continue.', true],
    ['Les patients peuvent alors choisir.', true],
    ['Pour lutter contre ces cancers, un essai commence.', true],
    ['Le traitement continue.', false],
    ['Cetuximab est un anticorps.', false],
    ['Les six premiers patients, puis les autres, ont alors reçu le traitement.', false],
  ])('reads %j as leaning: %s', (second, expected) => {
    expect(leans(second)).toBe(expected);
  });

  // What toLowerCase makes of it: "i" and a combining dot, so "AINSİ" opens with "ainsi" and "CES" is no word with it.
  it('reads a capital dotted İ as toLowerCase does', () => {
    expect(leans('AINSİ le risque baisse.')).toBe(true);
    expect(leans('Les patients voient CESİ.')).toBe(false);
  });
});
