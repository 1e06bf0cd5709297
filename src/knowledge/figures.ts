// French release text: a release in another language would be split with that language's `releaseText`.
import { french } from '../language/fr/index.ts';

export type FigureKind =
  | 'percentage'
  | 'count'
  | 'duration'
  | 'date'
  | 'time'
  | 'phase'
  | 'abstract_number';

/** A figure copied verbatim from a passage (`text` is always a substring of the release). */
export interface Figure {
  text: string;
  kind: FigureKind;
}

/**
 * Figures of a sentence, each copied verbatim with its kind.
 * Patterns are tried in order and a later one never takes characters an earlier one took,
 * so "14 septembre" is a date, not a count, and "n°55" is not the number 55.
 */

const { months, days, unitsOfTime, approximately, notCounted } = french.releaseText;
const MONTHS = months.join('|');
const DAYS = days.join('|');
/** A number as French writes it: "1 000", "4,4", "50 000" (normal or narrow no-break spaces between groups). */
const NUMBER = String.raw`\d{1,3}(?:[ \u00A0\u202F]\d{3})+(?:,\d+)?|\d+(?:[,.]\d+)?`;
const APPROXIMATELY = `(?:${approximately.map((words) => `${words} `).join('|')})?`;
const UNITS_OF_TIME = unitsOfTime.join('|');

/** Each pattern, with a cheap test a sentence must pass before the pattern is tried. */
const PATTERNS: { kind: FigureKind; pattern: RegExp; maybe?: RegExp | string }[] = [
  { kind: 'abstract_number', pattern: /\bn°\s?\d+/giu, maybe: '°' },
  { kind: 'phase', pattern: /\bphase\s(?:[1-4]|I{1,3}V?|IV)\b/giu, maybe: /phase/i },
  { kind: 'time', pattern: /\b\d{1,2}\s?h\s?\d{2}\b|\b\d{1,2}\s?h\b(?!\w)/giu, maybe: /\d\s?h/i },
  {
    kind: 'date',
    pattern: new RegExp(
      String.raw`(?:\b(?:${DAYS})\s)?\b\d{1,2}(?:er)?\s(?:${MONTHS})(?:\s\d{4})?\b|\b(?:${MONTHS})\s\d{4}\b`,
      'giu',
    ),
    maybe: new RegExp(MONTHS, 'i'),
  },
  { kind: 'percentage', pattern: new RegExp(String.raw`${APPROXIMATELY}(?:${NUMBER})\s?%`, 'giu'), maybe: '%' },
  {
    kind: 'duration',
    pattern: new RegExp(String.raw`${APPROXIMATELY}(?:${NUMBER})\s(?:${UNITS_OF_TIME})\b`, 'giu'),
    maybe: new RegExp(String.raw`\d\s(?:${UNITS_OF_TIME})\b`, 'iu'),
  },
  // A count is a number followed by what is counted ("1 000 patients", "4 100 salariés").
  {
    kind: 'count',
    pattern: new RegExp(String.raw`${APPROXIMATELY}(?<![\d+,.])(?:${NUMBER})\s(?!(?:${MONTHS}|${notCounted.join('|')}|-)\b)[\p{Ll}][\p{L}-]{2,}`, 'giu'),
    maybe: /\d\s\p{L}/u,
  },
];

/** Extracts the figures of one sentence, in reading order. */
export function extractFigures(sentence: string): Figure[] {
  if (!/\d/.test(sentence)) return []; // every figure has a digit
  const figures: Figure[] = [];
  /** Where each figure found starts and ends, in the order found: start, end, start, end… */
  const taken: number[] = [];
  for (const { kind, pattern, maybe } of PATTERNS) {
    // A character to look for is found faster by `includes` than by a pattern.
    if (maybe !== undefined && !(typeof maybe === 'string' ? sentence.includes(maybe) : maybe.test(sentence))) continue;
    // `exec` on the shared pattern, not `matchAll`, which copies the pattern for every sentence.
    pattern.lastIndex = 0;
    for (let match = pattern.exec(sentence); match !== null; match = pattern.exec(sentence)) {
      const start = match.index;
      const end = start + match[0].length;
      if (overlapsTaken(taken, start, end)) continue;
      taken.push(start, end);
      figures.push({ text: match[0].trim(), kind });
    }
  }
  return inReadingOrder(figures, taken);
}

function overlapsTaken(taken: readonly number[], start: number, end: number): boolean {
  for (let i = 0; i < taken.length; i += 2) if (start < (taken[i + 1] ?? 0) && end > (taken[i] ?? 0)) return true;
  return false;
}

/** The figures sorted by where they start (`taken`, as `extractFigures` fills it); left as they are when already in order, as most are. */
function inReadingOrder(figures: Figure[], taken: readonly number[]): Figure[] {
  let sorted = true;
  for (let i = 2; i < taken.length && sorted; i += 2) sorted = (taken[i - 2] ?? 0) < (taken[i] ?? 0);
  if (sorted) return figures;
  // Figures never overlap, so no two start at the same place: any sort gives the same order.
  return figures.map((_, i) => i).sort((a, b) => (taken[2 * a] ?? 0) - (taken[2 * b] ?? 0)).map((i) => figures[i] as Figure);
}
