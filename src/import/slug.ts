import { fold } from './words.ts';

const MAX_ID_PARTS = 8;

/** A release id from its parts: folded, letters and digits kept, dashes between ("gustave-roussy-esmo-2024-mariposa"). */
export function slugOf(parts: readonly (string | null)[]): string {
  return parts
    .filter((part): part is string => part !== null && part.trim() !== '')
    .map((part) => fold(part).replace(/[^a-z0-9]+/g, '-'))
    .join('-')
    .split('-')
    .filter((piece) => piece !== '')
    .slice(0, MAX_ID_PARTS)
    .join('-');
}
