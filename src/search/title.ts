const TITLE_MIN_WORDS = 6;
/** Share of the longer words that open with a capital in a title. */
const TITLE_CAPITALISED_SHARE = 0.6;

/**
 * An English-style title: most of its longer words (four letters or more) capitalised.
 * Words are the pieces between single spaces, read in place rather than split out.
 */
export function looksLikeTitle(text: string): boolean {
  if (!hasCapitalisedWords(text, TITLE_MIN_WORDS - 1)) return false;
  let long = 0;
  let capitalised = 0;
  for (let start = 0; start <= text.length; ) {
    const space = text.indexOf(' ', start);
    const end = space < 0 ? text.length : space;
    const first = text[start] ?? '';
    if (end - start >= 4 && isLetter(first) && isLetter(text[start + 3] ?? '')) {
      long++;
      if (isCapital(first)) capitalised++;
    }
    start = end + 1;
  }
  return long >= TITLE_MIN_WORDS && capitalised / long >= TITLE_CAPITALISED_SHARE;
}

const CAPITALISED_AFTER_SPACE = / [A-ZÀ-Þ]/g;

/** Whether at least `count` words after a space open with a capital: a cheap test before `looksLikeTitle` splits the text. */
function hasCapitalisedWords(text: string, count: number): boolean {
  CAPITALISED_AFTER_SPACE.lastIndex = 0;
  let found = 0;
  while (found < count && CAPITALISED_AFTER_SPACE.test(text)) found++;
  CAPITALISED_AFTER_SPACE.lastIndex = 0;
  return found >= count;
}

function isLetter(char: string): boolean {
  return char.toLowerCase() !== char.toUpperCase();
}

function isCapital(char: string): boolean {
  return char !== char.toLowerCase();
}
