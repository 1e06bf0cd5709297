import { ABOUT_HEADINGS, CONTACT_HEADINGS } from './language.fr.ts';
import type { SourceLine } from './lines.ts';
import { collapseSpaces, endsSentence, endsWithPunctuation, fold, hasCasedLetters, isAllCaps, opensInLowerCase, startsWithAny } from './words.ts';

/** A paragraph of the release, on one line, with the number of extraction lines it was made of. */
export interface Paragraph {
  text: string;
  lineCount: number;
}

/** A line shorter than this share of the text's full lines, ending a sentence, ends its paragraph. */
const SHORT_LINE_SHARE = 0.6;
/** A line this long or longer ends no paragraph by being short. */
const FULL_LINE_QUANTILE = 0.9;
/** Heading openings that stand on a line of their own and make one. */
const HEADING_OPENINGS = [...ABOUT_HEADINGS, ...CONTACT_HEADINGS];
const HEADING_MAX_LENGTH = 80;

/**
 * Joins the lines into paragraphs. A line that opens in lower case, or follows one broken after
 * a hyphen, goes on with the one before, whatever came between (a page break, a dropped
 * address). Otherwise a paragraph ends where the extraction marked it (see `readLines`), after
 * a line ending in two spaces, after a short line that ends a sentence, between a line in
 * capitals and one that is not, and around a usual heading ("À propos de …", "Contact presse").
 */
export function joinLines(lines: readonly SourceLine[]): Paragraph[] {
  const fullLength = quantile(lines.map((line) => line.text.length), FULL_LINE_QUANTILE);
  const vocabulary = hyphenatedWords(lines);
  const paragraphs: Paragraph[] = [];
  let current: { parts: string[]; lineCount: number } | null = null;
  let previous: SourceLine | null = null;
  for (const line of lines) {
    if (current && previous && !endsParagraph(previous, line, fullLength) && !endsHeadline(paragraphs.length === 0, previous, line, fullLength)) {
      const last = current.parts.pop() ?? '';
      current.parts.push(...joinPair(last, line.text, vocabulary));
      current.lineCount += 1;
    } else {
      if (current) paragraphs.push(toParagraph(current));
      current = { parts: [line.text], lineCount: 1 };
    }
    previous = line;
  }
  if (current) paragraphs.push(toParagraph(current));
  return paragraphs;
}

function toParagraph(draft: { parts: string[]; lineCount: number }): Paragraph {
  return { text: collapseSpaces(draft.parts.join(' ')), lineCount: draft.lineCount };
}

function endsParagraph(previous: SourceLine, line: SourceLine, fullLength: number): boolean {
  if (opensInLowerCase(line.text) || brokenAfterHyphen(previous.text)) return false;
  if (line.breakBefore || previous.trailingSpaces >= 2) return true;
  if (hasCasedLetters(previous.text) && hasCasedLetters(line.text) && isAllCaps(previous.text) !== isAllCaps(line.text)) return true;
  if (endsSentence(previous.text) && previous.text.length < SHORT_LINE_SHARE * fullLength) return true;
  return isHeadingOpening(previous.text) || isHeadingOpening(line.text);
}

/**
 * The first paragraph is the headline when it ends without punctuation: a short line that ends
 * so, followed by one in capitals, closes it even where the extraction marked nothing.
 */
function endsHeadline(first: boolean, previous: SourceLine, line: SourceLine, fullLength: number): boolean {
  return first && previous.text.length < SHORT_LINE_SHARE * fullLength && !endsWithPunctuation(previous.text) && /^[\p{Lu}\d«"“]/u.test(line.text);
}

/** A line short enough for a heading that opens like one of the usual headings. */
export function isHeadingOpening(text: string): boolean {
  return text.length <= HEADING_MAX_LENGTH && !endsSentence(text) && startsWithAny(fold(text), HEADING_OPENINGS) !== undefined;
}

function brokenAfterHyphen(text: string): boolean {
  return /\p{L}[-‐]$/u.test(text);
}

/**
 * The end of one line and the next, joined: a word broken at a hyphen is mended, keeping the
 * hyphen when the next line opens in capitals ("anti-" "EGFR") or when the text writes the
 * word with it elsewhere ("porte-" "parole"), dropping it otherwise ("trai-" "tement").
 */
function joinPair(last: string, next: string, vocabulary: ReadonlySet<string>): string[] {
  if (!brokenAfterHyphen(last)) return [last, next];
  const head = /(\p{L}+)[-‐]$/u.exec(last)?.[1] ?? '';
  const tail = /^\p{L}+/u.exec(next)?.[0] ?? '';
  const keepHyphen = !opensInLowerCase(next) || vocabulary.has(fold(`${head}-${tail}`));
  return [`${last.slice(0, -1)}${keepHyphen ? '-' : ''}${next}`];
}

/** The hyphenated words the text writes within a line, folded: what a hyphen at a line end may belong to. */
function hyphenatedWords(lines: readonly SourceLine[]): Set<string> {
  const words = new Set<string>();
  for (const line of lines) for (const match of line.text.matchAll(/\p{L}+(?:-\p{L}+)+/gu)) words.add(fold(match[0]));
  return words;
}

function quantile(values: number[], q: number): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
}
