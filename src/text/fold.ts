
/**
 * Folding, the same for every language: lower case, no accents or ligatures, straight
 * apostrophes, one space between words. Indexing and questions meet on folded text.
 */

const DIACRITICS = /\p{M}+/gu;
const APOSTROPHES = /[’‘`´ʼ′]/g;

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

export function isLowSurrogate(code: number): boolean {
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

