import { describe, expect, it } from 'vitest';
import { shapeBlocks } from '../../src/import/blocks.ts';
import { readLines } from '../../src/import/lines.ts';
import { joinLines } from '../../src/import/paragraphs.ts';

const paragraphs = (raw: string): string[] => joinLines(readLines(raw).lines).map((p) => p.text);

describe('joining lines into paragraphs', () => {
  it('joins a line broken in the middle of a sentence', () => {
    expect(paragraphs('Les thérapies ciblées représentent une évolution\nmajeure dans la prise en charge.')).toEqual(['Les thérapies ciblées représentent une évolution majeure dans la prise en charge.']);
  });

  it('mends a word broken at a hyphen', () => {
    expect(paragraphs('des cellules du lym-\nphome.')).toEqual(['des cellules du lymphome.']);
  });

  it('keeps the hyphen before a word in capitals', () => {
    expect(paragraphs('un traitement anti-\nCD20 nouveau.')).toEqual(['un traitement anti-CD20 nouveau.']);
  });

  it('keeps the hyphen of a compound the text writes whole elsewhere', () => {
    expect(paragraphs('Le porte-parole parle. Selon la porte-\nparole, oui.')).toEqual(['Le porte-parole parle. Selon la porte-parole, oui.']);
  });

  it('goes on across a page break when the next line opens in lower case', () => {
    expect(paragraphs('un taux jamais\n\n\fobservé jusqu’ici.')).toEqual(['un taux jamais observé jusqu’ici.']);
  });

  it('ends a paragraph between a line in capitals and one that is not', () => {
    expect(paragraphs('CONTACT PRESSE\nClaire Martin - claire@exemple.fr')).toEqual(['CONTACT PRESSE', 'Claire Martin - claire@exemple.fr']);
  });

  it('ends a paragraph after a line that ends in two spaces', () => {
    expect(paragraphs('Fin du paragraphe.  \nDébut du suivant.')).toEqual(['Fin du paragraphe.', 'Début du suivant.']);
  });

  it('ends a paragraph after a short line that ends a sentence', () => {
    const full = 'Une ligne pleine de texte qui va jusqu’au bord de la page imprimée du communiqué';
    expect(paragraphs(`${full}\n${full}\nVoir la vidéo.\n${full}.`)).toHaveLength(2);
  });

  it('sets a usual heading apart', () => {
    expect(paragraphs('Fin du texte.\nÀ propos de l’Institut\nL’Institut soigne.')).toEqual(['Fin du texte.', 'À propos de l’Institut', 'L’Institut soigne.']);
  });
});

describe('finding the headline and the headings', () => {
  const shape = (raw: string) => shapeBlocks(joinLines(readLines(raw).lines));

  it('puts a headline in capitals back in the case the text writes its words', () => {
    const { title } = shape('RÉSISTANCES AUX TRAITEMENTS : LE RÔLE DE MET\n\nLes résistances au gène MET sont étudiées par les traitements.');
    expect(title).toBe('Résistances aux traitements : le rôle de MET');
  });

  it('skips the document label and a dateline before the headline', () => {
    const { title, blocks } = shape('COMMUNIQUÉ DE PRESSE\n\nLyon, le 3 juin 2025\n\nUn titre sans point\n\nLe texte.');
    expect(title).toBe('Un titre sans point');
    expect(blocks.map((b) => b.text)).toEqual(['Lyon, le 3 juin 2025', 'Le texte.']);
  });

  it('makes a heading of a short line without punctuation followed by text', () => {
    const { blocks } = shape('Titre\n\nUn paragraphe.\n\nLate breaking abstract n°55\n\nMechanisms of resistance.');
    expect(blocks).toContainEqual({ kind: 'heading', text: 'Late breaking abstract n°55' });
  });

  it('leaves a line that ends the release a paragraph', () => {
    const { blocks } = shape('Titre\n\nUn paragraphe.\n\nDernière ligne sans point');
    expect(blocks.at(-1)).toEqual({ kind: 'paragraph', text: 'Dernière ligne sans point' });
  });
});

describe('a headline in lower case with no mark after it', () => {
  it('ends at its short last line, before the first paragraph', () => {
    const full = 'Les chercheurs du centre ont mené une étude sur plusieurs centaines de patientes atteintes';
    const lines = ['Cancer du sein : une nouvelle molécule', `${full} d’un cancer`, `${full} du sein.`];
    const raw = [...lines, ...Array.from({ length: 20 }, () => `${full} et suivies.`)].join('\n\n');
    expect(shapeBlocks(joinLines(readLines(raw).lines)).title).toBe('Cancer du sein : une nouvelle molécule');
  });
});
