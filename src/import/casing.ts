import { fold } from './words.ts';

/**
 * Puts a line written in capitals back in the case the release writes its words: each word as
 * the text writes it most often away from the start of a sentence ("MARIPOSA", "Gustave",
 * "l’identification"), in lower case when the text never writes it there, and a capital first.
 */
export function recaseCapitals(line: string, text: string): string {
  const usage = caseUsage(text);
  const recased = line.replace(/\p{L}+/gu, (word) => usage.get(fold(word)) ?? word.toLowerCase());
  return recased.replace(/\p{L}/u, (first) => first.toUpperCase());
}

/** For each folded word, the form the text writes most often, leaving out sentence openings and lines in capitals. */
function caseUsage(text: string): Map<string, string> {
  const counts = new Map<string, Map<string, number>>();
  for (const line of text.split('\n')) {
    if (isShouting(line)) continue;
    for (const match of line.matchAll(/\p{L}+/gu)) {
      const word = match[0];
      const before = line.slice(0, match.index).trimEnd();
      if (before === '' || /[.!?…«]$/u.test(before)) continue;
      const key = fold(word);
      const forms = counts.get(key) ?? new Map<string, number>();
      forms.set(word, (forms.get(word) ?? 0) + 1);
      counts.set(key, forms);
    }
  }
  const usage = new Map<string, string>();
  for (const [key, forms] of counts) usage.set(key, [...forms].sort(byCountThenLowerCase)[0]?.[0] ?? key);
  return usage;
}

/** The most written form first; between two as often written, the one in lower case. */
function byCountThenLowerCase(a: [string, number], b: [string, number]): number {
  return b[1] - a[1] || (a[0] === a[0].toLowerCase() ? -1 : 1);
}

/** A line with no lower-case letter at all: its capitals say nothing of how words are written. */
function isShouting(line: string): boolean {
  return !/\p{Ll}/u.test(line);
}
