import { endsSentence, fold, opensInLowerCase } from './words.ts';

/** One line of text the extraction gave, debris taken out. */
export interface SourceLine {
  /** Trimmed at both ends. */
  text: string;
  /** Spaces the extraction left at its end: two or more close a paragraph in some extractions. */
  trailingSpaces: number;
  /** The extraction left a sign of a paragraph end before this line (see `readLines`). */
  breakBefore: boolean;
}

/** A web address met in the extraction. */
export interface FoundUrl {
  url: string;
  /** Dropped by the extraction into the middle of a sentence, and taken out of the text. */
  dropped: boolean;
  /** Left in the text where the release writes it ("www.gustaveroussy.fr, X, Facebook"). */
  inText: boolean;
  /** The text line where it was met, or the one before the place it was dropped. */
  context: string;
}

const PAGE_NUMBER = /^(?:page\s*)?[-–—]?\s*\d{1,3}\s*(?:(?:\/|sur|of)\s*\d{1,3})?\s*[-–—]?$/iu;
const BARE_URL = /^(?:https?:\/\/|www\.)\S+$/iu;
const URL_IN_LINE = /(?:https?:\/\/|www\.)[^\s<>"«»]+/giu;
/** Punctuation that ends a sentence after an address rather than belonging to it. */
const URL_TAIL = /[.,;:!?)»]+$/u;
/** Lines of the extraction (empty ones included) between two headers: a page holds more. */
const MIN_LINES_BETWEEN_HEADERS = 8;
/** A header or footer is a short line; a longer repeated line is the release repeating itself. */
const MAX_REPEATED_LINE = 100;
/** Above this share of lines followed by exactly one empty line, empty lines are only the extraction's line spacing. */
const DOUBLE_SPACED_SHARE = 0.6;
/** Fewer lines than this say too little: a short text of one-line paragraphs would look double-spaced. */
const DOUBLE_SPACED_MIN_LINES = 20;

interface RawLine {
  text: string;
  blank: boolean;
  /** A line of spaces only: in a double-spaced extraction, the mark of a paragraph or page end. */
  spacesOnly: boolean;
  /** The first line after a form feed. */
  pageStart: boolean;
}

/**
 * Reads an extraction into lines: pages (form feeds) joined, lines repeated as headers or
 * footers and page numbers dropped, addresses standing on their own line taken out, and for
 * each line whether the extraction marked a paragraph end before it. In an extraction that
 * puts an empty line after every line, only a line of spaces or two empty lines mark one;
 * elsewhere any blank line does.
 */
export function readLines(raw: string): { lines: SourceLine[]; urls: FoundUrl[] } {
  const rawLines = raw
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .flatMap((line) => line.split('\f').map((text, i): RawLine => ({ text, blank: text.trim() === '', spacesOnly: text !== '' && text.trim() === '', pageStart: i > 0 })));
  const doubleSpaced = isDoubleSpaced(rawLines);
  const repeated = repeatedLines(rawLines);
  const lines: SourceLine[] = [];
  const urls: FoundUrl[] = [];
  let emptyRun = 0;
  let spacesSeen = false;
  const pendingUrls: string[] = [];
  // From a form feed or a header, footer or page number to the next line of text: the blank
  // lines there are the page's margins, not the mark of a paragraph end.
  let pageBreakSeen = false;
  for (const line of rawLines) {
    pageBreakSeen ||= line.pageStart;
    if (line.blank) {
      if (pageBreakSeen) continue;
      emptyRun += 1;
      spacesSeen ||= line.spacesOnly;
      continue;
    }
    const trimmed = line.text.trim();
    if (repeated.has(lineKey(trimmed)) || PAGE_NUMBER.test(trimmed)) {
      pageBreakSeen = true;
      emptyRun = 0;
      spacesSeen = false;
      continue;
    }
    if (BARE_URL.test(trimmed)) {
      pendingUrls.push(trimmed.replace(URL_TAIL, ''));
      continue;
    }
    const previous = lines.at(-1);
    for (const url of pendingUrls.splice(0)) {
      const dropped = previous !== undefined && !endsSentence(previous.text) && opensInLowerCase(trimmed);
      urls.push({ url, dropped, inText: false, context: previous?.text ?? '' });
    }
    const { text, found } = takeUrlsOutOfLine(trimmed);
    urls.push(...found);
    const marked = doubleSpaced ? spacesSeen || emptyRun >= 2 : emptyRun >= 1;
    // A page ends a paragraph only where its last line ends a sentence: a heading may open the next page.
    const breakBefore = previous !== undefined && (pageBreakSeen ? endsSentence(previous.text) : marked);
    lines.push({ text, trailingSpaces: line.text.length - line.text.trimEnd().length, breakBefore });
    emptyRun = 0;
    spacesSeen = false;
    pageBreakSeen = false;
  }
  for (const url of pendingUrls) urls.push({ url, dropped: false, inText: false, context: lines.at(-1)?.text ?? '' });
  return { lines, urls };
}

/**
 * The addresses of a line: one the line goes on after in lower case, not after a colon, was
 * dropped there by the extraction and is taken out; any other is what the release wrote.
 */
function takeUrlsOutOfLine(line: string): { text: string; found: FoundUrl[] } {
  const found: FoundUrl[] = [];
  const text = line.replace(URL_IN_LINE, (match, offset: number) => {
    const url = match.replace(URL_TAIL, '');
    const before = line.slice(0, offset).trimEnd();
    const after = line.slice(offset + url.length);
    const dropped = /^https?:/i.test(url) && before !== '' && !/[:(]$/.test(before) && /^\s+\p{Ll}/u.test(after);
    found.push({ url, dropped, inText: !dropped, context: line });
    return dropped ? match.slice(url.length) : match;
  });
  return { text: text.replace(/\s{2,}/g, ' ').trim(), found };
}

function isDoubleSpaced(lines: readonly RawLine[]): boolean {
  let content = 0;
  let spaced = 0;
  lines.forEach((line, i) => {
    if (line.blank) return;
    content += 1;
    const next = lines[i + 1];
    if (next && next.text === '' && lines[i + 2] !== undefined && !(lines[i + 2]?.blank ?? true)) spaced += 1;
  });
  return content >= DOUBLE_SPACED_MIN_LINES && spaced / content >= DOUBLE_SPACED_SHARE;
}

/** A line as a header or footer repeats it: folded, its numbers made one sign ("Page 1 sur 2", "Page 2 sur 2"). */
function lineKey(line: string): string {
  return fold(line).replace(/\d+/g, '#').replace(/\s+/g, ' ');
}

/**
 * Short lines met twice or more, each time at least a page's worth of lines after the last:
 * the headers and footers of each page. A list whose items differ only by their figures
 * ("12 patients", "15 patients") stands on lines next to each other and stays.
 */
function repeatedLines(lines: readonly RawLine[]): Set<string> {
  const places = new Map<string, number[]>();
  lines.forEach((line, index) => {
    const trimmed = line.text.trim();
    if (line.blank || trimmed.length > MAX_REPEATED_LINE || BARE_URL.test(trimmed)) return;
    const key = lineKey(trimmed);
    places.set(key, [...(places.get(key) ?? []), index]);
  });
  const farApart = (at: number[]): boolean => at.length >= 2 && at.every((place, i) => i === 0 || place - (at[i - 1] ?? 0) >= MIN_LINES_BETWEEN_HEADERS);
  return new Set([...places].filter(([, at]) => farApart(at)).map(([key]) => key));
}
