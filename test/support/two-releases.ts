/**
 * The real release and the test's second one (another EGFR lung cancer trial of the same
 * institute, same press contact, a year later) in one knowledge folder, made once per test file.
 */
import { copyFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { GLOSSARY_FILE } from '../../src/knowledge/load.ts';

export const MARIPOSA_ID = 'gustave-roussy-esmo-2024-mariposa';
export const ORCHIDEE_ID = 'gustave-roussy-wclc-2025-orchidee';

const FILES = [`knowledge/${MARIPOSA_ID}.md`, `test/fixtures/releases/${ORCHIDEE_ID}.md`, `knowledge/${GLOSSARY_FILE}`];

let dir: string | undefined;

/** A folder holding both releases and the glossary; left in the system's temporary folder. */
export function twoReleasesDir(): string {
  if (dir) return dir;
  const made = mkdtempSync(join(tmpdir(), 'two-releases-'));
  for (const file of FILES) copyFileSync(file, join(made, file.split('/').at(-1) ?? ''));
  dir = made;
  return made;
}
