/**
 * A knowledge folder of the real release and one more, under embargo until
 * 2026-12-10T09:30:00+01:00 (`test/fixtures/embargo/`), made in a temporary folder.
 */
import { copyFileSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const EMBARGOED_ID = 'gustave-roussy-sabcs-2026-helios';
export const EMBARGO = '2026-12-10T09:30:00+01:00';
export const BEFORE_EMBARGO = new Date('2026-12-10T08:00:00+01:00');
export const AT_EMBARGO = new Date(EMBARGO);
export const EMBARGO_LABEL = "Sous embargo jusqu'au 10 décembre 2026 à 9 h 30";
export const HELIOS_QUESTION = 'Combien de patientes dans l’essai HELIOS ?';
export const HELIOS_SENTENCE = 'L’essai de phase 2 HELIOS a inclus 412 patientes atteintes d’un cancer du sein triple négatif opéré.';

/** Makes the folder; `remove` deletes it. */
export function makeEmbargoKnowledge(): { dir: string; remove(): void } {
  const dir = mkdtempSync(join(tmpdir(), 'knowledge-embargo-'));
  for (const name of readdirSync('knowledge')) copyFileSync(join('knowledge', name), join(dir, name));
  for (const name of readdirSync('test/fixtures/embargo')) copyFileSync(join('test/fixtures/embargo', name), join(dir, name));
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}
