// French release text: a release in another language would be split with that language's `releaseText`.
import { french } from '../language/fr/index.ts';

/**
 * French sentence splitting: a full stop ends a sentence only when a capital,
 * a digit or an opening quote follows after white space, and never after a title
 * or an abbreviation ("Pr Besse" has none, "Tel. +33" and "M. Dupont" do).
 */

const ABBREVIATIONS = new Set(french.releaseText.abbreviations);

/** A boundary candidate: sentence punctuation, optional closing quotes, white space, then what may open a sentence. */
const BOUNDARY = /([.!?…]+)((?:\s*[»"”)])*)(\s+)(?=[«"“(]?\s*[\p{Lu}\p{N}])/gu;

/**
 * White space that is not already a single space: what must become one. A single space
 * between words, nearly all white space in a release, is left where it is, as rewriting
 * each would rebuild the paragraph piece by piece.
 */
const LOOSE_SPACE = /[^\S ]\s*| \s+/g;

/** Splits one paragraph (already on a single line) into sentences, each verbatim and trimmed. */
export function splitIntoSentences(paragraph: string): string[] {
  const text = paragraph.replace(LOOSE_SPACE, ' ').trim();
  if (text === '') return [];
  const sentences: string[] = [];
  let start = 0;
  // `exec` on the shared pattern, not `matchAll`, which copies the pattern for every paragraph.
  BOUNDARY.lastIndex = 0;
  for (let match = BOUNDARY.exec(text); match !== null; match = BOUNDARY.exec(text)) {
    const punctuation = match[1] ?? '';
    const end = match.index + punctuation.length + (match[2] ?? '').length;
    if (punctuation === '.' && endsWithAbbreviation(text, match.index)) continue;
    sentences.push(text.slice(start, end).trim());
    start = end + (match[3] ?? '').length;
  }
  const rest = text.slice(start).trim();
  if (rest !== '') sentences.push(rest);
  return sentences;
}

function endsWithAbbreviation(text: string, end: number): boolean {
  let start = end;
  while (start > 0 && isLetterOrDegree(text[start - 1] ?? '')) start--;
  const lastWord = text.slice(start, end);
  if (lastWord === '') return false;
  // A lone capital is an initial ("J. Martin"), not the end of a sentence.
  if (/^\p{Lu}$/u.test(lastWord)) return true;
  return ABBREVIATIONS.has(lastWord.toLowerCase());
}

const LETTER_OR_DEGREE = /^[\p{L}°]$/u;

function isLetterOrDegree(char: string): boolean {
  return LETTER_OR_DEGREE.test(char);
}
