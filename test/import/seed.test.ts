import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { handCleanedRelease, importText, passageLines, SEED_FILE } from './support/releases.ts';

/**
 * The seed's raw extraction (every line followed by an empty line, a sentence cut by a page
 * break, a video address dropped in the middle of a sentence, the links listed at the end)
 * imports to the release that was cleaned by hand in `knowledge/`.
 */

const hand = handCleanedRelease();
const { draft, release } = importText(readFileSync(SEED_FILE, 'utf8'));

describe('importing the seed extraction', () => {
  it('gives the passages of the hand-cleaned file, sentence for sentence and section for section', () => {
    expect(passageLines(release)).toEqual(passageLines(hand));
  });

  it('leaves nothing to fill in', () => {
    expect(draft.todos).toEqual([]);
  });

  it('drafts the hand-cleaned title, publisher, event date and time, and press contact', () => {
    expect(release.title).toBe(hand.title);
    expect(release.publisher).toBe(hand.publisher);
    expect(release.event).toEqual(hand.event);
    expect(release.pressContact).toEqual(hand.pressContact);
  });

  it('keeps the id the hand-cleaned file has', () => {
    expect(release.id).toBe(hand.id);
  });

  it('holds every source of the hand-cleaned file, with its title', () => {
    for (const source of hand.sources) expect(release.sources).toContainEqual(source);
  });

  it('also lists the four social network links the extraction gives, which the hand-cleaned file left out', () => {
    const extra = release.sources.filter((s) => !hand.sources.some((h) => h.url === s.url));
    expect(extra.map((s) => s.title)).toEqual(['X', 'Facebook', 'LinkedIn', 'Instagram']);
  });

  it('takes the dropped video address out of the sentence it fell into', () => {
    expect(release.body).toContain('cancer du poumon avancé ou métastatique avec une mutation');
    expect(release.body).not.toContain('youtu.be');
    expect(draft.notes.some((note) => note.includes('youtu.be'))).toBe(true);
  });

  it('drafts the trial, the drugs and the congress as keywords', () => {
    expect(release.keywords.slice(0, 5)).toEqual(['MARIPOSA', 'osimertinib', 'amivantamab', 'lazertinib', 'ESMO']);
  });

  it('drafts example questions that the release answers', () => {
    expect(release.examples).toEqual(['Qu’est-ce que l’amivantamab ?', 'Combien de patients dans l’essai MARIPOSA ?', 'Quel est le taux d’anomalies de MET ?']);
  });
});
