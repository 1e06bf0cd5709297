import { getDocumentProxy } from 'unpdf';
import * as z from 'zod';

/** What the import reads of a PDF text item: PDF.js gives more, and marked-content items without text. */
const textItemSchema = z.object({
  str: z.string(),
  transform: z.array(z.number()).min(6),
  width: z.number(),
  height: z.number(),
});
const linkAnnotationSchema = z.object({ url: z.string().min(1) });

type TextItem = z.infer<typeof textItemSchema>;

interface PdfLine {
  y: number;
  size: number;
  text: string;
}

/** PDF.js's verbosity level that keeps it quiet but for errors. */
const PDF_ERRORS_ONLY = 0;
/** A vertical gap this many times the page's usual line spacing (for the font size) ends a paragraph. */
const PARAGRAPH_GAP = 1.4;
/** The share of a page's height, at its top and at its bottom, where running headers and footers stand. */
const RUNNING_MARGIN = 0.07;
/** Two lines whose font sizes differ by more than this share belong to different paragraphs. */
const SIZE_CHANGE = 0.1;
/** Two items this close in height, as a share of the font size, stand on one line. */
const SAME_LINE = 0.5;
/** A horizontal gap this wide, as a share of the font size, is a space between words. */
const WORD_GAP = 0.15;

/**
 * The text of a PDF as a plain extraction gives it: one line of text a line, an empty line
 * where the vertical gap says a paragraph ends, a form feed between pages, and the addresses of
 * the document's links at the end, one a line. Throws on a file PDF.js cannot read.
 */
export async function readPdfText(bytes: Uint8Array): Promise<string> {
  // PDF.js writes its warnings on the console; the import says what is wrong itself.
  const pdf = await getDocumentProxy(bytes, { verbosity: PDF_ERRORS_ONLY });
  try {
    const pages: string[] = [];
    const links: string[] = [];
    for (let number = 1; number <= pdf.numPages; number++) {
      const page = await pdf.getPage(number);
      const content = await page.getTextContent();
      const items = content.items.flatMap((item) => {
        const parsed = textItemSchema.safeParse(item);
        return parsed.success ? [parsed.data] : [];
      });
      const [, bottom = 0, , top = 0] = page.view;
      pages.push(renderPage(withoutRunningLines(groupLines(items), bottom, top)));
      for (const annotation of await page.getAnnotations()) {
        const link = linkAnnotationSchema.safeParse(annotation);
        // An e-mail link repeats an address the text gives; only web addresses are listed.
        if (link.success && /^https?:\/\//i.test(link.data.url) && !links.includes(link.data.url)) links.push(link.data.url);
      }
    }
    return `${pages.join('\f')}\n${links.length > 0 ? `\n${links.join('\n')}\n` : ''}`;
  } finally {
    await pdf.destroy();
  }
}

/** Items in reading order (top to bottom, left to right) gathered into lines. */
function groupLines(items: readonly TextItem[]): PdfLine[] {
  const placed = items
    .filter((item) => item.str !== '')
    .map((item) => ({ item, x: item.transform[4] ?? 0, y: item.transform[5] ?? 0, size: Math.abs(item.transform[3] ?? item.height) || item.height }))
    .sort((a, b) => b.y - a.y || a.x - b.x);
  const lines: (PdfLine & { endX: number })[] = [];
  for (const { item, x, y, size } of placed) {
    const line = lines.at(-1);
    if (line && Math.abs(line.y - y) <= SAME_LINE * Math.max(size, line.size)) {
      const gap = x - line.endX > WORD_GAP * size && !line.text.endsWith(' ') && !item.str.startsWith(' ');
      line.text += `${gap ? ' ' : ''}${item.str}`;
      line.endX = x + item.width;
    } else {
      lines.push({ y, size, text: item.str, endX: x + item.width });
    }
  }
  return lines;
}

/**
 * The page's lines, an empty line before each that stands further below the one before than
 * lines usually do for their size, or is in another font size (a headline, a heading).
 */
/**
 * The page's lines without its running header and footer: a line in the page's top or bottom
 * margin (RUNNING_MARGIN of its height) set smaller than the page's body text. Repeated lines
 * are dropped later too, but a one-page release repeats nothing.
 */
function withoutRunningLines(lines: readonly PdfLine[], bottom: number, top: number): PdfLine[] {
  const margin = RUNNING_MARGIN * (top - bottom);
  const body = bodySize(lines);
  return lines.filter((line) => !(line.size < body && (line.y > top - margin || line.y < bottom + margin)));
}

/** The font size most of the page's characters are set in. */
function bodySize(lines: readonly PdfLine[]): number {
  const characters = new Map<number, number>();
  for (const line of lines) characters.set(line.size, (characters.get(line.size) ?? 0) + line.text.length);
  return [...characters].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 0;
}

function renderPage(lines: readonly PdfLine[]): string {
  const spacing = lines.slice(1).map((line, i) => ((lines[i]?.y ?? 0) - line.y) / Math.max(line.size, lines[i]?.size ?? 0, 1));
  const usual = median(spacing.filter((gap) => gap > 0));
  return lines
    .map((line, i) => {
      const previous = lines[i - 1];
      if (!previous) return line.text;
      const resized = Math.abs(line.size - previous.size) > SIZE_CHANGE * Math.max(line.size, previous.size);
      return resized || (usual > 0 && (spacing[i - 1] ?? 0) > PARAGRAPH_GAP * usual) ? `\n${line.text}` : line.text;
    })
    .join('\n');
}

function median(values: number[]): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}
