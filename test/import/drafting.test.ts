import { describe, expect, it } from 'vitest';
import type { Block } from '../../src/import/blocks.ts';
import { recaseCapitals } from '../../src/import/casing.ts';
import { draftContact } from '../../src/import/contact.ts';
import { draftEvent } from '../../src/import/event.ts';
import { findDrugNames, findTrialNames } from '../../src/import/keywords.ts';
import { draftSources } from '../../src/import/links.ts';

const paragraph = (text: string): Block => ({ kind: 'paragraph', text });
const heading = (text: string): Block => ({ kind: 'heading', text });

describe('drafting the event', () => {
  it.each([
    ['présentés le lundi 2 juin 2025 à 14h30 lors du congrès de l’ASCO.', '2025-06-02T14:30', 'lundi 2 juin 2025, 14h30', 'ASCO 2025'],
    ['Samedi 14 septembre 2024 | 9h30. L’étude présentée à l’ESMO.', '2024-09-14T09:30', 'samedi 14 septembre 2024, 9h30', 'ESMO 2024'],
    ['le 1er décembre 2025, 8h lors du symposium SABCS 2025.', '2025-12-01T08:00', 'lundi 1er décembre 2025, 8h', 'SABCS 2025'],
  ])('reads %j', (text, date, label, name) => {
    expect(draftEvent(text)).toMatchObject({ date, label, name });
  });

  it('takes the year of a date given without one from a mention of the same day', () => {
    expect(draftEvent('le samedi 14 septembre à 9h30. Samedi 14 septembre 2024.')).toMatchObject({ date: '2024-09-14T09:30' });
  });

  it('takes the year of the congress for a date given without one', () => {
    expect(draftEvent('au congrès de l’ASCO 2025 le lundi 2 juin à 14h15')).toMatchObject({ date: '2025-06-02T14:15', name: 'ASCO 2025', weekdayMismatch: false });
  });

  it('says when the weekday the text gives is not the date’s', () => {
    expect(draftEvent('le mardi 2 juin 2025 à 14h')).toMatchObject({ label: 'lundi 2 juin 2025, 14h', weekdayMismatch: true });
  });

  it('gives the day alone when the text gives no time', () => {
    expect(draftEvent('Présentée le 3 juin 2025 à l’ASCO.')).toMatchObject({ date: '2025-06-03', label: 'mardi 3 juin 2025' });
  });

  it('finds nothing in a text without a date or a congress', () => {
    expect(draftEvent('Le service ouvre au printemps.')).toEqual({ date: null, label: null, name: null, acronym: null, weekdayMismatch: false });
  });

  it('does not take a trial for a congress', () => {
    expect(draftEvent('Les résultats présentés dans l’essai MARIPOSA.').name).toBeNull();
  });
});

describe('drafting the press contact', () => {
  it('reads a contact on one line: organisation, name, address, phones', () => {
    const blocks = [heading('Contact presse'), paragraph('CENTRE EXEMPLE : Jeanne Dupré - jeanne.dupre@exemple.fr - Tel. +33 1 42 11 50 59 - 06 17 66 00 26')];
    expect(draftContact(blocks, 'Le Centre Exemple soigne.')).toEqual({
      heading: 'Contact presse',
      organisation: 'Centre Exemple',
      name: 'Jeanne Dupré',
      email: 'jeanne.dupre@exemple.fr',
      phones: ['+33 1 42 11 50 59', '06 17 66 00 26'],
    });
  });

  it('takes the name before the address when the address does not spell it', () => {
    const blocks = [paragraph('Presse : Jeanne Dupré, chargée de communication – presse@exemple.fr')];
    expect(draftContact(blocks, '')).toMatchObject({ heading: null, name: 'Jeanne Dupré', email: 'presse@exemple.fr' });
  });

  it('finds nothing without an address', () => {
    expect(draftContact([paragraph('Le service ouvre.')], '')).toEqual({ heading: null, organisation: null, name: null, email: null, phones: [] });
  });
});

describe('titling the sources', () => {
  const contact = { heading: 'Contact presse', organisation: null, name: 'Jeanne Dupré', email: 'jeanne.dupre@exemple.fr', phones: [] };
  const blocks = [
    paragraph('Voir la vidéo en ligne.'),
    paragraph('Le Centre Exemple est sur www.centre-exemple.fr, LinkedIn. Jeanne Dupré - jeanne.dupre@exemple.fr'),
  ];
  const found = (url: string, inText = false) => ({ url, dropped: !inText, inText, context: '' });

  it('titles a video by the line that stands for it, a site by the name it spells, a network by its name, an address by the contact', () => {
    const urls = [found('https://youtu.be/x'), found('www.centre-exemple.fr', true), found('https://www.centre-exemple.fr/'), found('https://www.linkedin.com/company/x')];
    expect(draftSources(urls, blocks, contact)).toEqual([
      { title: 'Voir la vidéo en ligne', url: 'https://youtu.be/x' },
      { title: 'Centre Exemple', url: 'https://www.centre-exemple.fr/' },
      { title: 'LinkedIn', url: 'https://www.linkedin.com/company/x' },
      { title: 'Contact presse : Jeanne Dupré', url: 'mailto:jeanne.dupre@exemple.fr' },
    ]);
  });

  it('titles by its host a dropped address nothing in the text stands for', () => {
    expect(draftSources([found('https://data.example.org/x')], [], { ...contact, email: null })).toEqual([{ title: 'data.example.org', url: 'https://data.example.org/x' }]);
  });
});

describe('keywords', () => {
  it('finds a trial by the capitals after "essai" or "étude", leaving the congress out', () => {
    expect(findTrialNames('L’essai multicentrique de phase 3 MARIPOSA. L’étude présentée à l’ESMO.', 'ESMO')).toEqual(['MARIPOSA']);
  });

  it('finds drugs by the endings of their international names', () => {
    expect(findDrugNames('L’amivantamab associé au lazertinib, contre l’osimertinib seul, au cours du traitement.')).toEqual(['amivantamab', 'lazertinib', 'osimertinib']);
  });
});

describe('putting capitals back in case', () => {
  it('writes each word as the text does away from the start of a sentence', () => {
    expect(recaseCapitals('L’ESSAI MARIPOSA À L’ESMO', 'Dans l’essai MARIPOSA présenté à l’ESMO.')).toBe('L’essai MARIPOSA à l’ESMO');
  });
});

describe('finding the congress', () => {
  it.each([
    ['présentés au congrès de l’American Society of Clinical Oncology (ASCO) à Chicago', 'ASCO'],
    ['Les données du SABCS 2025 montrent', 'SABCS 2025'],
  ])('in %j', (text, name) => {
    expect(draftEvent(text).name).toBe(name);
  });
});
