import { describe, expect, it } from 'vitest';
import { readLines } from '../../src/import/lines.ts';

const texts = (raw: string): string[] => readLines(raw).lines.map((l) => l.text);

describe('reading the lines of an extraction', () => {
  const page = (n: number): string => `Centre Exemple – communiqué\n${'Une ligne du texte, la même.\n'.repeat(8)}Centre Exemple · Page ${n} sur 2\n`;

  it('drops a header and a footer repeated on every page, whatever their page number', () => {
    const kept = texts(`${page(1)}\f${page(2)}`);
    expect(kept).toHaveLength(16);
    expect(kept.every((line) => line === 'Une ligne du texte, la même.')).toBe(true);
  });

  it('keeps lines that differ only by their figures when they stand together, as a list does', () => {
    expect(texts('Résultats :\n12 patients guéris\n15 patients guéris')).toEqual(['Résultats :', '12 patients guéris', '15 patients guéris']);
  });

  it.each(['3', '- 3 -', 'Page 3', '3/4', '3 sur 4'])('drops the page number %j', (number) => {
    expect(texts(`Une ligne.\n${number}\nUne autre ligne.`)).toEqual(['Une ligne.', 'Une autre ligne.']);
  });

  it('keeps a line that only begins with a number', () => {
    expect(texts('Tel. +33 1 42 11 50\n59 - +33 6 17 66 00 26')).toEqual(['Tel. +33 1 42 11 50', '59 - +33 6 17 66 00 26']);
  });

  it('takes out an address the extraction dropped between two lines of a sentence', () => {
    const { lines, urls } = readLines('les patients atteints de cancer avancé ou\nhttps://youtu.be/abc\n métastatique ont bénéficié');
    expect(lines.map((l) => l.text)).toEqual(['les patients atteints de cancer avancé ou', 'métastatique ont bénéficié']);
    expect(urls).toEqual([{ url: 'https://youtu.be/abc', dropped: true, inText: false, context: 'les patients atteints de cancer avancé ou' }]);
  });

  it('takes out an address dropped inside a line, and leaves one the release writes after a colon', () => {
    const { lines, urls } = readLines('Ils ont été suivis https://vimeo.com/1 pendant deux ans.\nPlus d’informations : https://essai.org');
    expect(lines.map((l) => l.text)).toEqual(['Ils ont été suivis pendant deux ans.', 'Plus d’informations : https://essai.org']);
    expect(urls.map((u) => [u.url, u.dropped])).toEqual([['https://vimeo.com/1', true], ['https://essai.org', false]]);
  });

  it('reads only a line of spaces or two empty lines as a paragraph end in an extraction that doubles every line', () => {
    const words = 'un deux trois quatre cinq six sept huit neuf dix onze douze treize quatorze quinze seize dix-sept dix-huit dix-neuf vingt vingt-et-un vingt-deux vingt-trois vingt-quatre'.split(' ');
    const lines = words.map((word) => `La ligne ${word} d’un paragraphe`);
    const raw = `${lines.slice(0, 12).join('\n\n')}\n\n \n\n${lines.slice(12).join('\n\n')}`;
    expect(readLines(raw).lines.filter((l) => l.breakBefore).map((l) => l.text)).toEqual(['La ligne treize d’un paragraphe']);
  });

  it('reads any blank line as a paragraph end elsewhere', () => {
    expect(readLines('Un.\nDeux.\n\nTrois.').lines.map((l) => l.breakBefore)).toEqual([false, false, true]);
  });

  it('counts the spaces a line ends with', () => {
    expect(readLines('Fin du paragraphe.   \nSuite').lines[0]?.trailingSpaces).toBe(3);
  });
});
