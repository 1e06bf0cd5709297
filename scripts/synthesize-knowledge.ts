/**
 * Generates synthetic knowledge from the real release, to measure the engine as knowledge grows:
 * `npm run synthesize -- --count 100 --out /tmp/knowledge-100 [--seed 1] [--include-real]`.
 *
 * Each synthetic release is a valid knowledge file (front matter and body) with a new id and
 * title and about 40 sentences drawn from the real release, shuffled, with their figures
 * changed, drug, gene and trial names swapped, and a few words out of order. The glossary is
 * copied. The same seed always gives the same files.
 */
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { dump as stringify } from 'js-yaml';
import { draftKeywords } from '../src/import/keywords.ts';
import { GLOSSARY_FILE, parseRelease } from '../src/knowledge/load.ts';
import type { Release } from '../src/knowledge/release.ts';
import { splitIntoSentences } from '../src/knowledge/sentences.ts';

export const REAL_RELEASE_FILE = 'gustave-roussy-esmo-2024-mariposa.md';

export interface SynthesizeOptions {
  /** How many synthetic releases to write. */
  count: number;
  outDir: string;
  /** The folder holding the real release and the glossary. */
  sourceDir?: string;
  seed?: number;
  /** Also copy the real release into `outDir`. */
  includeReal?: boolean;
  /** Sentences per synthetic release. */
  sentencesPerRelease?: number;
}

/** Names in the real release, and what may stand in for them (all real oncology names). */
const SWAPS: { from: string[]; to: string[] }[] = [
  {
    from: ['amivantamab', 'lazertinib', 'osimertinib'],
    to: [
      'pembrolizumab', 'nivolumab', 'durvalumab', 'atezolizumab', 'sotorasib', 'adagrasib', 'capmatinib', 'tepotinib',
      'savolitinib', 'alectinib', 'lorlatinib', 'brigatinib', 'crizotinib', 'dabrafenib', 'trametinib', 'selpercatinib',
      'pralsetinib', 'entrectinib', 'larotrectinib', 'erlotinib', 'gefitinib', 'afatinib', 'dacomitinib', 'mobocertinib',
    ],
  },
  { from: ['EGFR', 'MET'], to: ['ALK', 'ROS1', 'KRAS', 'BRAF', 'HER2', 'RET', 'NTRK', 'PIK3CA', 'FGFR', 'NRG1', 'STK11', 'KEAP1', 'TP53'] },
  {
    from: ['MARIPOSA'],
    to: ['CHRYSALIS', 'PAPILLON', 'FLAURA', 'LIBRETTO', 'KRYSTAL', 'CODEBREAK', 'GEOMETRY', 'VISION', 'CROWN', 'ALINA', 'ADAURA', 'LAURA', 'TROPION', 'HARMONI'],
  },
];

/** Mulberry32: small, fast and good enough to shuffle test data reproducibly. */
export function createRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Random = () => number;

const pick = <T>(random: Random, items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;

function shuffle<T>(random: Random, items: readonly T[]): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i -= 1) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

/** Distinct picks from `items` (fewer if `items` is short). */
const sample = <T>(random: Random, items: readonly T[], n: number): T[] => shuffle(random, items).slice(0, n);

/** The body's sentences, headings left out, each ending with sentence punctuation so it splits back alone. */
export function sentencesOf(release: Pick<Release, 'body'>): string[] {
  return release.body
    .split(/\n\s*\n/)
    .filter((block) => !/^#{1,6}\s/.test(block.trim()))
    .flatMap((block) => splitIntoSentences(block))
    .map((sentence) => (/[.!?…»]$/.test(sentence) ? sentence : `${sentence}.`));
}

/** Each digit run gets new digits, same length, never a leading zero: "4,4 %" → "7,1 %", "1 000" → "3 862", "phase 3" → "phase 6". */
function perturbFigures(random: Random, sentence: string): string {
  return sentence.replace(/\d+/g, (digits) =>
    [...digits].map((_, i) => String(i === 0 ? 1 + Math.floor(random() * 9) : Math.floor(random() * 10))).join(''),
  );
}

/** Keeps the case of what it replaces: "Amivantamab" → "Sotorasib", "amivantamab" → "sotorasib". */
function matchCase(original: string, replacement: string): string {
  if (original === original.toUpperCase()) return replacement.toUpperCase();
  if (original[0] === original[0]?.toUpperCase()) return replacement[0]?.toUpperCase() + replacement.slice(1);
  return replacement;
}

function swapNames(sentence: string, swaps: Map<string, string>): string {
  let out = sentence;
  for (const [from, to] of swaps) out = out.replace(new RegExp(`\\b${from}\\b`, 'giu'), (found) => matchCase(found, to));
  return out;
}

/** Swaps two neighbouring inner words: the first and last words stay, so the sentence still splits alone. */
function shuffleSomeWords(random: Random, sentence: string): string {
  const words = sentence.split(' ');
  if (words.length < 5) return sentence;
  const i = 1 + Math.floor(random() * (words.length - 3));
  [words[i], words[i + 1]] = [words[i + 1] as string, words[i] as string];
  return words.join(' ');
}

const frenchDate = new Intl.DateTimeFormat('fr-FR', { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

/** One synthetic release file's text. */
export function synthesizeRelease(real: Release, index: number, random: Random, sentencesPerRelease = 40): string {
  const swaps = new Map<string, string>();
  for (const { from, to } of SWAPS) {
    const chosen = sample(random, to, from.length);
    from.forEach((name, i) => swaps.set(name, chosen[i] ?? name));
  }
  const pool = sentencesOf(real);
  const drawn = Array.from({ length: sentencesPerRelease }, (_, i) => (i < pool.length ? (pool[i] as string) : pick(random, pool)));
  const sentences = shuffle(random, drawn).map((sentence) => {
    let out = swapNames(perturbFigures(random, sentence), swaps);
    if (random() < 0.2) out = shuffleSomeWords(random, out);
    return out;
  });

  const paragraphs: string[] = [];
  for (let at = 0; at < sentences.length; ) {
    const size = 2 + Math.floor(random() * 5);
    if (at > 0 && random() < 0.15) paragraphs.push(`## Partie ${paragraphs.length + 1}`);
    paragraphs.push(sentences.slice(at, at + size).join(' '));
    at += size;
  }

  const number = String(index + 1).padStart(4, '0');
  const drug = swaps.get('amivantamab') ?? 'amivantamab';
  const trial = swaps.get('MARIPOSA') ?? 'MARIPOSA';
  const day = new Date(Date.UTC(2023, 0, 1) + Math.floor(random() * 3 * 365) * 86_400_000);
  const hour = `${8 + Math.floor(random() * 10)}h${pick(random, ['00', '15', '30', '45'])}`;
  const title = `${drug.charAt(0).toUpperCase()}${drug.slice(1)} et ${swaps.get('lazertinib') ?? 'lazertinib'} face aux résistances ${swaps.get('EGFR') ?? 'EGFR'} : résultats de l’essai ${trial} (synthèse n°${number})`;
  const drugs = ['amivantamab', 'lazertinib', 'osimertinib'].map((name) => swaps.get(name) ?? name);
  const frontMatter = {
    id: `synthetic-${number}-${drug}`,
    title,
    publisher: real.publisher,
    event: { name: `${real.event.name} – essai ${trial}`, date: day.toISOString().slice(0, 10), label: `${frenchDate.format(day)}, ${hour}` },
    language: 'fr',
    sources: real.sources,
    pressContact: real.pressContact,
    examples: [`Qu’est-ce que le ${drug} ?`, `Combien de patients dans l’essai ${trial} ?`],
    // As the import drafts them, so that a question naming a synthetic trial or drug finds its release.
    keywords: draftKeywords({ trials: [trial], drugs, congress: real.event.name.replace(/\s*\d{4}$/, ''), title }),
  };
  return `---\n${stringify(frontMatter, { lineWidth: -1 })}---\n\n${paragraphs.join('\n\n')}\n`;
}

/** Writes `count` synthetic releases and the glossary into `outDir`; returns the files written. */
export function synthesizeKnowledge(options: SynthesizeOptions): string[] {
  const sourceDir = options.sourceDir ?? 'knowledge';
  const realFile = join(sourceDir, REAL_RELEASE_FILE);
  const real = parseRelease(readFileSync(realFile, 'utf8'), realFile);
  const random = createRandom(options.seed ?? 1);
  mkdirSync(options.outDir, { recursive: true });
  const written: string[] = [];
  for (let i = 0; i < options.count; i += 1) {
    const file = join(options.outDir, `synthetic-${String(i + 1).padStart(4, '0')}.md`);
    writeFileSync(file, synthesizeRelease(real, i, random, options.sentencesPerRelease));
    written.push(file);
  }
  if (options.includeReal) {
    copyFileSync(realFile, join(options.outDir, REAL_RELEASE_FILE));
    written.push(join(options.outDir, REAL_RELEASE_FILE));
  }
  copyFileSync(join(sourceDir, GLOSSARY_FILE), join(options.outDir, GLOSSARY_FILE));
  return written;
}

function main(): void {
  const { values } = parseArgs({
    options: {
      count: { type: 'string', default: '20' },
      out: { type: 'string' },
      seed: { type: 'string', default: '1' },
      source: { type: 'string', default: 'knowledge' },
      'include-real': { type: 'boolean', default: false },
    },
  });
  const count = Number(values.count);
  const seed = Number(values.seed);
  if (!values.out || !Number.isInteger(count) || count < 0 || !Number.isInteger(seed)) {
    process.stderr.write('Usage: npm run synthesize -- --count N --out DIR [--seed S] [--source knowledge] [--include-real]\n');
    process.exitCode = 1;
    return;
  }
  const files = synthesizeKnowledge({ count, outDir: resolve(values.out), sourceDir: values.source, seed, includeReal: values['include-real'] });
  process.stdout.write(`${files.length} release(s) and ${GLOSSARY_FILE} written to ${resolve(values.out)}\n`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) main();
