import { recaseCapitals } from './casing.ts';
import { DATELINE, DOCUMENT_LABELS, EMBARGO_LINE_OPENINGS } from './language.fr.ts';
import { isHeadingOpening, type Paragraph } from './paragraphs.ts';
import { endsSentence, endsWithPunctuation, fold, isAllCaps, startsWithAny } from './words.ts';

/** A piece of the release body: a paragraph, or a heading that opens a section. */
export interface Block {
  kind: 'paragraph' | 'heading';
  text: string;
}

export interface ShapedText {
  /** The headline, in the case the release writes its words; null when none was found. */
  title: string | null;
  blocks: Block[];
}

const LABELS = new Set(DOCUMENT_LABELS.map(fold));
const TITLE_MAX_LENGTH = 250;
const HEADING_MAX_LENGTH = 80;

/**
 * Drops the lines that label the document or give its embargo, and finds the headline (the
 * first paragraph, past a dateline, when it ends no sentence or is in capitals) and the headings (a paragraph of one
 * short line ending without punctuation and followed by more text, or a usual heading).
 * Text in capitals is put back in the case the release writes its words.
 */
export function shapeBlocks(paragraphs: readonly Paragraph[]): ShapedText {
  const kept = paragraphs.filter((p) => !LABELS.has(fold(p.text).replace(/[.:]$/, '')) && startsWithAny(fold(p.text), EMBARGO_LINE_OPENINGS) === undefined);
  const allText = kept.map((p) => p.text).join('\n');
  const titleIndex = kept.findIndex((p) => !DATELINE.test(p.text));
  const candidate = kept[titleIndex];
  const isTitle = candidate !== undefined && candidate.text.length <= TITLE_MAX_LENGTH && (isAllCaps(candidate.text) || !endsSentence(candidate.text));
  const title = isTitle ? caseOf(candidate.text, allText) : null;
  const body = isTitle ? kept.filter((_, i) => i !== titleIndex) : kept;
  const blocks = body.map((paragraph, i): Block => {
    const heading = isHeading(paragraph, i < body.length - 1);
    return heading ? { kind: 'heading', text: caseOf(paragraph.text, allText) } : { kind: 'paragraph', text: paragraph.text };
  });
  return { title, blocks };
}

function isHeading(paragraph: Paragraph, followed: boolean): boolean {
  const { text } = paragraph;
  if (!followed || text.length > HEADING_MAX_LENGTH || DATELINE.test(text) || /@|https?:|www\./u.test(text)) return false;
  if (isHeadingOpening(text)) return true;
  return paragraph.lineCount === 1 && !endsWithPunctuation(text) && /^\p{Lu}/u.test(text);
}

function caseOf(text: string, allText: string): string {
  return isAllCaps(text) ? recaseCapitals(text, allText) : text;
}
