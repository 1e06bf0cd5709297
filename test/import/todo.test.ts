import { CORE_SCHEMA, load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { draftRelease } from '../../src/import/draft.ts';
import { renderReleaseFile } from '../../src/import/write.ts';
import { KnowledgeError } from '../../src/knowledge/errors.ts';
import { parseRelease } from '../../src/knowledge/load.ts';

/** What the import cannot find it marks TODO and lists; the file then refuses to load, naming the field. */

const BARE = [
  'Un nouveau service de radiothérapie ouvre ses portes',
  '',
  'Le service accueillera ses premiers patients au printemps. Il compte deux accélérateurs.',
].join('\n');

const UNDER_EMBARGO = [
  'SOUS EMBARGO JUSQU’AU LUNDI 2 JUIN 2025, 14H',
  '',
  'Une étude qui change la prise en charge des patients',
  '',
  'Les résultats de l’étude seront présentés le lundi 2 juin 2025 à 14h au congrès de l’ASCO.',
  '',
  'Contact presse',
  'Centre Exemple : Paul Durand - paul.durand@centre-exemple.fr - 01 23 45 67 89',
].join('\n');

function loadError(text: string): KnowledgeError {
  try {
    parseRelease(text, 'knowledge/x.md');
  } catch (error) {
    if (error instanceof KnowledgeError) return error;
    throw error;
  }
  throw new Error('the draft loaded');
}

describe('a release the text says too little about', () => {
  const draft = draftRelease(BARE);

  it('lists every field it could not fill', () => {
    expect(draft.todos.map((t) => t.field)).toEqual([
      'publisher',
      'event.name',
      'event.date',
      'event.label',
      'sources',
      'pressContact.organisation',
      'pressContact.name',
      'pressContact.email',
    ]);
  });

  it('writes TODO with the reason in each of those fields', () => {
    const text = renderReleaseFile(draft);
    for (const todo of draft.todos) expect(text).toContain(`TODO: ${todo.reason}`);
  });

  it('drafts what it could find: the headline and the language', () => {
    expect(draft.frontMatter).toMatchObject({ title: 'Un nouveau service de radiothérapie ouvre ses portes', language: 'fr' });
  });

  it('writes a file that refuses to load, naming the file and the first field to fill', () => {
    expect(loadError(renderReleaseFile(draft))).toMatchObject({ file: 'knowledge/x.md', field: 'publisher', problem: expect.stringMatching(/TODO/) });
  });
});

describe('a release without a publisher section', () => {
  it('takes the publisher and the organisation from the name the press address spells', () => {
    const draft = draftRelease('Un titre\n\nLe Centre Exemple ouvre un service.\n\nContact presse\nPaul Durand - paul.durand@centreexemple.fr\n');
    expect(draft.frontMatter).toMatchObject({ publisher: 'Centre Exemple', pressContact: { organisation: 'Centre Exemple', name: 'Paul Durand' } });
  });
});

describe('a release under embargo', () => {
  const draft = draftRelease(UNDER_EMBARGO);

  it('leaves the embargo to fill, with its offset, since the text gives its time only as words', () => {
    expect(draft.todos.map((t) => t.field)).toEqual(['embargo']);
    expect(loadError(renderReleaseFile(draft))).toMatchObject({ field: 'embargo' });
  });

  it('loads once a person fills the embargo in', () => {
    const filled = renderReleaseFile(draft).replace(/^embargo: .*$/m, 'embargo: "2025-06-02T14:00:00-05:00"');
    expect(parseRelease(filled, 'knowledge/x.md').embargo).toBe('2025-06-02T14:00:00-05:00');
  });

  it('keeps the embargo line out of the headline and the text', () => {
    expect(draft.frontMatter.title).toBe('Une étude qui change la prise en charge des patients');
    expect(draft.body).not.toMatch(/embargo/i);
  });

  it('drafts the event and the contact of a short release', () => {
    expect(draft.frontMatter).toMatchObject({
      event: { name: 'ASCO 2025', date: '2025-06-02T14:00', label: 'lundi 2 juin 2025, 14h' },
      pressContact: { organisation: 'Centre Exemple', name: 'Paul Durand', email: 'paul.durand@centre-exemple.fr', phones: ['01 23 45 67 89'] },
    });
  });
});

describe('the file the import writes', () => {
  it('quotes every string, so that a phone number written without spaces stays text', () => {
    const draft = draftRelease('Un titre\n\nLe Centre Exemple ouvre un service.\n\nContact presse\nPaul Durand - paul.durand@centreexemple.fr - 0478123456\n');
    const text = renderReleaseFile(draft);
    expect(text).toContain('- "0478123456"');
    const frontMatter = load(text.split('---\n')[1] ?? '', { schema: CORE_SCHEMA }) as { pressContact: { phones: unknown[] } };
    expect(frontMatter.pressContact.phones).toEqual(['0478123456']);
  });
});
