import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadGlossary, parseRelease } from '../../../src/knowledge/load.ts';
import { splitIntoPassages } from '../../../src/knowledge/passages.ts';
import type { Release } from '../../../src/knowledge/release.ts';
import { draftRelease, type ReleaseDraft } from '../../../src/import/draft.ts';
import { renderReleaseFile } from '../../../src/import/write.ts';

export const SEED_FILE = join('..', 'shared', 'seed', '000_1cdac8363550941e.txt');
export const HAND_CLEANED_FILE = join('knowledge', 'gustave-roussy-esmo-2024-mariposa.md');
export const OTHER_RELEASE_FILE = join('test', 'fixtures', 'import', 'institut-lumiere-ash-2025.txt');
export const GLOSSARY = loadGlossary(join('knowledge', 'glossary.yaml'));

export function handCleanedRelease(): Release {
  return parseRelease(readFileSync(HAND_CLEANED_FILE, 'utf8'), HAND_CLEANED_FILE);
}

/** A draft as the loader reads it back from the file the import writes. */
export function loadDraft(draft: ReleaseDraft): Release {
  return parseRelease(renderReleaseFile(draft), `${String(draft.frontMatter.id)}.md`);
}

export function importText(raw: string): { draft: ReleaseDraft; release: Release } {
  const draft = draftRelease(raw, { glossary: GLOSSARY });
  return { draft, release: loadDraft(draft) };
}

/** Each passage as "section | sentence": what must be equal, sentence for sentence. */
export function passageLines(release: Release): string[] {
  return splitIntoPassages(release).map((p) => `${p.section} | ${p.text}`);
}
