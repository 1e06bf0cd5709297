import { extractFigures, type Figure } from './figures.ts';
import type { Release } from './release.ts';
import { splitIntoSentences } from './sentences.ts';
import { CodeUnitProperty } from '../text/code-unit-property.ts';

/** One sentence of a release: the unit the bot searches and quotes. */
export interface Passage {
  /** Stable across reloads: the release id and a hash of the sentence. */
  id: string;
  releaseId: string;
  section: string;
  text: string;
  /** Position in the release, from 0. */
  order: number;
  previousId: string | null;
  nextId: string | null;
  /** The sentence needs the one before it to be understood ("Ainsi, …", "Cependant, …"). */
  leansOnPrevious: boolean;
  figures: Figure[];
}

/** The section of the text before any `##` heading. */
export const LEAD_SECTION = 'Communiqué';
/** The section of the release's headline, which is part of what the release says. */
export const TITLE_SECTION = 'Titre';

/**
 * Openings that refer back to the previous sentence: connectives and demonstratives.
 * Compared on lower-case text with straight apostrophes.
 */
const LEANING_OPENINGS = [
  'ainsi', 'cependant', 'par ailleurs', 'et ', 'mais', 'donc', 'en effet', 'de plus', 'enfin', 'toutefois',
  'néanmoins', 'pourtant', 'en revanche', 'alors', 'ce ', 'cet ', 'cette ', 'ces ', 'dans cet', 'dans ce ',
  'dans cette', 'il ', 'elle ', 'ils ', 'elles ', "l'un ", "l'une ", "l'autre ", 'les deux ', 'celui', 'celle',
];

/** LEANING_OPENINGS by first character: a sentence is compared only with the openings it may start with. */
const LEANING_OPENINGS_BY_FIRST_CHAR = new Map<string, string[]>();
for (const word of LEANING_OPENINGS) LEANING_OPENINGS_BY_FIRST_CHAR.set(word.charAt(0), [...(LEANING_OPENINGS_BY_FIRST_CHAR.get(word.charAt(0)) ?? []), word]);

/** Splits a release body into sentence passages, with section, neighbours and figures. */
export function splitIntoPassages(release: Pick<Release, 'id' | 'title' | 'body'>): Passage[] {
  const drafts: { section: string; text: string; firstOfSection: boolean }[] = [
    { section: TITLE_SECTION, text: release.title.trim(), firstOfSection: true },
  ];
  let section = LEAD_SECTION;
  let firstOfSection = true;
  for (const block of release.body.split(/\n\s*\n/)) {
    const heading = /^#{1,6}\s+(.+)$/.exec(block.trim());
    if (heading) {
      section = (heading[1] ?? '').trim();
      firstOfSection = true;
      continue;
    }
    for (const text of splitIntoSentences(block)) {
      drafts.push({ section, text, firstOfSection });
      firstOfSection = false;
    }
  }
  const ids = uniqueIds(release.id, drafts.map((d) => d.text));
  return drafts.map((draft, order) => ({
    id: ids[order] ?? '',
    releaseId: release.id,
    section: draft.section,
    text: draft.text,
    order,
    previousId: order > 0 ? (ids[order - 1] ?? null) : null,
    nextId: ids[order + 1] ?? null,
    leansOnPrevious: !draft.firstOfSection && leansOnPrevious(draft.text),
    figures: extractFigures(draft.text),
  }));
}

/** Words that refer back even inside the opening ("Les patients peuvent alors…", "Pour lutter contre ces…"). */
const LEANING_WORDS = new Set(['alors', 'ainsi', 'donc', 'cependant', 'ces', 'cette', 'cet']);
const OPENING_WORDS = 5;
/** Enough characters for the first words: the rest of a long sentence need not be split. */
const OPENING_CHARS = 80;

/**
 * Whether the sentence opens with a leaning opening or has a leaning word among its first
 * words, read in lower case with straight apostrophes, opening quotes and white space left out,
 * within its first OPENING_CHARS characters. The opening is compared in place, character by
 * character (see `lowerCase`), rather than copied, lower-cased and cut into strings: this
 * runs on nearly every sentence of every release.
 */
function leansOnPrevious(sentence: string): boolean {
  const end = Math.min(sentence.length, OPENING_CHARS);
  let start = 0;
  while (start < end && (charClasses.of(sentence.charCodeAt(start)) & OPENING_QUOTE_OR_SPACE) !== 0) start++;
  const openings = start < end ? LEANING_OPENINGS_BY_FIRST_CHAR.get(String.fromCharCode(lowerCase.of(sentence.charCodeAt(start)))) : undefined;
  for (const word of openings ?? []) if (opensWith(sentence, start, end, word)) return true;
  return hasLeaningWord(sentence, start, end);
}

/** Whether `sentence` from `start` (up to `end`) reads `word`, in lower case with straight apostrophes. */
function opensWith(sentence: string, start: number, end: number, word: string): boolean {
  if (end - start < word.length) return false;
  for (let k = 0; k < word.length; k++) {
    const code = sentence.charCodeAt(start + k);
    const wanted = word.charCodeAt(k);
    // "İ" is the one character whose lower case is two ("i" and a dot above): it can only end the word.
    if (code === DOTTED_CAPITAL_I) return k === word.length - 1 && wanted === LATIN_SMALL_I;
    if (lowerCase.of(code) !== wanted) return false;
  }
  return true;
}

/**
 * Whether one of the first OPENING_WORDS pieces of the opening (`sentence` from `start` to
 * `end`), cut at runs of white space, commas and apostrophes, is a leaning word in lower case:
 * the pieces `opening.split(/[\s,']+/)` would give.
 */
function hasLeaningWord(sentence: string, start: number, end: number): boolean {
  let from = start;
  for (let piece = 0; piece < OPENING_WORDS; piece++) {
    let to = from;
    while (to < end && (charClasses.of(sentence.charCodeAt(to)) & WORD_SEPARATOR) === 0) to++;
    for (const word of LEANING_WORDS_BY_LENGTH.get(to - from) ?? []) if (readsInLowerCase(sentence, from, word)) return true;
    if (to === end) return false;
    from = to;
    while (from < end && (charClasses.of(sentence.charCodeAt(from)) & WORD_SEPARATOR) !== 0) from++;
  }
  return false;
}

/** Whether `sentence` from `start` is `word` (as long as it) in lower case: "İ", two characters in lower case, never is. */
function readsInLowerCase(sentence: string, start: number, word: string): boolean {
  for (let k = 0; k < word.length; k++) if (lowerCase.of(sentence.charCodeAt(start + k)) !== word.charCodeAt(k)) return false;
  return true;
}

const LEANING_WORDS_BY_LENGTH = new Map<number, string[]>();
for (const word of LEANING_WORDS) LEANING_WORDS_BY_LENGTH.set(word.length, [...(LEANING_WORDS_BY_LENGTH.get(word.length) ?? []), word]);

const DOTTED_CAPITAL_I = 0x130;
const LATIN_SMALL_I = 0x69;

/**
 * Each code unit in lower case, as `toLowerCase` makes it in a string, -1 when that takes more
 * than one unit: every character but "İ" has a one-unit lower case, the same wherever it stands
 * (but for the final sigma, never compared here), and a lone surrogate stays as it is.
 * Curly apostrophes become straight ones.
 */
const lowerCase = new CodeUnitProperty((char) => {
  const lower = char.replace(/[’‘]/, "'").toLowerCase();
  return lower.length === 1 ? lower.charCodeAt(0) : -1;
});

/** White space, a comma or an apostrophe (curly ones too): what cuts the opening into words. */
const WORD_SEPARATOR = 1;
/** What may come before a sentence's first word: an opening quote or white space. */
const OPENING_QUOTE_OR_SPACE = 2;
const charClasses = new CodeUnitProperty((char) => (/^[\s,'’‘]$/.test(char) ? WORD_SEPARATOR : 0) | (/^[«"“\s]$/.test(char) ? OPENING_QUOTE_OR_SPACE : 0));

/** A passage id: `<release id>:<sentence hash>`, with `-2`, `-3`… when a release repeats a sentence. */
export const PASSAGE_ID_PATTERN = /^[a-z0-9][a-z0-9-]*:[0-9a-z]+(?:-[0-9]+)?$/;

/** The release a passage belongs to, read from its id (see `PASSAGE_ID_PATTERN`). */
export function releaseIdOfPassage(passageId: string): string {
  return passageId.slice(0, passageId.indexOf(':'));
}

function uniqueIds(releaseId: string, texts: string[]): string[] {
  const seen = new Map<string, number>();
  return texts.map((text) => {
    const hash = textHash(text);
    const count = (seen.get(hash) ?? 0) + 1;
    seen.set(hash, count);
    return `${releaseId}:${hash}${count > 1 ? `-${count}` : ''}`;
  });
}

/**
 * A 53-bit hash of a sentence (cyrb53, public domain), as 11 base-36 characters: ids stay stable
 * across reloads, and hashing runs over every sentence of every release, where a cryptographic
 * hash would cost several times more for nothing (a clash only adds a "-2").
 */
function textHash(text: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ code, 2654435761);
    h2 = Math.imul(h2 ^ code, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return base36(4294967296 * (2097151 & h2) + (h1 >>> 0));
}

const BASE36_DIGITS = '0123456789abcdefghijklmnopqrstuvwxyz';
/** 36 ** 11 > 2 ** 53: eleven digits hold any hash. */
const HASH_DIGITS = 11;
const hashDigitCodes: number[] = new Array<number>(HASH_DIGITS).fill(0);

/**
 * A safe integer as exactly eleven base-36 digits, zeros in front: what
 * `toString(36).padStart(11, '0')` gives, at a third of its cost (it runs once per sentence),
 * and as one string rather than one per digit.
 */
function base36(value: number): string {
  let rest = value;
  for (let i = HASH_DIGITS - 1; i >= 0; i--) {
    const digit = rest % 36;
    hashDigitCodes[i] = BASE36_DIGITS.charCodeAt(digit);
    rest = (rest - digit) / 36;
  }
  return String.fromCharCode(...hashDigitCodes);
}
