import { PDFDocument, PDFString, StandardFonts, type PDFFont, type PDFPage } from 'pdf-lib';

/** A piece of a release to lay out: its kind sets the font and the space around it. */
export interface PdfBlock {
  kind: 'title' | 'heading' | 'paragraph';
  text: string;
  /** A web address the block links to, as a link annotation over its first line. */
  link?: string;
}

export interface PdfLayout {
  /** Drawn at the top of every page. */
  header: string;
  /** Drawn at the bottom of every page, from the page number and the page count. */
  footer: (page: number, pages: number) => string;
  /** Break a long lower-case word that does not fit at a hyphen, as a justified layout would. */
  hyphenate: boolean;
  /** The font size of the header and the footer: smaller than the text's by default. */
  runningSize?: number;
}

const PAGE = { width: 595, height: 842, margin: 60 };
export const SIZES = { title: 15, heading: 12, paragraph: 10.5 };
const LINE_HEIGHT = 1.3;
const RUNNING_SIZE = 8;
const MIN_HYPHENATED_PART = 4;

/**
 * A PDF of a known text, laid out as a press office would print it: lines wrapped at the page
 * width (a long word broken at a hyphen), space between paragraphs, a header and a footer with
 * the page number on every page, and link annotations. Built with pdf-lib and its standard
 * fonts (WinAnsi: French accents, « », ’ and ° included).
 */
export async function makeReleasePdf(blocks: readonly PdfBlock[], layout: PdfLayout): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const regular = await doc.embedFont(StandardFonts.Helvetica);
  const bold = await doc.embedFont(StandardFonts.HelveticaBold);
  const width = PAGE.width - 2 * PAGE.margin;
  let page = doc.addPage([PAGE.width, PAGE.height]);
  let y = PAGE.height - PAGE.margin;
  for (const block of blocks) {
    const size = SIZES[block.kind];
    const font = block.kind === 'paragraph' ? regular : bold;
    const lines = wrap(block.text, font, size, width, layout.hyphenate);
    y -= block.kind === 'paragraph' ? size * 0.8 : size * 1.2;
    lines.forEach((line, i) => {
      if (y - size * LINE_HEIGHT < PAGE.margin) {
        page = doc.addPage([PAGE.width, PAGE.height]);
        y = PAGE.height - PAGE.margin;
      }
      y -= size * LINE_HEIGHT;
      page.drawText(line, { x: PAGE.margin, y, size, font });
      if (i === 0 && block.link) addLink(doc, page, block.link, [PAGE.margin, y - 2, PAGE.margin + font.widthOfTextAtSize(line, size), y + size]);
    });
  }
  const pages = doc.getPages();
  pages.forEach((p, i) => {
    const size = layout.runningSize ?? RUNNING_SIZE;
    p.drawText(layout.header, { x: PAGE.margin, y: PAGE.height - 30, size, font: regular });
    p.drawText(layout.footer(i + 1, pages.length), { x: PAGE.margin, y: 30, size, font: regular });
  });
  return doc.save();
}

function wrap(text: string, font: PDFFont, size: number, width: number, hyphenate: boolean): string[] {
  const lines: string[] = [];
  let line = '';
  const fits = (candidate: string): boolean => font.widthOfTextAtSize(candidate, size) <= width;
  for (const word of text.split(' ')) {
    const candidate = line === '' ? word : `${line} ${word}`;
    if (fits(candidate)) {
      line = candidate;
      continue;
    }
    const cut = hyphenate && /^\p{Ll}+$/u.test(word) ? hyphenationPoint(line, word, fits) : 0;
    if (cut > 0) {
      lines.push(`${line} ${word.slice(0, cut)}-`);
      line = word.slice(cut);
    } else {
      lines.push(line);
      line = word;
    }
  }
  if (line !== '') lines.push(line);
  return lines;
}

/** The longest head of the word that fits with a hyphen on the line, both parts long enough; 0 when none. */
function hyphenationPoint(line: string, word: string, fits: (candidate: string) => boolean): number {
  for (let cut = word.length - MIN_HYPHENATED_PART; cut >= MIN_HYPHENATED_PART; cut--) if (fits(`${line} ${word.slice(0, cut)}-`)) return cut;
  return 0;
}

function addLink(doc: PDFDocument, page: PDFPage, url: string, rect: number[]): void {
  const annotation = doc.context.obj({
    Type: 'Annot',
    Subtype: 'Link',
    Rect: rect,
    Border: [0, 0, 0],
    A: { Type: 'Action', S: 'URI', URI: PDFString.of(url) },
  });
  page.node.addAnnot(doc.context.register(annotation));
}
