import { CodeUnitProperty } from '../text/codeUnitProperty.ts';
import { stemmer as frenchStemmer } from '@orama/stemmers/french';
import { eng as englishStopWords } from 'stopword/src/stopwords_eng.js';
import { fra as frenchStopWords } from 'stopword/src/stopwords_fra.js';

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
const NUMBER = /^\d+(?:\.\d+)?$/;
/** Pronouns hooked to a verb by a hyphen in questions: "peut-il", "a-t-elle", "pouvez-vous", "dites-moi". */
const HOOKED_PRONOUNS = new Set(['il', 'elle', 'ils', 'elles', 'on', 'je', 'tu', 'nous', 'vous', 'moi', 'toi', 't', 'y', 'en', 'le', 'la', 'les', 'lui', 'leur']);

/**
 * Each character folded once, then read from here: folding runs over every sentence of every
 * release. Characters of the Basic Multilingual Plane sit in an array indexed by code unit;
 * the rare characters beyond it (a surrogate pair) in a map.
 */
const foldedUnits: (string | undefined)[] = [];
/** Per code unit: 1 when the character folds to itself (and is no space), 2 when not, 0 not yet known. */
const unchangedUnits = new Uint8Array(0x10000);
const foldedPairs = new Map<string, string>();
const SPACE = 0x20;

/**
 * Code units in a Node buffer: a string goes in and comes out in one native copy (as UTF-16),
 * and is read or written in between as a Uint16Array, where `charCodeAt` and
 * `String.fromCharCode` would cost a call per character.
 */
class CodeUnits {
  private static readonly littleEndian = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;
  private bytes = Buffer.alloc(0);
  units = new Uint16Array(0);

  /** Makes room for `length` code units, keeping the first `keep`. */
  reserve(length: number, keep = 0): void {
    if (this.units.length >= length) return;
    const bytes = Buffer.alloc(2 * Math.max(length, 2 * this.units.length, 256));
    this.bytes.copy(bytes, 0, 0, 2 * keep);
    this.bytes = bytes;
    this.units = new Uint16Array(bytes.buffer, bytes.byteOffset, bytes.length / 2);
  }

  /** Copies `text` in, from the first unit on. */
  read(text: string): void {
    this.reserve(text.length);
    this.bytes.write(text, 0, 'utf16le');
    if (!CodeUnits.littleEndian) this.bytes.subarray(0, 2 * text.length).swap16();
  }

  /** The first `length` units as a string. */
  text(length: number): string {
    if (!CodeUnits.littleEndian) this.bytes.subarray(0, 2 * length).swap16();
    return this.bytes.toString('utf16le', 0, 2 * length);
  }
}

const textToFold = new CodeUnits();
const foldedText = new CodeUnits();
const STOP_WORDS = new Set([...frenchStopWords, ...englishStopWords, 'questce'].map((word) => foldText(word)));
const stemCache = new Map<string, string>();

/**
 * Lower case, no accents or ligatures, straight apostrophes, one space between words.
 * Read and written by code unit (folding runs over every sentence of every release): joining
 * strings piece by piece, each accent and space cutting a piece, cost more than the folding.
 */
export function foldText(text: string): string {
  textToFold.read(text);
  const source = textToFold.units;
  // Unchanged characters and single spaces never make the text longer.
  foldedText.reserve(text.length + 1);
  let folded = foldedText.units;
  let length = 0;
  let space = false;
  for (let i = 0; i < text.length; i++) {
    const code = source[i] ?? 0;
    if (unchangedUnits[code] === 0) foldUnit(code);
    if (unchangedUnits[code] === 1) {
      if (space) folded[length++] = SPACE;
      space = false;
      folded[length++] = code;
      continue;
    }
    if (code === SPACE) {
      space = length > 0;
      continue;
    }
    const pair = code >= 0xd800 && code <= 0xdbff && i + 1 < text.length && isLowSurrogate(source[i + 1] ?? 0);
    const mapped = pair ? foldPair(String.fromCharCode(code, source[i + 1] ?? 0)) : foldUnit(code);
    if (pair) i++;
    if (mapped === ' ') {
      space = length > 0;
    } else if (mapped !== '') {
      // A character may fold to several ("œ" → "oe", "ﬁ" → "fi").
      foldedText.reserve(length + mapped.length + 1 + (text.length - i), length);
      folded = foldedText.units;
      if (space) folded[length++] = SPACE;
      for (let j = 0; j < mapped.length; j++) folded[length++] = mapped.charCodeAt(j);
      space = false;
    }
  }
  return foldedText.text(length);
}

function foldUnit(code: number): string {
  let mapped = foldedUnits[code];
  if (mapped === undefined) {
    mapped = foldChar(String.fromCharCode(code));
    foldedUnits[code] = mapped;
    const isSurrogate = code >= 0xd800 && code <= 0xdfff;
    unchangedUnits[code] = !isSurrogate && mapped.length === 1 && mapped.charCodeAt(0) === code && mapped !== ' ' ? 1 : 2;
  }
  return mapped;
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

function foldPair(pair: string): string {
  let mapped = foldedPairs.get(pair);
  if (mapped === undefined) {
    mapped = foldChar(pair);
    if (foldedPairs.size < 10_000) foldedPairs.set(pair, mapped);
  }
  return mapped;
}

function foldChar(char: string): string {
  if (/\s/.test(char)) return ' ';
  const mapped = char.normalize('NFKD').replace(DIACRITICS, '').toLowerCase().replace(/œ/g, 'oe').replace(/æ/g, 'ae').replace(APOSTROPHES, "'");
  return /^\s+$/.test(mapped) ? ' ' : mapped;
}

/**
 * Words and numbers of a text, folded, elisions split off, numbers in one format
 * ("1 000" → "1000", "4,4" → "4.4", "n°55" → "numero 55").
 * A hyphenated word yields the whole ("ontarget") and its parts ("on", "target").
 */
export function tokenize(text: string): string[] {
  return tokenizeFolded(foldText(text));
}

/** `tokenize` for a text already folded by `foldText`; the tokens are appended to `tokens` when given. */
export function tokenizeFolded(text: string, tokens: string[] = []): string[] {
  let folded = text;
  // Each rewrite is tried only when its text can be there: most sentences need none of them.
  if (folded.includes("'")) {
    if (folded.includes("aujourd'hui")) folded = folded.replace(/\baujourd'hui\b/g, 'aujourdhui');
    // "qu'est-ce que" asks what something is; "est-ce que" only asks yes or no: keep them apart before elisions go.
    if (folded.includes("qu'est")) folded = folded.replace(/\bqu'est[- ]ce\b/g, 'questce');
    folded = folded.replace(ELISION, '');
  }
  if (/\d/.test(folded)) folded = joinNumbers(folded);
  scanWords(folded, tokens);
  return tokens;
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
function scanWords(text: string, tokens: string[]): void {
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

const HYPHEN = 0x2d;
const DOT = 0x2e;
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

/**
 * `wordTokens` by word: hyphenated words come back again and again ("anti-EGFR", "c'est-à-dire"),
 * and each split would make new strings for the same parts. Emptied when full.
 */
const joinedWordTokensMemo = new Map<string, readonly string[]>();
const JOINED_WORD_TOKENS_MEMO_SIZE = 10_000;

function joinedWordTokens(word: string): readonly string[] {
  let tokens = joinedWordTokensMemo.get(word);
  if (tokens === undefined) {
    tokens = wordTokens(word);
    if (joinedWordTokensMemo.size >= JOINED_WORD_TOKENS_MEMO_SIZE) joinedWordTokensMemo.clear();
    joinedWordTokensMemo.set(word, tokens);
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

/** Shorter stems keep their final "e": "ide" (idée) must not become "id". */
const MIN_STEM_BEFORE_E = 4;

/** Light French stemming (Snowball), on folded tokens; numbers stay as they are. */
export function stem(token: string): string {
  if (/\d/.test(token) || token.length <= 3) return token;
  let stemmed = stemCache.get(token);
  if (stemmed === undefined) {
    stemmed = frenchStemmer(token);
    // Snowball reads the accent of "-ée", which folding has removed: "autorisée" folds to "autorisee"
    // and stems to "autorise", "autorisé" to "autoris". Dropping the "e" left on a stem joins them.
    if (stemmed.length > MIN_STEM_BEFORE_E && stemmed.endsWith('e')) stemmed = stemmed.slice(0, -1);
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
