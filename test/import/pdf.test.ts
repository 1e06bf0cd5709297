import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readPdfText } from '../../src/import/pdf-text.ts';
import { makeReleasePdf, SIZES, type PdfBlock } from './support/release-pdf.ts';
import type { Release } from '../../src/knowledge/release.ts';
import { handCleanedRelease, importText, OTHER_RELEASE_FILE, passageLines } from './support/releases.ts';

/**
 * A PDF made here from the hand-cleaned release (wrapped lines, long words broken at a hyphen,
 * a header and a page number on every page, a link over "Voir la vidéo en ligne.") imports to
 * the same text: the same passages, sentence for sentence, and the same accents. So does a
 * one-page PDF of the other institute's release.
 */

const hand = handCleanedRelease();
const video = hand.sources.find((s) => s.url.includes('youtu'))?.url ?? '';

/** The release laid out as blocks: its title, its paragraphs, its headings; `links` by the opening of the paragraph they cover. */
function blocksOf(release: Release, links: Record<string, string> = {}): PdfBlock[] {
  const blocks: PdfBlock[] = [{ kind: 'title', text: release.title }];
  for (const block of release.body.split(/\n\s*\n/)) {
    const heading = /^##\s+(.+)$/.exec(block.trim());
    const link = Object.entries(links).find(([opening]) => block.startsWith(opening))?.[1];
    if (heading) blocks.push({ kind: 'heading', text: heading[1] ?? '' });
    else blocks.push({ kind: 'paragraph', text: block.trim(), ...(link ? { link } : {}) });
  }
  return blocks;
}

// The header and footer in the text's size: the PDF reader keeps them, and the cleaning drops them as repeated lines.
const pdf = await makeReleasePdf(blocksOf(hand, { 'Voir la vidéo': video }), {
  header: 'Communiqué de presse – 14 septembre 2024',
  footer: (page, pages) => `Page ${page} / ${pages}`,
  hyphenate: true,
  runningSize: SIZES.paragraph,
});
const text = await readPdfText(pdf);
const imported = importText(text);

describe('a PDF release', () => {
  it('is laid out on more than one page, with words broken at a hyphen, so that there is debris to clean', () => {
    expect(text.match(/\f/g)?.length).toBeGreaterThanOrEqual(1);
    expect(text).toMatch(/\p{Ll}-\n\p{Ll}/u);
    expect(text).toContain('Page 2 /');
  });

  it('keeps the French accents, quotes and apostrophes through PDF.js', () => {
    expect(text).toContain('« L’association des deux thérapies ciblées');
    expect(text).toContain('n°55');
  });

  it('imports to the passages of the text it was made from, sentence for sentence', () => {
    expect(passageLines(imported.release)).toEqual(passageLines(hand));
  });

  it('takes the title from the headline', () => {
    expect(imported.release.title).toBe(hand.title);
  });

  it('lists the link annotation in the sources, titled by the line it covers', () => {
    expect(imported.release.sources).toContainEqual({ title: 'Voir la vidéo en ligne', url: video });
  });

  it('drafts the same event and press contact as the hand-cleaned file', () => {
    expect(imported.release.event).toEqual(hand.event);
    expect(imported.release.pressContact).toEqual(hand.pressContact);
  });
});

describe('a one-page PDF release', () => {
  const other = importText(readFileSync(OTHER_RELEASE_FILE, 'utf8')).release;

  it('loses its running header and footer by their place and size, though they are not repeated', async () => {
    const onePage = await makeReleasePdf(blocksOf(other), { header: 'Institut – communiqué', footer: () => 'www.institut-lumiere.fr', hyphenate: true });
    const text = await readPdfText(onePage);
    expect(text).not.toMatch(/\f/);
    expect(text).not.toContain('Institut – communiqué');
    expect(passageLines(importText(text).release)).toEqual(passageLines(other));
  });
});
