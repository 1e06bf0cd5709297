import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { KnowledgeError } from '../../src/knowledge/errors.ts';
import { parseRelease } from '../../src/knowledge/load.ts';

/** The front matter fields an import drafts: `keywords`, `embargo`, and the TODO it leaves where it found nothing. */

// Without its keywords, so that a test can give its own.
const REAL_RELEASE = readFileSync(join('knowledge', 'gustave-roussy-esmo-2024-mariposa.md'), 'utf8').replace(/^keywords:\n(?: {2}- .*\n)+/m, '');
const FILE = 'knowledge/x.md';

function withFrontMatterLine(line: string): string {
  return REAL_RELEASE.replace(/^language: fr$/m, `language: fr\n${line}`);
}

function errorOf(text: string): KnowledgeError {
  try {
    parseRelease(text, FILE);
  } catch (error) {
    if (error instanceof KnowledgeError) return error;
    throw error;
  }
  throw new Error('the release loaded without error');
}

describe('the keywords of a release', () => {
  it('are read as a list of words', () => {
    expect(parseRelease(withFrontMatterLine('keywords: [MARIPOSA, amivantamab, ESMO]'), FILE).keywords).toEqual(['MARIPOSA', 'amivantamab', 'ESMO']);
  });

  it('are an empty list when the file has none', () => {
    expect(parseRelease(REAL_RELEASE, FILE).keywords).toEqual([]);
  });

  it('refuse an empty keyword, naming it', () => {
    expect(errorOf(withFrontMatterLine('keywords: [MARIPOSA, ""]'))).toMatchObject({ file: FILE, field: 'keywords.1' });
  });
});

describe('the embargo of a release', () => {
  it.each(['2024-09-14T09:30:00+02:00', '2024-09-14T09:30+02:00', '2024-09-14T07:30:00Z', '2024-09-14T09:30:00.000-04:00'])('takes %s', (embargo) => {
    expect(parseRelease(withFrontMatterLine(`embargo: "${embargo}"`), FILE).embargo).toBe(embargo);
  });

  it('is absent when the file has none', () => {
    expect(parseRelease(REAL_RELEASE, FILE).embargo).toBeUndefined();
  });

  it.each(['2024-09-14T09:30', '2024-09-14', '14/09/2024 09:30 +02:00', '2024-09-14 09:30+02:00'])('refuses %s, which has no offset or is not ISO 8601', (embargo) => {
    expect(errorOf(withFrontMatterLine(`embargo: "${embargo}"`))).toMatchObject({ file: FILE, field: 'embargo', problem: expect.stringMatching(/ISO 8601.*offset/) });
  });

  it.each(['2024-02-30T09:30+01:00', '2024-09-14T25:00+02:00'])('refuses %s, which is no real date and time', (embargo) => {
    expect(errorOf(withFrontMatterLine(`embargo: "${embargo}"`))).toMatchObject({ file: FILE, field: 'embargo' });
  });
});

describe('a release that still holds a TODO', () => {
  it('refuses to load, naming the file and the field', () => {
    const error = errorOf(REAL_RELEASE.replace(/date: "2024-09-14T09:30"/, 'date: TODO'));
    expect(error).toMatchObject({ file: FILE, field: 'event.date', problem: expect.stringMatching(/TODO/) });
    expect(error.message).toBe(`${FILE}: event.date: ${error.problem}`);
  });

  it('names an item of a list by its position', () => {
    expect(errorOf(REAL_RELEASE.replace('title: Gustave Roussy', 'title: TODO'))).toMatchObject({ field: 'sources.1.title' });
  });

  it('refuses a TODO left in the body', () => {
    expect(errorOf(REAL_RELEASE.replace('Voir la vidéo en ligne.', 'TODO : le lien de la vidéo.'))).toMatchObject({ file: FILE, field: 'body' });
  });

  it('loads a word that only contains the letters TODO', () => {
    expect(parseRelease(REAL_RELEASE.replace('Voir la vidéo en ligne.', 'Voir la vidéo TODOS en ligne.'), FILE).body).toContain('TODOS');
  });
});
