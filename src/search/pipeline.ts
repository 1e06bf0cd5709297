import type { Language } from '../language/language.ts';
import { foldText } from '../text/fold.ts';

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
  /** The search terms of a text: tokens, stop words out, stemmed. */
  terms(text: string): string[];
}

/** "1 000" and "4 100" are one number; so is "4,4", written "4.4" by some. */
const THOUSANDS = /(\d{1,3})(?:[ \u00A0\u202F](\d{3}))(?!\d)/g;
const DECIMAL_COMMA = /(\d),(\d)/g;
const NUMBERO = /\bn\s?°\s?(?=\d)/g;
const NUMBER = /^\d+(?:\.\d+)?$/;
/**
 * Words whose stems are remembered. The stemmer was a fifth of an answer's time, and questions
 * keep using the words of the releases and of each other: with the memo, the dev questions in a
 * loop take 50 µs of CPU each instead of 70.
 */
const STEM_MEMO_SIZE = 50_000;

export function createPipeline(language: Language): TextPipeline {
  const { stopWords } = language;
  const elision = new RegExp(`\\b(?:${language.words.elided.join('|')})'(?=\\p{L})`, 'gu');
  const keptWhole = language.words.keptWhole.map(({ pattern, as }) => ({ pattern: new RegExp(`\\b${pattern}\\b`, 'g'), as }));
  const hookedPronouns = new Set(language.words.hookedPronouns);

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

  const stems = new Map<string, string>();
  const stem = (token: string): string => {
    if (/\d/.test(token) || token.length <= 3) return token;
    let stemmed = stems.get(token);
    if (stemmed === undefined) {
      // Bounded: a flood of made-up words must not grow the memory for good.
      if (stems.size >= STEM_MEMO_SIZE) stems.clear();
      stems.set(token, (stemmed = language.stem(token)));
    }
    return stemmed;
  };

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

/** A word: letters and digits, joined by single hyphens or dots ("off-target", "4.4"). */
const WORD = /[\p{L}\p{N}]+(?:[-.][\p{L}\p{N}]+)*/gu;

/** Pushes onto `tokens` the tokens of each word of `text`; a hyphenated or dotted word gives `joinedWordTokens`. */
function scanWords(text: string, tokens: string[], joinedWordTokens: (word: string) => readonly string[]): void {
  for (const word of text.match(WORD) ?? []) {
    // "4.4" is one number, "off-target" a word and its parts.
    if ((word.includes('-') || word.includes('.')) && !NUMBER.test(word)) tokens.push(...joinedWordTokens(word));
    else tokens.push(word);
  }
}
