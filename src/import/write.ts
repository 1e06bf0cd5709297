import { copyFileSync, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { dump } from 'js-yaml';
import { GLOSSARY_FILE } from '../knowledge/load.ts';
import type { ReleaseDraft } from './draft.ts';
import { wording as allWording } from '../answer/wording.fr.ts';

const importWording = allWording.import;

/**
 * The release file's text: the front matter as YAML between two `---` lines, then the body.
 * Every string is quoted, so that no reader takes a phone number ("0478123456") for a number
 * or a date for a timestamp.
 */
export function renderReleaseFile(draft: ReleaseDraft): string {
  const yaml = dump(draft.frontMatter, { lineWidth: -1, noRefs: true, quotingType: '"', forceQuotes: true });
  return `---\n${yaml}---\n\n${draft.body}\n`;
}

export interface WrittenRelease {
  file: string;
  /** Where the glossary was copied from, when the folder had none. */
  glossaryCopiedFrom: string | null;
  /** The folder has no glossary and none could be copied. */
  noGlossary: boolean;
}

/**
 * Writes `<id>.md` into `outDir` (made if missing), never over an existing file unless
 * `force`. The glossary is read from the knowledge folder itself: a folder without one gets a
 * copy of `defaultGlossary`, so that the bot searches it with the same synonyms and
 * translations; one it already has is left as it is.
 */
export function writeRelease(draft: ReleaseDraft, outDir: string, options: { force?: boolean; defaultGlossary?: string } = {}): WrittenRelease {
  const file = join(outDir, `${String(draft.frontMatter.id)}.md`);
  if (existsSync(file) && !options.force) throw new ReleaseExistsError(file);
  mkdirSync(outDir, { recursive: true });
  writeFileSync(file, renderReleaseFile(draft));
  const glossary = join(outDir, GLOSSARY_FILE);
  const source = options.defaultGlossary;
  if (existsSync(glossary)) return { file, glossaryCopiedFrom: null, noGlossary: false };
  if (source === undefined || !existsSync(source) || resolve(source) === resolve(glossary)) return { file, glossaryCopiedFrom: null, noGlossary: true };
  copyFileSync(source, glossary);
  return { file, glossaryCopiedFrom: source, noGlossary: false };
}

/** The release file is there already: replacing it would lose what a person filled in. */
export class ReleaseExistsError extends Error {
  constructor(readonly file: string) {
    super(importWording.cli.exists(file));
    this.name = 'ReleaseExistsError';
  }
}
