import { describe, expect, it } from 'vitest';
import { chooseRelease, CLOSE_CONFIDENCE } from '../../src/answer/choose-release.ts';
import type { Passage } from '../../src/knowledge/passages.ts';
import type { SearchHit } from '../../src/search/search.ts';

const DATES: Record<string, string> = { old: '2024-09-14T09:30', new: '2025-09-08T10:15', mid: '2025-01-20' };
const dateOf = (id: string): string => DATES[id] ?? '';

function hit(releaseId: string, confidence: number, text = `Phrase de ${releaseId}.`): SearchHit {
  const passage: Passage = { id: `${releaseId}:${text.length}`, releaseId, section: 'Communiqué', text, order: 0, previousId: null, leansOnPrevious: false, figures: [] };
  return { passage, confidence };
}

describe('which release answers', () => {
  it('gives the surest release when the others are well behind, even when they are newer', () => {
    expect(chooseRelease([hit('old', 0.9), hit('new', 0.6)], dateOf)).toEqual({ releaseId: 'old', answers: true, otherId: null });
  });

  it('gives the newest of two releases that answer with close confidence, and offers the other', () => {
    expect(chooseRelease([hit('old', 0.9), hit('new', 0.9 - CLOSE_CONFIDENCE / 2)], dateOf)).toEqual({ releaseId: 'new', answers: true, otherId: 'old' });
  });

  it('offers nothing when the close releases say the same sentence (the institute, the contact)', () => {
    const same = 'Avec 4 100 salariés, Gustave Roussy réunit les expertises.';
    expect(chooseRelease([hit('old', 0.8, same), hit('new', 0.8, same)], dateOf)).toEqual({ releaseId: 'new', answers: true, otherId: null });
  });

  it('offers the surest of the other close releases', () => {
    expect(chooseRelease([hit('old', 0.9), hit('mid', 0.88), hit('new', 0.87)], dateOf)).toMatchObject({ releaseId: 'new', otherId: 'old' });
  });

  it('counts only releases whose best sentence clears the bar', () => {
    expect(chooseRelease([hit('old', 0.52), hit('new', 0.49)], dateOf)).toEqual({ releaseId: 'old', answers: true, otherId: null });
  });

  it('reads each release by its first hit, the sentence it would answer with alone', () => {
    expect(chooseRelease([hit('old', 0.6), hit('new', 0.9), hit('old', 0.95)], dateOf)).toEqual({ releaseId: 'new', answers: true, otherId: null });
  });

  it('refuses with the release the question came closest to when none clears the bar', () => {
    expect(chooseRelease([hit('old', 0.4), hit('new', 0.3)], dateOf)).toEqual({ releaseId: 'old', answers: false, otherId: null });
  });

  it('has no choice to make without any hit', () => {
    expect(chooseRelease([], dateOf)).toBeNull();
  });
});
