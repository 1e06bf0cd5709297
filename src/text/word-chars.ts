import { CodeUnitProperty } from './code-unit-property.ts';
import { isLowSurrogate } from './fold.ts';

const WORD_CHAR = /^[\p{L}\p{N}]$/u;
/** 1 for a letter or digit, 0 for anything else (a lone surrogate is neither). */
const wordUnit = new CodeUnitProperty((char) => (WORD_CHAR.test(char) ? 1 : 0));

/** How many code units the letter or digit at `i` takes (1, or 2 for a surrogate pair); 0 when there is none. */
export function wordCharWidth(text: string, i: number): number {
  if (i >= text.length) return 0;
  const code = text.charCodeAt(i);
  if (code >= 0xd800 && code <= 0xdbff && isLowSurrogate(text.charCodeAt(i + 1))) return WORD_CHAR.test(text.slice(i, i + 2)) ? 2 : 0;
  return wordUnit.of(code);
}
