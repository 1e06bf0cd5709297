/** A copy of the repository's `knowledge/` in a temporary folder, for tests that edit a release. */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const RELEASE_FILE = 'gustave-roussy-esmo-2024-mariposa.md';
/** The MET rate sentence's figure, and what the edited release says instead. */
export const OLD_FIGURE = '4,4 %';
export const NEW_FIGURE = '5,2 %';

export interface ReleaseFolder {
  dir: string;
  file: string;
  /** The release with `from` replaced by `to`, written in one go. */
  replace(from: string, to: string): void;
  write(text: string): void;
  remove(): void;
}

export function copyKnowledge(): ReleaseFolder {
  const dir = mkdtempSync(join(tmpdir(), 'knowledge-'));
  cpSync('knowledge', dir, { recursive: true });
  const file = join(dir, RELEASE_FILE);
  return {
    dir,
    file,
    replace(from, to) {
      const text = readFileSync(file, 'utf8');
      if (!text.includes(from)) throw new Error(`the release does not say "${from}"`);
      writeFileSync(file, text.replace(from, to));
    },
    write: (text) => writeFileSync(file, text),
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}
