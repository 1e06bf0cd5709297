import { describe, expect, it } from 'vitest';
import { splitIntoPassages } from '../../src/knowledge/passages.ts';
import { orphans } from '../../src/learning/orphans.ts';
import { knowledge, taughtPassage, taughtRefusal } from './taught.ts';

const release = knowledge.releases[0];
if (!release) throw new Error('the knowledge folder has no release');
const withBody = (body: string) => ({ passages: splitIntoPassages({ ...release, body }) });
const staff = taughtPassage('Combien de salariés ?', 'Avec 4 100 salariés');
const refusal = taughtRefusal('Qui finance l’essai ?');

describe('taught questions when the release changes', () => {
  it('keeps its passage when a sentence is added elsewhere in the release', () => {
    expect(orphans([staff, refusal], withBody(`Une phrase ajoutée en tête.\n\n${release.body}`))).toEqual([]);
  });

  it('loses its passage, as an orphan, when its sentence is edited', () => {
    expect(orphans([staff, refusal], withBody(release.body.replace('4 100 salariés', '4 200 salariés')))).toEqual([staff]);
  });
});
