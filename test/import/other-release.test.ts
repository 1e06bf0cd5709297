import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importText, OTHER_RELEASE_FILE } from './support/releases.ts';

/**
 * Another institute's release, on another topic, with debris of its own: a "COMMUNIQUÉ DE
 * PRESSE" label, a header and a footer with the page number on every page (form feeds between
 * pages), words broken at a hyphen, a sentence cut by the page break, a video address dropped
 * into a sentence, a document address on a line of its own in the middle of another, and a
 * press contact block on four lines. Nothing in the cleaning knows this release: it must come
 * out as a person would clean it (`institut-lumiere-ash-2025.expected.md`, checked line by
 * line against the raw text).
 */

const raw = readFileSync(OTHER_RELEASE_FILE, 'utf8');
const expectedBody = readFileSync(OTHER_RELEASE_FILE.replace(/\.txt$/, '.expected.md'), 'utf8').trim();
const { draft, release } = importText(raw);

describe('importing another institute’s release', () => {
  it('gives the body a person would clean, paragraph for paragraph', () => {
    expect(release.body.split('\n\n')).toEqual(expectedBody.split('\n\n'));
  });

  it('leaves nothing to fill in', () => {
    expect(draft.todos).toEqual([]);
  });

  it('drops the header and the footer repeated on every page, page numbers included', () => {
    expect(release.body).not.toMatch(/Page \d\/2|– Communiqué de presse/);
  });

  it('drops the label that opens the document and keeps the dateline', () => {
    expect(release.body).not.toMatch(/COMMUNIQUÉ DE PRESSE/i);
    expect(release.body.startsWith('Lyon, le 8 décembre 2025\n')).toBe(true);
  });

  it('undoes the hyphenation of a broken word and keeps the hyphen of a compound', () => {
    expect(release.body).toContain('des cellules du lymphome.');
    expect(release.body).toContain('un traitement anti-CD20 d’un genre nouveau');
    expect(release.body).toContain('Selon la porte-parole, une demande');
  });

  it('joins the sentence the page break cut', () => {
    expect(release.body).toContain('un taux jamais observé jusqu’ici dans cette situation.');
  });

  it('takes the addresses dropped into sentences out of the text and into the sources', () => {
    expect(release.body).toContain('Les patients ont été suivis pendant dix-huit mois en moyenne.');
    expect(release.body).toContain('Le dossier de presse complet est disponible sur le site de l’Institut.');
    expect(release.body).not.toMatch(/vimeo|\.pdf/);
  });

  it('titles every link from the words around it', () => {
    expect(release.sources).toEqual([
      { title: 'Regarder l’interview vidéo du Dr Martin', url: 'https://vimeo.com/912345678' },
      { title: 'Télécharger le dossier de presse', url: 'https://www.institut-lumiere.fr/presse/carlyon-ash-2025.pdf' },
      { title: 'Plus d’informations sur l’essai', url: 'https://www.carlyon-trial.org' },
      { title: 'Institut Lumière', url: 'https://www.institut-lumiere.fr' },
      { title: 'Contacts presse : Sophie Marchand', url: 'mailto:sophie.marchand@institut-lumiere.fr' },
    ]);
  });

  it('drafts the headline, the publisher and the id', () => {
    expect(release.title).toBe('Lymphome agressif en rechute : un anticorps bispécifique obtient une réponse complète chez près de deux patients sur trois');
    expect(release.publisher).toBe('Institut Lumière d’Oncologie');
    expect(release.id).toBe('institut-lumiere-d-oncologie-ash-2025-carlyon');
  });

  it('drafts the congress with its date and time', () => {
    expect(release.event).toEqual({ name: 'ASH 2025', date: '2025-12-08T16:45', label: 'lundi 8 décembre 2025, 16h45' });
  });

  it('reads the press contact from its four lines', () => {
    expect(release.pressContact).toEqual({
      organisation: 'Institut Lumière d’Oncologie',
      name: 'Sophie Marchand',
      email: 'sophie.marchand@institut-lumiere.fr',
      phones: ['04 78 12 34 56', '06 45 67 89 10'],
    });
  });

  it('makes the headings of the publisher and contact sections', () => {
    expect(release.body).toMatch(/^## À propos de l’Institut Lumière d’Oncologie$/m);
    expect(release.body).toMatch(/^## Contacts presse$/m);
  });

  it('drafts the trial, the drug and the congress as keywords', () => {
    expect(release.keywords.slice(0, 3)).toEqual(['CARLYON', 'glofitamab', 'ASH']);
  });
});
