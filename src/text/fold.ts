/**
 * Folding, the same for every language: lower case, no accents or ligatures, straight
 * apostrophes, one space between words. Indexing and questions meet on folded text.
 */

const DIACRITICS = /\p{M}+/gu;
const APOSTROPHES = /[’‘`´ʼ′]/g;

export function foldText(text: string): string {
  return text
    .normalize('NFKD')
    .replace(DIACRITICS, '')
    .toLowerCase()
    .replace(/œ/g, 'oe')
    .replace(/æ/g, 'ae')
    .replace(APOSTROPHES, "'")
    .replace(/\s+/g, ' ')
    .trim();
}
