import type { Language } from '../language/language.ts';
import { foldText } from '../text/fold.ts';
import { wordCharWidth } from '../text/word-chars.ts';

/**
 * Text to search terms, the same at index and question time, so that both sides meet:
 * fold (case, accents, apostrophes) → tokens (elisions off, numbers in one format) → stop words
 * out → stems. What is French in it (elisions, hooked pronouns, stop words, the stemmer) comes
 * from the language.
 */
export interface TextPipeline {
  readonly language: Language;
  /**
   * Words and numbers of a text, folded, elisions split off, numbers in one format
   * ("1 000" → "1000", "4,4" → "4.4", "n°55" → "numero 55").
   * A hyphenated word yields the whole ("ontarget") and its parts ("on", "target").
   */
  tokenize(text: string): string[];
  /** `tokenize` for a text already folded by `foldText`; the tokens are appended to `tokens` when given. */
  tokenizeFolded(folded: string, tokens?: string[]): string[];
  isStopWord(token: string): boolean;
  /** A folded token's stem; numbers and words of three letters or fewer stay as they are. */
  stem(token: string): string;
  /** The search terms of a text: tokens, stop words out, stemmed. Idempotent on its own output. */
  terms(text: string): string[];
}

/** "1 000" and "4 100" are one number; so is "4,4", written "4.4" by some. */
const THOUSANDS = /(\d{1,3})(?:[ \u00A0\u202F](\d{3}))(?!\d)/g;
const DECIMAL_COMMA = /(\d),(\d)/g;
const NUMBERO = /\bn\s?°\s?(?=\d)/g;
const NUMBER = /^\d+(?:\.\d+)?$/;
const HYPHEN = 0x2d;
const DOT = 0x2e;

export function createPipeline(language: Language): TextPipeline {
  const { stopWords } = language;
  const elision = new RegExp(`\\b(?:${language.words.elided.join('|')})'(?=\\p{L})`, 'gu');
  const keptWhole = language.words.keptWhole.map(({ pattern, as }) => ({ pattern: new RegExp(`\\b${pattern}\\b`, 'g'), as }));
  const hookedPronouns = new Set(language.words.hookedPronouns);
  const stemCache = new Map<string, string>();

  function tokenizeFolded(text: string, tokens: string[] = []): string[] {
    let folded = text;
    // Each rewrite is tried only when its text can be there: most sentences need none of them.
    if (folded.includes("'")) {
      for (const { pattern, as } of keptWhole) folded = folded.replace(pattern, as);
      folded = folded.replace(elision, '');
    }
    if (/\d/.test(folded)) folded = joinNumbers(folded);
    scanWords(folded, tokens, wordTokens);
    return tokens;
  }

  /** One hyphenated or dotted word as tokens: whole and in parts, a hooked pronoun dropped. */
  function wordTokens(word: string): string[] {
    let parts = word.split(/[-.]/).filter(Boolean);
    // "peut-il" is the verb "peut" asked as a question: the pronoun is no part of the word.
    while (parts.length > 1 && word.includes('-') && hookedPronouns.has(parts[parts.length - 1] ?? '')) parts = parts.slice(0, -1);
    if (parts.length === 1) return parts;
    // "est-ce" is made of stop words only: no search term of its own.
    return parts.every((part) => stopWords.has(part)) ? parts : [parts.join(''), ...parts];
  }

  function stem(token: string): string {
    if (/\d/.test(token) || token.length <= 3) return token;
    let stemmed = stemCache.get(token);
    if (stemmed === undefined) {
      stemmed = language.stem(token);
      if (stemCache.size > 50_000) stemCache.clear();
      stemCache.set(token, stemmed);
    }
    return stemmed;
  }

  const isStopWord = (token: string): boolean => stopWords.has(token);
  const tokenize = (text: string): string[] => tokenizeFolded(foldText(text));
  return {
    language,
    tokenize,
    tokenizeFolded,
    isStopWord,
    stem,
    terms: (text) => tokenize(text).filter((token) => !isStopWord(token)).map(stem),
  };
}

/** "n°55" → "numero 55", "1 000 000" → "1000000", "4,4" → "4.4". */
function joinNumbers(text: string): string {
  let joined = text.includes('°') ? text.replace(NUMBERO, 'numero ') : text;
  const once = joined.replace(THOUSANDS, '$1$2');
  // Again when the first pass joined a group: "1 000 000" has two, and matches do not overlap.
  joined = once === joined ? once : once.replace(THOUSANDS, '$1$2');
  return joined.includes(',') ? joined.replace(DECIMAL_COMMA, '$1.$2') : joined;
}

/**
 * Pushes onto `tokens` the tokens of each word of `text`: letters and digits, joined by single
 * hyphens or dots ("off-target", "4.4"). A scan by code unit, as a regular expression would
 * allocate a match for each of the hundreds of thousands of words indexed.
 */
function scanWords(text: string, tokens: string[], joinedWordTokens: (word: string) => readonly string[]): void {
  const length = text.length;
  let i = 0;
  while (i < length) {
    let width = wordCharWidth(text, i);
    if (width === 0) {
      i++;
      continue;
    }
    const start = i;
    let joined = false;
    for (;;) {
      i += width;
      width = wordCharWidth(text, i);
      if (width > 0) continue;
      // A single hyphen or dot between letters or digits joins them into one word.
      const joiner = i < length ? text.charCodeAt(i) : 0;
      if ((joiner !== HYPHEN && joiner !== DOT) || wordCharWidth(text, i + 1) === 0) break;
      width = 1;
      joined = true;
    }
    const word = text.slice(start, i);
    // Only a joined word holds a hyphen or a dot: "4.4" is one number, "off-target" a word and its parts.
    if (joined && (word.includes('-') || !NUMBER.test(word))) tokens.push(...joinedWordTokens(word));
    else tokens.push(word);
  }
}
