/** Small readings of a line or word that every step of the cleaning asks. */

/** Lower case, no accents, straight apostrophes: how the import compares words. */
export function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').replace(/[’‘]/g, "'").toLowerCase();
}

/** A line whose letters are all capitals, with at least two of them ("CONTACT PRESSE"). */
export function isAllCaps(text: string): boolean {
  const letters = text.match(/\p{L}/gu) ?? [];
  return letters.length >= 2 && letters.every((letter) => letter === letter.toUpperCase() && letter !== letter.toLowerCase());
}

/** Whether a line has cased letters at all: "59 - +33 6 17" has none and says nothing of case. */
export function hasCasedLetters(text: string): boolean {
  return /[\p{Lu}\p{Ll}]/u.test(text);
}

/** Whether the line opens in lower case, past opening quotes and brackets: it goes on with the line before. */
export function opensInLowerCase(text: string): boolean {
  return /^[\s«"“(]*\p{Ll}/u.test(text);
}

/** Whether the line ends a sentence: full stop, question or exclamation mark, ellipsis, closing quote after one. */
export function endsSentence(text: string): boolean {
  return /[.!?…]\s*[»"”)]*\s*$/u.test(text) || /»\s*$/u.test(text);
}

/** Whether the line ends with punctuation of any kind, a comma or a colon included. */
export function endsWithPunctuation(text: string): boolean {
  return /[.!?…,;:»"”)]\s*$/u.test(text);
}

/** Spaces, tabs and the like made one single space, and the ends trimmed. */
export function collapseSpaces(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** Whether `text` (already folded) starts with one of `openings`, as a whole word. */
export function startsWithAny(folded: string, openings: readonly string[]): string | undefined {
  return openings.find((opening) => {
    const wanted = fold(opening);
    return folded.startsWith(wanted) && (wanted.endsWith(' ') || wanted.endsWith("'") || !/\p{L}/u.test(folded.charAt(wanted.length)));
  });
}
