import { describe, expect, it } from 'vitest';
import { splitIntoPassages } from '../../src/knowledge/passages.ts';
import { hasKind } from '../../src/search/features.ts';
import { buildIndex } from '../../src/search/index.ts';
import { pipeline } from '../support/french.ts';

/** Two releases that share a sentence word for word, as releases of one publisher do. */
const shared = 'Gustave Roussy compte 4 100 salariés.';
const passages = [
  ...splitIntoPassages({ id: 'a', title: shared, body: `L'essai a inclus 1 000 patients.\n\n${shared}` }),
  ...splitIntoPassages({ id: 'b', title: 'Un autre titre', body: `${shared} Il est situé à Villejuif.` }),
];
const index = buildIndex(passages, pipeline);
const featuresOf = (releaseId: string, section?: string) =>
  index.docs.find((d) => d.passage.releaseId === releaseId && d.passage.text === shared && (section === undefined || d.passage.section === section))?.features;

describe('index of passages that repeat a sentence', () => {
  // The text's features are worked out once; the title section is the passage's own.
  it('marks only the repeated sentence that is a headline as a title', () => {
    const headline = featuresOf('a', 'Titre');
    const body = featuresOf('a', 'Communiqué');
    expect(headline && hasKind(headline, 'title')).toBe(true);
    expect(body && hasKind(body, 'title')).toBe(false);
  });

  it('gives each copy the counts of its own figures', () => {
    expect([...(featuresOf('b')?.counts ?? [])]).toEqual(['4100', 'salar']);
    expect([...(featuresOf('a', 'Communiqué')?.counts ?? [])]).toEqual(['4100', 'salar']);
  });

  // Figures come from the text when releases are split, but a passage built otherwise keeps its own.
  it('gives a copy with other figures the features of its own figures', () => {
    const [first, second] = passages.filter((p) => p.text === shared && p.section !== 'Titre');
    const other = buildIndex([first!, { ...second!, figures: [] }], pipeline);
    expect(hasKind(other.docs[0]!.features, 'count')).toBe(true);
    expect(hasKind(other.docs[1]!.features, 'count')).toBe(false);
  });

  it('counts each copy in the document frequency of its words', () => {
    expect(index.documentFrequency.get('salar')).toBe(3);
  });
});
