import { stemmer as frenchStemmer } from '@orama/stemmers/french';
import { eng as englishStopWords, fra as frenchStopWords } from 'stopword';

/**
 * Text normalisation shared by indexing and querying, so that both sides meet:
 * fold (case, accents, apostrophes, number formats) → tokens → stop words out → stems.
 */

const DIACRITICS = /\p{M}+/gu;
const APOSTROPHES = /[’‘`´ʼ′]/g;
/** The words French elides before a vowel: "l'essai" is "essai", "qu'est" is "est". */
export const ELIDED_WORDS = 'l|d|j|m|n|s|t|c|qu|jusqu|lorsqu|puisqu|quoiqu';
const ELISION = new RegExp(`\\b(?:${ELIDED_WORDS})'(?=\\p{L})`, 'gu');
/** "1 000" and "4 100" are one number; so is "4,4", written "4.4" by some. */
const THOUSANDS = /(\d{1,3})(?:[ \u00A0\u202F](\d{3}))(?!\d)/g;
const DECIMAL_COMMA = /(\d),(\d)/g;
const NUMBERO = /\bn\s?°\s?(?=\d)/g;
const TOKEN = /[\p{L}\p{N}]+(?:[-.][\p{L}\p{N}]+)*/gu;
const NUMBER = /^\d+(?:\.\d+)?$/;
/** Pronouns hooked to a verb by a hyphen in questions: "peut-il", "a-t-elle", "pouvez-vous", "dites-moi". */
const HOOKED_PRONOUNS = new Set(['il', 'elle', 'ils', 'elles', 'on', 'je', 'tu', 'nous', 'vous', 'moi', 'toi', 't', 'y', 'en', 'le', 'la', 'les', 'lui', 'leur']);

/** Each character folded once, then read from here: folding runs over every sentence of every release. */
const foldedChars = new Map<string, string>();
const STOP_WORDS = new Set([...frenchStopWords, ...englishStopWords, 'questce'].map((word) => foldText(word)));
const stemCache = new Map<string, string>();


/** Lower case, no accents or ligatures, straight apostrophes, one space between words. */
export function foldText(text: string): string {
  let folded = '';
  let space = false;
  for (const char of text) {
    const mapped = foldChar(char);
    if (mapped === ' ') {
      space = folded !== '';
    } else if (mapped !== '') {
      if (space) folded += ' ';
      folded += mapped;
      space = false;
    }
  }
  return folded;
}

function foldChar(char: string): string {
  let mapped = foldedChars.get(char);
  if (mapped === undefined) {
    mapped = /\s/.test(char)
      ? ' '
      : char.normalize('NFKD').replace(DIACRITICS, '').toLowerCase().replace(/œ/g, 'oe').replace(/æ/g, 'ae').replace(APOSTROPHES, "'");
    if (/^\s+$/.test(mapped)) mapped = ' ';
    if (foldedChars.size < 10_000) foldedChars.set(char, mapped);
  }
  return mapped;
}

/**
 * Words and numbers of a text, folded, elisions split off, numbers in one format
 * ("1 000" → "1000", "4,4" → "4.4", "n°55" → "numero 55").
 * A hyphenated word yields the whole ("ontarget") and its parts ("on", "target").
 */
export function tokenize(text: string): string[] {
  return tokenizeFolded(foldText(text));
}

/** `tokenize` for a text already folded by `foldText`. */
export function tokenizeFolded(text: string): string[] {
  let folded = text;
  if (folded.includes("'")) {
    folded = folded
      .replace(/\baujourd'hui\b/g, 'aujourdhui')
      // "qu'est-ce que" asks what something is; "est-ce que" only asks yes or no: keep them apart before elisions go.
      .replace(/\bqu'est[- ]ce\b/g, 'questce')
      .replace(ELISION, '');
  }
  if (/\d/.test(folded)) {
    folded = folded
      .replace(NUMBERO, 'numero ')
      .replace(THOUSANDS, '$1$2')
      .replace(THOUSANDS, '$1$2') // twice: "1 000 000" has two groups
      .replace(DECIMAL_COMMA, '$1.$2');
  }
  const tokens: string[] = [];
  for (const [word] of folded.matchAll(TOKEN)) {
    if (word.includes('-') || (word.includes('.') && !NUMBER.test(word))) tokens.push(...wordTokens(word));
    else tokens.push(word);
  }
  return tokens;
}

/** One hyphenated or dotted word as tokens: whole and in parts, a hooked pronoun dropped. */
function wordTokens(word: string): string[] {
  let parts = word.split(/[-.]/).filter(Boolean);
  // "peut-il" is the verb "peut" asked as a question: the pronoun is no part of the word.
  while (parts.length > 1 && word.includes('-') && HOOKED_PRONOUNS.has(parts[parts.length - 1] ?? '')) parts = parts.slice(0, -1);
  if (parts.length === 1) return parts;
  // "est-ce" is made of stop words only: no search term of its own.
  return parts.every((part) => STOP_WORDS.has(part)) ? parts : [parts.join(''), ...parts];
}

export function isStopWord(token: string): boolean {
  return STOP_WORDS.has(token);
}

/** Light French stemming (Snowball), on folded tokens; numbers stay as they are. */
export function stem(token: string): string {
  if (/\d/.test(token) || token.length <= 3) return token;
  let stemmed = stemCache.get(token);
  if (stemmed === undefined) {
    stemmed = frenchStemmer(token);
    if (stemCache.size > 50_000) stemCache.clear();
    stemCache.set(token, stemmed);
  }
  return stemmed;
}

/** The search terms of a text: tokens, stop words out, stemmed. Idempotent on its own output. */
export function analyze(text: string): string[] {
  return tokenize(text)
    .filter((token) => !isStopWord(token))
    .map(stem);
}
